"""Counts read as English: "1 mention", "1 match", "1 event" (issue 11, item 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_support import make_app, until_loaded

from tui.state import EntityKey
from tui.widgets.status import StatusLine
from tui.widgets.timeline import TimelinePane


async def test_one_of_a_thing_is_singular(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        reader = app.reader
        assert reader.article is not None
        reader.select_entity(EntityKey("Bob Poe", "PERSON").find(reader.article))
        reader.search("ready")
        app.update_position()
        status = app.query_one(StatusLine).position
        assert "Bob Poe: 1 mention" in status and "/ready: 1 match" in status
        assert "mentions" not in status and "matches" not in status
        await pilot.press("2", "m", "n")
        status = app.query_one(StatusLine).position
        assert "Bob Poe: mention 1/1" in status and "/ready: match 1/1" in status
        await pilot.press("slash")
        await pilot.pause()
        assert str(app.screen.query_one("#search-count").render()) == "1 match"
        await pilot.press("escape", "d", *"2019", "enter")
        await pilot.pause()
        assert str(app.query_one(TimelinePane).border_subtitle).startswith("1/4 events")
