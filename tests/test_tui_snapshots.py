"""Snapshots of the reader's screens (pytest-textual-snapshot), on a fixed hand-built article set.

After a deliberate change to the TUI, regenerate with ``pytest tests/test_tui_snapshots.py
--snapshot-update`` and look at the new SVGs (tests/__snapshots__/) before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from tui_library import BY_PATH, loader
from tui_support import until_loaded

from tui.app import DatelineApp
from tui.config import Config

SnapCompare = Callable[..., bool]


@pytest.fixture
def make_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], DatelineApp]:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))  # no user settings leak in or out
    return lambda: DatelineApp(paths=list(BY_PATH), config=Config(), loader=loader)


async def loaded(pilot: Pilot[Any]) -> None:
    """Every article loaded and the panes filled; the library cursor on its first row (where the
    app leaves it depends on whether loading finished before the library took focus), and no
    notification left (a toast's timeout would make the shot depend on the machine's speed)."""
    await until_loaded(pilot.app, pilot)
    await pilot.press("g")
    pilot.app.clear_notifications()
    await pilot.pause()


async def settled(pilot: Pilot[Any]) -> None:
    """What the keys set off has finished: some panes follow from a worker (the timeline follows the
    quote, the speakers screen gathers the library), so a loaded machine must not change the shot."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def pressing(*keys: str) -> Callable[[Pilot[Any]], Any]:
    """Loaded, then ``keys`` pressed and settled."""
    async def run(pilot: Pilot[Any]) -> None:
        await loaded(pilot)
        await pilot.press(*keys)
        await settled(pilot)
    return run


def test_main_screen_80x24(snap_compare: SnapCompare, make_app: Callable[[], DatelineApp]) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=loaded)


def test_main_screen_160x48(snap_compare: SnapCompare, make_app: Callable[[], DatelineApp]) -> None:
    assert snap_compare(make_app(), terminal_size=(160, 48), run_before=loaded)


def test_help(snap_compare: SnapCompare, make_app: Callable[[], DatelineApp]) -> None:
    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=pressing("question_mark"))


def test_timeline_filtered_to_a_month(snap_compare: SnapCompare, make_app: Callable[[], DatelineApp]) -> None:
    keys = ["d", *"2021-11", "enter"]
    assert snap_compare(make_app(), terminal_size=(160, 48), run_before=pressing(*keys))


def test_speakers_and_one_speakers_quotes(snap_compare: SnapCompare,
                                          make_app: Callable[[], DatelineApp]) -> None:
    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=pressing("S", "enter"))


def light(app: DatelineApp) -> DatelineApp:
    """The app in a light theme (the default is dark): highlights and muted text must read in both."""
    app.theme = "textual-light"
    return app


async def quote_and_search(pilot: Pilot[Any]) -> None:
    """Loaded, a quote selected, an entity's mentions and a search's matches highlighted."""
    await loaded(pilot)
    await pilot.press("2", "right_square_bracket", "slash", *"port", "enter")
    await settled(pilot)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_main_screen_light(snap_compare: SnapCompare, make_app: Callable[[], DatelineApp],
                           size: tuple[int, int]) -> None:
    assert snap_compare(light(make_app()), terminal_size=size, run_before=loaded)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
def test_highlights(snap_compare: SnapCompare, make_app: Callable[[], DatelineApp], theme: str) -> None:
    app = make_app()
    app.theme = theme
    assert snap_compare(app, terminal_size=(100, 30), run_before=quote_and_search)
