"""A folder's ``dateline.toml``: metadata for articles whose files do not carry it.

A reader who saves a page as plain text often loses its date and outlet. A manifest beside the
files supplies them, keyed by file name relative to the manifest's folder::

    [files."seed_article.txt"]
    published = "2021-11-23"
    source = "The Epoch Times"
    url = "https://…"

Manifest values only fill what the file itself leaves empty: a date, title or source that the file
states always wins. A manifest that cannot be read adds a warning to the articles, never an error.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from .model import Document

MANIFEST_NAME = "dateline.toml"


@lru_cache(maxsize=64)
def _load(folder: str) -> tuple[dict[str, dict[str, Any]], str | None]:
    path = Path(folder) / MANIFEST_NAME
    if not path.is_file():
        return {}, None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, f"{path}: ignored ({exc})"
    files = data.get("files")
    if not isinstance(files, dict):
        return {}, None
    return {str(k): v for k, v in files.items() if isinstance(v, dict)}, None


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _as_str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def apply_manifest(doc: Document, file_path: str) -> Document:
    """Fill the document's missing metadata from the manifest beside ``file_path``, if any."""
    if file_path == "-":
        return doc
    p = Path(file_path)
    entries, warning = _load(str(p.parent.resolve()))
    if warning:
        return replace(doc, warnings=(*doc.warnings, warning))
    entry = entries.get(p.name)
    if not entry:
        return doc
    changes: dict[str, Any] = {}
    published = _as_date(entry.get("published"))
    if doc.published is None and published is not None:
        changes.update(published=published, published_from="metadata")
    for name in ("title", "source", "url"):
        value = _as_str(entry.get(name))
        if getattr(doc, name) is None and value:
            changes[name] = value
    byline = entry.get("byline")
    if not doc.byline and isinstance(byline, list) and all(isinstance(b, str) for b in byline):
        changes["byline"] = tuple(byline)
    return replace(doc, **changes) if changes else doc
