"""The status line fits its width by priority; toasts and prompts leave it and the footer readable
(issue 11, item 9)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from tui_screen import screen_lines
from tui_support import until_loaded

from parsing.model import Entity
from tui.app import DatelineApp
from tui.state import EntityKey
from tui.widgets.status import StatusLine

QUERY = 'we need more time," roe replied'


def status_row(app: DatelineApp) -> str:
    return screen_lines(app)[app.query_one(StatusLine).region.y]


async def busy(app: DatelineApp, pilot: Pilot[None]) -> None:
    """A quote, an entity and a search with a long query all selected at once."""
    await until_loaded(app, pilot)
    await pilot.press("2", "right_square_bracket")
    article = app.reader.article
    assert article is not None
    entity: Entity | None = EntityKey("Ann Roe", "PERSON").find(article)
    app.reader.select_entity(entity)
    app.reader.search(QUERY)
    app.update_position()
    await pilot.press("n")
    await pilot.pause()


async def test_at_80_columns_the_match_count_is_whole_and_less_important_parts_give_way(
        app: DatelineApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await busy(app, pilot)
        full = app.query_one(StatusLine).position
        assert f"/{QUERY}: match 1/1" in full and len(full) > 80
        row = status_row(app)
        assert row.rstrip().endswith("match 1/1"), row  # never cut mid-word, nothing after it lost
        assert "quote 1/4" in row  # the quote's number stays; its speaker count gave way
        assert "articles" not in row  # the library summary gives way first


async def test_a_wide_line_shows_everything(app: DatelineApp) -> None:
    async with app.run_test(size=(200, 50)) as pilot:
        await busy(app, pilot)
        row = status_row(app)
        assert "2 articles, 1 failed" in row and app.query_one(StatusLine).position in row


async def test_a_toast_leaves_the_status_line_uncovered(app: DatelineApp) -> None:
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await busy(app, pilot)
        app.notify("Copied: a long enough notice to take a few lines of the toast", timeout=30)
        await pilot.pause()
        toasts = list(app.screen.query("Toast"))
        assert toasts
        status = app.query_one(StatusLine).region
        assert all(t.region.bottom <= status.y for t in toasts)
        assert status_row(app).rstrip().endswith("match 1/1")


@pytest.mark.parametrize("keys", [("slash",), ("d",), ("P",)])
async def test_a_prompt_shows_its_own_keys_in_the_footer_and_the_status_line_stays(
        app: DatelineApp, keys: tuple[str, ...]) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await busy(app, pilot)
        main_footer = screen_lines(app)[-1]
        assert "Quit" in main_footer
        await pilot.press(*keys)
        await pilot.pause()
        assert app.screen is not app.screen_stack[0]  # the prompt is open
        footer = screen_lines(app)[-1]
        assert "esc Cancel" in footer, footer
        assert "Quit" not in footer and "Next quote" not in footer
