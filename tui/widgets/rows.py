"""A virtual row list: renders only the rows on screen, reading them from an index of keys.

The list shows ``keys`` (any sequence of row keys, usually one the state owner keeps sorted and
grows in place); a subclass says what the cells of a key are (:meth:`RowList.row_cells`) and may
fetch the rows about to be drawn in one go (:meth:`RowList.prefetch`). Adding rows is telling the
list its keys changed (:meth:`RowList.keys_changed`): nothing is rebuilt, the cursor stays on its
row, and only the lines on screen are drawn again. Like Textual's ``DataTable`` in looks and keys,
with a header, zebra stripes and one column that takes the spare width.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .columns import FLEX_MIN, Column, fit_columns
from .keys import LIST_KEYS

_SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right", "scroll_home",
                       "scroll_end"})
CACHE_ROWS = 512  # rendered rows kept; more than a screen so scrolling back is free


class RowList(ScrollView, can_focus=True):
    """Subclasses set ``COLUMNS`` and implement :meth:`row_cells`.

    On resize the flexible column takes the spare width; when it would be narrower than ``FLEX_MIN``
    the rightmost fixed columns after the first are dropped.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"rowlist--header", "rowlist--cursor", "rowlist--even-row"}
    DEFAULT_CSS = """
    RowList {
        overflow-x: hidden;
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;
        &:focus {
            background-tint: $foreground 5%;
            & > .rowlist--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .rowlist--header { background-tint: $foreground 5%; }
        }
        &:dark > .rowlist--even-row { background: $surface-darken-1 40%; }
        & > .rowlist--header { text-style: bold; background: $panel; color: $foreground; }
        &:ansi > .rowlist--header { background: ansi_bright_blue; color: ansi_default; }
        & > .rowlist--even-row { background: $surface-lighten-1 50%; }
        & > .rowlist--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Select", show=False),
        Binding("up", "cursor_up", "Cursor up", show=False),
        Binding("down", "cursor_down", "Cursor down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "scroll_top", "Top", show=False),
        Binding("end", "scroll_bottom", "Bottom", show=False),
        *LIST_KEYS,
    ]
    COLUMNS: ClassVar[list[Column]] = []
    FLEX_MIN: ClassVar[int] = FLEX_MIN

    @dataclass
    class Highlighted(Message):
        """The cursor moved onto ``key`` (row ``row``)."""

        row_list: RowList
        key: str
        row: int

    @dataclass
    class Selected(Message):
        """Enter (or a click) on ``key``."""

        row_list: RowList
        key: str
        row: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keys: Sequence[str] = ()
        self.cursor_row = 0
        self.columns: dict[str, Column] = {}  # shown, by key
        self._widths: list[int] = []
        self._fitted = -1
        self._show_header = True
        self._lines: dict[str, list[Segment]] = {}
        self.shown_rows = 0  # rows when the list last settled (``keys`` may be a view that grows)
        self._at: str | None = None  # the cursor's key when it last moved (``keys`` may change under it)

    # -- what subclasses provide

    def row_cells(self, key: str) -> dict[str, Text]:
        """The cells of one row by column key."""
        raise NotImplementedError

    def prefetch(self, keys: Sequence[str]) -> None:
        """Called with the keys about to be drawn that are not drawn yet (fetch them in one go)."""

    # -- the rows

    @property
    def row_count(self) -> int:
        return len(self.keys)

    @property
    def cursor_key(self) -> str | None:
        return self.keys[self.cursor_row] if 0 <= self.cursor_row < len(self.keys) else None

    def row_of(self, key: str) -> int | None:
        """The row of ``key`` (subclasses whose keys are sorted find it without a pass)."""
        try:
            return self.keys.index(key)
        except ValueError:
            return None

    def set_keys(self, keys: Sequence[str], keep: str | None = None) -> None:
        """Show other keys (a new order or filter); the cursor goes to ``keep`` (else stays on its key)."""
        current = keep if keep is not None else self._at
        self.keys = keys
        self._lines.clear()
        self._settle(current)

    def keys_changed(self) -> None:
        """Rows were added to (or removed from) ``keys`` in place: keep the cursor on its row's key."""
        self._settle(self._at)

    def invalidate(self, keys: Sequence[str] | None = None) -> None:
        """Draw these rows (or every row) again from :meth:`row_cells`."""
        if keys is None:
            self._lines.clear()
        else:
            for key in keys:
                self._lines.pop(key, None)
        self.refresh()

    def _settle(self, current: str | None) -> None:
        self.shown_rows = len(self.keys)
        before = self.cursor_row
        row = self.row_of(current) if current is not None else None
        self.cursor_row = min(row if row is not None else before, max(0, len(self.keys) - 1))
        self._at = self.cursor_key
        self._resize_virtual()
        if row is not None and row != before:  # rows went in above: the view follows its rows
            self.scroll_to(y=max(0, self.scroll_y + row - before), animate=False, immediate=True)
        self.refresh()

    def _resize_virtual(self) -> None:
        size, before = Size(self.size.width, len(self.keys) + int(self._show_header)), self.virtual_size
        if (size.width == before.width and size.height >= before.height > self.size.height
                and self.show_vertical_scrollbar):
            # Rows added to a list already taller than its pane (as while a library loads): its height
            # and scroll bar stay, so no layout, which would draw the whole screen again; the bar's
            # thumb is shorter and the new rows are drawn when scrolled to.
            self.set_reactive(RowList.virtual_size, size)
            self.vertical_scrollbar.window_virtual_size = size.height
            return
        self.virtual_size = size

    # -- columns

    @property
    def show_header(self) -> bool:
        return self._show_header

    @show_header.setter
    def show_header(self, value: bool) -> None:
        if value != self._show_header:
            self._show_header = value
            self._resize_virtual()
            self.refresh()

    def on_mount(self) -> None:
        self.refit()

    def on_resize(self) -> None:
        if self.size.width != self._fitted:
            self.refit()
        self._resize_virtual()
        self.call_after_refresh(self.keep_cursor_visible)

    def refit(self) -> None:
        """Choose the columns and their widths for the current width."""
        self._fitted = self.size.width
        columns = fit_columns(self.COLUMNS, self.size.width, self.FLEX_MIN)
        self.columns = {key: (label, key, width) for label, key, width in columns}
        self._widths = [width for _, _, width in columns]
        self._lines.clear()
        self.refresh()

    @property
    def fitted(self) -> bool:
        """Whether the columns fit the width the list has now (a resize refits them when it comes)."""
        return self._fitted == self.size.width

    @property
    def column_keys(self) -> list[str]:
        return list(self.columns)

    def column_width(self, key: str) -> int:
        """The width a shown column has now (0 if it is not shown)."""
        return dict(zip(self.columns, self._widths, strict=True)).get(key, 0)

    def get_row_at(self, row: int) -> list[Text]:
        """The cells of a row, in the order of the columns shown."""
        cells = self.row_cells(self.keys[row])
        return [cells.get(key, Text()) for key in self.columns]

    def get_cell(self, key: str, column: str) -> Text:
        """One cell of the row ``key`` (an empty one for a column not shown)."""
        return self.row_cells(key).get(column, Text()) if column in self.columns else Text()

    def get_row(self, key: str) -> list[Text]:
        cells = self.row_cells(key)
        return [cells.get(k, Text()) for k in self.columns]

    # -- drawing

    def _segments(self, cells: dict[str, Text]) -> list[Segment]:
        line = Text(no_wrap=True, end="")
        for key, width in zip(self.columns, self._widths, strict=True):
            cell = cells.get(key, Text()).copy()
            cell.truncate(width, overflow="ellipsis")
            if cell.justify == "right":
                cell.pad_left(width - cell.cell_len)
            else:
                cell.pad_right(width - cell.cell_len)
            line.append(" ")
            line.append_text(cell)
            line.append(" ")
        return list(line.render(self.app.console))

    def _visible(self) -> range:
        top = int(self.scroll_y)
        return range(top, min(len(self.keys), top + self.size.height))

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self._show_header and y == 0:
            style = self.get_component_rich_style("rowlist--header")
            header = {key: Text(label) for label, key, _ in self.columns.values()}
            style = base + style
            return Strip(Segment.apply_style(self._segments(header), style)).crop_extend(0, width, style)
        row = int(self.scroll_y) + y - int(self._show_header)
        if row >= len(self.keys) or row < 0:
            return Strip.blank(width, base)
        key = self.keys[row]
        segments = self._lines.get(key)
        if segments is None:
            missing = [self.keys[r] for r in self._visible() if self.keys[r] not in self._lines]
            if missing:
                self.prefetch(missing)
            if len(self._lines) > CACHE_ROWS:
                self._lines.clear()
            segments = self._lines[key] = self._segments(self.row_cells(key))
        style = base
        if row == self.cursor_row:
            style = base + self.get_component_rich_style("rowlist--cursor")
        elif row % 2 == 0:  # as DataTable: the first row is an even one
            style = base + self.get_component_rich_style("rowlist--even-row")
        return Strip(Segment.apply_style(segments, style)).crop_extend(0, width, style)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Rows are cut to the width, so there is nothing to scroll sideways."""
        return action not in _SIDEWAYS

    # -- the cursor

    def move_cursor(self, row: int, animate: bool = False) -> None:
        """Put the cursor on ``row`` (clamped), scroll it into view and say so."""
        if not self.keys:
            return
        row = max(0, min(row, len(self.keys) - 1))
        changed = row != self.cursor_row
        self.cursor_row = row
        self._at = self.keys[row]
        self.keep_cursor_visible(centre=False)
        self.refresh()
        if changed:
            self.post_message(self.Highlighted(self, self.keys[row], row))

    def keep_cursor_visible(self, centre: bool = True) -> None:
        """Scroll so the cursor row is shown (after the pane shrinks: centred)."""
        rows = max(1, self.scrollable_content_region.height - int(self._show_header))
        top = int(self.scroll_y)
        if top <= self.cursor_row < top + rows:
            return
        if centre:
            y = self.cursor_row - rows // 2
        else:
            y = self.cursor_row if self.cursor_row < top else self.cursor_row - rows + 1
        self.scroll_to(y=max(0, y), animate=False, immediate=True)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - int(self._show_header) - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor_row + self._page())

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor_row - self._page())

    def action_scroll_top(self) -> None:
        self.move_cursor(0)

    def action_scroll_bottom(self) -> None:
        self.move_cursor(len(self.keys) - 1)

    def action_select_cursor(self) -> None:
        key = self.cursor_key
        if key is not None:
            self.post_message(self.Selected(self, key, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        row = int(self.scroll_y) + event.y - int(self._show_header)
        if event.y < int(self._show_header) or not 0 <= row < len(self.keys):
            return
        self.move_cursor(row)
        self.action_select_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()
