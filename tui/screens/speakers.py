"""The speakers view: every speaker in the library (quotes, articles, date span); Enter lists one
speaker's quotes across articles in date order (date, outlet, quote); Enter on a quote opens it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from parsing.crossref import QuoteEntry, SpeakerRow, by_speaker
from tui.sanitize import safe_line, sanitize_line
from tui.state import plural
from tui.widgets.columns import Column
from tui.widgets.table import PaneTable


class SpeakerTable(PaneTable):
    HELP_NAME = "Speakers"
    HELP_ENTER = "Show their quotes"
    COLUMNS: ClassVar[list[Column]] = [("Speaker", "name", 0), ("Quotes", "quotes", 6),
                                       ("Articles", "articles", 8), ("Said", "span", 24)]
    rows_shown: Sequence[SpeakerRow] = ()

    def fill(self) -> None:
        for i, row in enumerate(self.rows_shown):
            self.add_cells({"name": Text(sanitize_line(row.name)),
                            "quotes": Text(str(row.quotes), justify="right"),
                            "articles": Text(str(row.articles), justify="right"),
                            "span": Text(row.span, style="dim")}, str(i))


class SaidTable(PaneTable):
    HELP_NAME = "Quotes"
    HELP_ENTER = "Open at quote"
    COLUMNS: ClassVar[list[Column]] = [("Date", "when", 16), ("Outlet", "outlet", 20), ("Quote", "quote", 0)]
    FLEX_MIN = 30
    quotes: Sequence[QuoteEntry] = ()

    def add_cells(self, cells: dict[str, Text], key: str) -> None:
        """A quote wraps onto as many lines as it needs."""
        self.add_row(*(cells[str(k.value)] for k in self.columns), key=key, height=None)

    def fill(self) -> None:
        for i, q in enumerate(self.quotes):
            outlet = q.article_source or q.article_title or q.article_path.rsplit("/", 1)[-1]
            self.add_cells({"when": Text(q.when, style="" if q.earliest else "dim"),
                            "outlet": Text(sanitize_line(outlet), style="dim"),
                            "quote": Text(sanitize_line(q.quote.text), style="italic")}, str(i))


class SpeakersScreen(ModalScreen[QuoteEntry | None]):
    """Dismissed with the quote to open, or None. Esc goes from a speaker's quotes back to the list.

    Modal, so the reading keys of the screen below neither act nor show in the footer here."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,b,backspace", "back", "Back"),
        Binding("x", "app.export", "Export", tooltip="these quotes to a file"),
        Binding("S", "close", "Close speakers", show=False),
        Binding("q", "app.quit", "Quit"),
    ]
    DEFAULT_CSS = """
    SpeakersScreen { background: $background; }
    SpeakersScreen #speakers-title { height: 1; padding: 0 1; background: $panel; color: $text-accent; }
    SpeakersScreen PaneTable { height: 1fr; }
    SpeakersScreen .-hidden { display: none; }
    """

    def __init__(self, speakers: Sequence[SpeakerRow], quotes: Sequence[QuoteEntry],
                 speaker_id: str | None = None) -> None:
        super().__init__()
        self.speakers = list(speakers)
        self.quotes = quotes
        self.speaker: SpeakerRow | None = None
        self.said: tuple[QuoteEntry, ...] = ()
        self._start = speaker_id

    def compose(self) -> ComposeResult:
        yield Static(id="speakers-title")
        table = SpeakerTable(id="speaker-table")
        table.rows_shown = self.speakers
        yield table
        said = SaidTable(id="said-table")
        said.add_class("-hidden")
        yield said
        yield Footer(compact=True)

    def on_mount(self) -> None:
        start = next((r for r in self.speakers if r.id == self._start), None)
        if start is not None:
            self.show_speaker(start)
        else:
            self._title()
            self.query_one(SpeakerTable).focus()

    def _title(self) -> None:
        if self.speaker is None:
            n = len(self.speakers)
            total = sum(r.quotes for r in self.speakers)
            text = f"Speakers · {plural(n, 'speaker')}, {plural(total, 'quote')}"
            hint = " · Enter: their quotes"
        else:
            s = self.speaker
            text = f"{s.name} · {plural(s.quotes, 'quote')} in {plural(s.articles, 'article')} · {s.span}"
            hint = " · Enter: read it in its article"
        title = safe_line(text)
        title.append(hint, style="dim")
        self.query_one("#speakers-title", Static).update(title)

    def show_speaker(self, row: SpeakerRow | None) -> None:
        """List ``row``'s quotes (None: back to every speaker)."""
        self.speaker = row
        self.said = by_speaker(self.quotes, [row.id]) if row is not None else ()
        said, speakers = self.query_one(SaidTable), self.query_one(SpeakerTable)
        said.quotes = self.said
        said.set_class(row is None, "-hidden")
        speakers.set_class(row is not None, "-hidden")
        said.clear()
        said.fill()
        (said if row is not None else speakers).focus()
        self._title()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        index = int(str(event.row_key.value))
        if event.data_table.id == "speaker-table":
            self.show_speaker(self.speakers[index])
        else:
            self.dismiss(self.said[index])

    def action_back(self) -> None:
        """Back to every speaker, or out of the view."""
        if self.speaker is not None:
            self.show_speaker(None)
        else:
            self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
