"""What ``timeline`` and ``quotes`` share: loading the library, reading --range, finding who was named."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from datetime import date

from parsing.crossref import Identity, closest, find
from parsing.datefilter import DateFilterError, DateRange
from parsing.datefilter import parse as parse_range
from parsing.model import Article, LoadError
from parsing.pipeline import load

from ..sanitize import sanitize_line
from .args import iso_date, print_notice


def library_parser(prog: str, description: str) -> argparse.ArgumentParser:
    """A parser with what every library command takes: paths and --published."""
    p = argparse.ArgumentParser(prog=prog, description=description)
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or http(s) URLs")
    p.add_argument("--published", type=iso_date, metavar="DATE", help="publication date for these articles")
    return p


def load_library(paths: Sequence[str], published: date | None) -> tuple[list[Article], bool]:
    """The articles, and whether any file failed (each failure is one line on stderr)."""
    articles: list[Article] = []
    failed = False
    for item in load(paths, published, on_notice=print_notice):
        if isinstance(item, LoadError):
            failed = True
            print(sanitize_line(str(item)), file=sys.stderr)
        else:
            articles.append(item)
    if not articles:
        print(sanitize_line("dateline: no articles found in " + " ".join(paths)), file=sys.stderr)
    return articles, failed


def read_range(prog: str, text: str, newest: date | None) -> DateRange | None:
    """The range --range names, else None after one line on stderr."""
    try:
        return parse_range(text, newest or date.today())
    except DateFilterError as exc:
        print(sanitize_line(f"{prog}: --range {text!r}: {exc}"), file=sys.stderr)
        return None


def named(prog: str, option: str, query: str, pool: Iterable[Identity]) -> list[Identity]:
    """The identities ``query`` names (name, alias or surname, any case); when none, one line on
    stderr names the closest ones (and the caller exits 1, as grep does)."""
    pool = list(pool)
    found = find(pool, query)
    if not found:
        near = closest(pool, query)
        hint = f"; closest: {', '.join(near)}" if near else ""
        print(sanitize_line(f"{prog}: {option} {query!r} matches nothing{hint}"), file=sys.stderr)
    return found
