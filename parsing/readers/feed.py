"""RSS and Atom feeds (via feedparser): one ``Document`` an entry, named ``file#N``.

Entry HTML becomes text; the feed's title (its outlet part, before `` – Section``) is the source of
entries that name none; an entry's own date string is read in its own time zone (feedparser's parsed
dates are in UTC).
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from typing import Any

from ..model import Document, LoadError
from .base import Entry, ReadError, entry_path
from .dates import parse_date
from .htmltext import html_to_text, plain
from .names import people

_XML_ENCODING = re.compile(r"\A(\s*<\?xml[^>]*?)\s+encoding=(['\"])[^'\"]*\2", re.I)
_HARMLESS = ("CharacterEncodingOverride", "CharacterEncodingUnknown", "NonXMLContentType")
# "Millbridge Gazette – Kessel Dam", "Radio News | World": the outlet, then a section or topic.
_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+")
_RSS_AUTHOR = re.compile(r"\A\s*[^\s@()]+@[^\s()]+\s*\(([^()]+)\)\s*\Z")


def _text(entry: Mapping[str, Any]) -> str | None:
    candidates = [c.get("value", "") for c in entry.get("content") or [] if isinstance(c, Mapping)]
    candidates.append(entry.get("summary") or "")
    best = max(candidates, key=len, default="")
    return html_to_text(best) or None


def _published(entry: Mapping[str, Any]) -> Any:
    for key in ("published", "updated", "created", "dc_date"):
        day = parse_date(entry.get(key))
        if day is not None:
            return day
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            return parse_date(f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}")
    return None


def _byline(entry: Mapping[str, Any]) -> tuple[str, ...]:
    # RSS 2.0 writes "email (Name)"; feedparser splits it wrongly when the domain ends in a long
    # suffix ("desk@valley.example (Lena Holm)" -> "ple (Lena Holm"), so the name is read here.
    rss_author = _RSS_AUTHOR.match(str(entry.get("author") or ""))
    if rss_author:
        return people(rss_author.group(1))
    authors = entry.get("authors")
    if authors and any(isinstance(a, Mapping) and a.get("name") for a in authors):
        return people(list(authors))
    return people(entry.get("author") or "")


def _document(entry: Mapping[str, Any], path: str, fmt: str, feed_title: str | None) -> Entry:
    title = plain(entry.get("title") or "") or None
    body = _text(entry)
    warnings: tuple[str, ...] = ()
    if body is None:
        if title is None:
            return LoadError(path, "feed entry has no title and no text")
        body, warnings = title, ("feed entry has no text; the title is used as the text",)
    source_info = entry.get("source")
    source = plain(source_info.get("title") or "") if isinstance(source_info, Mapping) else ""
    published = _published(entry)
    tags = tuple(dict.fromkeys(t["term"] for t in entry.get("tags") or [] if t.get("term")))
    return Document(
        path=path, format=fmt, body=body, title=title, byline=_byline(entry),
        source=source or feed_title, url=entry.get("link") or None, published=published,
        published_from="metadata" if published else None, tags=tags, warnings=warnings,
    )


def read(content: str, path: str) -> list[Entry]:
    import feedparser

    # The text is already decoded: drop the declared encoding so the UTF-8 bytes are read as such.
    data = _XML_ENCODING.sub(r"\1", content, count=1).encode("utf-8")
    parsed = feedparser.parse(io.BytesIO(data))
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and type(problem).__name__ in _HARMLESS:
        problem = None
    entries = parsed.get("entries") or []
    if not entries:
        if problem is not None:
            raise ReadError(f"malformed feed: {_one_line(problem)}")
        raise ReadError("no entries in feed" if parsed.get("version") else "not an RSS or Atom feed")
    if problem is not None and not any(e.get("title") or _text(e) for e in entries):
        raise ReadError(f"malformed feed: {_one_line(problem)}")
    fmt = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    feed_title = _outlet(plain(parsed.get("feed", {}).get("title") or "")) or None
    out = [_document(e, entry_path(path, n), fmt, feed_title) for n, e in enumerate(entries, 1)]
    if problem is not None:
        note = f"feed is not well-formed ({_one_line(problem)}); entries read leniently"
        out = [e if isinstance(e, LoadError) else _warn(e, note) for e in out]
    return out


def _outlet(channel_title: str) -> str:
    """The outlet named by a channel title: its first part when a section or topic follows."""
    return _TITLE_PARTS.split(channel_title, maxsplit=1)[0].strip() or channel_title


def _warn(doc: Document, note: str) -> Document:
    from dataclasses import replace

    return replace(doc, warnings=(*doc.warnings, note))


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
