"""The publication-date prompt: the date filter's prompt, for one day; empty forgets the date set."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from tui.sanitize import safe_line

from .datefilter import DateFilterScreen


class PublicationDateScreen(DateFilterScreen):
    """Returns a one-day range (or an open one: forget the date set), None on Escape.

    ``ctrl+o`` switches between the open article and every undated article in its folder
    (:attr:`whole_folder`).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+o", "toggle_folder", "This article / its folder's undated articles"),
    ]

    def __init__(self, newest: date, current: str, article: str, undated: int) -> None:
        super().__init__(newest, current)
        self.article = article
        self.undated = undated
        self.whole_folder = False

    def on_mount(self) -> None:
        super().on_mount()
        self._retitle()

    def _retitle(self) -> None:
        title = Text("Publication date of ")
        if self.whole_folder:
            title.append(f"every undated article in this folder ({self.undated})")
        else:
            title.append_text(safe_line(self.article))
        title.append("  ctrl+o: " + ("this article only" if self.whole_folder else "undated in folder"),
                     style="dim")
        self.query_one(Vertical).border_title = title

    def action_toggle_folder(self) -> None:
        self.whole_folder = not self.whole_folder
        self._retitle()

    def _understand(self, value: str) -> None:
        super()._understand(value)
        found = self.understood
        if found is not None and not found.is_open and found.start != found.end:
            self.understood = None  # a publication date is one day
            self.query_one("#understood", Static).update(Text("✗ give one day, e.g. 23 nov 2021",
                                                              style="red"))
        elif found is not None and found.is_open and value.strip() == "":
            self.query_one("#understood", Static).update(
                Text("empty: forget the date you set (the file's own date comes back)", style="dim"))
