"""Zoom, widen and hide panes do what they say from every pane (issue 11, item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_support import DAM, LIBRARY, fake_loader, until_loaded

import tui.app
from parsing.datefilter import CLEARED
from tui.actions import View
from tui.app import DatelineApp
from tui.config import Config
from tui.widgets.footer import SteadyFooter
from tui.widgets.side import SidePane


async def ready(app: DatelineApp, pilot: Pilot[None]) -> None:
    await until_loaded(app, pilot)


@pytest.mark.parametrize(("key", "pane"), [("1", "#library"), ("2", "#article"), ("3", "#entities"),
                                           ("4", "#timeline")])
async def test_z_zooms_every_pane_and_back(app: DatelineApp, key: str, pane: str) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        await pilot.press(key, "z")
        await pilot.pause()
        zoomed = app.query_one(pane)
        assert app.screen.maximized is zoomed
        assert zoomed.outer_size.width == 160
        await pilot.press("z")
        assert app.screen.maximized is None


@pytest.mark.parametrize("size", [(120, 40), (160, 48)])
async def test_plus_on_the_article_widens_the_article(app: DatelineApp, size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        await ready(app, pilot)
        await pilot.press("2")
        article = app.query_one("#article")
        before = article.outer_size.width
        await pilot.press("plus")
        await pilot.pause()
        assert article.outer_size.width == before + 4
        await pilot.press("minus", "minus")
        await pilot.pause()
        assert article.outer_size.width == before - 4


@pytest.mark.parametrize("size", [(120, 40), (160, 48)])
async def test_hiding_every_other_pane_gives_the_article_the_width(app: DatelineApp,
                                                                   size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        await ready(app, pilot)
        await pilot.press("2", "L", "E", "T")
        await pilot.pause()
        assert app.query_one("#article").outer_size.width == size[0]
        await pilot.press("4")  # a pane's key brings it back
        await pilot.pause()
        assert app.query_one("#timeline").region.width > 0
        assert app.query_one("#article").outer_size.width < size[0]


async def test_switching_panes_keeps_the_footer_and_the_screen_classes(app: DatelineApp) -> None:
    """Pane switching redrew the whole screen: the footer was rebuilt on every focus change and a
    class toggled on the screen restyled every widget (issue 11, item 13; figures in
    benchmarks/pane_switch.py)."""
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        await pilot.press("1")
        await pilot.pause()
        keys = list(app.query_one(SteadyFooter).children)
        classes = set(app.screen.classes)
        for key in ("2", "3", "4", "1", "tab", "tab"):
            await pilot.press(key)
            await pilot.pause()
            assert list(app.query_one(SteadyFooter).children) == keys, key
            assert set(app.screen.classes) == classes, key


async def test_the_palette_offers_zoom_once(app: DatelineApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("2")
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Maximize" not in titles and "Quit" in titles
        await pilot.press("z")
        assert "Minimize" not in [c.title for c in app.get_system_commands(app.screen)]


class _Watched(DatelineApp):
    """The reader, with the article open before the first frame (as the article read last is), and
    what the screen held when the side panes were about to come in."""

    CSS_PATH = str(Path(tui.app.__file__).with_name("dateline.tcss"))  # (relative to the class's module)
    seen: dict[str, object]

    def on_mount(self) -> None:  # after DatelineApp.on_mount (Textual calls both)
        self.reader.open(DAM, None, remember=False)

    async def _mount_side(self) -> None:
        self.seen = {"panes": len(self.query("#entities, #timeline")), "article": self.reader.view.region,
                     "keys": self.check_action("focus_pane", ("entities",)), "context": self.context()}
        await super()._mount_side()


@pytest.mark.parametrize("size", [(80, 24), (120, 36), (170, 48)])
async def test_the_side_panes_come_after_the_first_frame_and_the_article_stays_put(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    app = _Watched(list(LIBRARY), None, Config(), loader=fake_loader)
    async with app.run_test(size=size) as pilot:
        await until_loaded(app, pilot)
        seen = app.seen
        assert seen["panes"] == 0  # the first frame: the article, the library, an empty side column
        assert seen["keys"] is None and app.check_action("focus_pane", ("entities",)) is True
        assert seen["context"] == View(CLEARED, None, "library" if size[0] >= 100 else "article")
        article = app.reader.view.region
        assert article.width > 0 and article == seen["article"]  # not moved, not re-wrapped
        assert not any(article.overlaps(app.query_one(p).region) for p in ("#entities", "#timeline"))
        await pilot.press("3")
        assert app.focused is not None and app.focused.id == "entity-table"
        assert "Ann Roe" in {row.key.name for row in app.entities().rows}  # the open article's
        await pilot.press("4")
        assert app.focused is not None and app.focused.id == "timeline-table"
        assert len(app.timeline().table.shown) == 4  # every event of the library
        if size[0] < 100:  # the narrow strip shows one of them, and says so
            assert app.query_one("#timeline", SidePane).hint == "o: entities"
