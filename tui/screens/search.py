"""The search prompt: a literal, case-insensitive search in the article with a live match count."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from tui.state import plural
from tui.widgets.footer import SteadyFooter


class SearchScreen(ModalScreen[str | None]):
    """Returns the query on Enter, None on Escape.

    ``search`` runs as you type (the article highlights the matches) and returns the match count.
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    SearchScreen { align: left bottom; background: transparent; }
    SearchScreen > Horizontal { height: 1; width: 100%; background: $panel; }
    SearchScreen Input { width: 1fr; }
    SearchScreen Label { width: auto; padding: 0 1; color: $text-muted; }
    """

    def __init__(self, search: Callable[[str], int], query: str = "") -> None:
        super().__init__()
        self.search = search
        self.query_text = query

    def compose(self) -> ComposeResult:
        with Horizontal(id="search-bar"):
            yield Label("/")
            # compact: one row with no border, so what is typed is on screen (a bordered input is
            # three rows tall and its border covered the text); the previous query comes selected
            yield Input(value=self.query_text, placeholder="search this article", compact=True,
                        id="search-input")
            yield Label("", id="search-count")
        yield SteadyFooter(compact=True)  # this prompt's keys, over the reader's footer

    def on_mount(self) -> None:
        self._update(self.query_text)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._update(event.value)

    def _update(self, value: str) -> None:
        n = self.search(value)
        self.query_one("#search-count", Label).update(plural(n, "match", "matches") if value else "")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
