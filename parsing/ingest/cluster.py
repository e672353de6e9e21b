"""The same per-file function on a Dask cluster, for archives too big for one machine.

``parse_to_jsonl(files, out_dir)`` maps :func:`parsing.pipeline.load_file` over the files with
``dask.bag`` and writes dateline/1 JSON Lines partitions (``articles-N.jsonl``) and the files that
failed (``errors-N.txt``, one ``path: reason`` a line). It runs on whatever client is current: a
``distributed.Client`` connected to a scheduler sends the work there. Needs ``dateline[cluster]``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

Record = tuple[bool, str]  # (is an article, its JSON line | "path: reason")


def records(path: str, published: date | None = None) -> list[Record]:
    """One file's articles as contract JSON lines, and its errors as lines (picklable, pure)."""
    from parsing.contract import article_to_dict
    from parsing.model import LoadError
    from parsing.pipeline import load_file

    out: list[Record] = []
    for item in load_file(path, published):
        if isinstance(item, LoadError):
            out.append((False, str(item).replace("\n", " ")))
        else:
            out.append((True, json.dumps(article_to_dict(item), ensure_ascii=False)))
    return out


def parse_to_jsonl(files: Sequence[str], out_dir: str | Path, published: date | None = None,
                   partitions: int | None = None) -> tuple[list[str], list[str]]:
    """Parse ``files`` on the current Dask scheduler; (article partitions, error partitions) written."""
    import dask.bag as db
    from dask.base import compute

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    bag = db.from_sequence(  # type: ignore[no-untyped-call]
        list(files), npartitions=partitions or max(1, min(len(files), 64)))
    recs = bag.map(records, published).flatten()
    articles = recs.filter(lambda r: r[0]).map(lambda r: r[1])
    errors = recs.filter(lambda r: not r[0]).map(lambda r: r[1])
    a_names = [str(out / f"articles-{n}.jsonl") for n in range(bag.npartitions)]
    e_names = [str(out / f"errors-{n}.txt") for n in range(bag.npartitions)]
    compute(articles.to_textfiles(a_names, compute=False),  # type: ignore[no-untyped-call]
            errors.to_textfiles(e_names, compute=False))
    return a_names, e_names
