"""Holidays: ``Christmas``, ``Labor Day``, ``Easter``, ``Memorial Day weekend``, and days counted
from one (``the day after Thanksgiving``, ``the Friday before Christmas``), in the year the tense
points to."""

from __future__ import annotations

import re
from datetime import date

from . import calendar as cal
from .context import Context
from .deictic import pointing
from .found import Found, offset, one
from .tense import UNKNOWN
from .vocab import vocab


def holiday(m: re.Match[str], ctx: Context) -> list[Found]:
    """``Christmas``, ``New Year's Eve 2009``, ``Labor Day``, ``Easter``: a holiday's day (fixed, or by
    its rule: ``calendar.holiday_day``), in the year the tense points to, decided as for a month and
    day without a year (``calendar.year_for``); ``last``/``next`` before it, or no tense, decide alone.
    ``Memorial Day weekend`` is the weekend the holiday names (``calendar.holiday_weekend``)."""
    found = _holiday(m, ctx)
    value = found[0].value if found else None
    day = date.fromisoformat(value) if value and cal.DAY_VALUE.fullmatch(value) else None
    if day is not None and m.group("near"):
        wd = vocab().weekdays.get(m.group("near"))
        near = cal.beside(day, m.group("near").lower(), wd, m.group("side").lower() == "after")
        return one(m, "DATE", near, found[0].relative)
    if day is not None and m.group("weekend"):
        return one(m, "DATE", cal.holiday_weekend(day), found[0].relative)
    return found


def _holiday(m: re.Match[str], ctx: Context) -> list[Found]:
    spec = vocab().holidays[m.group("name")]
    if m.group("year"):
        return one(m, "DATE", cal.holiday_day(spec, int(m.group("year"))).isoformat())
    if ctx.published is None:
        return one(m, "DATE", None, True)
    if m.group("hyrel"):  # "Christmas Day last year": that year's
        return one(m, "DATE", cal.holiday_day(spec, ctx.published.year + (offset(m.group("hyrel")) or 0))
                   .isoformat(), True)
    off = offset(m.group("rel"))
    y = ctx.published.year
    day = cal.holiday_day(spec, y)
    if off not in (-1, 1) and ctx.direction(m.start(), m.end()) == UNKNOWN:  # "by Labor Day": the nearer one
        pub = ctx.published
        near = (cal.holiday_day(spec, y + (1 if day < pub else -1)), day)
        return one(m, "DATE", min(near, key=lambda d: abs((d - pub).days)).isoformat(), True)
    direction = pointing(off, m, ctx)
    if off == -1 and day > ctx.published:
        return one(m, "DATE", cal.holiday_day(spec, y - 1).isoformat(), True)
    if off == 1 and day < ctx.published:
        return one(m, "DATE", cal.holiday_day(spec, y + 1).isoformat(), True)
    year = cal.year_for(ctx.published, day.month, day.day, direction)
    return one(m, "DATE", (day if year == y else cal.holiday_day(spec, year)).isoformat(), True)
