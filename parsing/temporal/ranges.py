"""The days a TIMEX3-style value may cover (earliest, latest) and its granularity."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from ..model import Granularity, TimeExpression, TimeType
from .vocab import vocab

Bounds = tuple[date | None, date | None, Granularity]

_DAY = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?P<t>T.*)?")
_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)")
_WEEK = re.compile(r"(?P<y>\d{4})-W(?P<w>\d\d)(?P<we>-WE)?")
_PART = re.compile(r"(?P<y>\d{4})-(?P<kind>[QH])(?P<n>[1-4])")
_SEASON = re.compile(r"(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)")
_YEAR = re.compile(r"(?:FY)?(?P<y>\d{4})")
_DECADE = re.compile(r"(?P<d>\d{3})")
_CENTURY = re.compile(r"(?P<c>\d\d)")
_NONE: Bounds = (None, None, "none")


def _last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _months(y: int, first: int, last: int) -> tuple[date, date]:
    """First day of month ``first`` to the last day of month ``last`` (``last < first`` wraps a year)."""
    end_year = y + 1 if last < first else y
    return date(y, first, 1), _last_day(end_year, last)


def numbered(times: list[TimeExpression]) -> list[TimeExpression]:
    """``times`` with their ids in order again (t1, t2, …), after a pass added, joined or dropped some."""
    return [replace(t, id=f"t{i}") for i, t in enumerate(times, 1)]


def expression(text: str, start: int, end: int, type_: TimeType, value: str | None, relative: bool,
               n: int, published: date | None) -> TimeExpression:
    """The ``n``-th time expression of ``text``, dates and times with their calendar bounds: the one
    place a TimeExpression is made from what a rule found."""
    if type_ in ("DATE", "TIME"):
        earliest, latest, granularity = bounds(value, published)
    else:
        earliest, latest, granularity = None, None, "none"
    return TimeExpression(id=f"t{n}", start=start, end=end, text=text[start:end], type=type_, value=value,
                          earliest=earliest, latest=latest, granularity=granularity, relative=relative)


def bounds(value: str | None, published: date | None = None) -> Bounds:
    """Earliest and latest day and the granularity of a DATE/TIME value (None where unbounded)."""
    if not value:
        return _NONE
    try:
        return _bounds(value, published)
    except (ValueError, OverflowError):  # out-of-range calendar values
        return _NONE


def _bounds(value: str, published: date | None) -> Bounds:
    if value == "PRESENT_REF":
        return published, published, "none"
    if value == "PAST_REF":
        return None, published, "none"
    if value == "FUTURE_REF":
        return published, None, "none"
    if m := _DAY.fullmatch(value):
        d = date(int(m["y"]), int(m["m"]), int(m["d"]))
        return d, d, "time" if m["t"] else "day"
    if m := _MONTH.fullmatch(value):
        first, last = _months(int(m["y"]), int(m["m"]), int(m["m"]))
        return first, last, "month"
    if m := _WEEK.fullmatch(value):
        monday = date.fromisocalendar(int(m["y"]), int(m["w"]), 1)
        if m["we"]:
            return monday + timedelta(days=5), monday + timedelta(days=6), "week"
        return monday, monday + timedelta(days=6), "week"
    if m := _PART.fullmatch(value):
        size = 3 if m["kind"] == "Q" else 6
        first_month = (int(m["n"]) - 1) * size + 1
        first, last = _months(int(m["y"]), first_month, first_month + size - 1)
        return first, last, "quarter" if m["kind"] == "Q" else "half"
    if m := _SEASON.fullmatch(value):
        first_month, last_month = vocab().season_months[m["s"]]
        first, last = _months(int(m["y"]), first_month, last_month)
        return first, last, "season"
    if m := _YEAR.fullmatch(value):
        y = int(m["y"])
        return date(y, 1, 1), date(y, 12, 31), "year"
    if m := _DECADE.fullmatch(value):
        y = int(m["d"]) * 10
        return date(max(1, y), 1, 1), date(y + 9, 12, 31), "decade"
    if m := _CENTURY.fullmatch(value):
        y = int(m["c"]) * 100
        return date(max(1, y), 1, 1), date(y + 99, 12, 31), "century"
    if value.startswith("T"):
        return None, None, "time"
    return _NONE
