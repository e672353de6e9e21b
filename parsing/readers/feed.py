"""RSS and Atom feeds (via feedparser): one ``Document`` an entry, named ``file#N``.

Entry HTML becomes text; the feed's title (its outlet part, before `` – Section``) is the source of
entries that name none; an entry's own date string is read in its own time zone (feedparser's parsed
dates are in UTC).
"""

from __future__ import annotations

import io
import re
from bisect import bisect_right
from collections.abc import Mapping
from typing import Any
from xml.sax import SAXParseException

from ..model import Document, LoadError
from .base import Entry, ReadError, entry_path
from .dates import parse_date
from .htmltext import html_to_text, plain
from .names import people

_XML_DECLARATION = re.compile(r"\A<\?xml[^>]*>")
# feedparser writes this declaration in place of the file's own, or on a line of its own above a file
# without one; a file is given this very declaration first, so lines and columns keep their place.
_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>"
# A numeric character reference, to check before feedparser, which fails on one naming no character.
_CHARREF = re.compile(r"&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));")
_ENTRY_START = re.compile(r"<(?:[\w-]+:)?(?:item|entry)[\s/>]")
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

    # The text is already decoded: the declaration feedparser would write says UTF-8, as the bytes are.
    declared = _XML_DECLARATION.match(content)
    shift = len(_DECLARATION) - (declared.end() if declared else 0)  # columns moved on line 1
    content, bad_refs = _valid_references(content[declared.end() if declared else 0:])
    try:
        parsed = feedparser.parse(io.BytesIO((_DECLARATION + content).encode("utf-8")))
    except Exception:  # feedparser's own failure, e.g. on a namespace name holding U+0085
        raise ReadError("malformed feed: its XML could not be read (a name or namespace is broken)") from None
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and type(problem).__name__ in _HARMLESS:
        problem = None
    entries = parsed.get("entries") or []
    if not entries:
        if problem is not None:
            raise ReadError(f"malformed feed: {_describe(problem, shift)}")
        raise ReadError("no entries in feed" if parsed.get("version") else "not an RSS or Atom feed")
    if problem is not None and not any(e.get("title") or _text(e) for e in entries):
        raise ReadError(f"malformed feed: {_describe(problem, shift)}")
    fmt = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    feed_title = _outlet(plain(parsed.get("feed", {}).get("title") or "")) or None
    out = [_document(e, entry_path(path, n), fmt, feed_title) for n, e in enumerate(entries, 1)]
    if problem is not None:
        note = f"feed is not well-formed ({_describe(problem, shift)}); entries read leniently"
        out = [e if isinstance(e, LoadError) else _warn(e, note) for e in out]
    for n, refs in bad_refs.items():  # entry 0: the channel, whose title every entry may carry
        note = f"character reference{'s' if len(refs) > 1 else ''} naming no character replaced by U+FFFD: "
        note += ", ".join(refs[:3]) + (" …" if len(refs) > 3 else "")
        out = [_warn(e, note) if isinstance(e, Document) and (n == 0 or i == n) else e
               for i, e in enumerate(out, 1)]
    return out


def _valid_references(content: str) -> tuple[str, dict[int, list[str]]]:
    """``content`` with each numeric character reference that names no character a reference to
    U+FFFD, and those references by the entry (from 1; 0 before the first) they were in."""
    if "&#" not in content:
        return content, {}
    starts = [m.start() for m in _ENTRY_START.finditer(content)]
    bad: dict[int, list[str]] = {}

    def fix(m: re.Match[str]) -> str:
        digits = m.group(1) or m.group(2)
        code = int(digits, 16 if m.group(1) else 10) if len(digits) <= 8 else -1
        if code in (0x9, 0xA, 0xD) or (0x20 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
                                       and code & 0xFFFE != 0xFFFE and not 0xFDD0 <= code <= 0xFDEF):
            return m.group()
        bad.setdefault(bisect_right(starts, m.start()), []).append(m.group())
        return "&#xFFFD;"

    return _CHARREF.sub(fix, content), bad


def _outlet(channel_title: str) -> str:
    """The outlet named by a channel title: its first part when a section or topic follows."""
    return _TITLE_PARTS.split(channel_title, maxsplit=1)[0].strip() or channel_title


def _warn(doc: Document, note: str) -> Document:
    from dataclasses import replace

    return replace(doc, warnings=(*doc.warnings, note))


def _describe(exc: object, shift: int) -> str:
    """The parser's complaint in one line with its place: ``mismatched tag at line 2, column 30``."""
    if isinstance(exc, SAXParseException):
        line, column = exc.getLineNumber() or 1, (exc.getColumnNumber() or 0) + 1
        column = max(1, column - shift) if line == 1 else column
        return f"{exc.getMessage()} at line {line}, column {column}"
    return " ".join(str(exc).split()) or "not well-formed XML"
