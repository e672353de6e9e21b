"""The status line: progress progress, then what is loaded and where the reader is."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static


class StatusLine(Static):
    """One line under the panes. ``progress`` shows "Loading 3/12…"; ``position`` says where you are."""

    DEFAULT_CSS = "StatusLine { height: 1; padding: 0 1; background: $panel; color: $text-muted; }"

    progress: reactive[str] = reactive("")
    summary: reactive[str] = reactive("")
    position: reactive[str] = reactive("")

    def render(self) -> Text:
        text = Text()
        if self.progress:
            text.append(self.progress, style="bold")
            text.append("  ")
        text.append(self.summary)
        if self.position:
            text.append("  │  " + self.position)
        return text
