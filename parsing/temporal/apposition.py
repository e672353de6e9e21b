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

A date set beside a weekday (``the following Wednesday, Oct. 30``) names the weekday's day:
``apposed_date``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from ..model import TimeExpression
from .calendar import DAY_VALUE, on_weekday
from .found import day_number
from .ranges import numbered
from .rules import pieces
from .vocab import alternation, vocab
from .wordclass import PREPOSITIONS

_TIME_PREPOSITIONS = frozenset(("after", "before", "during", "since", "until", "till", "throughout"))
_CONJUNCTIONS = frozenset(("and", "or", "but", "nor"))
_INDEFINITE = frozenset(("a", "an"))
_CONTRASTS = frozenset(("rather", "than", "instead", "not", "unlike"))  # "Dec. 18, rather than …"
_CLOSE = r"(?=\s*[,.;:!?)\]\"”]|\s*$)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    head = rf"(?i:{alternation(vocab().appositive_heads)})"
    # a noun phrase, not a prepositional phrase ("close on Thursday, Nov. 23, for a holiday"), a
    # second conjunct ("between Nov. 29, the day after Thanksgiving, and Christmas Eve") nor an
    # indefinite one, which says what kind of day it is ("Whit Monday, a public holiday,"), nor one
    # set against it ("Saturday, Dec. 18, rather than the day after Thanksgiving")
    excluded = PREPOSITIONS | _TIME_PREPOSITIONS | _CONJUNCTIONS | _INDEFINITE | _CONTRASTS
    np = (rf"(?!(?i:{alternation(excluded)})\s)"
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


_APPOSED_REACH = 183  # days from publication a date with no year is read within


@cache
def _date() -> str:
    """A month's day, its year or not (``Oct. 30``, ``30 October 2024``), the groups ``_on_weekday`` reads."""
    p = pieces(vocab())
    return (rf"(?:(?P<mon>{p['MON']})\s*(?P<day>{p['DAY']})|(?P<day2>{p['DAY']})(?:\s+of)?\s+"
            rf"(?P<mon2>{p['MON']}))(?:,?\s+(?P<year>{p['Y4']}))?")


@cache
def _apposed() -> re.Pattern[str]:
    return re.compile(rf",\s+(?:the\s+)?{_date()}")  # "Wednesday, Oct. 30"


@cache
def _date_before() -> re.Pattern[str]:
    return re.compile(rf"{_date()},\s+(?i:a|an)\s+$")  # "July 28, a Friday"


def apposed_date(text: str, end: int, wd: int, published: date) -> date | None:
    """``the following Wednesday, Oct. 30``: a date set beside a weekday names its day, when it falls
    on that weekday (in the year written, else within half a year of publication)."""
    return _on_weekday(_apposed().match(text, end), wd, published)


def weekday_of_date(text: str, start: int, wd: int, published: date) -> date | None:
    """``at 4:50 a.m. on July 28, a Friday, when …``: an indefinite weekday set beside a date says which
    day of the week the date was; it names the date, when the date falls on it."""
    return _on_weekday(_date_before().search(text, max(0, start - 40), start), wd, published)


def _on_weekday(m: re.Match[str] | None, wd: int, published: date) -> date | None:
    if m is None:
        return None
    mo, dd = vocab().months[m.group("mon") or m.group("mon2")], day_number(m.group("day") or m.group("day2"))
    years = [int(m.group("year"))] if m.group("year") else [published.year + k for k in (0, -1, 1)]
    fits = on_weekday(years, mo, dd, wd)
    if not m.group("year"):
        fits = [d for d in fits if abs((d - published).days) <= _APPOSED_REACH]
    return fits[0] if fits else None
