"""The timeline shows speech acts and what speakers said happened apart from plain events
(issue 11, item 6)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tui_support import until_loaded

from parsing.model import Article, LoadError
from parsing.pipeline import parse_text
from tui.app import DatelineApp
from tui.config import Config
from tui.widgets.timeline import TimelinePane

TEXT = ('The levee was finished in 2019. "We opened the gates in 1998," Ruth Hale told reporters on '
        'Tuesday.')


async def test_each_kind_of_event_reads_differently(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    article = parse_text(TEXT, date(2026, 3, 4), path="/articles/levee.txt")

    def loader(path: str, published: date | None) -> list[Article | LoadError]:
        return [article]

    app = DatelineApp(["/articles/levee.txt"], None, Config(), loader=loader)
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        pane = app.query_one(TimelinePane)
        table = pane.table
        keys = table.keys
        cells = {e.event.kind: table.get_cell(keys[i], "event").plain for i, e in enumerate(pane.entries)}
        rows = {e.event.kind: " ".join(c.plain for c in table.get_row(keys[i]))
                for i, e in enumerate(pane.entries)}
        assert set(cells) == {"statement", "speech", "reported"}
        assert cells["statement"].startswith("The levee")
        assert cells["speech"].startswith("said · ")
        assert cells["reported"].startswith("reported · ")
        assert "Ruth Hale" in rows["speech"] and "Ruth Hale:" not in rows["reported"]
