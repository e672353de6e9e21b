"""Relative date filters count from today unless the library is an archive, the prompt says which,
and a filter that keeps nothing says so (issue 11, item 7)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from textual.widgets import Static
from tui_support import make_app, make_article, until_loaded

from parsing.datefilter import parse, relative_anchor
from parsing.model import Article, LoadError
from tui.app import DatelineApp
from tui.config import Config
from tui.screens.datefilter import DateFilterScreen
from tui.widgets.timeline import TimelinePane

TODAY = date(2026, 12, 4)


def test_relative_phrases_count_from_today_unless_the_library_is_over_a_year_old() -> None:
    anchor, said = relative_anchor(date(2026, 11, 30), TODAY)
    assert anchor == TODAY and "today" in said
    assert parse("last 7 days", anchor).start == date(2026, 11, 28)
    anchor, said = relative_anchor(date(2014, 12, 31), TODAY)
    assert anchor == date(2014, 12, 31) and "newest event" in said and "31 Dec 2014" in said
    assert relative_anchor(None, TODAY)[0] == TODAY  # nothing dated: today


def library_app(tmp_path: Path, days_ago: int) -> DatelineApp:
    """One article whose only event is ``days_ago`` days before today."""
    day = date.today() - timedelta(days=days_ago)
    article = make_article("a", "The gate opened that day.", title="Gate", source="Wire", published=day,
                           people={}, speeches=[], dated=[("The gate opened that day.", day, day)])

    def loader(path: str, published: date | None) -> list[Article | LoadError]:
        return [article]

    return DatelineApp(["/articles/a.txt"], None, Config(), loader=loader)


@pytest.mark.parametrize(("days_ago", "counted"),
                         [(3, "counted from today"), (800, "counted from the newest")])
async def test_the_prompt_says_where_last_7_days_counts_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            days_ago: int, counted: str) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    app = library_app(tmp_path, days_ago)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("d", *"last 7 days")
        await pilot.pause()
        assert isinstance(app.screen, DateFilterScreen)
        understood = str(app.screen.query_one("#understood", Static).render())
        assert counted in understood and "1 event" in understood  # the event is inside either way
        await pilot.press("enter")
        assert len(app.query_one(TimelinePane).entries) == 1


async def test_an_empty_filter_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        empty = app.query_one("#timeline-empty", Static)
        assert not empty.display
        await pilot.press("d", *"nov 2021", "enter")
        await pilot.pause()
        pane = app.query_one(TimelinePane)
        assert pane.entries == () and empty.display and empty.region.height >= 1
        assert str(empty.render()) == "No events in Nov 2021 — D clears"
        await pilot.press("D")
        await pilot.pause()
        assert not empty.display and pane.entries
