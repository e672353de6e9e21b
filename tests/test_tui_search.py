"""The search prompt shows what is typed and the previous query (issue 11, items 1 and 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_screen import screen_lines
from tui_support import make_app, make_article, until_loaded

from parsing.model import Article
from tui.app import DatelineApp
from tui.screens.search import SearchScreen


async def ready(app: DatelineApp, pilot: Pilot[None]) -> None:
    await until_loaded(app, pilot)


def prompt_line(app: DatelineApp) -> str:
    """The screen row holding the search prompt."""
    bar = app.screen.query_one("#search-bar")
    return screen_lines(app)[bar.region.y]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_prompt_shows_the_query_as_typed_and_again_next_time(app: DatelineApp,
                                                                      size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"poe")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        line = prompt_line(app)
        assert "/ poe" in line and "3 matches" in line
        await pilot.press("enter", "slash")
        await pilot.pause()
        assert "/ poe" in prompt_line(app)  # the previous query, ready to reuse or type over
        await pilot.press(*"roe")
        await pilot.pause()
        line = prompt_line(app)
        assert "/ roe" in line and "poe" not in line


async def test_search_wraps_both_ways(app: DatelineApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"poe", "enter")
        reading = app.reader.reading
        assert reading is not None and len(reading.matches) == 3 and reading.match == 0
        await pilot.press("N")
        assert reading.match == 2 and "/poe: match 3/3" in app.reader.position()
        await pilot.press("n")
        assert reading.match == 0


async def test_vi_page_keys_scroll_the_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        view = app.reader.view
        view.show(long_article())
        await pilot.press("2")
        await pilot.pause()
        height = view.scrollable_content_region.height
        for key, moved in (("ctrl+d", height // 2), ("ctrl+f", height - 2), ("ctrl+b", -(height - 2)),
                           ("ctrl+u", -(height // 2))):
            before = view.scroll_y
            await pilot.press(key)
            await pilot.pause()
            assert view.scroll_y - before == moved, key


def long_article() -> Article:
    text = "\n".join(f"Line {i} of a long article about the dam and the river." for i in range(200))
    return make_article("long", text, title="Long", source="Wire", published=None, people={}, speeches=[],
                        dated=[])


async def test_an_article_keeps_its_search_when_you_leave_and_come_back(app: DatelineApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"poe", "enter")
        assert app.reader.article is not None and app.reader.article.id == "dam"
        await pilot.press("1", "j", "enter")  # the storm article: a search of its own (none yet)
        await pilot.pause()
        reading = app.reader.reading
        assert reading is not None and reading.article.id == "storm" and reading.query == ""
        await pilot.press("1", "k", "enter")  # back to the dam article from the library
        await pilot.pause()
        reading = app.reader.reading
        assert reading is not None and reading.article.id == "dam"
        assert reading.query == "poe" and len(reading.matches) == 3  # highlighted again
        assert "/poe: 3 matches" in app.reader.position()
        await pilot.press("slash")
        await pilot.pause()
        assert "/ poe" in prompt_line(app)  # offered again in the prompt
        await pilot.press("escape", "b")  # back (to the storm article) and back again
        await pilot.pause()
        reading = app.reader.reading
        assert reading is not None and reading.article.id == "storm" and reading.query == ""
