"""The reader opened on URLs: pages and feeds load in the background, failures listed by URL."""

from __future__ import annotations

from pathlib import Path

import pytest
from fetch_server import Site, news_site
from tui_support import until_loaded

from tui.app import DatelineApp
from tui.config import Config
from tui.state import display_path
from tui.widgets.library import LibraryTable

__all__ = ["news_site"]


async def test_the_reader_loads_urls_with_failures_listed(
        news_site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    urls = [news_site.url(p) for p in ("/school.html", "/broken", "/feed.xml", "/school.html")]
    app = DatelineApp(urls, None, Config())
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)  # the loading worker starts after the first frame
        titles = sorted(a.title or "" for a in app.library.articles)
        assert titles == ["Cracks found in Kessel Dam spillway", "Ferry back on the river", "Lost page",
                          "School roof to be replaced"]  # the page named twice is there once
        assert [(e.path, e.reason) for e in app.library.errors] == [
            (news_site.url("/broken"), "server error (HTTP 500 Internal Server Error)")]
        rows = app.query_one(LibraryTable)
        assert str(rows.get_row_at(rows.row_count - 1)[1]) == (
            f"{news_site.url('/broken')}: server error (HTTP 500 Internal Server Error)")
        assert app.reader.article is not None and app.reader.article.url is not None
        assert app.reader.article.url.startswith(news_site.base)
    assert display_path(news_site.url("/broken")) == news_site.url("/broken")


def test_an_article_named_by_its_url_shows_it_once() -> None:
    from parsing.model import Article
    from tui.widgets.article import _header

    url = "https://news.example/2026/03/road"
    article = Article(id="a1", path=url, format="rss", text="Roads closed.", source="Valley Post", url=url)
    lines = [text for text, kind, _ in _header(article) if kind == "article--meta"]
    assert lines[-1] == f"Valley Post · {url}"
