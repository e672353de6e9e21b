"""The date-filter prompt: type a range in the datefilter grammar, see what it understood live."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from parsing.datefilter import DateFilterError, DateRange, is_relative, parse
from tui.state import plural
from tui.widgets.footer import SteadyFooter

from .prompt import prompt_css

EXAMPLES = "e.g. nov 2021 · 2021-11-20..2021-11-25 · since 2014 · last 7 days · empty clears"


class DateFilterScreen(ModalScreen[DateRange | None]):
    """Returns the range on Enter (an open range clears the filter), None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = prompt_css("DateFilterScreen", "understood")

    def __init__(self, newest: date, current: str = "",
                 count: Callable[[DateRange], int] | None = None, counted: str = "") -> None:
        """``newest``: the day relative phrases count back from; ``counted`` says which it is."""
        super().__init__()
        self.newest = newest
        self.counted = counted
        self.count = count
        self.current = current
        self.understood: DateRange | None = None

    def compose(self) -> ComposeResult:
        box = Vertical()
        box.border_title = "Filter timeline by date"
        with box:
            yield Input(value=self.current, placeholder="nov 2021", id="date-input")
            yield Static(EXAMPLES, id="understood")
        yield SteadyFooter(compact=True)  # this prompt's keys, over the reader's footer

    def on_mount(self) -> None:
        self._understand(self.current)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._understand(event.value)

    def _understand(self, value: str) -> None:
        label = self.query_one("#understood", Static)
        try:
            self.understood = parse(value, self.newest)
        except DateFilterError as exc:
            self.understood = None
            label.update(Text(f"✗ {exc}", style="red"))
            return
        shown = "no filter (all dates)" if self.understood.is_open else self.understood.label
        if self.count is not None:
            n = self.count(self.understood)
            shown += f" · {plural(n, 'event')}"
        if self.counted and is_relative(value, self.newest):
            shown += f" · {self.counted}"
        label.update(Text(f"→ {shown}" if value.strip() else EXAMPLES))

    @on(Input.Submitted)
    def _submitted(self) -> None:
        if self.understood is None:
            self.app.bell()
            return
        self.dismiss(self.understood)

    def action_cancel(self) -> None:
        self.dismiss(None)
