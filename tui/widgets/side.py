"""A pane of the side column: its border title can carry a hint for the pane it shares the room with."""

from __future__ import annotations

from rich.text import Text
from textual.containers import Vertical


class SidePane(Vertical):
    """Entities or timeline; ``hint`` (e.g. "o: timeline") follows the title when only one shows."""

    ALLOW_MAXIMIZE = True  # a container, which Textual would not zoom by default (z did nothing)

    def __init__(self, title: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._title = Text(title)
        self._hint = ""
        self.border_title = self._title

    def set_title(self, title: str | Text) -> None:
        """``title`` must already be sanitised; it is never parsed as markup."""
        self._title = Text(title) if isinstance(title, str) else title
        self._draw_title()

    @property
    def hint(self) -> str:
        return self._hint

    @hint.setter
    def hint(self, hint: str) -> None:
        self._hint = hint
        self._draw_title()

    def _draw_title(self) -> None:
        title = self._title.copy()
        if self._hint:
            title.append(f" ({self._hint})", style="dim")
        self.border_title = title
