"""The reader on the files of issue 12: each hostile file is an error row with the plain reason
``dateline parse`` gives, or an article (its bad characters replaced); the app never stops."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_support import until_loaded

from parsing.model import LoadError
from parsing.pipeline import load
from tui.app import DatelineApp
from tui.config import Config
from tui.sanitize import sanitize_line
from tui.screens.help import HelpScreen
from tui.widgets.library import LibraryTable

GOOD = "Bridge Closes\n\nThe bridge closed on Wednesday. It reopens in May.\n"
FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>'
        "<item><title>Dam &#xD800; opens</title><description>The dam opened on Monday.</description></item>"
        "<item><title>Council meets</title><description>The council met.</description></item>"
        "</channel></rss>")
FILES = {
    "good.txt": GOOD,
    "surrogate.json": '{"title": "A \\ud800 title", "body": "The mayor spoke on Monday."}',
    "dump.jsonl": '{"title": "Huge", "body": "The dam opened.", "date": 1' + "0" * 400 + "}\n"
                  + "[" * 5000 + "\n42\n" + '{"title": "Fine", "body": "The mayor spoke."}\n',
    "deep.json": "[" * 100_000,
    "number.json": "3",
    "refs.rss": FEED,
    "mismatch.rss": '<rss version="2.0"><channel><item><title>x</titl></item></channel></rss>',
    "two\nlines\x1b[2J.json": "{not json",
    "brackets.md": "# Title\n\nThe dam opened. " + "[" * 100_000 + "\n",
    "dateline.toml": '[files."good.txt"]\npublished = "2021-11-23"\n',
}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DATELINE_NO_CACHE", "1")
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, content in FILES.items():
        (articles / name).write_text(content, encoding="utf-8")
    return articles


async def test_hostile_files_are_error_rows_with_the_command_line_reasons(folder: Path) -> None:
    expected = {e.path: e.reason for e in load([str(folder)]) if isinstance(e, LoadError)}
    assert len(expected) == 6  # the fixture's failures: 2 JSON Lines entries, 2 JSON files, a feed, a name
    app = DatelineApp(paths=[str(folder)], config=Config())
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await until_loaded(app, pilot)  # the worker starts after the first frame
        assert {e.path: e.reason for e in app.library.errors} == expected
        table = app.query_one(LibraryTable)
        for n, err in enumerate(app.library.errors):
            row = table.get_cell(f"!{n}", "title").plain
            assert row.endswith(sanitize_line(err.reason)) and "\n" not in row and "\x1b" not in row
        titles = {a.title for a in app.library.articles}
        assert {"A \ufffd title", "Dam \ufffd opens", "Council meets", "Huge", "Fine"} <= titles
        await pilot.press("1", "G", "enter")  # the last failed file: its reason in a notice
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        app.screen.render()
    assert app.return_code in (None, 0)
