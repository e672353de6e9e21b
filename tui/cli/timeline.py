"""``dateline timeline PATH… [--range R [--overlapping]] [--entity NAME] [--speaker NAME] [--format F]``.

The timeline across every article, in date order, for scripts and quick looks; it calls the same
``parsing.timeline`` functions as the reader's timeline pane and never imports Textual. Formats: text,
json, csv (RFC 4180), markdown, ics (RFC 5545: one all-day event a dated event, its span of days).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from parsing.contract import SCHEMA
from parsing.crossref import build, by_speaker, library_quotes, records, speaker_identities
from parsing.timeline import (
    TimelineEntry,
    build_timeline,
    filter_members,
    filter_quotes,
    filter_range,
    newest,
)

from ..export import WRITERS, timeline_rows
from ..export.ics import left_out
from .args import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from .library import library_parser, load_library, named, read_range

PROG = "dateline timeline"


def _parser() -> argparse.ArgumentParser:
    p = library_parser(PROG, "Print the events of every article in date order.")
    p.add_argument("--range", metavar="RANGE",
                   help="keep events within it: 2021-11, 'nov 2021', 'since 2014', 'last 7 days', a..b")
    p.add_argument("--overlapping", action="store_true",
                   help="with --range: also events that only overlap it ('2021' for nov 2021, open ends)")
    p.add_argument("--entity", metavar="NAME",
                   help="keep events that involve this person, organisation or place (name, alias or "
                   "surname, any case)")
    p.add_argument("--speaker", metavar="NAME", help="keep events that report this speaker's words")
    p.add_argument("--format", choices=("text", "json", "csv", "markdown", "ics"), default="text",
                   help="default: text")
    return p


def _as_json(entry: TimelineEntry) -> dict[str, Any]:
    e = entry.event
    return {
        "schema": SCHEMA, "when": entry.when, "earliest": e.earliest and e.earliest.isoformat(),
        "latest": e.latest and e.latest.isoformat(), "date_from": e.date_from, "summary": e.summary,
        "article": entry.article_id, "path": entry.article_path, "title": entry.article_title,
        "source": entry.article_source, "speakers": list(entry.speakers), "event": e.id,
        "sentence": e.sentence, "entities": list(entry.entity_names), "kind": e.kind,
    }


def run_timeline(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    articles, failed = load_library(args.paths, args.published)
    if not articles:
        return EXIT_FAILED
    entries = build_timeline(articles)
    chosen = None
    if args.range:
        chosen = read_range(PROG, args.range, newest(entries))
        if chosen is None:
            return EXIT_USAGE
        entries = filter_range(entries, chosen, "overlap" if args.overlapping else "within")
        print(f"# {chosen.label}", file=sys.stderr)
    if args.entity or args.speaker:
        identities = build(records(articles))
        if args.entity:
            found = named(PROG, "--entity", args.entity, identities)
            if not found:
                return EXIT_FAILED
            entries = filter_members(entries, {m for i in found for m in identities.members(i.id)})
        if args.speaker:
            quotes = library_quotes(articles, identities)
            who = named(PROG, "--speaker", args.speaker, speaker_identities(quotes, identities))
            if not who:
                return EXIT_FAILED
            said = by_speaker(quotes, [i.id for i in who])
            entries = filter_quotes(entries, {(q.article_id, q.quote.id) for q in said})
    if args.format == "json":
        sys.stdout.write(json.dumps([_as_json(e) for e in entries], ensure_ascii=False, indent=2) + "\n")
    else:
        rows = timeline_rows(entries, chosen)
        sys.stdout.write(WRITERS[args.format](rows, "summary"))
        if args.format == "ics" and left_out(rows):
            print(f"# {left_out(rows)} undated or open-ended events left out of the calendar",
                  file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK
