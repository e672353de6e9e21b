"""Ranges said with two ends (``from 2009 to 2011``, ``between March and May``, ``2009-2010``).

Each end stays its own expression with its own value, as in TimeML (and the gold), but both ends
are given the days of the whole range as ``earliest``/``latest``: whatever dates a sentence from
either end (its event, a date filter) then covers the range, not just one end of it.

A range needs its opener (``from``, ``between``) before the first end and a joining word that
opener allows (``to``, ``until``, ``and``, a dash) between the ends; without an opener, a dash,
``to``, ``through`` or ``until`` joins two ends of the same granularity (``Monday to Friday``).
When the second end would fall before the first, the end said without a year moves a year (a
weekday a week): the first back in a past clause (``ran from November to February``), else the
second on (``will run from November to February``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from ..model import TimeExpression
from .calendar import DAY_VALUE
from .clockday import day_said_re
from .ranges import bounds
from .vocab import vocab

_OPENER = re.compile(r"(?i:\b(from|between))\s+$")
_JOIN = re.compile(r"\s*(-|\u2013|\u2014|(?i:to|until|till|through|thru|into|and))\s*")
_YEAR_FIRST = re.compile(r"\d{4}(?=-|$)")
_BARE_CLOCK = re.compile(r"(?i)\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?|noon|midnight")
_DAY_TIME = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)")


def _joined(text: str, a: TimeExpression, b: TimeExpression) -> bool:
    """Whether ``a`` and ``b`` are the two ends of one range."""
    join = _JOIN.fullmatch(text, a.end, b.start)
    if join is None:
        return False
    word = join.group(1).lower()
    opener = _OPENER.search(text, max(0, a.start - 12), a.start)
    if opener is not None:
        return word in vocab().range_openers[opener.group(1).lower()]
    return word in vocab().range_joiners and a.granularity == b.granularity


def _days(t: TimeExpression) -> tuple[date, date] | None:
    """The days of a calendar end (not a reference such as ``now``), or None."""
    if t.type not in ("DATE", "TIME") or t.value is None or t.value.endswith("_REF"):
        return None
    if t.earliest is None or t.latest is None:
        return None
    return t.earliest, t.latest


def _moved(t: TimeExpression, step: int, published: date | None) -> TimeExpression | None:
    """An end said without its year moved ``step`` cycles: a weekday by weeks, a clock time alone by
    days, anything else by years; None when it has a year of its own or cannot move."""
    if not t.relative or t.value is None or _YEAR_FIRST.match(t.value) is None:
        return None
    named = {w.rstrip(".,") for w in t.text.split()}
    v = vocab()
    try:
        if t.granularity in ("day", "time") and named & v.weekdays.keys() and not named & v.months.keys():
            day = date.fromisoformat(t.value[:10]) + timedelta(days=7 * step)
            value = day.isoformat() + t.value[10:]
        elif t.granularity == "time" and not named & v.months.keys():
            day = date.fromisoformat(t.value[:10]) + timedelta(days=step)  # "between 7 a.m. and 7 p.m.":
            value = day.isoformat() + t.value[10:]  # a clock time said alone moves by a day, not a year
        else:
            value = f"{int(t.value[:4]) + step:04d}{t.value[4:]}"
    except (ValueError, OverflowError):
        return None
    earliest, latest, granularity = bounds(value, published)
    if earliest is None or latest is None or granularity != t.granularity:
        return None
    return replace(t, value=value, earliest=earliest, latest=latest)


def _forward(a: TimeExpression, b: TimeExpression, past: bool,
             published: date | None) -> tuple[TimeExpression, TimeExpression] | None:
    """The ends in order, moving the one said without a year (the first back when the clause
    points to the past and the range does not start on the day of publication, else the second
    on); None when they cannot be put in order."""
    moves = ((_moved(a, -1, published), b), (a, _moved(b, 1, published)))
    days = _days(a)
    # "imposed a curfew from 9 p.m. Monday to 6 a.m. Tuesday", said Monday, or "issued a warning,
    # forecasting snow from Saturday evening through midday Sunday", said Friday: a range that starts
    # on the day of publication or after it (as its first end was read) runs on from there
    from_now = days is not None and published is not None and days[0] >= published
    for first, second in (moves if past and not from_now else moves[::-1]):
        if first is None or second is None:
            continue
        days_a, days_b = _days(first), _days(second)
        if days_a is not None and days_b is not None and days_a[0] <= days_b[1]:
            return first, second
    return None


def link(text: str, times: list[TimeExpression], published: date | None,
         past: Callable[[TimeExpression], bool]) -> list[TimeExpression]:
    """``times`` (in text order) with the two ends of every range covering the whole range;
    ``past`` tells whether an expression's clause points to the past."""
    out = list(times)
    for i in range(len(out) - 1):
        out[i] = _clock_on_day(text, _clock_of_day_after(text, out[i], out[i + 1], published), out[i + 1],
                               published)
        a, b = out[i], out[i + 1]
        a_days, b_days = _days(a), _days(b)
        if a_days is None or b_days is None or not _joined(text, a, b):
            continue
        if b_days[1] < a_days[0]:
            ordered = _forward(a, b, past(b), published)
            if ordered is None:
                continue  # not a forward range after all
            a, b = ordered
            a_days, b_days = _days(a), _days(b)
            if a_days is None or b_days is None:
                continue
        first, last = a_days[0], max(a_days[1], b_days[1])
        out[i] = replace(a, earliest=first, latest=last)
        out[i + 1] = replace(b, earliest=min(first, b_days[0]), latest=last)
    return out


_ON = re.compile(r"\s+(?i:on)\s+")


def _clock_on_day(text: str, a: TimeExpression, b: TimeExpression, published: date | None) -> TimeExpression:
    """``by 7 p.m. on Election Day``, ``8 p.m. on the day of the vote``: a clock time said alone and
    followed by ``on`` and a day is on that day."""
    if a.type != "TIME" or b.type != "DATE" or b.value is None or DAY_VALUE.fullmatch(b.value) is None \
            or _BARE_CLOCK.fullmatch(a.text) is None or a.value is None or "T" not in a.value \
            or _ON.fullmatch(text, a.end, b.start) is None:
        return a
    value = b.value + a.value[a.value.index("T"):]
    earliest, latest, granularity = bounds(value, published)
    return replace(a, value=value, earliest=earliest, latest=latest, granularity=granularity, relative=True)


def _clock_of_day_after(text: str, a: TimeExpression, b: TimeExpression,
                        published: date | None) -> TimeExpression:
    """``between 8 p.m. and 2 a.m. Friday``, ``from 8 a.m. to 2 p.m. Saturday``: a clock time said
    alone as the first end of a range is on the day written with the second end, the day before
    when it is later in the day than the second end (the range runs over midnight)."""
    # the second end carries its day ("2 a.m. Friday") or has it written after it ("8 p.m. on Tuesday")
    dated_b = _BARE_CLOCK.fullmatch(b.text) is None or day_said_re().match(text, b.end) is not None
    if a.type != "TIME" or b.type != "TIME" or b.value is None or _BARE_CLOCK.fullmatch(a.text) is None \
            or not dated_b or a.value is None or "T" not in a.value:
        return a
    end = _DAY_TIME.match(b.value)
    if end is None or not _joined(text, a, b):
        return a
    clock = a.value[a.value.index("T"):]
    day = date.fromisoformat(end.group(1))
    if clock[1:6] > f"{end.group(2)}:{end.group(3)}":
        day -= timedelta(days=1)
    value = day.isoformat() + clock
    earliest, latest, granularity = bounds(value, published)
    return replace(a, value=value, earliest=earliest, latest=latest, granularity=granularity, relative=True)
