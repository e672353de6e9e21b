"""The status line: progress, then what is loaded and where the reader is, fitted to its width."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

Part = tuple[str, ...]
"""One thing the status line says, in the forms it can take, longest first ("" = left out)."""

SHRINK = ("summary", "quote", "entity", "quote", "entity", "search", "progress")
"""Which part gives way next when the line is too long: the least important first. The search's
match count is never given up (its short form keeps ``match 2/5`` whole and drops the query)."""


def join(shown: list[tuple[str, str]]) -> Text:
    """The parts on one line: progress in bold, the summary set off from where the reader is."""
    text = Text(no_wrap=True, overflow="ellipsis")
    for i, (name, form) in enumerate(shown):
        if i:
            text.append("  │  " if shown[i - 1][0] == "summary" else "  ")
        text.append(form, style="bold" if name == "progress" else "")
    return text


def fit(width: int, parts: dict[str, Part], order: tuple[str, ...] = SHRINK) -> Text:
    """The parts (in their order) in the forms that fit ``width``; parts give way in ``order``,
    one form at a time."""
    chosen = {name: 0 for name in parts}

    def shown() -> Text:
        return join([(name, forms[chosen[name]]) for name, forms in parts.items() if forms[chosen[name]]])

    for name in order:
        if shown().cell_len <= width:
            break
        if name in parts and chosen[name] + 1 < len(parts[name]):
            chosen[name] += 1
    return shown()


class StatusLine(Static):
    """One line under the panes. ``progress`` shows "Loading 3/12…"; ``parts`` say where you are
    (quote, entity, search: see :meth:`tui.reader.Reader.position_parts`)."""

    DEFAULT_CSS = "StatusLine { height: 1; padding: 0 1; background: $panel; color: $text-muted; }"

    progress: reactive[str] = reactive("")
    summary: reactive[str] = reactive("")
    parts: reactive[tuple[tuple[str, Part], ...]] = reactive(())

    @property
    def position(self) -> str:
        """Where the reader is, every part in full."""
        return "  ".join(forms[0] for _, forms in self.parts if forms[0])

    def render(self) -> Text:
        parts: dict[str, Part] = {}
        if self.progress:
            parts["progress"] = (self.progress, self.progress.split(" ", 1)[0])
        parts["summary"] = (self.summary, "")
        parts.update(self.parts)
        return fit(self.size.width, parts)
