"""The ``dateline`` command.

``dateline parse PATH…`` prints the model as JSON and never imports Textual, so scripts start fast;
``dateline [PATH…]`` opens the reader.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (want YYYY-MM-DD): {value!r}") from None


def _parse_parser() -> argparse.ArgumentParser:
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


def _reader_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dateline",
        description="Read news articles in the terminal. 'dateline parse PATH…' prints them as JSON;"
        " 'dateline timeline PATH… [--range R] [--entity NAME]' prints their events in date order.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (default: .)")
    p.add_argument("--published", type=iso_date, metavar="DATE", help="publication date for these articles")
    p.add_argument("--config-path", action="store_true", help="print the config file's path and exit")
    return p


def run_parse(argv: Sequence[str]) -> int:
    import json

    from parsing.contract import article_to_dict, dumps
    from parsing.model import LoadError
    from parsing.pipeline import load

    args = _parse_parser().parse_args(argv)
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


def run_reader(argv: Sequence[str]) -> int:
    args = _reader_parser().parse_args(argv)
    if args.config_path:
        from tui.config import config_path

        print(config_path())
        return EXIT_OK
    from tui.launch import launch

    return launch(args.paths or ["."], args.published)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "parse":
            return run_parse(argv[1:])
        if argv and argv[0] == "timeline":
            from tui.timeline_cli import run_timeline

            return run_timeline(argv[1:])
        return run_reader(argv)
    except SystemExit as exc:  # argparse: usage errors exit 2, --help exits 0
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
