"""A fetched feed: its entries, each summary completed from the page it links to."""

from __future__ import annotations

from fetch_server import Site, news_site

from parsing.fetch.config import FetchConfig
from parsing.fetch.run import fetch_sources
from parsing.model import Document, LoadError
from parsing.pipeline import parse_document

__all__ = ["news_site"]

FAST = FetchConfig(max_bytes=1024 * 1024, trust_env=False)


def _docs(site: Site, path: str, **kw: object) -> tuple[list[Document], tuple[str, ...]]:
    (source,) = fetch_sources([site.url(path)], config=FAST, **kw)  # type: ignore[arg-type]
    assert not [e for e in source.entries if isinstance(e, LoadError)]
    return [e for e in source.entries if isinstance(e, Document)], source.notices


def test_summaries_get_the_linked_pages_text_and_keep_the_feeds_metadata(news_site: Site) -> None:
    (dam, ferry, lost), notices = _docs(news_site, "/feed.xml")
    assert news_site.hits["/dam.html"] == 1 and news_site.hits["/ferry.html"] == 1
    assert dam.path == dam.url == news_site.url("/dam.html")  # named by its link, not feed.xml#1
    assert dam.format == "rss"
    assert dam.title == "Cracks found in Kessel Dam spillway"  # the feed's title, not the page's
    assert dam.byline == ("Lena Holm",)  # the feed's author, not the page's Rosa Imrie
    assert str(dam.published) == "2026-03-02" and dam.source == "Valley Post"
    assert dam.body.startswith("Inspectors found new cracks in the Kessel Dam spillway on Monday")
    assert "chief engineer Tomas Berg" in dam.body
    assert ferry.title == "Ferry back on the river" and "harbour master Ines Vidal" in ferry.body
    # The page of the third entry is gone: its summary stays, and a notice says why.
    assert lost.body == "A page that is gone." and lost.title == "Lost page"
    line = f"{news_site.url('/missing')}: not found (HTTP 404 Not Found); the feed's summary is used"
    assert notices == (line,) and line in lost.warnings


def test_feed_entries_parse_like_file_entries(news_site: Site) -> None:
    (dam, _, _), _ = _docs(news_site, "/feed.xml")
    article = parse_document(dam)
    assert article.url == news_site.url("/dam.html")
    assert [q.speaker for q in article.quotes] == ["Tomas Berg"]


def test_a_feed_that_is_an_html_page_is_refused_when_a_feed_is_wanted(news_site: Site) -> None:
    (source,) = fetch_sources([news_site.url("/ferry.html")], config=FAST, expect="feed")
    assert [str(e) for e in source.entries] == [
        f"{news_site.url('/ferry.html')}: not a feed: the address serves a web page"]


def test_a_page_where_a_feed_is_wanted_names_the_feed_it_links_to(news_site: Site) -> None:
    (source,) = fetch_sources([news_site.url("/home.html")], config=FAST, expect="feed")
    assert source.feeds == (news_site.url("/feed.xml"),)
    assert [str(e) for e in source.entries] == [
        f"{news_site.url('/home.html')}: not a feed: the address serves a web page; it names its feed: "
        f"{news_site.url('/feed.xml')}"]
