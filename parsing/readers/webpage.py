"""Web pages as browsers save them: the article's text, title, author, date and canonical URL.

trafilatura finds the main content and drops navigation, ads and footers (imported only when an
HTML file is read). Explicit page metadata (``article:published_time``, JSON-LD ``NewsArticle``,
``<link rel=canonical>``) is preferred for the date and URL and fills what trafilatura misses.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Document
from .base import Entry, ReadError
from .dates import parse_date
from .htmlmeta import PageMeta, page_meta
from .htmltext import html_to_text, plain
from .names import people

_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date")
_AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")
_TITLE_LINES = 3
_MIN_WORDS = 3
_UNCLOSED_TAG = re.compile(r"<[A-Za-z/!][^>]*\Z")


def _trafilatura(content: str) -> tuple[Any, tuple[str, ...]]:
    """trafilatura's extraction, or None with a warning saying why the fallback is used."""
    try:
        import trafilatura
    except ImportError as exc:  # a broken install (e.g. lxml_html_clean missing): say so
        reason = " ".join(str(exc).split()) or type(exc).__name__
        return None, (f"trafilatura could not be imported ({reason}); navigation and footers are not "
                      "removed",)
    try:
        found = trafilatura.bare_extraction(
            content, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        )
    except Exception as exc:  # its bug must not lose the article: fall back to the page's own text
        return None, (f"main-content extraction failed ({type(exc).__name__}); navigation and footers "
                      "are not removed",)
    return found, ()


def _body(extracted: Any, page: PageMeta, content: str, titles: set[str]) -> tuple[str, tuple[str, ...]]:
    text = getattr(extracted, "text", None) if extracted is not None else None
    if text and len(text.split()) >= _MIN_WORDS:
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        for i, line in enumerate(lines[:_TITLE_LINES]):  # a kicker and the headline above the text
            if line in titles:
                lines = lines[i + 1:]
                break
        return "\n\n".join(lines), ()
    ld_body = page.article_ld().get("articlebody")
    if isinstance(ld_body, str) and ld_body.strip():
        return html_to_text(ld_body), ()
    whole = _UNCLOSED_TAG.sub("", html_to_text(content))
    if len(whole.split()) < _MIN_WORDS:
        raise ReadError("no article text found in the HTML")
    return whole, ("main content not found; the whole page is used",)


def _published(extracted: Any, page: PageMeta) -> Any:
    ld = page.article_ld()
    for value in (ld.get("datepublished"), *(page.meta.get(k) for k in _DATE_META), page.time,
                  getattr(extracted, "date", None), ld.get("datemodified")):
        day = parse_date(value)
        if day is not None:
            return day
    return None


def _byline(extracted: Any, page: PageMeta) -> tuple[str, ...]:
    ld_authors = people(page.article_ld().get("author"))
    if ld_authors:
        return ld_authors
    meta_author = next((page.meta[k] for k in _AUTHOR_META if page.meta.get(k, "").strip()), None)
    if meta_author and not meta_author.startswith("http"):
        return people(meta_author.replace(";", ","))
    found = getattr(extracted, "author", None)
    return people(found.replace(";", ",")) if isinstance(found, str) else ()


def _source(extracted: Any, page: PageMeta) -> str | None:
    publisher = page.article_ld().get("publisher")
    name = publisher.get("name") if isinstance(publisher, dict) else publisher
    for value in (page.meta.get("og:site_name"), name, getattr(extracted, "sitename", None)):
        if isinstance(value, str) and value.strip():
            return plain(value)
    return None


def _tags(extracted: Any, page: PageMeta) -> list[str]:
    keywords = page.article_ld().get("keywords") or page.meta.get("article:tag") or page.meta.get("keywords")
    if isinstance(keywords, str):
        keywords = keywords.split(",")
    found = [k.strip() for k in keywords or [] if isinstance(k, str) and k.strip()]
    return found or [t for t in getattr(extracted, "tags", None) or [] if isinstance(t, str)]


def read(content: str, path: str) -> list[Entry]:
    page = page_meta(content)
    extracted, notes = _trafilatura(content)
    ld = page.article_ld()
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    candidates = (headline, getattr(extracted, "title", None), page.meta.get("og:title"), page.title)
    title = next((plain(t) for t in candidates if isinstance(t, str) and plain(t)), None)
    titles = {plain(t) for t in candidates if isinstance(t, str)}
    body, warnings = _body(extracted, page, content, titles)
    warnings = notes + warnings
    if not body.strip():
        raise ReadError("no article text found in the HTML")
    url = page.canonical or page.meta.get("og:url") or getattr(extracted, "url", None)
    published = _published(extracted, page)
    tags = _tags(extracted, page)
    return [
        Document(
            path=path, format="html", body=body, title=title, byline=_byline(extracted, page),
            source=_source(extracted, page), url=url, published=published,
            published_from="metadata" if published else None, captions=tuple(page.captions),
            tags=tuple(t for t in tags if isinstance(t, str)), warnings=warnings,
        )
    ]
