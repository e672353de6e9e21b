"""Metadata of a saved web page: ``<title>``, ``<meta>`` tags, canonical link, JSON-LD articles,
figure captions. Standard library only, so it also serves when trafilatura finds nothing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from .htmltext import plain
from .jsontext import JSONProblem, loads

_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_ARTICLE_TYPES = frozenset({"newsarticle", "article", "reportagenewsarticle", "blogposting",
                            "analysisnewsarticle", "opinionnewsarticle", "report", "webpage"})


@dataclass
class PageMeta:
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)  # name/property (lower-case) -> content
    canonical: str | None = None
    ld: list[dict[str, Any]] = field(default_factory=list)  # JSON-LD objects, flattened
    captions: list[str] = field(default_factory=list)
    time: str | None = None  # the first <time datetime>
    feeds: list[str] = field(default_factory=list)  # <link rel=alternate> to an RSS or Atom feed

    def article_ld(self) -> dict[str, Any]:
        """The first JSON-LD object of an article type, with lower-cased keys."""
        for obj in self.ld:
            kinds = obj.get("@type")
            names = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in names):
                return {str(k).lower(): v for k, v in obj.items()}
        return {}


class _MetaParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageMeta()
        self.capture: str | None = None  # "title", "ld" or "caption"
        self.buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content") and key not in self.page.meta:
                self.page.meta[key] = a["content"].strip()
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.page.canonical = self.page.canonical or a["href"].strip()
        elif (tag == "link" and "alternate" in a.get("rel", "").lower().split() and a.get("href")
              and a.get("type", "").lower() in _FEED_TYPES):
            self.page.feeds.append(a["href"].strip())
        elif tag == "time" and a.get("datetime") and self.page.time is None:
            self.page.time = a["datetime"]
        elif tag == "title" and self.page.title is None:
            self._start("title")
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._start("ld")
        elif tag == "figcaption":
            self._start("caption")

    def _start(self, what: str) -> None:
        self.capture, self.buf = what, []

    def handle_endtag(self, tag: str) -> None:
        ends = {"title": "title", "script": "ld", "figcaption": "caption"}
        if self.capture is None or ends.get(tag) != self.capture:
            return
        text = "".join(self.buf)
        if self.capture == "title":
            self.page.title = plain(text) or None
        elif self.capture == "ld":
            self.page.ld.extend(_ld_objects(text))
        elif plain(text):
            self.page.captions.append(plain(text))
        self.capture = None

    def handle_data(self, data: str) -> None:
        if self.capture is not None:
            self.buf.append(data)


def _ld_objects(text: str) -> list[dict[str, Any]]:
    try:
        data = loads(text)
    except JSONProblem:  # broken metadata: the page's other metadata and its text still count
        return []
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, Mapping):
            out.append(dict(item))
            if isinstance(item.get("@graph"), list):
                stack.extend(item["@graph"])
    return out


def page_meta(html: str) -> PageMeta:
    parser = _MetaParser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # very broken markup: keep what was found
        pass
    return parser.page
