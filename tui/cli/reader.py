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
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, directories or http(s) URLs (default: the feeds you follow, else .)")
    p.add_argument("--published", type=iso_date, metavar="DATE", help="publication date for these articles")
    p.add_argument("--config-path", action="store_true", help="print the config file's path and exit")
    return p


def run_reader(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    if args.config_path:
        from tui.config import config_path

        print(config_path())
        return EXIT_OK
    if not args.paths:  # the feeds you follow, if any; else this folder
        from tui.config import load_config
        from tui.subscriptions import feeds_of

        feeds, _ = feeds_of(load_config())
        if feeds:
            from tui.feedsapp import run_feeds

            return run_feeds(feeds)
    import gc

    gc.disable()  # no collections while it starts (16 ms of them): the app enables them after its first frame
    try:
        from tui.launch import launch

        return launch(args.paths or ["."], args.published)
    finally:
        gc.enable()
