"""The timeline pane: events of every loaded article in date order, filterable by date and entity.

The pane holds the store's event keys that the filters keep (strings that sort in timeline order)
and reads the rows on screen from the store. While a library loads, each batch's keys are asked
for (with the filters) and merged into place by bisection; a filter is one query. The histogram
counts the events by span in the store; while a library loads each batch's counts are added to it
(a count of the whole library is a pass over every event: 40-80 ms at 10,000 articles).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from datetime import date

from textual import work
from textual.app import ComposeResult
from textual.widgets import Static

from parsing.datefilter import CLEARED, DateRange
from parsing.histogram import SpanCount
from parsing.model import Article
from parsing.store import ArticleSummary, Store, StoreError
from parsing.timeline import RangeMode, TimelineEntry
from tui.messages import OpenArticle
from tui.sanitize import safe_line
from tui.state import Library, Opened, plural

from .rows import RowList
from .side import SidePane
from .sparkline import Sparkline, range_title
from .timeline_table import ModeToggled, TimelineTable

INSORT = 32  # more new keys than this are merged with the shown ones rather than put in one by one
BIG = 2000  # articles in one batch: their events' keys are read off the UI thread


class TimelinePane(SidePane):
    """The histogram above the event table; holds the date and entity filters."""

    def __init__(self, opened: Opened, library: Library, *, id: str | None = None) -> None:
        super().__init__("Timeline", id=id)
        self.opened = opened
        self.library = library
        self.range: DateRange = CLEARED
        self.entity: str | None = None
        self.mode: RangeMode = "within"
        self.total = 0  # events in the library
        self._spans: Counter[tuple[date | None, date | None, str]] = Counter()  # the histogram's counts
        self._asked = 0  # how many times the filters were applied to the whole library

    def compose(self) -> ComposeResult:
        yield Sparkline(id="timeline-spark")
        yield Static(id="timeline-empty")
        yield TimelineTable(self.opened, self.library, id="timeline-table")

    def on_mount(self) -> None:
        self.opened.watch(self._opened)

    @property
    def table(self) -> TimelineTable:
        return self.query_one(TimelineTable)

    @property
    def store(self) -> Store | None:
        return self.library.store

    @property
    def entries(self) -> tuple[TimelineEntry, ...]:
        """The events shown (the filters applied), in timeline order (read from the store: for export)."""
        table = self.table
        if self.store is None or not table.shown:
            return ()
        rows = self.store.timeline_entries(table.shown)
        return tuple(rows[k] for k in table.shown if k in rows)

    def _names(self) -> frozenset[str] | None:
        return self.library.names_of(self.entity) if self.entity else None

    def _keys(self, articles: Sequence[int] | None, names: frozenset[str] | None = None) -> list[str]:
        """The keys of the events (of these articles, or all) the filters keep; ``names``: the entity
        filter's, when the caller has them already."""
        if self.store is None:
            return []
        try:
            return self.store.event_keys(articles, self.range, self.mode, names or self._names())
        except StoreError:
            return []

    def take(self, articles: Sequence[ArticleSummary], settled: bool = True) -> None:
        """Articles were added to the library: merge their events (those the filters keep) into place
        and add their counts to the histogram's; once ``settled``, the histogram is counted again
        whole. The keys of a batch of ``BIG`` articles or more (a warm library: every article at once;
        65,000 keys take a fifth of a second) are read off the UI thread and merged when they come."""
        if articles:
            self.total += sum(a.events for a in articles)
            opened = self.opened.id is not None and any(a.id == self.opened.id for a in articles)
            keys = [a.key for a in articles]
            if len(articles) >= BIG and self.store is not None:  # by key: batches may come meanwhile
                self._take_later(keys, opened, settled, self._asked)
                return
            # every event at once only when loading is over: while it runs, the store may already hold
            # the next batch's events, which that batch would then add a second time
            whole = settled and not self.table.shown and len(articles) == len(self.library.articles)
            names = self._names()
            self._merge(self._keys(None if whole else keys, names), self._spans_of(keys, names), opened)
        self._settle(settled)

    @work(thread=True, group="timeline-take")
    def _take_later(self, keys: list[int], opened: bool, settled: bool, asked: int) -> None:
        names = self._names()
        fresh, spans = self._keys(keys, names), self._spans_of(keys, names)
        self.app.call_from_thread(self._taken, fresh, spans, opened, settled, asked)

    def _taken(self, fresh: list[str], spans: list[SpanCount], opened: bool, settled: bool,
               asked: int) -> None:
        if asked == self._asked:  # else the filters were applied again since: they read these too
            self._merge(fresh, spans, opened)
        self._settle(settled)

    def _merge(self, fresh: list[str], spans: list[SpanCount], opened: bool) -> None:
        for first, last, unit, n in spans:
            self._spans[first, last, unit] += n
        table = self.table
        shown = table.shown
        if shown and fresh and fresh[0] < shown[-1]:
            if len(fresh) <= INSORT:
                for key in fresh:
                    bisect.insort(shown, key)
            else:  # two sorted runs: the sort merges them in one linear pass (in C)
                shown.extend(fresh)
                shown.sort()
        else:
            shown.extend(fresh)
        table.keys_changed()
        if opened:
            self.show_article()

    def _settle(self, settled: bool) -> None:
        if settled:
            self._count_spans()
        self._draw_histogram()
        self._titles()

    def reload(self) -> None:
        """The library changed other than by growing (a rescan, dates set again): ask again."""
        self.total = sum(a.events for a in self.library.articles)
        self.table.rows.clear()
        self.refill()
        self.show_article()

    def set_range(self, selected: DateRange) -> None:
        self.set_filters(selected, self.entity)

    def set_entity(self, name: str | None) -> None:
        self.set_filters(self.range, name)

    def set_filters(self, selected: DateRange, name: str | None) -> None:
        self.range, self.entity = selected, name
        self.refill()

    def set_mode(self, mode: RangeMode) -> None:
        self.mode = mode
        self.refill()

    def on_mode_toggled(self, event: ModeToggled) -> None:
        event.stop()
        self.set_mode("overlap" if self.mode == "within" else "within")
        self.notify("Timeline: " + ("events that overlap the range too (dimmed)" if self.mode == "overlap"
                                    else "events within the range"), timeout=2)

    def _opened(self, before: Article | None, now: Article | None) -> None:
        """Mark the open article's events (no longer the previous one's) and show the first of them."""
        self.table.restyle(before.id if before else None, now.id if now else None)
        self.show_article()

    def show_article(self) -> None:
        """Bring the open article's first event into view (unless the user is in the table)."""
        table = self.table
        summary = self.library.get(self.opened.id) if self.opened.id else None
        if summary is None or table.has_focus:
            return
        first = next(iter(self._keys([summary.key])), None)
        row = table.row_of(first) if first is not None else None
        if row is not None:
            table.move_cursor(row=row, animate=False)

    def count_in(self, selected: DateRange) -> int:
        """How many events (of the entity, if one is chosen) a date range would keep."""
        if self.store is None:
            return 0
        return self.store.event_count(None, selected, self.mode, self._names())

    def refill(self) -> None:
        """Apply the filters again: one query. An empty library (a rescan, before its articles come
        back through ``take``) shows nothing: the store's scope still holds the old one, and asking it
        would list their events twice. Keys still being read for the library before are dropped."""
        self._asked += 1
        table = self.table
        table.selected = self.range
        table.shown = self._keys(None) if self.library.articles else []
        table.set_keys(table.shown)
        self._count_spans()
        self._draw_histogram()
        self._titles()

    def _titles(self) -> None:
        parts = ["Timeline"]
        if not self.range.is_open:
            parts.append(range_title(self.range))
        if self.entity:
            parts.append(self.entity)
        self.set_title(safe_line(" · ".join(parts)))
        self._say_empty()
        mode = "" if self.range.is_open else " · " + ("within" if self.mode == "within" else "overlapping")
        self.border_subtitle = f"{len(self.table.shown)}/{plural(self.total, 'event')}{mode}"

    def _say_empty(self) -> None:
        """A filter that keeps nothing says so, rather than leaving a blank table."""
        empty = self.query_one("#timeline-empty", Static)
        filtered = not self.range.is_open or self.entity is not None
        empty.display = filtered and not self.table.shown
        if empty.display:
            what = f"No events of {self.entity}" if self.entity else "No events"
            where = f" in {range_title(self.range)}" if not self.range.is_open else ""
            empty.update(safe_line(f"{what}{where} — D clears"))

    def _spans_of(self, article_keys: list[int] | None, names: frozenset[str] | None = None,
                  ) -> list[SpanCount]:
        """The events the filters keep (of these articles, or all) counted by span, for the histogram."""
        if self.store is None:
            return []
        try:
            return self.store.event_spans(self.range, "overlap", names or self._names(), article_keys)
        except StoreError:
            return []

    def _count_spans(self) -> None:
        """Count the histogram's events again, the whole library's (a pass over every event)."""
        spans = self._spans_of(None) if self.library.articles else []
        self._spans = Counter({(first, last, unit): n for first, last, unit, n in spans})

    def _draw_histogram(self) -> None:
        spark = self.query_one(Sparkline)
        width = max(8, spark.content_region.width or 40)
        spans = [(first, last, unit, n) for (first, last, unit), n in self._spans.items()]
        spark.draw(spans, self.range, width)  # the coarser events are counted in its legend

    def on_resize(self) -> None:
        self._draw_histogram()

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        event.stop()
        entry = self.table.entry(event.key)
        if entry is not None:
            self.post_message(OpenArticle(entry.article_id, entry.event.start, entry.event.end))
