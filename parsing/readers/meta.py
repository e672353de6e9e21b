"""Metadata fields by their usual names, shared by the Markdown, JSON and feed readers."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date

from .dates import parse_date
from .names import people

TITLE_KEYS = ("title", "headline", "name")
DATE_KEYS = ("published", "publishedat", "published_at", "pubdate", "date", "datepublished",
             "publishdate", "publish_date", "created", "createdat", "created_at", "datecreated",
             "updated", "updatedat", "datemodified", "lastmod", "modified", "time")
AUTHOR_KEYS = ("author", "authors", "byline", "creator", "creators", "writer", "writers")
URL_KEYS = ("url", "link", "canonical_url", "canonical", "permalink", "weburl", "href")
SOURCE_KEYS = ("source", "publisher", "site", "site_name", "sitename", "outlet", "feed")
TAG_KEYS = ("tags", "keywords", "categories", "category", "topics", "subjects")


def lowered(obj: Mapping[str, object]) -> dict[str, object]:
    """Keys lower-cased (first spelling wins)."""
    out: dict[str, object] = {}
    for k, v in obj.items():
        out.setdefault(str(k).lower(), v)
    return out


def first(meta: Mapping[str, object], keys: tuple[str, ...]) -> object:
    for k in keys:
        v = meta.get(k)
        if v not in (None, "", [], {}):
            return v
    return None


def text_of(value: object) -> str | None:
    """A string from a string, a ``{name|title|value|text}`` object, or the first of a list."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, Mapping):
        for k in ("name", "title", "value", "text", "href", "url", "@id"):
            if isinstance(value.get(k), str):
                return text_of(value[k])
        return None
    if isinstance(value, list) and value:
        return text_of(value[0])
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return str(value)
    return None


def published_of(meta: Mapping[str, object]) -> date | None:
    for k in DATE_KEYS:
        day = parse_date(meta.get(k))
        if day is not None:
            return day
    return None


def unreadable_date(meta: Mapping[str, object]) -> str | None:
    """A warning when the first date field holds a number that is no date (epoch seconds past any
    calendar, ``1e400``): the field is dropped, never the article."""
    for k in DATE_KEYS:
        value = meta.get(k)
        if value in (None, ""):
            continue
        if isinstance(value, int | float) and not isinstance(value, bool) and parse_date(value) is None:
            return f"the {k!r} field is a number that is not a date; ignored"
        return None
    return None


def byline_of(meta: Mapping[str, object]) -> tuple[str, ...]:
    return people(first(meta, AUTHOR_KEYS))


def tags_of(meta: Mapping[str, object]) -> tuple[str, ...]:
    value = first(meta, TAG_KEYS)
    if isinstance(value, str):
        items: list[object] = list(value.split(","))
    elif isinstance(value, list):
        items = list(value)
    else:
        return ()
    tags = (text_of(i) for i in items)
    return tuple(dict.fromkeys(t for t in tags if t))
