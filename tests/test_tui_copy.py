"""Copying a quote: its words without the comma the sentence carried on with, and the outlet, never
the article's title in the outlet's place (issue 11, item 11)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tui_support import make_article, until_loaded

from parsing.model import Article, LoadError
from tui.app import DatelineApp
from tui.config import Config

TEXT = '"We will reopen the bridge," the mayor, Ann Roe, said on Friday.'


@pytest.mark.parametrize(("source", "outlet"), [("Courier", "Courier"), ("", "in “Bridge to reopen”")])
async def test_copy_cites_the_words_and_the_outlet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   source: str, outlet: str) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    article = make_article("b", TEXT, title="Bridge to reopen", source=source, published=date(2026, 3, 6),
                           people={"Ann Roe": "PERSON"},
                           speeches=[('"We will reopen the bridge,"', "Ann Roe")], dated=[])

    def loader(path: str, published: date | None) -> list[Article | LoadError]:
        return [article]

    app = DatelineApp(["/articles/b.txt"], None, Config(), loader=loader)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("2", "right_square_bracket", "y")
        assert app.clipboard == f'"We will reopen the bridge" — Ann Roe, {outlet}, Fri 6 Mar 2026'
