"""One row per event or quote: the fields every export format writes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from parsing.crossref import QuoteEntry
from parsing.datefilter import DateRange
from parsing.timeline import TimelineEntry, within


@dataclass(frozen=True, slots=True)
class Row:
    """``text`` is the event's summary or the quote; ``uid`` is unique and stable per event or quote."""

    earliest: date | None
    latest: date | None
    when: str
    speaker: str
    text: str
    article: str
    source: str
    uid: str
    inside: bool = True  # within the date filter, not only overlapping it (text and Markdown mark it)
    kind: str = ""  # an event's kind (statement, speech, reported); empty for a quote
    kind_label: str = ""  # how the reader marks it: "said", "reported", nothing for a statement


def _article(title: str | None, path: str) -> str:
    return title or path.rsplit("/", 1)[-1]


def timeline_rows(entries: Iterable[TimelineEntry], selected: DateRange | None = None) -> list[Row]:
    """Rows of timeline entries; with ``selected``, those only overlapping it are marked."""
    return [
        Row(e.event.earliest, e.event.latest, e.when, ", ".join(e.speakers), e.event.summary,
            _article(e.article_title, e.article_path), e.article_source or "",
            f"{e.article_id}-{e.event.id}", selected is None or selected.is_open or within(e, selected),
            e.event.kind, e.kind_label)
        for e in entries
    ]


def quote_rows(quotes: Iterable[QuoteEntry]) -> list[Row]:
    return [
        Row(q.earliest, q.latest, q.when, q.speaker or "", q.quote.text,
            _article(q.article_title, q.article_path), q.article_source or "", f"{q.article_id}-{q.quote.id}")
        for q in quotes
    ]
