"""Markdown with YAML front matter (placeholder: front matter split off, body verbatim)."""

from __future__ import annotations

import re
from datetime import date

from ..model import Document

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_FIELD = re.compile(r"^(\w+):\s*(.*)$", re.M)


def read(content: str, path: str) -> list[Document]:
    m = _FRONT.match(content)
    meta: dict[str, str] = {}
    body_offset = 0
    if m:
        for k, v in _FIELD.findall(m.group(1)):
            meta[k.lower()] = v.strip().strip('"')
        body_offset = m.end()
    published = None
    raw = meta.get("published") or meta.get("date")
    if raw:
        try:
            published = date.fromisoformat(raw[:10])
        except ValueError:
            published = None
    return [
        Document(
            path=path, format="markdown", body=content[body_offset:], title=meta.get("title"),
            source=meta.get("source"), url=meta.get("url"), published=published,
            published_from="metadata" if published else None, body_offset=body_offset,
        )
    ]
