"""Plain-text articles as they are copied from a news page.

Layout understood (every part optional): a title line, the title repeated, photo captions with their
credit, a byline, an ``Updated:``/``Published:`` line, the body, then an author bio (name, role,
sentences) and share/related footers. The body is a verbatim slice of the file at ``body_offset``.
A file that is only paragraphs is all body (its first line is a title only if it looks like one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Document
from . import textlayout as tl
from .base import Entry
from .names import is_credit, split_byline

_TAIL_LINES = 12


@dataclass
class _Head:
    title: str | None = None
    byline: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    published: date | None = None
    updated: date | None = None
    body_line: int = 0


def _first_nonblank(lines: list[tl.Line], i: int) -> int:
    while i < len(lines) and lines[i].blank:
        i += 1
    return i


def _title(lines: list[tl.Line], i: int) -> str | None:
    """The first line if it is a headline set apart from the body (or from its standfirst)."""
    first = lines[i].text if i < len(lines) else ""
    if not tl.headline_like(first) or tl.is_byline(first) or tl.date_line(first):
        return None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None:
        return None
    if nxt.blank or nxt.text == lines[i].text or tl.is_byline(nxt.text) or tl.date_line(nxt.text):
        more = _first_nonblank(lines, i + 1)
        return lines[i].text if more < len(lines) else None
    return first if _standfirst(lines, i) is not None else None


def _standfirst(lines: list[tl.Line], i: int) -> bool | None:
    """Whether line ``i + 1`` is a standfirst under the headline at ``i``, and then whether the usual
    head (byline, date line, caption) follows it (True) or the body does (False); None when it is
    not a standfirst. It is one sentence line set off by a blank line, under a title-case headline
    or above the usual head: "Council votes\nto close the bridge." stays a paragraph."""
    if i + 2 >= len(lines) or not lines[i + 2].blank or not tl.standfirst_like(lines[i + 1].text):
        return None
    after = _first_nonblank(lines, i + 2)
    if after >= len(lines):
        return None
    text = lines[after].text
    head_follows = text == lines[i].text or bool(tl.is_byline(text) or tl.date_line(text))
    head_follows = head_follows or tl.is_caption(text)
    return head_follows if head_follows or tl.title_case(lines[i].text) else None


def _header_kind(lines: list[tl.Line], i: int, head: _Head) -> str | None:
    text = lines[i].text
    if not text:
        return "blank"
    if head.title and text == head.title:
        return "repeat"
    if tl.is_byline(text):
        return "byline"
    if tl.date_line(text):
        return "date"
    if head.title and tl.is_caption(text):
        return "caption"
    if head.title and tl.is_page_noise(text):
        return "noise"
    if head.title and tl.is_name(text) and _name_in_header(lines, i, head):
        return "name"
    return None


def _name_in_header(lines: list[tl.Line], i: int, head: _Head) -> bool:
    """A bare name is a byline when a date line follows it or it closes a caption/title block."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    prev = lines[i - 1].text if i > 0 else ""
    if tl.date_line(nxt) or tl.is_byline(nxt):
        return True
    return bool(prev) and (prev == head.title or tl.is_caption(prev))


def _read_head(lines: list[tl.Line]) -> _Head:
    head = _Head()
    i = _first_nonblank(lines, 0)
    head.title = _title(lines, i)
    if head.title is not None:
        i += 2 if _standfirst(lines, i) else 1  # a standfirst above the byline is not body
    elif i >= len(lines) or not (tl.is_byline(lines[i].text) or tl.date_line(lines[i].text)):
        head.body_line = i
        return head
    while i < len(lines):
        kind = _header_kind(lines, i, head)
        if kind is None:
            break
        text = lines[i].text
        if kind in ("byline", "name"):
            head.byline.extend(n for n in split_byline(text) if n not in head.byline)
        elif kind == "caption":
            head.captions.append(text)
        elif kind == "date":
            _note_date(head, text)
        i += 1
    head.body_line = i
    return head


def _note_date(head: _Head, text: str) -> None:
    found = tl.date_line(text)
    if found is None or found[1] is None:
        return
    label, day = found
    if tl.is_published_label(label):
        head.published = head.published or day
    else:
        head.updated = head.updated or day


def _body_end(lines: list[tl.Line], first: int, byline: list[str]) -> int:
    """Index one past the last body line: share/related footers and the author's bio cut off."""
    end = len(lines)
    while end > first and (lines[end - 1].blank or tl.is_footer(lines[end - 1].text)):
        end -= 1
    names = set(byline)
    tail_start = max(first + 1, end - _TAIL_LINES)
    for j in range(tail_start, end):
        text = lines[j].text
        nxt = lines[j + 1].text if j + 1 < end else ""
        bio = tl.is_role(nxt) or nxt == text or nxt.startswith(text + " ")
        if text in names or (tl.is_name(text) and bio):
            end = j
            break
    while end > first and (lines[end - 1].blank or tl.is_footer(lines[end - 1].text)):
        end -= 1
    return end


def read(content: str, path: str) -> list[Entry]:
    lines = tl.split_lines(content)
    head = _read_head(lines)
    first = _first_nonblank(lines, head.body_line)
    if first >= len(lines):  # nothing but a header: keep everything as body
        head, first = _Head(), _first_nonblank(lines, 0)
    end = _body_end(lines, first, head.byline)
    if not head.byline:  # wire copy names its reporters in a credit line below the text
        credits = (split_byline(ln.text) for ln in lines[end:] if is_credit(ln.text))
        head.byline = next((list(c) for c in credits if c), [])
    start = lines[first].start
    stop = lines[end - 1].end if end > first else lines[first].end
    body = content[start:stop].rstrip()
    published = head.published or head.updated
    return [
        Document(
            path=path, format="text", body=body, title=head.title, byline=tuple(head.byline),
            captions=tuple(head.captions), published=published,
            published_from="metadata" if published else None, body_offset=start,
        )
    ]
