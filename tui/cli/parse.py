"""``dateline parse PATH… [--published DATE] [--format json|jsonl]``: the model as JSON, for scripts.

Never imports Textual, so scripts start fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .args import EXIT_FAILED, EXIT_OK, iso_date


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dateline parse", description="Print articles as JSON (schema dateline/1)."
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, directories, or - for standard input"
    )
    p.add_argument("--published", type=iso_date, metavar="DATE",
                   help="publication date (YYYY-MM-DD) for the articles named; overrides all others")
    p.add_argument("--format", choices=("json", "jsonl"), default="json",
                   help="json: a pretty array; jsonl: one object a line (default: json)")
    return p


def run_parse(argv: Sequence[str]) -> int:
    from parsing.contract import article_to_dict, dumps
    from parsing.model import LoadError
    from parsing.pipeline import load

    args = _parser().parse_args(argv)
    failed = False
    found = False
    out = sys.stdout
    items: list[dict[str, object]] = []
    for item in load(args.paths, args.published):
        if isinstance(item, LoadError):
            failed = True
            print(str(item), file=sys.stderr)
            continue
        found = True
        if args.format == "jsonl":
            out.write(dumps(item) + "\n")
        else:
            items.append(article_to_dict(item))
    if args.format == "json":
        out.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
    out.flush()
    if not found and not failed:
        print("dateline: no articles found in " + " ".join(args.paths), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_FAILED if failed else EXIT_OK
