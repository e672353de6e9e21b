"""``dateline parse PATH|URL… [--published DATE] [--format json|jsonl] [--jobs N]``: the model as
JSON, for scripts.

Files are parsed in a process pool (:func:`parsing.ingest.map_files`), each worker also turning its
articles into JSON; URLs are fetched all at once beforehand and parsed here. The output keeps the
input order. Never imports Textual, so scripts start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsing.model import Article, LoadError

from .args import EXIT_FAILED, EXIT_OK, iso_date, print_notice

Rendered = tuple[bool, str]  # (an article, its JSON text) or (an error, its line)


def positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return n


def render_file(path: str, published: date | None, fmt: str) -> list[Rendered]:
    """One file's articles as the output wants them (jsonl: a line; json: pretty), errors as lines."""
    from parsing.pipeline import load_file

    return render(load_file(path, published), fmt)


def render(items: Iterable[Article | LoadError], fmt: str) -> list[Rendered]:
    """Each article written on its own: one that cannot be written costs only its own line."""
    from parsing.contract import dumps
    from parsing.model import LoadError
    from parsing.pipeline import BUG

    out: list[Rendered] = []
    for item in items:
        if not isinstance(item, LoadError):
            try:
                out.append((True, dumps(item, pretty=fmt == "json")))
                continue
            except Exception:
                item = LoadError(item.path, f"could not be written: {BUG}")
        out.append((False, str(item)))
    return out


def _array(items: list[str]) -> str:
    """Articles already written as pretty JSON, as one pretty JSON array (``json.dumps(list, indent=2)``)."""
    if not items:
        return "[]"
    return "[\n" + ",\n".join("  " + item.replace("\n", "\n  ") for item in items) + "\n]"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dateline parse", description="Print articles as JSON (schema dateline/1)."
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="files, directories, http(s) URLs of pages or feeds, or - for standard input"
    )
    p.add_argument("--published", type=iso_date, metavar="DATE",
                   help="publication date (YYYY-MM-DD) for the articles named; overrides all others")
    p.add_argument("--format", choices=("json", "jsonl"), default="json",
                   help="json: a pretty array; jsonl: one object a line (default: json)")
    p.add_argument("--jobs", type=positive, default=os.cpu_count() or 1, metavar="N",
                   help="parse in N processes (default: the number of cores); output keeps the input order")
    return p


def run_parse(argv: Sequence[str]) -> int:
    from parsing.fetch.config import is_url
    from parsing.files import expand
    from parsing.ingest.pool import map_files
    from parsing.pipeline import fetch_urls, parse_entries

    args = _parser().parse_args(argv)
    inputs = list(expand(args.paths))
    files = [p for p in inputs if not is_url(p)]
    fetched = fetch_urls([p for p in inputs if is_url(p)], on_notice=print_notice)
    jobs = 1 if "-" in files else args.jobs  # standard input is read here, not in a worker
    failed = False
    found = False
    out = sys.stdout
    items: list[str] = []
    parsed = map_files(partial(render_file, published=args.published, fmt=args.format), files, jobs)
    for path in inputs:
        if path in fetched:
            rendered = render(parse_entries(fetched[path], args.published), args.format)
        else:
            rendered = next(parsed)
        for ok, payload in rendered:
            if not ok:
                failed = True
                print(payload, file=sys.stderr)
                continue
            found = True
            if args.format == "jsonl":
                out.write(f"{payload}\n")
            else:
                items.append(payload)
    if args.format == "json":
        out.write(_array(items) + "\n")
    out.flush()
    if not found and not failed:
        print("dateline: no articles found in " + " ".join(args.paths), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_FAILED if failed else EXIT_OK
