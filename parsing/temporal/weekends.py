"""``the weekend of Nov. 29-30``: a weekend named by a day of it is one expression, the ISO week of
that day's weekend (``2008-W48-WE``), not the weekend nearest publication and a date beside it; so is
a day before ``weekend`` (``the Fourth of July weekend``, ``the July 4 holiday weekend``): the weekend
it gives its name to, as a holiday's (``calendar.holiday_weekend``)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..model import TimeExpression
from .calendar import DAY_VALUE, holiday_weekend, week
from .ranges import bounds, numbered

_OF = " of "
_DASHES = ("-", "\u2013")
_WEEKEND_AFTER = re.compile(r"\s+(?:(?i:holiday)\s+)?(?i:weekend)(?![\w-])")


def weekends_of(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """``times`` with each ``the weekend`` + ``of`` + a day (and a second day after a dash) joined."""
    out: list[TimeExpression] = []
    i = 0
    while i < len(times):
        t = times[i]
        day = times[i + 1] if i + 1 < len(times) else None
        if day is None or not _weekend(t) or text[t.end:day.start] != _OF or not _day(day):
            named = _WEEKEND_AFTER.match(text, t.end) if _day(t) and t.type == "DATE" else None
            if named is not None:  # "the Fourth of July weekend": the weekend the day names
                value = holiday_weekend(date.fromisoformat(str(t.value)))
                earliest, latest, granularity = bounds(value, None)
                t = replace(t, end=named.end(), text=text[t.start:named.end()], value=value,
                            earliest=earliest, latest=latest, granularity=granularity)
            out.append(t)
            i += 1
            continue
        last = times[i + 2] if i + 2 < len(times) else None
        second = last is not None and _day(last) and text[day.end:last.start] in _DASHES
        end = last.end if second and last is not None else day.end
        weekend = week(date.fromisoformat(str(day.value))) + "-WE"
        out.append(replace(t, end=end, text=text[t.start:end], value=weekend))
        i += 3 if second else 2
    return numbered(out) if len(out) < len(times) else out


def _weekend(t: TimeExpression) -> bool:
    return t.text.lower().endswith("weekend") and bool(t.value) and str(t.value).endswith("-WE")


def _day(t: TimeExpression) -> bool:
    return t.value is not None and DAY_VALUE.fullmatch(str(t.value)) is not None
