"""A row list that grows while a library loads: rows added below a list already taller than its
pane need no layout (a layout draws the whole screen again), yet the scroll bar and the cursor reach
the new rows; a list that still fits its pane grows as before."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.containers import Vertical

from tui.widgets.columns import Column
from tui.widgets.rows import RowList


class Numbers(RowList):
    COLUMNS: ClassVar[list[Column]] = [("N", "n", 0)]

    def __init__(self) -> None:
        super().__init__(id="numbers")
        self.rows: list[str] = []
        self.keys = self.rows
        self.layouts = 0

    def row_cells(self, key: str) -> dict[str, Text]:
        return {"n": Text(key)}

    def refresh(self, *regions: Any, **kwargs: Any) -> Any:
        self.layouts += bool(kwargs.get("layout"))
        return super().refresh(*regions, **kwargs)


class Host(App[None]):
    CSS = "#pane { height: 12; }"

    def compose(self) -> ComposeResult:
        with Vertical(id="pane"):
            yield Numbers()


def grow(numbers: Numbers, n: int) -> None:
    numbers.rows.extend(f"row {len(numbers.rows) + i}" for i in range(n))
    numbers.keys_changed()


async def test_rows_added_below_a_full_pane_need_no_layout_and_are_reached() -> None:
    app = Host()
    async with app.run_test(size=(40, 20)) as pilot:
        numbers = app.query_one(Numbers)
        numbers.focus()
        grow(numbers, 3)  # fits: the list grows (height auto), which is a layout
        await pilot.pause()
        assert numbers.layouts >= 1 and numbers.size.height == 4
        grow(numbers, 50)  # now taller than its pane
        await pilot.pause()
        assert numbers.size.height == 12 and numbers.show_vertical_scrollbar
        numbers.layouts = 0
        for _ in range(5):
            grow(numbers, 100)
            await pilot.pause()
        assert numbers.layouts == 0
        assert numbers.virtual_size.height == len(numbers.rows) + 1  # and the header
        assert numbers.vertical_scrollbar.window_virtual_size == len(numbers.rows) + 1
        await pilot.press("end")
        await pilot.pause()
        assert numbers.cursor_key == numbers.rows[-1]
        assert numbers.scroll_y == numbers.max_scroll_y > 0
        last_line = numbers.render_line(numbers.scrollable_content_region.height - 1).text
        assert numbers.rows[-1] in last_line
