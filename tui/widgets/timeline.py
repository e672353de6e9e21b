"""The timeline pane: events of every loaded article in date order, filterable by date and entity.

While a library loads, each batch's events are merged into place (bisection on their timeline
order), the date filter is applied to the new events only, and only the rows on screen are drawn;
what needs every event (the histogram, the entity filter's identities) is redone when the library
has grown by a quarter since, and once it has settled.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from parsing.crossref import Identities, build, find, records
from parsing.datefilter import CLEARED, DateRange
from parsing.model import Article
from parsing.timeline import (
    RangeMode,
    TimelineEntry,
    TimelineOrder,
    filter_entity_name,
    filter_members,
    filter_range,
    keyed_timeline,
    within,
)
from tui.messages import OpenArticle
from tui.sanitize import safe_line, sanitize_line
from tui.state import Opened, plural

from .rows import RowList
from .side import SidePane
from .sparkline import Sparkline, range_title
from .table import Column

GROWTH = 1.25  # what needs every event is redone while loading when there are this many times more


def _source(entry: TimelineEntry) -> str:
    return entry.article_source or entry.article_title or entry.article_path.rsplit("/", 1)[-1]


class Merged:
    """Timeline entries in timeline order, each under a row key; new ones go into place."""

    def __init__(self) -> None:
        self.order: list[TimelineOrder] = []
        self.keys: list[str] = []
        self.entries: list[TimelineEntry] = []
        self.of: dict[str, tuple[TimelineOrder, TimelineEntry]] = {}

    def clear(self) -> None:
        self.order.clear()
        self.keys.clear()
        self.entries.clear()
        self.of.clear()

    def add(self, order: TimelineOrder, entry: TimelineEntry) -> None:
        at = bisect.bisect_right(self.order, order)
        key = f"{entry.article_id}\x00{entry.event.id}\x00{order[-2]}"
        self.order.insert(at, order)
        self.keys.insert(at, key)
        self.entries.insert(at, entry)
        self.of[key] = (order, entry)

    def index(self, key: str) -> int | None:
        found = self.of.get(key)
        if found is None:
            return None
        at = bisect.bisect_left(self.order, found[0])
        while at < len(self.keys) and self.keys[at] != key:
            at += 1
        return at if at < len(self.keys) else None


class TimelineTable(RowList):
    """Events as rows; Enter opens the article at the event's sentence."""

    HELP_NAME = "Timeline"
    HELP_ENTER = "Open at event"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("w", "toggle_mode", "Within/overlapping",
                                                              tooltip="events inside the date range, or "
                                                              "also those that only overlap it",
                                                              show=False)]  # see tui.widgets.footer
    COLUMNS: ClassVar[list[Column]] = [("When", "when", 16), ("Event", "event", 0),
                                       ("Source", "source", 14), ("Speaker", "speaker", 14)]
    FLEX_MIN = 40  # the event is what matters: speaker and source move into it before it gets short
    selected: DateRange = CLEARED
    """The date filter: events only overlapping it (coarser or open) are dimmed."""

    def __init__(self, opened: Opened, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.opened = opened
        """The open article: its events are shown in bold."""
        self.shown = Merged()
        self.keys = self.shown.keys

    @property
    def entries(self) -> Sequence[TimelineEntry]:
        return self.shown.entries

    def row_of(self, key: str) -> int | None:
        return self.shown.index(key)

    def row_cells(self, key: str) -> dict[str, Text]:
        found = self.shown.of.get(key)
        if found is None:
            return {}
        entry = found[1]
        ev = entry.event
        inside = self.selected.is_open or within(entry, self.selected)
        return {
            "when": Text(entry.when if inside else f"≈ {entry.when}",
                         style="" if ev.date_from == "text" and inside else "dim"),
            "event": self._summary(entry),
            "speaker": Text(sanitize_line(", ".join(entry.speakers))),
            "source": Text(sanitize_line(_source(entry)), style="dim"),
        }

    def _summary(self, entry: TimelineEntry) -> Text:
        """The event; when the table is too narrow for their columns, who said it and where, first."""
        text = Text()
        if entry.kind_label:  # a speech act, or what a speaker said happened: shown apart
            text.append(f"{entry.kind_label} · ", style="dim italic")
        if "speaker" not in self.columns and entry.speakers:
            text.append(sanitize_line(", ".join(entry.speakers)) + ": ", style="italic")
        current = entry.article_id == self.opened.id
        inside = self.selected.is_open or within(entry, self.selected)
        style = ("bold" if current else "") + ("" if inside else " dim")
        text.append(sanitize_line(entry.event.summary), style=style.strip())
        if "source" not in self.columns:
            text.append(" — " + sanitize_line(_source(entry)), style="dim")
        return text

    def restyle(self, *article_ids: str | None) -> None:
        """Draw the events of these articles again (the open article changed from one to the other):
        only the rows on screen are drawn at all."""
        self.invalidate()

    def action_toggle_mode(self) -> None:
        """Events inside the date range only, or also those that merely overlap it."""
        pane = self.parent
        if isinstance(pane, TimelinePane):
            pane.set_mode("overlap" if pane.mode == "within" else "within")
            self.notify("Timeline: " + ("events that overlap the range too (dimmed)" if pane.mode == "overlap"
                                        else "events within the range"), timeout=2)


class TimelinePane(SidePane):
    """The histogram above the event table; holds the date and entity filters."""

    def __init__(self, opened: Opened, *, id: str | None = None) -> None:
        super().__init__("Timeline", id=id)
        self.opened = opened
        self.range: DateRange = CLEARED
        self.entity: str | None = None
        self.mode: RangeMode = "within"
        self.articles: list[Article] = []
        self._all = Merged()
        self._taken: tuple[int, int] | None = None  # (library generation, articles taken in)
        self._drawn = 0  # events when the histogram (and the entity filter) were last done in full
        self._identities: tuple[tuple[int, ...], Identities] | None = None

    def compose(self) -> ComposeResult:
        yield Sparkline(id="timeline-spark")
        yield Static(id="timeline-empty")
        yield TimelineTable(self.opened, id="timeline-table")

    def on_mount(self) -> None:
        self.opened.watch(self._opened)

    @property
    def table(self) -> TimelineTable:
        return self.query_one(TimelineTable)

    @property
    def all_entries(self) -> tuple[TimelineEntry, ...]:
        """Every event of the library, in timeline order."""
        return tuple(self._all.entries)

    @property
    def entries(self) -> tuple[TimelineEntry, ...]:
        """The events shown (the filters applied), in timeline order."""
        return tuple(self.table.shown.entries)

    def set_articles(self, articles: list[Article], generation: int | None = None,
                     settled: bool = True) -> None:
        """The library's articles. Of the same ``generation`` (``Library.generation``) as before,
        only the articles after those already taken in are new: their events are merged into place.
        Until ``settled`` (while loading), what needs every event waits for the library to grow."""
        taken = self._taken
        self.articles = articles
        if generation is None or taken is None or taken[0] != generation or taken[1] > len(articles):
            self._all.clear()
            for order, entry in sorted(keyed_timeline(articles), key=lambda pair: pair[0]):
                self._all.add(order, entry)
            self._taken = (generation or 0, len(articles))
            self.refill()
            self.show_article()
            return
        new = articles[taken[1]:]
        self._taken = (generation, len(articles))
        keyed = keyed_timeline(new, taken[1])
        for order, entry in keyed:
            self._all.add(order, entry)
        grown = not self._drawn or len(self._all.keys) >= GROWTH * self._drawn
        if self.entity and (settled or grown):
            self.refill()
            self.show_article()
            return
        if not self.entity:  # the entity filter's identities wait: its events come with the next refill
            kept = {id(e) for e in filter_range((e for _, e in keyed), self.range, self.mode)}
            table = self.table
            for order, entry in keyed:
                if id(entry) in kept:
                    table.shown.add(order, entry)
            table.keys_changed()
        if settled or grown:
            self._draw_histogram()
        self._titles()
        if self.opened.id is not None and any(a.id == self.opened.id for a in new):
            self.show_article()

    def _by_entity(self) -> Sequence[TimelineEntry]:
        """The events of the chosen entity: every article's entity of that identity (the same person
        as "Blinken" in one article and "Antony Blinken" in another)."""
        if not self.entity:
            return self._all.entries
        key = tuple(id(a) for a in self.articles)
        if self._identities is None or self._identities[0] != key:
            self._identities = (key, build(records(self.articles)))
        identities = self._identities[1]
        chosen = [i for i in identities if i.name == self.entity] or find(identities, self.entity)
        if not chosen:
            return filter_entity_name(self._all.entries, self.entity)
        return filter_members(self._all.entries, {m for i in chosen for m in identities.members(i.id)})

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

    def _opened(self, before: Article | None, now: Article | None) -> None:
        """Mark the open article's events (no longer the previous one's) and show the first of them."""
        self.table.restyle(before.id if before else None, now.id if now else None)
        self.show_article()

    def show_article(self) -> None:
        """Bring the open article's first event into view (unless the user is in the table)."""
        table = self.table
        first = next((i for i, e in enumerate(table.shown.entries) if e.article_id == self.opened.id), None)
        if first is not None and not table.has_focus:
            table.move_cursor(row=first, animate=False)

    def count_in(self, selected: DateRange) -> int:
        """How many events (of the entity, if one is chosen) a date range would keep."""
        by_entity = self._by_entity()
        return len(filter_range(by_entity, selected, self.mode))

    def refill(self) -> None:
        """Apply the filters to every event again."""
        kept = {id(e) for e in filter_range(self._by_entity(), self.range, self.mode)}
        table = self.table
        table.selected = self.range
        shown = table.shown
        shown.clear()
        for order, key, entry in zip(self._all.order, self._all.keys, self._all.entries, strict=True):
            if id(entry) in kept:
                shown.order.append(order)
                shown.keys.append(key)
                shown.entries.append(entry)
                shown.of[key] = (order, entry)
        table.set_keys(shown.keys)
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
        total = len(self._all.keys)
        self.border_subtitle = f"{len(self.table.shown.keys)}/{plural(total, 'event')}{mode}"

    def _say_empty(self) -> None:
        """A filter that keeps nothing says so, rather than leaving a blank table."""
        empty = self.query_one("#timeline-empty", Static)
        filtered = not self.range.is_open or self.entity is not None
        empty.display = filtered and not self.table.shown.keys
        if empty.display:
            what = f"No events of {self.entity}" if self.entity else "No events"
            where = f" in {range_title(self.range)}" if not self.range.is_open else ""
            empty.update(safe_line(f"{what}{where} — D clears"))

    def _draw_histogram(self) -> None:
        self._drawn = len(self._all.keys)
        spark = self.query_one(Sparkline)
        width = max(8, spark.content_region.width or 40)
        by_entity = self._by_entity()
        shown = by_entity if self.range.is_open else filter_range(by_entity, self.range, "overlap")
        spark.draw(shown, self.range, width)  # the coarser events are counted in its legend

    def on_resize(self) -> None:
        self._draw_histogram()

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        event.stop()
        found = self.table.shown.of.get(event.key)
        if found is not None:
            entry = found[1]
            self.post_message(OpenArticle(entry.article_id, entry.event.start, entry.event.end))
