"""``dateline feeds add URL [--name N] [--tag T]``, ``feeds list``, ``feeds remove NAME|URL``.

Subscriptions live in the config file (:mod:`tui.subscriptions`); ``dateline`` with no argument
opens them. Adding a feed fetches it once, so a typo or a web page is caught before it is saved.
Never imports Textual.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from urllib.parse import urlsplit

from ..sanitize import sanitize_line
from .args import EXIT_FAILED, EXIT_OK, EXIT_USAGE


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dateline feeds", description="The feeds you follow.")
    sub = p.add_subparsers(dest="action", metavar="{add,list,remove}")
    add = sub.add_parser("add", help="follow a feed (RSS or Atom)")
    add.add_argument("url", metavar="URL")
    add.add_argument("--name", help="what to call it (default: the feed's own title)")
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag (may be repeated)")
    add.add_argument("--no-check", action="store_true", help="save it without fetching it first")
    sub.add_parser("list", help="the feeds you follow")
    rm = sub.add_parser("remove", help="stop following a feed")
    rm.add_argument("which", metavar="NAME|URL")
    return p


def _say(line: str) -> None:
    print(sanitize_line(line), file=sys.stderr)


def _check(url: str) -> tuple[str, str | None, str | None]:
    """The feed's URL (a web page that names its feed gives that feed's), its outlet name, and the
    reason it cannot be followed (None when it can)."""
    from parsing.fetch.kept import kept_copies
    from parsing.fetch.run import fetch_sources
    from parsing.model import Document

    with kept_copies() as cache:
        (source,) = fetch_sources([url], cache=cache, expect="feed")
        if source.feeds:
            print(sanitize_line(f"{url} is a web page; following the feed it names: {source.feeds[0]}"))
            url = source.feeds[0]
            (source,) = fetch_sources([url], cache=cache, expect="feed")
    docs = [e for e in source.entries if isinstance(e, Document)]
    if not docs:
        return url, None, str(source.entries[0]) if source.entries else f"{url}: no entries in feed"
    names = Counter(d.source for d in docs if d.source)
    return url, (names.most_common(1)[0][0] if names else None), None


def _add(args: argparse.Namespace) -> int:
    from parsing.fetch.config import is_url
    from tui.config import load_config
    from tui.subscriptions import Feed, add, feeds_of, find

    url = args.url.strip()
    scheme = urlsplit(url).scheme.lower()
    if not is_url(url) or scheme not in ("http", "https"):
        _say(f"dateline feeds: {url}: not an http(s) URL")
        return EXIT_USAGE
    feeds, _ = feeds_of(load_config())
    title = None
    if not args.no_check and find(feeds, url) is None:
        url, title, problem = _check(url)
        if problem is not None:
            _say(f"{problem} (not added; --no-check adds it anyway)")
            return EXIT_FAILED
    known = find(feeds, url)
    if known is not None:
        print(sanitize_line(f"already following {url} as {known.name!r}"))
        return EXIT_OK
    name = (args.name or title or urlsplit(url).hostname or url).strip()
    if find(feeds, name) is not None:
        _say(f"dateline feeds: a feed named {name!r} exists already; choose another with --name")
        return EXIT_FAILED
    problem = add(Feed(name, url, tuple(args.tag)))
    if problem:
        _say(f"dateline feeds: {problem}")
        return EXIT_FAILED
    print(sanitize_line(f"following {name!r}: {url}"))
    return EXIT_OK


def _list() -> int:
    from tui.config import load_config
    from tui.subscriptions import feeds_of

    config = load_config()
    feeds, problems = feeds_of(config)
    for line in ([config.warning] if config.warning else []) + problems:
        _say(f"dateline feeds: {line}")
    if not feeds:
        print("no feeds yet: add one with 'dateline feeds add URL'")
    width = max((len(f.name) for f in feeds), default=0)
    for f in feeds:
        tags = f"  [{', '.join(f.tags)}]" if f.tags else ""
        print(sanitize_line(f"{f.name:<{width}}  {f.url}{tags}"))
    return EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    from tui.config import load_config
    from tui.subscriptions import feeds_of, find, remove

    feeds, _ = feeds_of(load_config())
    feed = find(feeds, args.which)
    if feed is None:
        _say(f"dateline feeds: no feed named or at {args.which!r} ('dateline feeds list' shows them)")
        return EXIT_FAILED
    problem = remove(feed)
    if problem:
        _say(f"dateline feeds: {problem}")
        return EXIT_FAILED
    print(sanitize_line(f"no longer following {feed.name!r}: {feed.url}"))
    return EXIT_OK


def run_feeds(argv: Sequence[str]) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.action == "add":
        return _add(args)
    if args.action == "remove":
        return _remove(args)
    if args.action == "list":
        return _list()
    parser.print_help(sys.stderr)
    return EXIT_USAGE
