"""``dateline timeline PATH… [--range R] [--entity NAME] [--format text|json]``.

The timeline across every article, in date order, for scripts and quick looks; it calls the same
``parsing.timeline`` functions as the reader's timeline pane and never imports Textual.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from parsing.contract import SCHEMA
from parsing.datefilter import DateFilterError
from parsing.datefilter import parse as parse_range
from parsing.model import Article, LoadError
from parsing.pipeline import load
from parsing.timeline import TimelineEntry, build_timeline, filter_entity_name, filter_range, newest

from ..sanitize import sanitize_line
from .args import iso_date, print_notice


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dateline timeline", description="Print the events of every article in date order."
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or http(s) URLs")
    p.add_argument("--published", type=iso_date, metavar="DATE", help="publication date for these articles")
    p.add_argument("--range", metavar="RANGE",
                   help="keep events overlapping it: 2021-11, 'nov 2021', 'since 2014', 'last 7 days', a..b")
    p.add_argument("--entity", metavar="NAME",
                   help="keep events that involve this person, organisation or place")
    p.add_argument("--format", choices=("text", "json"), default="text", help="default: text")
    return p


def _as_json(entry: TimelineEntry) -> dict[str, Any]:
    e = entry.event
    return {
        "schema": SCHEMA, "when": entry.when, "earliest": e.earliest and e.earliest.isoformat(),
        "latest": e.latest and e.latest.isoformat(), "date_from": e.date_from, "summary": e.summary,
        "article": entry.article_id, "path": entry.article_path, "title": entry.article_title,
        "source": entry.article_source, "speakers": list(entry.speakers), "event": e.id,
        "sentence": e.sentence, "entities": list(entry.entity_names),
    }


def _as_line(entry: TimelineEntry) -> str:
    who = f"{', '.join(entry.speakers)}: " if entry.speakers else ""
    where = entry.article_source or entry.article_title or entry.article_path
    return sanitize_line(f"{entry.when:<18} {who}{entry.event.summary}  [{where}]")


def run_timeline(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    articles: list[Article] = []
    failed = False
    for item in load(args.paths, args.published, on_notice=print_notice):
        if isinstance(item, LoadError):
            failed = True
            print(str(item), file=sys.stderr)
        else:
            articles.append(item)
    if not articles:
        print("dateline: no articles found in " + " ".join(args.paths), file=sys.stderr)
        return 1
    entries = build_timeline(articles)
    if args.range:
        try:
            chosen = parse_range(args.range, newest(entries) or date.today())
        except DateFilterError as exc:
            print(f"dateline timeline: --range {args.range!r}: {exc}", file=sys.stderr)
            return 2
        entries = filter_range(entries, chosen)
        print(f"# {chosen.label}", file=sys.stderr)
    if args.entity:
        entries = filter_entity_name(entries, args.entity)
    if args.format == "json":
        sys.stdout.write(json.dumps([_as_json(e) for e in entries], ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("".join(_as_line(e) + "\n" for e in entries))
    return 1 if failed else 0
