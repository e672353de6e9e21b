"""HTML reader: main text without boilerplate, metadata from meta tags, JSON-LD and canonical link."""

from __future__ import annotations

import importlib.util
import sys

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


NAV = "Home World Business Sport Weather Subscribe to our newsletter for the morning briefing"
COOKIE = "We and our partners use cookies to personalise content and ads and to analyse our traffic."
RELATED = "Read more: Ten things to know about bridges before you cross one this winter"
FOOTER = "Contact us About the Gazette Terms of use Privacy policy Accessibility statement"


def _boilerplate_page() -> str:
    body = "".join(f"<p>{p}</p>\n" for p in PARAS)
    links = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in NAV.split()[:5])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bridge | Gazette</title></head>
<body><header><nav><ul>{links}</ul><p>{NAV}</p></nav></header>
<div id="cookie-banner" class="cookie-consent"><p>{COOKIE}</p><button>Accept</button></div>
<main><article><h1>Council votes to close harbour bridge</h1>{body}</article>
<aside class="related"><ul><li><a href="/r">{RELATED}</a></li></ul></aside></main>
<footer><ul><li>{FOOTER}</li></ul><p>© 2026 The Gazette. All rights reserved.</p></footer></body></html>"""


def test_trafilatura_really_extracts_the_main_text() -> None:
    import trafilatura  # a broken install (lxml_html_clean missing) fails here instead of falling back

    assert importlib.util.find_spec("lxml_html_clean") is not None, "trafilatura needs lxml_html_clean"
    assert callable(trafilatura.bare_extraction)
    doc = _doc(_boilerplate_page())
    assert doc.warnings == ()
    assert doc.body.split("\n\n") == PARAS
    for noise in (NAV, COOKIE, RELATED, FOOTER, "All rights reserved"):
        assert noise[:30] not in doc.body


def test_missing_trafilatura_is_a_warning_not_silence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # "import trafilatura" now raises ImportError
    doc = _doc(_boilerplate_page())
    assert any("trafilatura could not be imported" in w for w in doc.warnings)
    assert all(p in doc.body for p in PARAS)
    assert NAV[:30] in doc.body  # what trafilatura would have removed


def test_extraction_crash_falls_back_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*_args: object, **_kwargs: object) -> object:
        raise RecursionError("deep markup")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    doc = _doc(_boilerplate_page())
    assert any("extraction failed (RecursionError)" in w for w in doc.warnings)
    assert all(p in doc.body for p in PARAS)
