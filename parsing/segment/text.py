"""Paragraphs and sentences as character spans, for news prose.

Paragraphs are separated by blank lines; inside a block, a line break starts a new paragraph before
a list item, and also after sentence-final punctuation or a heading line when the text is laid out
one paragraph a line (not hard-wrapped prose). Sentences end at ``.``, ``?``, ``!`` or an ellipsis
(with any closing quotes or brackets) before a capital, a digit or an opening quote, except after
titles (``Gen.``), initials (``George W. Bush``), abbreviations before numbers (``No. 5``,
``Sept. 28``) and acronyms or company suffixes not followed by a sentence starter or the surname of
someone the text names in full (``U.S. Chairman`` goes on; ``in the U.S. It`` and, after ``Steve
Jobs``, ``in the U.S. Jobs said`` end a sentence). A missed break is preferred to a wrong one.
Spans are trimmed, sorted, non-overlapping and inside the text.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..model import Span
from ..vocab import load

_BLANK_LINE = re.compile(r"\n[ \t\f\v\r]*\n")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•▪◦‣]|\d{1,3}[.)])[ \t]+\S")
_LINE_END = re.compile(r"(?:[.!?…:]|\.\.\.)[\"'”’»)\]]*\s*$")
_BOUNDARY = re.compile(
    r"(?P<term>[.!?…](?<![.!?…]{2})[.!?…]*+)(?P<close>[\"'”’»)\]]*)(?P<space>\s+)(?=[\"'“”‘’«(\[\w—–\u2592-])"
)
_TOKEN_BEFORE = re.compile(r"[\w.'’&-]+$")
_INITIAL = re.compile(r"[A-Z]")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_WORD_AFTER = re.compile(r"[\"'“‘«(\[]*([A-Za-z]+)")
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?$")  # "Steve " / "Ann B. " before a surname
_HEADING_MAX = 90
_TOKEN_WINDOW = 40
_LAYOUT_SHARE = 0.5


@cache
def _vocab() -> dict[str, frozenset[str]]:
    data = load("abbreviations.json")
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _blocks(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _BLANK_LINE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _heading(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= _HEADING_MAX and s[0].isupper() and not s.endswith((",", ";", "-"))


def _one_paragraph_a_line(text: str, blocks: list[tuple[int, int]]) -> bool:
    """True unless most line breaks inside blocks fall mid-sentence (hard-wrapped prose)."""
    breaks = ends = 0
    for start, end in blocks:
        lines = text[start:end].split("\n")
        for line in lines[:-1]:
            if line.strip():
                breaks += 1
                ends += bool(_LINE_END.search(line)) or _LIST_ITEM.match(line) is not None
    return breaks == 0 or ends >= _LAYOUT_SHARE * breaks


def _closes_paragraph(line: str) -> bool:
    """In one-paragraph-a-line text: a line ending a sentence, a heading or a list item."""
    if not line.strip():
        return False
    return bool(_LINE_END.search(line) or _LIST_ITEM.match(line)) or _heading(line)


@lru_cache(maxsize=4)
def paragraphs(text: str) -> tuple[Span, ...]:
    """The text's paragraphs; the last few texts' are kept, as the pipeline and the time extractor's
    quotation lookup both ask for them."""
    blocks = _blocks(text)
    by_line = _one_paragraph_a_line(text, blocks)
    out: list[Span] = []
    for start, end in blocks:
        para_start = pos = start
        prev = ""
        for line in text[start:end].split("\n"):
            breaks = _LIST_ITEM.match(line) is not None or (by_line and _closes_paragraph(prev))
            if breaks and pos > para_start:
                span = _trimmed(text, para_start, pos)
                if span:
                    out.append(span)
                para_start = pos
            prev = line
            pos += len(line) + 1
        span = _trimmed(text, para_start, end)
        if span:
            out.append(span)
    return tuple(out)


def _ends_sentence(text: str, m: re.Match[str], para_start: int, surnames: dict[str, bool]) -> bool:
    if m.group("term") != ".":
        return _starts_capital(text, m.end())
    if not _starts_capital(text, m.end()):
        return False
    token = _token_before(text, m.start(), para_start)
    if not token or m.group("close"):
        return True
    low = token.lower()
    v = _vocab()
    nxt = text[m.end():m.end() + 1]
    if low in v["titles"] or _INITIAL.fullmatch(token):
        return False
    if low in v["before_number"] and nxt.isdigit():
        return False
    if low in v["suffixes"] or _ACRONYM.fullmatch(token):
        word = _WORD_AFTER.match(text, m.end())
        if word is None:
            return False
        if word.group(1).lower() in v["sentence_starters"]:
            return True
        if word.group(1) not in surnames:  # each word's answer once: it reads the whole text
            surnames[word.group(1)] = _surname(text, word.group(1))
        return surnames[word.group(1)]
    return True


def title_stop(text: str, end: int, start: int = 0) -> bool:
    """The full stop at ``text[end]`` closes a title or an initial (``Sgt. Kevin Marr``, ``George W.
    Bush``): it ends no sentence whatever follows."""
    token = _token_before(text, end, start)
    return token.lower() in _vocab()["titles"] or _INITIAL.fullmatch(token) is not None


def _token_before(text: str, end: int, start: int) -> str:
    """The word (with inner stops: ``U.S``, ``Rev``) that ends at ``end``, not before ``start``."""
    found = _TOKEN_BEFORE.search(text, max(start, end - _TOKEN_WINDOW), end)
    return found.group(0).lstrip(".'’&-") if found else ""


def _surname(text: str, word: str) -> bool:
    """``word`` is the surname of someone the text names in full (``Steve Jobs``, ``Ann B. Lee``):
    after ``in the U.S.`` it starts a sentence (``U.S. Jobs said``) rather than naming a body."""
    given = _first_names()
    pos = text.find(word)
    while pos != -1:
        end = pos + len(word)
        if not text[end:end + 1].isalnum():
            before = _GIVEN_BEFORE.search(text, max(0, pos - _TOKEN_WINDOW), pos)
            if before is not None and before.group(1) in given:
                return True
        pos = text.find(word, end)
    return False


@cache
def _first_names() -> frozenset[str]:
    names = load("names_people.json").get("first_names", [])
    return frozenset(n for n in names if isinstance(n, str))


def _starts_capital(text: str, pos: int) -> bool:
    """The next sentence starts here: a capital, a digit, a quote or a bracket (not lower case)."""
    c = text[pos:pos + 1]
    return bool(c) and not c.islower()


def sentences(text: str, paras: tuple[Span, ...]) -> tuple[Span, ...]:
    out: list[Span] = []
    surnames: dict[str, bool] = {}
    for p in paras:
        pos = p.start
        for m in _BOUNDARY.finditer(text, p.start, p.end):
            if _ends_sentence(text, m, p.start, surnames):
                span = _trimmed(text, pos, m.start("space"))
                if span:
                    out.append(span)
                pos = m.end()
        span = _trimmed(text, pos, p.end)
        if span:
            out.append(span)
    return tuple(out)
