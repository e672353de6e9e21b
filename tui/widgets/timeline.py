"""The timeline pane: events of every loaded article in date order, filterable by date and entity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable

from parsing.model import Article, Event
from parsing.when import format_when
from tui.messages import OpenArticle
from tui.sanitize import sanitize_line
from tui.state import EntityKey, article_label, speaker_of

from .sparkline import Sparkline
from .table import Column, PaneTable


@dataclass(frozen=True)
class Row:
    article: Article
    event: Event


def timeline_rows(articles: list[Article]) -> list[Row]:
    """Every event, dated ones first in date order, then undated ones in article order."""
    rows = [Row(a, e) for a in articles for e in a.events]
    return sorted(rows, key=lambda r: (r.event.earliest is None, r.event.earliest or date.min,
                                       r.event.latest or date.min, r.article.path, r.event.start))


def in_range(event: Event, start: date | None, end: date | None) -> bool:
    """True when the event's days overlap ``[start, end]`` (undated events never do)."""
    if event.earliest is None:
        return start is None and end is None
    latest = event.latest or event.earliest
    return (start is None or latest >= start) and (end is None or event.earliest <= end)


def mentions(row: Row, key: EntityKey) -> bool:
    entity = key.find(row.article)
    return entity is not None and entity.id in row.event.entities


class TimelineTable(PaneTable):
    """Events as rows; Enter opens the article at the event's sentence."""

    HELP_NAME = "Timeline"
    COLUMNS: ClassVar[list[Column]] = [("When", "when", 16), ("Event", "event", 0),
                                       ("Source", "source", 14), ("Speaker", "speaker", 14)]
    timeline_rows: Sequence[Row] = ()

    def fill(self) -> None:
        for i, row in enumerate(self.timeline_rows):
            ev = row.event
            self.add_cells({
                "when": Text(format_when(ev.earliest, ev.latest),
                             style="" if ev.date_from == "text" else "dim"),
                "event": Text(sanitize_line(ev.summary)),
                "speaker": Text(sanitize_line(speaker_of(row.article, ev) or "")),
                "source": Text(sanitize_line(row.article.source or article_label(row.article)), style="dim"),
            }, str(i))


class TimelinePane(Vertical):
    """The histogram above the event table; holds the date and entity filters."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.all_rows: list[Row] = []
        self.rows: list[Row] = []
        self.start: date | None = None
        self.end: date | None = None
        self.range_label: str | None = None
        self.entity: EntityKey | None = None
        self._days: list[date] = []

    def compose(self) -> ComposeResult:
        yield Sparkline(id="timeline-spark")
        yield TimelineTable(id="timeline-table")

    @property
    def table(self) -> TimelineTable:
        return self.query_one(TimelineTable)

    def set_articles(self, articles: list[Article]) -> None:
        self.all_rows = timeline_rows(articles)
        self.refill()

    def set_range(self, start: date | None, end: date | None, label: str | None) -> None:
        self.start, self.end, self.range_label = start, end, label
        self.refill()

    def set_entity(self, key: EntityKey | None) -> None:
        self.entity = key
        self.refill()

    def refill(self) -> None:
        rows = [r for r in self.all_rows if self.entity is None or mentions(r, self.entity)]
        self.rows = [r for r in rows if in_range(r.event, self.start, self.end)]
        table = self.table
        table.timeline_rows = self.rows
        table.clear()
        table.fill()
        self._days = [r.event.earliest for r in rows if r.event.earliest]
        self.query_one(Sparkline).set_data(self._days, self.start, self.end)
        parts = ["Timeline"]
        if self.range_label:
            parts.append(self.range_label)
        if self.entity:
            parts.append(self.entity.name)
        self.border_title = sanitize_line(" · ".join(parts))
        self.border_subtitle = f"{len(self.rows)}/{len(self.all_rows)} events"

    def on_resize(self) -> None:
        self.query_one(Sparkline).set_data(self._days, self.start, self.end)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if self.rows:
            row = self.rows[min(self.table.cursor_row, len(self.rows) - 1)]
            self.post_message(OpenArticle(row.article.id, row.event.start, row.event.end))
