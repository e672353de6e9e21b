"""The reader across articles: speakers view, a speaker's quotes into the next article, exporting what
is on screen, setting an article's publication date (Pilot)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_support import DAM, STORM, Notes, make_app, until_loaded

from tui.app import DatelineApp
from tui.config import Config
from tui.screens.export import ExportScreen
from tui.screens.pubdate import PublicationDateScreen
from tui.screens.speakers import SaidTable, SpeakersScreen
from tui.widgets.status import StatusLine
from tui.widgets.timeline import TimelinePane


@pytest.fixture
def cdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "conf"
    d.mkdir()
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(d))
    monkeypatch.setenv("DATELINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("DATELINE_NO_CACHE", raising=False)
    return d


async def ready(app: DatelineApp, pilot: Pilot[None]) -> None:
    await until_loaded(app, pilot)


async def test_speakers_view_lists_speakers_then_their_quotes_then_opens_one(cdir: Path) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        await pilot.press("S")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        # "Roe" in one article and "Ann Roe" in the other are one speaker
        rows = [(r.name, r.quotes, r.articles) for r in screen.speakers]
        assert rows == [("Ann Roe", 3, 2), ("Bob Poe", 2, 1)]
        await pilot.press("enter")
        await pilot.pause()
        said = screen.query_one(SaidTable)
        assert screen.speaker is not None and said.has_focus and said.row_count == 3
        assert [q.article_id for q in screen.said] == ["storm", "dam", "dam"]  # date order across articles
        days = [q.earliest for q in screen.said]
        assert days == sorted(d for d in days if d is not None)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.speaker is None and app.screen is screen
        await pilot.press("enter", "j", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, SpeakersScreen)
        reading = app.reader.reading
        assert reading is not None and reading.article.id == "dam"
        assert reading.quote is not None and reading.quote.text == '"We are ready,"'
        assert app.focused is app.reader.view


async def test_same_speaker_goes_on_into_the_next_article(cdir: Path) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        app._open(STORM, None)
        app.screen.set_focus(app.reader.view)
        await pilot.press("right_square_bracket")
        assert app.reader.reading is not None and app.reader.reading.quote is not None
        await pilot.press("right_curly_bracket")  # } stops at the end of the article, as before
        assert app.reader.article == STORM
        await pilot.press("greater_than_sign")  # > goes on to the next article quoting Ann Roe
        await pilot.pause()
        reading = app.reader.reading
        assert reading is not None and reading.article.id == "dam" and reading.quote is not None
        assert reading.quote.text == '"We are ready,"'
        await pilot.press("greater_than_sign")
        assert reading.quote is not None and reading.quote.text == '"We need more time,"'
        await pilot.press("greater_than_sign")  # none later anywhere: stays, says so
        assert app.reader.article is not None and app.reader.article.id == "dam"
        await pilot.press("less_than_sign", "less_than_sign", "less_than_sign")
        await pilot.pause()
        assert app.reader.article == STORM


async def test_export_writes_what_is_on_screen_and_never_replaces_a_file(
        cdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    (out / "timeline.csv").write_text("mine", encoding="utf-8")
    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        notes = Notes(app, monkeypatch)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert (out / "timeline.csv").read_text(encoding="utf-8") == "mine"  # never overwritten
        written = out / "timeline-2.csv"
        rows = list(csv.reader(io.StringIO(written.read_text(encoding="utf-8"), newline="")))
        assert rows[0][:3] == ["earliest", "latest", "when"]
        assert len(rows) - 1 == len(app.query_one(TimelinePane).entries)
        assert any("timeline-2.csv" in m for m in notes.messages)
        # a speaker's quotes, as a calendar this time
        await pilot.press("S", "enter", "x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("Input").value = str(out / "roe.ics")  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        text = (out / "roe.ics").read_text(encoding="utf-8")
        assert text.count("BEGIN:VEVENT") == 3 and "We are ready" in text


def _undated(folder: Path) -> Path:
    path = folder / "undated.txt"
    path.write_text("Council meets\n\nThe council met on Monday. \"We agreed,\" Mayor Jane Lee said on "
                    "Monday.\nThe vote is due next week.\n", encoding="utf-8")
    (folder / "other.txt").write_text("Other news\n\nNothing dated happened here, Tom Bell said.\n",
                                      encoding="utf-8")
    return path


async def test_setting_a_publication_date_dates_the_article_again(cdir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    path = _undated(folder)
    app = DatelineApp([str(path)], None, Config())
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        article = app.reader.article
        assert article is not None and article.published is None
        timeline = app.query_one(TimelinePane)
        assert not any(e.dated for e in timeline.entries)
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, PublicationDateScreen)
        await pilot.press(*"2021-11-24", "enter")
        await ready(app, pilot)
        article = app.reader.article
        assert article is not None and article.published == date(2021, 11, 24)
        assert article.published_from == "user"
        assert app.reader.view.article == article  # the view shows the article parsed again
        whens = {e.when for e in timeline.entries}
        assert "Mon 22 Nov 2021" in whens  # "on Monday" resolved against the new date
    again = DatelineApp([str(path)], None, Config())  # kept as the user's own: there next time
    async with again.run_test(size=(160, 48)) as pilot:
        await ready(again, pilot)
        assert again.reader.article is not None and again.reader.article.published == date(2021, 11, 24)
    pinned = DatelineApp([str(path)], date(2020, 1, 1), Config())  # --published still wins
    async with pinned.run_test(size=(160, 48)) as pilot:
        await ready(pinned, pilot)
        assert pinned.reader.article is not None and pinned.reader.article.published == date(2020, 1, 1)
        await pilot.press("P")
        assert not isinstance(pinned.screen, PublicationDateScreen)


async def test_every_undated_article_of_the_folder(cdir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    _undated(folder)
    app = DatelineApp([str(folder)], None, Config())
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        assert len(app.library.articles) == 2
        await pilot.press("P", "ctrl+o", *"23 nov 2021", "enter")
        await ready(app, pilot)
        assert {a.published for a in app.library.articles} == {date(2021, 11, 23)}
        assert "2 articles" in app.query_one(StatusLine).summary


async def test_one_article_is_not_plural(cdir: Path) -> None:
    app = make_app(cdir, paths=["/articles/dam.txt"])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        assert app.query_one(StatusLine).summary.startswith("1 article")
        assert "1 articles" not in app.query_one(StatusLine).summary
        assert app.reader.view.border_title is not None and DAM.title in str(app.reader.view.border_title)


async def test_timeline_entity_filter_finds_the_identity_by_surname(cdir: Path) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        timeline = app.query_one(TimelinePane)
        timeline.set_entity("poe")
        await pilot.pause()
        assert [e.event.summary for e in timeline.entries] == ["Engineer Bob Poe disagreed on 3 March."]
        timeline.set_entity("nobody at all")
        assert timeline.entries == ()
