"""``the weekend of Nov. 29-30``: a weekend named by a day of it is one expression, the ISO week of
that day's weekend (``2008-W48-WE``), not the weekend nearest publication and a date beside it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..model import TimeExpression
from .calendar import DAY_VALUE, week
from .ranges import numbered

_OF = " of "
_DASHES = ("-", "\u2013")


def weekends_of(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """``times`` with each ``the weekend`` + ``of`` + a day (and a second day after a dash) joined."""
    out: list[TimeExpression] = []
    i = 0
    while i < len(times):
        t = times[i]
        day = times[i + 1] if i + 1 < len(times) else None
        if day is None or not _weekend(t) or text[t.end:day.start] != _OF or not _day(day):
            out.append(t)
            i += 1
            continue
        last = times[i + 2] if i + 2 < len(times) else None
        second = last is not None and _day(last) and text[day.end:last.start] in _DASHES
        end = last.end if second and last is not None else day.end
        weekend = week(date.fromisoformat(str(day.value))) + "-WE"
        out.append(replace(t, end=end, text=text[t.start:end], value=weekend))
        i += 3 if second else 2
    return numbered(out) if len(out) < len(times) else times


def _weekend(t: TimeExpression) -> bool:
    return t.text.lower().endswith("weekend") and bool(t.value) and str(t.value).endswith("-WE")


def _day(t: TimeExpression) -> bool:
    return t.value is not None and DAY_VALUE.fullmatch(str(t.value)) is not None
