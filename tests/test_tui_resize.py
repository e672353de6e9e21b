"""The layout follows the terminal's size on every resize, in both directions (issue 11, item 2)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from tui_support import until_loaded

from tui.app import DatelineApp

PANES = ("#library", "#article", "#entities", "#timeline")


def expected(width: int) -> str:
    return "-narrow" if width < 100 else "-medium" if width < 160 else "wide"


def shape(app: DatelineApp) -> str:
    screen = app.screen_stack[0]
    return next((c for c in ("-narrow", "-medium") if screen.has_class(c)), "wide")


def overlaps(app: DatelineApp) -> list[tuple[str, str]]:
    shown = [(sel, app.query_one(sel).region) for sel in PANES if app.query_one(sel).region.area]
    return [(a, b) for i, (a, ra) in enumerate(shown) for b, rb in shown[i + 1:] if ra.overlaps(rb)]


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.pause()


@pytest.mark.parametrize("sizes", [
    [(120, 40), (80, 24), (200, 50)],
    [(79, 24), (200, 50), (80, 24)],
    [(80, 24), (120, 40), (160, 48), (99, 30), (100, 30)],
])
async def test_every_resize_sets_the_layout_of_the_new_size(app: DatelineApp,
                                                            sizes: list[tuple[int, int]]) -> None:
    async with app.run_test(size=sizes[0]) as pilot:
        await until_loaded(app, pilot)
        await settle(pilot)
        for width, height in sizes[1:]:
            await pilot.resize_terminal(width, height)
            await settle(pilot)
            assert shape(app) == expected(width), (width, height)
            assert overlaps(app) == [], (width, height)
            for sel in PANES:
                assert app.query_one(sel).region.right <= width


async def test_a_resize_under_a_prompt_lays_out_the_reader(app: DatelineApp) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        await settle(pilot)
        await pilot.press("slash")
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert shape(app) == "-narrow"
        assert overlaps(app) == []
