"""A row table for the list panes: shared movement keys and one column that takes the spare width."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.widgets import DataTable

from .columns import FLEX_MIN, Column, fit_columns
from .keys import LIST_KEYS


class PaneTable(DataTable[Text]):
    """Subclasses set ``COLUMNS`` and implement :meth:`fill` with :meth:`add_cells`.

    On resize the flexible column takes the spare width; when it would be narrower than ``FLEX_MIN``
    the rightmost fixed columns after the first are dropped.
    """

    BINDINGS: ClassVar[list[BindingType]] = LIST_KEYS
    COLUMNS: ClassVar[list[Column]] = []
    FLEX_MIN: ClassVar[int] = FLEX_MIN

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._fitted = -1

    def on_mount(self) -> None:
        self.refit()

    def on_resize(self) -> None:
        if self.size.width != self._fitted:
            self.refit()
        self.call_after_refresh(self.keep_cursor_visible)

    def keep_cursor_visible(self) -> None:
        """After the pane shrinks, scroll so the cursor row is still shown (centred)."""
        rows = max(1, self.scrollable_content_region.height - int(self.show_header))
        if not self.scroll_y <= self.cursor_row < self.scroll_y + rows:
            self.scroll_to(y=max(0, self.cursor_row - rows // 2), animate=False)

    def refit(self) -> None:
        """Recreate the columns for the current width, then the rows."""
        self._fitted = self.size.width
        row = self.cursor_row
        self.clear(columns=True)
        for label, key, width in fit_columns(self.COLUMNS, self.size.width, self.FLEX_MIN):
            self.add_column(label, key=key, width=width)
        self.fill()
        if self.row_count:
            self.move_cursor(row=min(row, self.row_count - 1), animate=False)

    def add_cells(self, cells: dict[str, Text], key: str) -> None:
        """Add a row from cells by column key (cells of dropped columns are left out)."""
        self.add_row(*(cells[str(k.value)] for k in self.columns), key=key)

    def fill(self) -> None:
        """Add the rows (the table has just been cleared)."""
