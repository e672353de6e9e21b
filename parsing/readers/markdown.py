"""Markdown with YAML (``---``) or TOML (``+++``) front matter, as Hugo and Jekyll write it.

A body without markup is kept verbatim (``body_offset`` says where it starts in the file); a body
with markup is turned into plain text and has no offset. A leading ``# Heading`` is the title.
"""

from __future__ import annotations

import re

from ..model import Document
from .base import Entry
from .frontmatter import split_front_matter
from .mdstrip import has_markup, to_plain
from .meta import TITLE_KEYS, URL_KEYS, byline_of, first, published_of, tags_of, text_of

# A title is at most 500 characters: the lazy text would otherwise try every closing position.
_H1 = re.compile(r"\s*(?:#\s+(?=[^\n]{1,500}(?:\n|\Z))(.+?)(?:\s+#+)?|([^\n#>*+-][^\n]*)\n=+)[ \t]*(?:\n|\Z)")


def read(content: str, path: str) -> list[Entry]:
    fm = split_front_matter(content)
    meta: dict[str, object] = dict(fm.meta) if fm else {}
    offset = fm.body_offset if fm else 0
    title = text_of(first(meta, TITLE_KEYS))
    h1 = _H1.match(content, offset)
    heading = (h1.group(1) or h1.group(2)).strip() if h1 else None
    if h1 and heading and (title is None or heading == title):
        title = title or heading
        offset = h1.end()
        while content.startswith("\n", offset):
            offset += 1
    body: str = content[offset:]
    body_offset: int | None = offset
    captions: list[str] = []
    if has_markup(body):
        body, captions = to_plain(body)
        body_offset = None
    published = published_of(meta)
    return [
        Document(
            path=path, format="markdown", body=body, title=title, byline=byline_of(meta),
            source=text_of(meta.get("source")), url=text_of(first(meta, URL_KEYS)),
            published=published, published_from="metadata" if published else None,
            captions=tuple(captions), body_offset=body_offset, tags=tags_of(meta),
            warnings=(fm.problem,) if fm and fm.problem else (),
        )
    ]
