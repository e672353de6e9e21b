"""``dateline [PATH…]``: open the reader (the only subcommand that imports Textual, and only when run)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from .args import EXIT_OK, iso_date


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dateline",
        description="Read news articles in the terminal. 'dateline parse PATH…' prints them as JSON;"
        " 'dateline timeline PATH… [--range R] [--entity NAME]' prints their events in date order.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (default: .)")
    p.add_argument("--published", type=iso_date, metavar="DATE", help="publication date for these articles")
    p.add_argument("--config-path", action="store_true", help="print the config file's path and exit")
    return p


def run_reader(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    if args.config_path:
        from tui.config import config_path

        print(config_path())
        return EXIT_OK
    from tui.launch import launch

    return launch(args.paths or ["."], args.published)
