"""Help lists only the keys that act in the pane, Enter said as what it does there (issue 11, item 10)."""

from __future__ import annotations

import pytest
from tui_support import until_loaded

from tui.app import DatelineApp
from tui.screens.help import HelpScreen

ENTER = {"1": "Open article", "3": "Filter timeline", "4": "Open at event"}


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("pane", ["1", "2", "3", "4"])
async def test_help_lists_only_keys_that_act_here(app: DatelineApp, pane: str, size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        await until_loaded(app, pilot)
        await pilot.press(pane, "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        place, rows = app.screen.sections[0]  # the focused pane's own keys come first
        assert place in ("Library", "Article", "Entities", "Timeline")
        keys = {k for ks, _ in rows for k in ks.split(", ")}
        described = dict(rows)
        assert not keys & {"←", "→", "^pgup", "^pgdn"}, rows  # a table of rows never scrolls sideways
        for key, does in (("home", "Top"), ("end", "Bottom")):  # in a DataTable they moved sideways
            assert all(desc == does for ks, desc in rows if key in ks.split(", ")), rows
        assert "Select" not in described.values()
        if pane in ENTER:
            assert described["⏎"] == ENTER[pane]
        assert len({d for d in described.values()}) == len(rows)  # j and ↓ are one row, "Down"
