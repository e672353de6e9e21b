"""The timeline's event table: the store's event keys the filters keep, the rows on screen read from
the store (a cache of a few screens' worth), the open article's events in bold."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from parsing.datefilter import CLEARED, DateRange
from parsing.store import Store, StoreError
from parsing.timeline import TimelineEntry, within
from tui.sanitize import sanitize_line
from tui.state import Library, Opened

from .columns import Column
from .rows import RowList


def _source(entry: TimelineEntry) -> str:
    return entry.article_source or entry.article_title or entry.article_path.rsplit("/", 1)[-1]


CACHE = 2048  # rows read from the store and kept (a few screens' worth)


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

    def __init__(self, opened: Opened, library: Library, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.opened = opened
        """The open article: its events are shown in bold."""
        self.library = library
        self.shown: list[str] = []  # the store's event keys the filters keep, in timeline order
        self.keys = self.shown
        self.rows: dict[str, TimelineEntry] = {}

    @property
    def store(self) -> Store | None:
        return self.library.store

    def row_of(self, key: str) -> int | None:
        at = bisect.bisect_left(self.shown, key)
        return at if at < len(self.shown) and self.shown[at] == key else None

    def prefetch(self, keys: Sequence[str]) -> None:
        if self.store is None:
            return
        if len(self.rows) > CACHE:
            self.rows.clear()
        try:
            self.rows.update(self.store.timeline_entries([k for k in keys if k not in self.rows]))
        except StoreError:
            pass

    def entry(self, key: str) -> TimelineEntry | None:
        if key not in self.rows:
            self.prefetch([key])
        return self.rows.get(key)

    def row_cells(self, key: str) -> dict[str, Text]:
        entry = self.entry(key)
        if entry is None:
            return {}
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
        self.post_message(ModeToggled())


@dataclass
class ModeToggled(Message):
    """The user asked for the other range mode (events within the range / also those overlapping it)."""
