"""Back restores everything that follows the open article: the library cursor, the entities pane and
the timeline's marking of the article's events (issue 11, item 3)."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.pilot import Pilot
from tui_support import DAM, STORM, until_loaded

from parsing.model import Article
from tui.app import DatelineApp
from tui.widgets.entities import EntitiesPane
from tui.widgets.entity_rows import gather
from tui.widgets.library import LibraryTable
from tui.widgets.timeline import TimelinePane


def entity_names(app: DatelineApp) -> set[str]:
    return {row.key.name for row in app.query_one(EntitiesPane).rows}


def bold_articles(app: DatelineApp) -> set[str]:
    """The articles whose events the timeline shows in bold (as drawn in its cells)."""
    pane = app.query_one(TimelinePane)
    out = set()
    for i, entry in enumerate(pane.entries):
        cell = pane.table.get_cell(pane.table.keys[i], "event")
        assert isinstance(cell, Text)
        if any("bold" in str(span.style) for span in cell.spans):
            out.add(entry.article_id)
    return out


def follows(app: DatelineApp, article: Article) -> None:
    """Every pane shows ``article`` as the open one."""
    assert app.reader.article == article
    assert entity_names(app) == {row.key.name for row in gather([article])}
    assert bold_articles(app) == {article.id}
    library = app.query_one(LibraryTable)
    assert library.article_ids[library.cursor_row] == article.id


@pytest.mark.parametrize("key", ["b", "escape", "backspace"])
async def test_back_restores_the_panes_that_follow_the_open_article(app: DatelineApp, key: str) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        follows(app, DAM)
        app.query_one(LibraryTable).focus()
        await pilot.press("j", "enter")
        await pilot.pause()
        follows(app, STORM)
        await pilot.press(key)
        await pilot.pause()
        follows(app, DAM)


async def test_enter_on_an_entity_after_back_acts_on_the_article_shown(app: DatelineApp,
                                                                       ) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        await _back_from_storm(app, pilot)
        await pilot.press("3")
        names = [row.key.name for row in app.query_one(EntitiesPane).rows]
        await pilot.press(*["j"] * names.index("Bob Poe"), "m")
        reading = app.reader.reading
        assert reading is not None and reading.entity is not None and reading.entity.name == "Bob Poe"
        assert reading.mention == 0


async def _back_from_storm(app: DatelineApp, pilot: Pilot[None]) -> None:
    app.query_one(LibraryTable).focus()
    await pilot.press("j", "enter", "b")
    await pilot.pause()
