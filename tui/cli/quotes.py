"""``dateline quotes PATH… [--speaker NAME] [--range R] [--format text|json|csv|markdown]``.

Every speech quote of every article with its speaker (one identity across articles), the day it was
said, the article and its source, in date order. Never imports Textual.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from parsing.contract import SCHEMA
from parsing.crossref import QuoteEntry, build, by_speaker, library_quotes, records, speaker_identities

from ..export import WRITERS, quote_rows
from .args import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from .library import library_parser, load_library, named, read_range

PROG = "dateline quotes"


def _parser() -> argparse.ArgumentParser:
    p = library_parser(PROG, "Print every quote with its speaker, date and source.")
    p.add_argument("--speaker", metavar="NAME",
                   help="only this speaker: name, alias or surname, any case (e.g. blinken)")
    p.add_argument("--range", metavar="RANGE", help="only quotes said then: 2021-11, 'nov 2021', a..b")
    p.add_argument("--format", choices=("text", "json", "csv", "markdown"), default="text",
                   help="default: text")
    return p


def _as_json(q: QuoteEntry) -> dict[str, Any]:
    return {
        "schema": SCHEMA, "when": q.when, "earliest": q.earliest and q.earliest.isoformat(),
        "latest": q.latest and q.latest.isoformat(), "speaker": q.speaker, "quote": q.quote.text,
        "quote_id": q.quote.id, "start": q.quote.start, "end": q.quote.end, "article": q.article_id,
        "path": q.article_path, "title": q.article_title, "source": q.article_source,
    }


def run_quotes(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    articles, failed = load_library(args.paths, args.published)
    if not articles:
        return EXIT_FAILED
    identities = build(records(articles))
    quotes = library_quotes(articles, identities)
    if args.speaker:
        found = named(PROG, "--speaker", args.speaker, speaker_identities(quotes, identities))
        if not found:
            return EXIT_FAILED
        quotes = by_speaker(quotes, [i.id for i in found])
    if args.range:
        newest = max((a.published for a in articles if a.published), default=None)
        chosen = read_range(PROG, args.range, newest)
        if chosen is None:
            return EXIT_USAGE
        quotes = tuple(q for q in quotes if chosen.is_open or chosen.contains(q.earliest, q.latest))
    if args.format == "json":
        sys.stdout.write(json.dumps([_as_json(q) for q in quotes], ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(WRITERS[args.format](quote_rows(quotes), "quote"))
    return EXIT_FAILED if failed else EXIT_OK
