"""JSON and JSON Lines articles: one object, an array, ``{"articles"|"items"|...: [...]}``, or one a line.

A file holding several articles (array, list field, JSON Lines) names each ``file#N``. In JSON Lines
a broken line is an error for that entry only.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Document, LoadError
from .base import Entry, ReadError, entry_path
from .htmltext import html_to_text, looks_like_html, plain
from .jsontext import JSONProblem, kind, loads
from .meta import (
    SOURCE_KEYS,
    TITLE_KEYS,
    URL_KEYS,
    byline_of,
    first,
    lowered,
    published_of,
    tags_of,
    text_of,
    unreadable_date,
)

BODY_KEYS = ("body", "text", "content", "articlebody", "article", "content_html", "body_html",
             "fulltext", "full_text", "story", "description", "summary", "abstract")
LIST_KEYS = ("articles", "items", "entries", "stories", "posts", "results", "data", "docs", "news")
_TEXT_FIELDS = "no body, text or content field"
_NO_TEXT = f"no article text ({_TEXT_FIELDS})"


def _body(value: object) -> str | None:
    if isinstance(value, Mapping):
        value = first(lowered(value), ("rendered", "html", "text", "value", "body", "content"))
    if isinstance(value, list):
        parts = [p for p in (_body(v) for v in value) if p]
        return "\n\n".join(parts) or None
    if not isinstance(value, str) or not value.strip():
        return None
    return html_to_text(value) if looks_like_html(value) else value.strip()


def document(obj: Mapping[str, object], path: str, fmt: str) -> Entry:
    """One article object to a ``Document`` (or an error naming what is missing)."""
    meta = lowered(obj)
    body = next((b for b in (_body(meta.get(k)) for k in BODY_KEYS) if b), None)
    title_raw = text_of(first(meta, TITLE_KEYS))
    title = plain(title_raw) if title_raw else None
    warnings: tuple[str, ...] = ()
    if body is None:
        if title is None:
            return LoadError(path, _NO_TEXT)
        body, warnings = title, ("no article text; the title is used as the text",)
    published = published_of(meta)
    bad_date = None if published else unreadable_date(meta)
    if bad_date:
        warnings += (bad_date,)
    source = text_of(first(meta, SOURCE_KEYS))
    return Document(
        path=path, format=fmt, body=body, title=title, byline=byline_of(meta),
        source=plain(source) if source else None, url=text_of(first(meta, URL_KEYS)),
        published=published, published_from="metadata" if published else None,
        tags=tags_of(meta), warnings=warnings,
    )


def _articles(data: object) -> tuple[list[object], bool] | None:
    """The article objects in ``data`` and whether the file is a collection."""
    if isinstance(data, list):
        return list(data), True
    if isinstance(data, Mapping):
        meta = lowered(data)
        for key in LIST_KEYS:
            items = meta.get(key)
            if isinstance(items, list):
                return list(items), True
        return [data], False
    return None


def _entries(items: list[object], path: str, many: bool, fmt: str) -> list[Entry]:
    out: list[Entry] = []
    for n, item in enumerate(items, 1):
        where = entry_path(path, n) if many else path
        if isinstance(item, Mapping):
            out.append(document(item, where, fmt))
        else:
            out.append(LoadError(where, f"not an article: {kind(item)}, not an object with a text"))
    return out


def read(content: str, path: str) -> list[Entry]:
    try:
        data = loads(content)
    except JSONProblem as exc:
        if exc.extra_data and exc.line > 1 and content.lstrip().startswith("{"):
            return read_lines(content, path)  # JSON Lines in a .json file
        raise ReadError(str(exc)) from None
    found = _articles(data)
    if found is None:
        raise ReadError(f"no articles: the file holds {kind(data)}, not an article object or a list of them")
    items, many = found
    if not items:
        raise ReadError("no articles found (empty list)")
    return _none_is_an_article(_entries(items, path, many, "json"), "entries")


def read_lines(content: str, path: str) -> list[Entry]:
    out: list[Entry] = []
    n = 0
    for lineno, line in enumerate(content.split("\n"), 1):
        if not line.strip():
            continue
        n += 1
        where = entry_path(path, n)
        try:
            item = loads(line)
        except JSONProblem as exc:
            out.append(LoadError(where, f"invalid JSON at line {lineno}, column {exc.column}: {exc.what}"))
            continue
        out.extend(_entries([item], where, False, "jsonl"))
    return _none_is_an_article(out, "lines")


def _none_is_an_article(entries: list[Entry], what: str) -> list[Entry]:
    """The entries, or one error for the whole file when none of several has any article text (a data
    file, not a feed of articles: one line says so, not one per entry)."""
    if len(entries) > 1 and all(isinstance(e, LoadError) and e.reason == _NO_TEXT for e in entries):
        raise ReadError(f"no articles: none of its {len(entries):,} {what} has article text ({_TEXT_FIELDS})")
    return entries
