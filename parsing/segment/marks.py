"""Quotation spans: direction-aware pairing of quotation marks, paragraph by paragraph.

Double marks (straight, curly, low-9, guillemets) are paired first; a quote left open at a paragraph's
end is a piece ending there and may go on in the next paragraph (which may or may not open with a new
mark). Single-quoted spans are then paired outside the double-quoted ones; apostrophes (don't,
Ukraine’s, ’90s, rock 'n' roll) are not marks. Curly marks tell their direction unless their context
plainly says the opposite (a ” opening a quote); straight marks go by context, then by parity.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from ..model import Span

MARKS = "\"'“”‘’«»„‟‹›‚‛"  # every quotation mark, as strip() takes them
_DOUBLE = re.compile(r"[\"“”„‟«»]")
_SINGLE = re.compile(r"['‘’‚‛‹›]")
_OPENERS = "“„‟«"
_SINGLE_OPENERS = "‘‚‛‹"
_BEFORE_OPEN = " \t\n([{—–-/\"“”„«»'‘’‹›"
_AFTER_CLOSE = " \t\n.,;:!?)]}—–-…/\"“”«»'‘’‹›"
_DECADE = re.compile(r"['’]\d\d?s?\b")
_MIN_SINGLE_LETTERS = 2
# Attributing a quote costs tens of microseconds; a long feature has a few hundred quotes. Past this
# many, marks are not quotations (a run of ``"`` thousands long) and the rest of the text has none.
MAX_QUOTES = 5000


class QuoteSpan(NamedTuple):
    """One quotation piece: ``text[start:end]``, marks included where the text has them."""

    start: int
    end: int
    para: int
    continues: bool = False  # goes on from a quote left open in the previous paragraph
    closed: bool = True  # False: runs to the paragraph end with no closing mark
    single: bool = False


def _context(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(opening-like, closing-like) for the mark at ``i`` inside ``[lo, hi)``."""
    left = text[i - 1] if i > lo else " "
    right = text[i + 1] if i + 1 < hi else " "
    opening = left in _BEFORE_OPEN and not right.isspace()
    closing = not left.isspace() and right in _AFTER_CLOSE
    return opening, closing


def _direction(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for a double mark."""
    ch = text[i]
    opening, closing = _context(text, i, lo, hi)
    if ch in _OPENERS:
        return "close" if closing and not opening else "open"
    if ch in "”»":
        return "open" if opening and not closing else "close"
    if text[i - 1] in ",:" and i > lo and (i + 1 >= hi or text[i + 1] == " "):
        return "either"  # `said," For example` opens; `"Yes," he said` closes: parity decides
    if opening and not closing:
        return "open"
    if closing and not opening:
        return "close"
    return "either"


def _is_inch(text: str, i: int, lo: int) -> bool:
    return text[i] == '"' and i > lo and text[i - 1].isdigit()


def _double_pieces(
    text: str, para: Span, index: int, carry: bool, limit: int
) -> tuple[list[QuoteSpan], bool]:
    """The double-quoted pieces of one paragraph (the first ``limit``) and whether a quote is left
    open at its end. Marks are read as they come: past the limit the rest is not read at all."""
    lo, hi = para.start, para.end
    found = ((m.start(), _direction(text, m.start(), lo, hi)) for m in _DOUBLE.finditer(text, lo, hi))
    head = next(found, None)
    marks = chain([head], found) if head is not None else found
    out: list[QuoteSpan] = []
    open_at: int | None = None
    continues = False
    if carry and head is not None:
        first, direction = head
        at_start = not text[lo:first].strip()
        if at_start and direction != "close":
            continues = True  # the usual style: the continuation paragraph opens with a new mark
        elif direction != "open":
            open_at, continues = lo, True  # continuation without an opening mark
    depth = 0
    for pos, direction in marks:
        if open_at is None:
            if direction != "close" and not _is_inch(text, pos, lo):
                open_at = pos
            continue
        if direction == "open" and text[pos] in _OPENERS and text[open_at] in _OPENERS:
            depth += 1  # a curly quote nested in a curly quote
        elif direction == "open":
            open_at = pos  # the earlier opener was stray
            continues = False
        elif depth:
            depth -= 1
        else:
            out.append(QuoteSpan(open_at, pos + 1, index, continues))
            open_at, continues = None, False
            if len(out) >= limit:
                return out, False
    if open_at is not None:
        out.append(QuoteSpan(open_at, hi, index, continues, closed=False))
        return out, True
    return out, False


class _Letters:
    """Whether ``text[a:b]`` holds ``n`` letters, for a start that only moves forward: each character
    is read once, so a run of apostrophes costs its length, not its square."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = self.scanned = self.count = 0

    def at_least(self, a: int, b: int, n: int) -> bool:
        if a != self.start:
            self.start = self.scanned = a
            self.count = 0
        while self.count < n and self.scanned < b:
            self.count += self.text[self.scanned].isalpha()
            self.scanned += 1
        return self.count >= n


def _single_pieces(text: str, para: Span, index: int, taken: list[QuoteSpan], carry: bool = False,
                   next_opens: bool = False) -> tuple[list[QuoteSpan], bool]:
    """The single-quoted pieces of one paragraph, and whether a quote is left open at its end: in a
    text that quotes in single marks, a quotation that runs on into the next paragraph leaves its
    paragraph open, and the next opens with a new mark (``carry``, ``next_opens``)."""
    lo, hi = para.start, para.end
    out: list[QuoteSpan] = []
    open_at: int | None = None
    letters = _Letters(text)
    k = 0
    for m in _SINGLE.finditer(text, lo, hi):
        pos = m.start()
        while k < len(taken) and taken[k].end <= pos:
            k += 1
        if k < len(taken) and taken[k].start <= pos:
            open_at = None
            continue  # nested in a double-quoted span
        if open_at is not None and k > 0 and taken[k - 1].start > open_at:
            open_at = None  # a single quote never encloses a double-quoted span
        left = text[pos - 1] if pos > lo else " "
        right = text[pos + 1] if pos + 1 < hi else " "
        if left.isalnum() and right.isalnum():
            continue  # don't, Ukraine’s
        if _DECADE.match(text, pos) and not left.isalnum():
            continue  # ’90s
        opening, closing = _context(text, pos, lo, hi)
        ch = text[pos]
        if open_at is not None and (closing or ch in "’›") and not (opening and not closing):
            trimmed = not text[open_at + 1].isspace() and not text[pos - 1].isspace()
            if trimmed and letters.at_least(open_at + 1, pos, _MIN_SINGLE_LETTERS):
                out.append(QuoteSpan(open_at, pos + 1, index, single=True))
                open_at = None
                continue
        if (opening and not closing) or (ch in _SINGLE_OPENERS and not left.isalnum()):
            open_at = pos
    if carry and out and out[0].start == lo:
        out[0] = out[0]._replace(continues=True)
    if next_opens and open_at is not None and letters.at_least(open_at + 1, hi, _MIN_SINGLE_LETTERS):
        out.append(QuoteSpan(open_at, hi, index, carry and open_at == lo, closed=False, single=True))
        return out, True
    return out, False


def find(text: str, paragraphs: tuple[Span, ...]) -> list[QuoteSpan]:
    """Every top-level quotation piece, sorted by start; the first ``MAX_QUOTES`` only. In a text
    that quotes in single marks (British style: ‘…,’ she said, with “…” for a quote inside one),
    single marks are its quotation marks, not labels, and their pieces are not marked ``single``.
    Found once per text and paragraphs: the time extractor and the attribution both ask."""
    return list(_found(text, paragraphs))


@lru_cache(maxsize=4)
def _found(text: str, paragraphs: tuple[Span, ...]) -> tuple[QuoteSpan, ...]:
    british = _british(text)
    out = _find(text, paragraphs, british)
    if out and (british or not any(not q.single for q in out)):
        return tuple(q._replace(single=False) for q in out)
    return tuple(out)


# An opening mark: the mark first, then a look back at the character before it, so that the regex
# engine skips straight from mark to mark (a pattern opening with a look-behind is tried everywhere).
_SINGLE_OPEN = re.compile(r"[‘'](?<![\w‘’'][‘'])(?=\w)")
_DOUBLE_OPEN = re.compile(r"[“\"](?<![\w“”\"][“\"])(?=\w)")


def _british(text: str) -> bool:
    """Single marks open quotations more than twice as often as double ones."""
    singles = len(_SINGLE_OPEN.findall(text))
    if singles < 2:  # most texts: no need to count the double marks
        return False
    return singles > 2 * len(_DOUBLE_OPEN.findall(text))


def _find(text: str, paragraphs: tuple[Span, ...], british: bool = False) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    carry = carry_single = False
    for index, para in enumerate(paragraphs):
        if _DOUBLE.search(text, para.start, para.end) is None:
            carry = False  # most paragraphs: nothing to pair
            doubles: list[QuoteSpan] = []
        else:
            doubles, carry = _double_pieces(text, para, index, carry, MAX_QUOTES - len(out))
        has_single = _SINGLE.search(text, para.start, para.end) is not None
        if british and has_single:  # ‘… “…” …’: the double-quoted piece is inside the single one
            nxt = paragraphs[index + 1].start if index + 1 < len(paragraphs) else -1
            singles, carry_single = _single_pieces(text, para, index, [], carry_single,
                                                   nxt != -1 and text[nxt] == "‘")
            doubles = [d for d in doubles if not any(s.start < d.end and d.start < s.end for s in singles)]
        else:
            singles = _single_pieces(text, para, index, doubles)[0] if has_single else []
            carry_single = False
        out.extend(sorted(doubles + singles, key=lambda q: q.start) if singles else doubles)
        if len(out) >= MAX_QUOTES:
            return out[:MAX_QUOTES]
    return out


_WORD_CHAR = re.compile(r"[^\s,.]")


def mask(text: str, spans: list[QuoteSpan], fill: str = "\u2592", works: frozenset[int] = frozenset()) -> str:
    """The text with every quotation (marks included) blanked out, offsets unchanged. The spans at
    the indexes in ``works`` (names of works inside a sentence) become lowercase words instead, with
    their spaces and commas, so that the clause around them reads on."""
    parts: list[str] = []
    pos = 0
    for i, q in enumerate(spans):
        parts.append(text[pos:q.start])
        if i in works:
            parts.append(_WORD_CHAR.sub("x", text[q.start:q.end]))
        else:
            parts.append(fill * (q.end - q.start))
        pos = q.end
    parts.append(text[pos:])
    return "".join(parts)
