"""Times counted in units from another: ``two weeks ago``, ``ten years from now`` (from the
publication day), ``a year later``, ``two days earlier`` (from the time named just before)."""

from __future__ import annotations

import re

from . import calendar as cal
from .context import Context
from .found import Found, one
from .ranges import bounds
from .relative import YEAR_VALUE
from .sentences import quoted
from .vocab import vocab

_SHOWN = {"CE": "CE", "DE": "Y", "Y": "Y", "M": "M"}  # the value's unit for "N units ago / later"; else a day


def ago(m: re.Match[str], ctx: Context) -> list[Found]:
    n = vocab().number(m.group("n"))
    unit, per = vocab().unit(m.group("unit"))
    if n is not None and unit in cal.YEARS_IN and n != int(n):  # "half a century ago": 50 years
        n, unit = n * cal.YEARS_IN[unit], "Y"
    if n is None or n * per != int(n * per):  # "several years ago", "1.5 years ago"
        return one(m, "DATE", "FUTURE_REF" if m.group("ahead") else "PAST_REF", True)
    if ctx.published is None:
        return one(m, "DATE", None, True)
    count = int(n * per)  # "a fortnight ago": two weeks, told as one unit; "half a century ago": 50 years
    d = cal.shift(ctx.published, unit, count if m.group("ahead") else -count)  # "ten years from now"
    if m.group("from"):  # "One year ago today", "Fifty years ago tomorrow": that day, so many units back
        day = cal.shift(ctx.published, "D", vocab().deictic_days[m.group("from").lower()])
        return one(m, "DATE", cal.shift(day, unit, -count).isoformat(), True)
    # "two weeks ago" is that week (TimeML: 2012-W28); "a week ago", "two weeks from today" a day
    shown = "W" if unit == "W" and n > 1 and not m.group("ahead") else _SHOWN.get(unit, "D")
    return one(m, "DATE", cal.value_for(d, shown), True)


_APPOSED_AFTER = re.compile(r"\d,\s+$")  # right after a time written with digits and a comma
_ASIDE_REACH = 40  # characters from the time written to the aside on it


# the base of a change: "down 17.6 percent from August 1997", "up 3 percent from the same period of 1997"
CHANGE_FROM = re.compile(r"(?:(?:\d\s*%|\b(?i:percent|per\s+cent|points?))\s+(?i:from|on|over)"
                          r"|\b(?i:compared\s+(?:with|to)|versus|than\s+in))\s+"
                          r"(?:(?i:the\s+same\s+[a-z]+\s+(?:of|in))\s+)?$")
_DAY_UNITS = frozenset(("D", "W", "H", "MIN"))  # counted in days or less: from a day, never a month
_A_DAY = len("2026-01-01")


def shifted(m: re.Match[str], ctx: Context) -> list[Found]:
    """``a year later``, ``two days earlier``, ``a month before``: counted from the time named just
    before (this or the previous sentence), else from the publication day. ``A year earlier``
    than a quarter or a month is that quarter or month a year before (2012-Q3 -> 2011-Q3)."""
    v = vocab()
    n, (unit, per) = v.number(m.group("n")), v.unit(m.group("unit"))
    if n is None or n != int(n):  # "several years later": a date, but not one we can name
        return one(m, "DATE", None, True)
    n *= per  # "a fortnight later": two weeks
    sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
    recent = ctx.recent
    if recent is not None and _APPOSED_AFTER.search(ctx.text, max(0, m.start() - 4), m.start()) \
            and m.start() - recent[0] <= _ASIDE_REACH and ctx.text.startswith(",", m.end()):
        # "sold the station in 1983, six years later, and …": an aside on the time just written,
        # counted from an earlier one the reader knows; it names that same time
        return one(m, "DATE", recent[1], True)
    anchor_value = ctx.recent_near(m.start())
    if anchor_value is not None and ctx.recent is not None and _spoken_apart(ctx.text, ctx.recent[0], m):
        anchor_value = None  # '… than it did a decade ago." He noted that the government had promised a
        # year earlier': a speaker's time anchors no count of the writer's
    if unit == "Y" and sign < 0 and CHANGE_FROM.search(ctx.text, max(0, m.start() - 30), m.start()) \
            and not (ctx.recent is not None and ctx.within(ctx.recent[0], m.start(), 0)):
        # "industrial sales dropped 17 percent from a year earlier": the period the report is about, a
        # year back, whatever time an earlier sentence named last ("not due for refueling until the
        # fall of 2010"); not "approvals in December down 34 percent from a year earlier", its own
        anchor_value = ctx.period_in_view("Q", m.start()) or anchor_value
    if unit == "Y" and anchor_value and (part := YEAR_VALUE.fullmatch(anchor_value)) and part.group(3):
        fiscal = part.group(1) or ""  # a year before 2012-Q3: 2011-Q3; before FY1999-Q1: FY1998-Q1
        return one(m, "DATE", f"{fiscal}{int(part.group(2)) + sign * int(n):04d}{part.group(3)}", True)
    anchor = bounds(anchor_value)[0] if anchor_value else ctx.published
    if anchor_value and unit in _DAY_UNITS and len(anchor_value) < _A_DAY:
        anchor = ctx.day_near(m.start(), 2) or ctx.story_day  # "two days earlier" than "in February":
        # the day in view
    if anchor is None:
        return one(m, "DATE", None, True)
    d = cal.shift(anchor, unit, sign * int(n))
    return one(m, "DATE", cal.value_for(d, _SHOWN.get(unit, "D")), True)


def _spoken_apart(text: str, at: int, m: re.Match[str]) -> bool:
    """The time at ``at`` is in someone's quoted words and the expression ``m`` in the writer's."""
    return quoted(text, at, at + 1) is not None and quoted(text, m.start(), m.end()) is None
