"""The reader on hostile files (written to tmp_path here): nothing in them may stop the app.

Article text and file names reach places where Textual parses a plain ``str`` as markup
(notifications, border titles); ``[/]`` or ``[link=…`` there raises MarkupError and ends the app.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tui_library import build
from tui_support import until_loaded

from tui.app import DatelineApp
from tui.config import Config
from tui.screens.help import HelpScreen
from tui.screens.speakers import SpeakersScreen

HOSTILE = (
    "Hostile [/] title \x1b]2;PWNED\x07\n\n"
    "The mayor said on Monday: \u201cWe will \x1b[2Jclear [link=https://evil.example]this[/link] "
    "up\x1b]52;c;cm0gLXJmIH4=\x07 soon [/oops].\u201d She added \u202eevil\u202c words.\n"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path / "config"))
    (tmp_path / "articles").mkdir()
    return tmp_path / "articles"


async def _still_answers(app: DatelineApp) -> None:
    """The app handles a key and draws a screen after whatever came before (toasts included)."""
    from textual.pilot import Pilot

    pilot = Pilot(app)
    await pilot.press("question_mark")
    assert isinstance(app.screen, HelpScreen)
    app.screen.render()  # the frame under the help was drawn without error as well


async def test_copying_a_hostile_quote_keeps_the_app_alive(folder: Path) -> None:
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    app = DatelineApp(paths=[str(folder)], config=Config())
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await until_loaded(app, pilot)
        article = app.reader.article
        assert article is not None and article.quotes, "the fixture needs a quote to copy"
        await pilot.press("tab", "right_square_bracket", "y")
        await pilot.pause()
        await _still_answers(app)
    assert app.return_code in (None, 0)


async def test_a_failed_file_with_brackets_in_its_name_can_be_selected(folder: Path) -> None:
    (folder / "good.txt").write_text("A title\n\nSome text about a town.\n", encoding="utf-8")
    odd = folder / "drafts ["  # the path separator closes the bracket: ".../drafts [/] notes.json"
    odd.mkdir()
    (odd / "] notes.json").write_text("{not json", encoding="utf-8")
    app = DatelineApp(paths=[str(folder)], config=Config())
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await until_loaded(app, pilot)
        assert app.library.errors, "the fixture needs a file that fails"
        await pilot.press("1", "G", "enter")  # the library lists failed files last
        await pilot.pause()
        await _still_answers(app)
    assert app.return_code in (None, 0)


async def test_choosing_an_entity_whose_name_holds_markup(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The timeline's title names the chosen entity; a name is article text."""
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    article = build("odd", "articles/odd.txt", "Odd names", "Wire", date(2021, 11, 2), (),
                    ["Acme [/] Corp [link=https://evil.example] said on November 1, 2021 it was fine."],
                    [], [("Acme [/] Corp [link=https://evil.example]", "ORG", ())],
                    [])
    app = DatelineApp(paths=["articles/odd.txt"], config=Config(), loader=lambda path, published: [article])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("3", "enter")  # filter the timeline to the entity
        await pilot.pause()
        await _still_answers(app)
    assert app.return_code in (None, 0)


async def test_speakers_view_and_export_of_hostile_quotes(folder: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    said = ("\n\u201cWe will clear [link=x]this[/link] up \x1b[2J soon [/oops],\u201d said Jan Ko, "
            "the mayor.\n")
    (folder / "hostile.txt").write_text(HOSTILE + said, encoding="utf-8")
    monkeypatch.setenv("DATELINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    app = DatelineApp(paths=[str(folder)], config=Config())
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        while not app.library.articles or app.reader.article is None:
            await pilot.pause(0.1)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("S", "enter")  # whoever the speaker is, their quotes list draws
        await pilot.pause()
        assert isinstance(app.screen, SpeakersScreen) and app.screen.said
        app.screen.render()
        await pilot.press("x", "enter")  # the export's notice names a file, never markup
        await pilot.pause()
        exported = sorted(tmp_path.glob("*.csv"))
        assert exported and "\x1b" not in exported[0].read_text(encoding="utf-8")
        await pilot.press("escape", "escape")
        await _still_answers(app)
