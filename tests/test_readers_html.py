"""HTML reader: main text without boilerplate, metadata from meta tags, JSON-LD and canonical link."""

from __future__ import annotations

import pytest

from parsing.model import Document
from parsing.readers import ReadError, read_bytes

PARAS = [
    "The city council voted on Tuesday to close the old harbour bridge for repairs that are expected "
    "to take at least six months, officials said after a long and heated public meeting.",
    "Engineers told the council that corrosion in the main cables had reached a point where heavy "
    "lorries could no longer cross safely, and that the repairs could not wait for the summer.",
    "“We have no choice,” the mayor said. Traffic will be diverted over the north bridge, which the "
    "council expects to add about ten minutes to journeys into the town centre at peak times.",
]


def _page(head: str, title_tag: str = "Bridge to close | The Gazette") -> str:
    body = "".join(f"<p>{p}</p>\n" for p in PARAS)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title_tag}</title>{head}</head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies.</div>
<main><article><h1>Council votes to close harbour bridge</h1>
<figure><img src="b.jpg"><figcaption>The harbour bridge at dusk. Photo: A. Smith</figcaption></figure>
{body}</article></main>
<footer><p>© 2026 The Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def _doc(html: str) -> Document:
    (doc,) = read_bytes(html.encode(), "page.html")
    assert isinstance(doc, Document)
    return doc


def test_meta_tags_and_main_text() -> None:
    head = (
        '<meta property="article:published_time" content="2026-03-04T23:30:00-05:00">'
        '<meta name="author" content="Ann Lee">'
        '<meta property="og:site_name" content="The Gazette">'
        '<link rel="canonical" href="https://gazette.example/bridge">'
    )
    doc = _doc(_page(head))
    assert doc.format == "html"
    assert doc.title == "Council votes to close harbour bridge"
    assert str(doc.published) == "2026-03-04"  # the writer's own day, not shifted to UTC
    assert doc.byline == ("Ann Lee",)
    assert doc.source == "The Gazette"
    assert doc.url == "https://gazette.example/bridge"
    assert doc.body.split("\n\n") == PARAS
    assert "cookies" not in doc.body and "Privacy" not in doc.body
    assert doc.captions == ("The harbour bridge at dusk. Photo: A. Smith",)
    assert doc.body_offset is None


def test_json_ld_news_article() -> None:
    head = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Site"},
      {"@type": "NewsArticle", "headline": "Harbour bridge to close for six months",
       "datePublished": "2026-03-05", "author": [{"@type": "Person", "name": "Bo Park"}],
       "publisher": {"@type": "Organization", "name": "Gazette Media"}}]}</script>"""
    doc = _doc(_page(head))
    assert doc.title == "Harbour bridge to close for six months"
    assert str(doc.published) == "2026-03-05" and doc.published_from == "metadata"
    assert doc.byline == ("Bo Park",)


EMPTY = "<html><head><title>x</title></head><body></body></html>"


@pytest.mark.parametrize("html", ["<html><body><div", EMPTY])
def test_page_without_text_is_an_error(html: str) -> None:
    with pytest.raises(ReadError, match="no article text"):
        read_bytes(html.encode(), "broken.html")


def test_keywords_become_tags() -> None:
    doc = _doc(_page('<meta name="keywords" content="bridges, harbour, council">'))
    assert doc.tags == ("bridges", "harbour", "council")


def test_author_credit_line_names_reporters_only() -> None:
    doc = _doc(_page('<meta name="author" content="Reporting by Ann Lee and Bo Park; Editing by Cy Dee">'))
    assert doc.byline == ("Ann Lee", "Bo Park")
