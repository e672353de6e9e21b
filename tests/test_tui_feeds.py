"""The reader over subscriptions (Pilot, local server): feeds grouped, refresh, new articles marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from fetch_server import SCHOOL, Site, news_site, page
from textual.pilot import Pilot
from tui_support import until_loaded

from parsing.model import Article
from tui.config import Config
from tui.feedsapp import FeedsApp
from tui.messages import OpenArticle
from tui.subscriptions import Feed
from tui.widgets.library import LibraryTable
from tui.widgets.status import StatusLine

__all__ = ["news_site"]

ROAD = page("Road closed for repairs", "Ola Nyberg", "2026-03-05", [
    "The bridge road will be closed from Monday while crews repair the surface, the council said.",
    "Drivers were told to use the ring road until the work ends in April.",
])


async def _settle(app: FeedsApp, pilot: Pilot[None]) -> None:
    await until_loaded(app, pilot)  # the loading worker starts after the first frame


def _titles(app: FeedsApp) -> list[str]:
    return [next(a.title or "" for a in app.library.articles if a.id == i)
            for i in app.query_one(LibraryTable).article_ids]


@pytest.fixture
def conf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path / "conf"))
    monkeypatch.delenv("DATELINE_NO_CACHE", raising=False)  # read marks are kept in the store
    return tmp_path


def _unread(app: FeedsApp) -> list[str]:
    return sorted(a.title or "" for a in app.library.articles if a.id in app.library.unread)


async def test_feeds_are_grouped_refreshed_and_new_articles_marked_until_read(
        news_site: Site, conf: Path) -> None:
    news_site.live[:] = [("School roof to be replaced", "/school.html", "Fri, 27 Feb 2026 09:00:00 +0000")]
    news_site.pages["/school.html"] = SCHOOL
    feeds = [Feed("Valley Post", news_site.url("/feed.xml")), Feed("Town Hall", news_site.url("/live.xml"))]
    app = FeedsApp(feeds, Config())
    async with app.run_test(size=(140, 40)) as pilot:
        await _settle(app, pilot)
        # each feed's articles together (feeds by name), newest first within a feed
        assert _titles(app) == ["School roof to be replaced", "Lost page", "Ferry back on the river",
                                "Cracks found in Kessel Dam spillway"]
        assert [app.library.groups[i] for i in app.query_one(LibraryTable).article_ids] == [
            "Town Hall", "Valley Post", "Valley Post", "Valley Post"]
        opened = app.reader.article
        assert opened is not None and opened.id not in app.library.unread  # read once opened
        assert len(app.library.unread) == 3
        assert app.query_one(LibraryTable).border_subtitle == "4 articles · 3 unread · by source"

        news_site.live.append(("Road closed for repairs", "/road.html", "Thu, 05 Mar 2026 07:00:00 +0000"))
        news_site.pages["/road.html"] = ROAD
        progress: list[str] = []
        app.watch(app.query_one(StatusLine), "progress", lambda value: progress.append(value), init=False)
        said: list[str] = []
        app.notify = lambda message, **_: said.append(message)  # type: ignore[method-assign]
        await pilot.press("u")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert news_site.hits["/live.xml"] == 2
        assert progress[0] == "Refreshing 0/2 feeds…" and progress[-1] == ""
        assert "Refreshing 2/2 feeds…" in progress
        assert said == ["1 new article", f"{news_site.url('/missing')}: not found (HTTP 404 Not Found); "
                                         "the feed's summary is used"]
        assert len(app.library.articles) == 5
        road = next(a for a in app.library.articles if a.title == "Road closed for repairs")
        assert road.id in app.library.unread and app.library.groups[road.id] == "Town Hall"
        assert "Road closed for repairs" in _unread(app)
        app.post_message(OpenArticle(road.id))
        await pilot.pause()
        assert app.reader.article is not None and app.reader.article.id == road.id
        assert road.id not in app.library.unread
        still_unread = _unread(app)
        await pilot.press("q")

    again = FeedsApp(feeds, Config())  # a new session: what was read stays read (the store keeps it)
    async with again.run_test(size=(140, 40)) as pilot:
        await _settle(again, pilot)
        first = again.reader.article
        assert isinstance(first, Article)
        assert "Road closed for repairs" not in _unread(again)
        assert set(_unread(again)) <= set(still_unread)


def test_read_marks_do_not_depend_on_the_current_folder(
        conf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.readstate import ReadState

    monkeypatch.setenv("DATELINE_DATA_DIR", str(tmp_path / "data"))
    url = "https://news.example/2026/03/road"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    monkeypatch.chdir(tmp_path / "a")
    ReadState().mark_read(url)
    monkeypatch.chdir(tmp_path / "b")
    assert ReadState().is_read(url) and not ReadState().is_read(url + "/other")


async def test_offline_the_kept_copies_are_shown_and_said(news_site: Site, conf: Path) -> None:
    news_site.live[:] = [("School roof to be replaced", "/school.html", "Fri, 27 Feb 2026 09:00:00 +0000")]
    news_site.pages["/school.html"] = SCHOOL
    app = FeedsApp([Feed("Town Hall", news_site.url("/live.xml"))], Config())
    async with app.run_test(size=(140, 40)) as pilot:
        await _settle(app, pilot)
        assert _titles(app) == ["School roof to be replaced"]
        news_site.down = True  # the site now answers 503 to everything
        said: list[str] = []
        app.notify = lambda message, **_: said.append(message)  # type: ignore[method-assign]
        await pilot.press("u")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert _titles(app) == ["School roof to be replaced"] and app.library.errors == []
        assert said[0] == "0 new articles"
        assert said[1].startswith(f"{news_site.url('/live.xml')}: server error (HTTP 503 Service "
                                  "Unavailable); using the copy fetched ")
