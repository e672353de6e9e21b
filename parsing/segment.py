"""Paragraphs and sentences as character spans (placeholder, to be replaced)."""

from __future__ import annotations

import re

from .model import Span

_PARA_BREAK = re.compile(r"\n[ \t]*\n+")


def paragraphs(text: str) -> tuple[Span, ...]:
    out: list[Span] = []
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        _add(text, pos, m.start(), out)
        pos = m.end()
    _add(text, pos, len(text), out)
    return tuple(out)


def _add(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))


def sentences(text: str, paras: tuple[Span, ...]) -> tuple[Span, ...]:
    out: list[Span] = []
    for p in paras:
        pos = p.start
        for m in re.finditer(r"[.!?][\"”’)]*\s+(?=[A-Z“\"])", text[p.start:p.end]):
            _add(text, pos, p.start + m.end(), out)
            pos = p.start + m.end()
        _add(text, pos, p.end, out)
    return tuple(out)
