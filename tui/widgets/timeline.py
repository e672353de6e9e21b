"""The timeline pane: events of every loaded article in date order, filterable by date and entity."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from parsing.crossref import Identities, build, find, records
from parsing.datefilter import CLEARED, DateRange
from parsing.model import Article
from parsing.timeline import (
    RangeMode,
    TimelineEntry,
    build_timeline,
    filter_entity_name,
    filter_members,
    filter_range,
    within,
)
from tui.messages import OpenArticle
from tui.sanitize import safe_line, sanitize_line
from tui.state import Opened, plural

from .side import SidePane
from .sparkline import Sparkline, range_title
from .table import Column, PaneTable


def _source(entry: TimelineEntry) -> str:
    return entry.article_source or entry.article_title or entry.article_path.rsplit("/", 1)[-1]


class TimelineTable(PaneTable):
    """Events as rows; Enter opens the article at the event's sentence."""

    HELP_NAME = "Timeline"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("w", "toggle_mode", "Within/overlapping",
                                                              tooltip="events inside the date range, or "
                                                              "also those that only overlap it",
                                                              show=False)]  # see tui.widgets.footer
    COLUMNS: ClassVar[list[Column]] = [("When", "when", 16), ("Event", "event", 0),
                                       ("Source", "source", 14), ("Speaker", "speaker", 14)]
    FLEX_MIN = 40  # the event is what matters: speaker and source move into it before it gets short
    entries: Sequence[TimelineEntry] = ()
    selected: DateRange = CLEARED
    """The date filter: events only overlapping it (coarser or open) are dimmed."""

    def __init__(self, opened: Opened, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.opened = opened
        """The open article: its events are shown in bold."""

    def fill(self) -> None:
        for i, entry in enumerate(self.entries):
            ev = entry.event
            inside = self.selected.is_open or within(entry, self.selected)
            self.add_cells({
                "when": Text(entry.when if inside else f"≈ {entry.when}",
                             style="" if ev.date_from == "text" and inside else "dim"),
                "event": self._summary(entry),
                "speaker": Text(sanitize_line(", ".join(entry.speakers))),
                "source": Text(sanitize_line(_source(entry)), style="dim"),
            }, str(i))

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
        """Draw the events of these articles again (the open article changed from one to the other)."""
        for i, entry in enumerate(self.entries):
            if entry.article_id in article_ids and str(i) in self.rows:
                self.update_cell(str(i), "event", self._summary(entry))

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
        self.all_entries: tuple[TimelineEntry, ...] = ()
        self.entries: tuple[TimelineEntry, ...] = ()
        self.range: DateRange = CLEARED
        self.entity: str | None = None
        self.mode: RangeMode = "within"
        self.articles: list[Article] = []
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

    def set_articles(self, articles: list[Article]) -> None:
        self.articles = articles
        self.all_entries = build_timeline(articles)
        self.refill()

    def _by_entity(self) -> tuple[TimelineEntry, ...]:
        """The events of the chosen entity: every article's entity of that identity (the same person
        as "Blinken" in one article and "Antony Blinken" in another)."""
        if not self.entity:
            return self.all_entries
        key = tuple(id(a) for a in self.articles)
        if self._identities is None or self._identities[0] != key:
            self._identities = (key, build(records(self.articles)))
        identities = self._identities[1]
        chosen = [i for i in identities if i.name == self.entity] or find(identities, self.entity)
        if not chosen:
            return filter_entity_name(self.all_entries, self.entity)
        return filter_members(self.all_entries, {m for i in chosen for m in identities.members(i.id)})

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
        first = next((i for i, e in enumerate(self.entries) if e.article_id == self.opened.id), None)
        if first is not None and not table.has_focus:
            table.move_cursor(row=first, animate=False)

    def count_in(self, selected: DateRange) -> int:
        """How many events (of the entity, if one is chosen) a date range would keep."""
        by_entity = self._by_entity()
        return len(filter_range(by_entity, selected, self.mode))

    def refill(self) -> None:
        by_entity = self._by_entity()
        self.entries = filter_range(by_entity, self.range, self.mode)
        table = self.table
        table.entries, table.selected = self.entries, self.range
        table.clear()
        table.fill()
        self._draw_histogram()
        parts = ["Timeline"]
        if not self.range.is_open:
            parts.append(range_title(self.range))
        if self.entity:
            parts.append(self.entity)
        self.set_title(safe_line(" · ".join(parts)))
        self._say_empty()
        mode = "" if self.range.is_open else " · " + ("within" if self.mode == "within" else "overlapping")
        total = len(self.all_entries)
        self.border_subtitle = f"{len(self.entries)}/{plural(total, 'event')}{mode}"

    def _say_empty(self) -> None:
        """A filter that keeps nothing says so, rather than leaving a blank table."""
        empty = self.query_one("#timeline-empty", Static)
        filtered = not self.range.is_open or self.entity is not None
        empty.display = filtered and not self.entries
        if empty.display:
            what = f"No events of {self.entity}" if self.entity else "No events"
            where = f" in {range_title(self.range)}" if not self.range.is_open else ""
            empty.update(safe_line(f"{what}{where} — D clears"))

    def _draw_histogram(self) -> None:
        spark = self.query_one(Sparkline)
        width = max(8, spark.content_region.width or 40)
        by_entity = self._by_entity()
        shown = by_entity if self.range.is_open else filter_range(by_entity, self.range, "overlap")
        spark.draw(shown, self.range, width)  # the coarser events are counted in its legend

    def on_resize(self) -> None:
        self._draw_histogram()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if self.entries:
            entry = self.entries[min(self.table.cursor_row, len(self.entries) - 1)]
            self.post_message(OpenArticle(entry.article_id, entry.event.start, entry.event.end))
