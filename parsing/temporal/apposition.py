"""A noun phrase in apposition to a dated time names the same time.

English sets a description beside a time expression between commas, and the two then refer to one
time: ``Yesterday, day five of the World Cup, Sweden beat …``, ``on Saturday night, the opening
night, …``, ``Opening night, January 23, 2014, of the exhibit …``. The description is a time
expression of its own with the value of the one beside it, when its head is a noun that names a day
or a part of one (``appositive_heads`` in the vocabulary) and it holds no time of its own other than
ones wholly inside it (``2018`` in ``day five of the 2018 World Cup``, which it replaces).

Only days and times are copied (a value of at least ``YYYY-MM-DD``): a year or a month set beside a
description ("2008, a year of crisis") is rarer and vaguer. The pass adds nothing where the
phrase is not closed by punctuation, so ``Friday, the day markets fell`` (a clause follows) is left.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..model import TimeExpression
from .calendar import DAY_VALUE
from .futurate import PREPOSITIONS
from .ranges import numbered
from .vocab import alternation, vocab

_TIME_PREPOSITIONS = frozenset(("after", "before", "during", "since", "until", "till", "throughout"))
_CONJUNCTIONS = frozenset(("and", "or", "but", "nor"))
_INDEFINITE = frozenset(("a", "an"))
_CLOSE = r"(?=\s*[,.;:!?)\]\"”]|\s*$)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    head = rf"(?i:{alternation(vocab().appositive_heads)})"
    # a noun phrase, not a prepositional phrase ("close on Thursday, Nov. 23, for a holiday"), a
    # second conjunct ("between Nov. 29, the day after Thanksgiving, and Christmas Eve") nor an
    # indefinite one, which says what kind of day it is ("Whit Monday, a public holiday,")
    np = (rf"(?!(?i:{alternation(PREPOSITIONS | _TIME_PREPOSITIONS | _CONJUNCTIONS | _INDEFINITE)})\s)"
          rf"(?:(?i:the|its|their|his|her|our)\s+)?(?:[\w'’-]+\s+){{0,3}}?{head}"
          r"(?:\s+(?i:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?")
    pp = r"(?:\s+(?i:of|after|before|following)\s+[^,.;:!?“”\"()\n]{1,60}?)?"
    after = re.compile(rf",\s+(?P<np>{np}{pp}){_CLOSE}")
    before = re.compile(rf"(?P<np>{np}),\s+$")
    return after, before


def _sentence_start(text: str, pos: int) -> bool:
    """Only spaces, a line break or a sentence's end before ``pos``."""
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in "\n.!?"


def appositives(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """``times`` with the descriptions set beside its dated ones added in order (ids renumbered)."""
    after, before = _patterns()
    found: list[tuple[int, int, TimeExpression]] = []
    for t in times:
        if not text.startswith(",", t.end) or t.value is None or not DAY_VALUE.match(t.value):
            continue  # a description is set off by commas: one after the time either way
        m = after.match(text, t.end)
        if m is not None:
            found.append((m.start("np"), m.end("np"), t))
        if text.rfind(",", max(0, t.start - 3), t.start) != -1:
            b = before.search(text, max(0, t.start - 60), t.start)
            if b is not None and _sentence_start(text, b.start("np")):
                found.append((b.start("np"), b.end("np"), t))
    if not found:
        return times
    out = list(times)
    for start, end, source in found:
        inside = [t for t in out if start <= t.start and t.end <= end]
        if any(t.start < end and t.end > start for t in out if t not in inside):
            continue  # overlaps a time it does not hold whole
        if any(t.start == start for t in inside):
            continue  # the phrase is a time expression already
        out = [t for t in out if t not in inside]
        out.append(replace(source, start=start, end=end, text=text[start:end], relative=True))
    out.sort(key=lambda t: t.start)
    return numbered(out)
