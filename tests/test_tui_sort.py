"""The library's order: `r` reverses it (failed files stay last), and the order chosen is remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_support import make_app, until_loaded

from tui.config import load_config
from tui.widgets.library import LibraryTable


async def test_r_reverses_the_order_and_keeps_failures_last(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        library = app.query_one(LibraryTable)
        library.focus()
        await pilot.pause()
        newest_first = library.article_ids
        assert len(newest_first) >= 2
        await pilot.press("r")
        assert library.article_ids == newest_first[::-1]
        assert [library.keys[i] for i in range(len(newest_first))] == newest_first[::-1]
        assert library.keys[len(library.keys) - 1].startswith("!")  # the failed file is still last
        assert "oldest first" in str(library.border_subtitle)
        for row, key in enumerate(library.article_ids):  # every row is found where it is shown
            assert library.row_of(key) == row
        await pilot.press("r")
        assert library.article_ids == newest_first
        assert str(library.border_subtitle).endswith("by date")


async def test_the_chosen_order_is_there_next_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        app.query_one(LibraryTable).focus()
        await pilot.pause()
        await pilot.press("s", "s", "r")  # by title, Z-A
        expected = app.query_one(LibraryTable).article_ids
        await pilot.press("q")
    assert load_config().library_sort == "-title"
    again = make_app(tmp_path, config=load_config())
    async with again.run_test(size=(160, 48)) as pilot:
        await until_loaded(again, pilot)
        library = again.query_one(LibraryTable)
        assert (library.sort_by, library.reverse) == ("title", True)
        assert library.article_ids == expected and "Z–A" in str(library.border_subtitle)
