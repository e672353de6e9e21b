"""Calendar arithmetic for TIMEX3 values: ISO weeks, quarters, choosing a year by tense."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .tense import FUTURE, PAST


def day(d: date) -> str:
    return d.isoformat()


def month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


_WEEKDAY_CODES = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")


def holiday_day(spec: str, year: int) -> date:
    """A holiday's day in ``year`` from its rule: ``12-25`` a fixed day; ``09-01-MON`` the first
    Monday on or after September 1 (Labor Day; a 'last Monday of May' is the first on or after May
    25); ``EASTER``, ``EASTER-2`` days from Western Easter Sunday."""
    if spec.startswith("EASTER"):
        return easter(year) + timedelta(days=int(spec[6:] or 0))
    mo, dd, *wd = spec.split("-")
    d = date(year, int(mo), int(dd))
    if wd:
        d += timedelta(days=(_WEEKDAY_CODES.index(wd[0]) - d.weekday()) % 7)
    return d


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


YEARS_IN = {"DE": 10, "CE": 100}  # the years of a decade and of a century


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (CE, DE, Y, Q, M, W, D, H counted from noon)."""
    if unit == "Y":
        return d + relativedelta(years=n)
    if unit in YEARS_IN:
        return d + relativedelta(years=YEARS_IN[unit] * n)
    if unit == "Q":
        return d + relativedelta(months=3 * n)
    if unit == "M":
        return d + relativedelta(months=n)
    if unit == "W":
        return d + timedelta(weeks=n)
    if unit == "H":
        return (datetime.combine(d, time(12)) + timedelta(hours=n)).date()
    return d + timedelta(days=n)


def value_for(d: date, unit: str) -> str:
    """The value naming the ``unit`` around ``d``: 2021, 2021-11, 2021-W47, 202, 20, 2021-Q4, day."""
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "M":
        return month(d)
    if unit == "W":
        return week(d)
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    return day(d)


def weekday(anchor: date, wd: int, direction: int, strict: bool = False) -> date:
    """The day with weekday ``wd``: PAST -> on or before ``anchor``, FUTURE -> on or after it
    (``strict``: never ``anchor`` itself, as in "last Monday" / "next Monday")."""
    if direction == FUTURE:
        ahead = (wd - anchor.weekday()) % 7 or (7 if strict else 0)
        return anchor + timedelta(days=ahead)
    back = (anchor.weekday() - wd) % 7 or (7 if strict else 0)
    return anchor - timedelta(days=back)


def this_week(anchor: date, wd: int, direction: int) -> date:
    """``this Thursday`` said on ``anchor``: the day of ``anchor``'s week (Monday to Sunday), in a
    past clause too ("released ahead of its print publication this Thursday", said on a Monday);
    a day of the week already gone that a future clause names is next week's."""
    d = anchor + timedelta(days=wd - anchor.weekday())
    return d + timedelta(weeks=1) if direction == FUTURE and d < anchor else d


def next_week(anchor: date, wd: int) -> date:
    """``next Thursday`` said on ``anchor``: the day of the week after ``anchor``'s (Monday to Sunday),
    so said on a Wednesday it is eight days on, not tomorrow ("this Thursday", "Thursday")."""
    return anchor + timedelta(days=7 - anchor.weekday() + wd)


def weekend(anchor: date, direction: int) -> str:
    """The ISO week of the weekend meant by "this weekend" said on ``anchor``."""
    if anchor.weekday() >= 5 or direction != PAST:
        return week(anchor) + "-WE"
    return week(anchor - timedelta(days=anchor.weekday() + 1)) + "-WE"


def holiday_weekend(day: date) -> str:
    """The weekend a holiday gives its name to (``Memorial Day weekend``): the one before a Monday or
    Tuesday holiday, the one after a holiday later in the week (``the Thanksgiving weekend``)."""
    if day.weekday() <= 1:
        return week(day - timedelta(days=day.weekday() + 1)) + "-WE"
    return week(day + timedelta(days=max(0, 5 - day.weekday()))) + "-WE"


def beside(day: date, unit: str, wd: int | None, after: bool) -> str:
    """``the day after`` / ``the Friday before`` / ``the weekend after`` / ``the week before`` a day:
    the next or last such day or span that does not hold it."""
    step = 1 if after else -1
    if wd is not None:  # the first such weekday strictly after (before) the day
        gap = (wd - day.weekday()) % 7 if after else (day.weekday() - wd) % 7
        return (day + timedelta(days=step * (gap or 7))).isoformat()
    if unit == "day":
        return (day + timedelta(days=step)).isoformat()
    if unit == "week":
        return week(day + timedelta(weeks=step))
    # the weekend after: the one whose Saturday comes next; before: the one whose Sunday went last
    edge = day + timedelta(days=(5 - day.weekday()) % 7 or 7) if after else \
        day - timedelta(days=(day.weekday() - 6) % 7 or 7)
    return week(edge) + "-WE"


def new_year(published: date) -> int:
    """The year ``the new year`` names: the one about to begin in a year's second half, else the one
    just begun."""
    return published.year + (1 if published.month >= 7 else 0)


_FAR_BACK = 240  # days


def year_for(anchor: date, month: int, day: int, direction: int, day_named: bool = True) -> int:
    """The year of a month (and day) without one: the publication year, unless that puts a past
    event well after publication (or a future one well before it), or, with no tense, a day named
    well before it (a month alone may be a habit's: "Sales peak in March")."""
    y = anchor.year
    gap = (date(y, month, min(day, 28)) - anchor).days
    if gap > (60 if direction == PAST else 183 if direction != FUTURE else 366):
        return y - 1
    if (direction == FUTURE and gap < -60) or (day_named and direction not in (PAST, FUTURE)
                                                 and gap < -_FAR_BACK):
        return y + 1  # with no tense, one within four months ahead rather than eight or more back: "Ask
        # me on Jan. 10", said on Dec. 30, is next month's
    return y


DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")  # a value precise to the day (a TIME's too)

_PERIOD_MONTHS = {"three": 3, "3": 3, "six": 6, "6": 6, "twelve": 12, "12": 12}
# "the three months ended Dec. 31", "its fiscal quarter ended Oct. 31", "the year to June 30", "Its
# fiscal year ends Jan. 30": a period reported on and the day that closes it
_PERIOD_ENDED = re.compile(
    r"\b(?:(?P<n>(?i:three|six|twelve)|3|6|12)\s+months"
    r"|(?P<q>(?i:the|its|their)\s+(?:(?i:fiscal|latest)\s+)?(?:(?i:first|second|third|fourth)[-\s]+)?"
    r"(?:(?i:fiscal)\s+)?quarter)|(?i:quarter|year|half|period|months|weeks))"
    r"\s+(?P<that>(?i:that|which)\s+)?(?P<verb>(?i:ended|ending|ends|to|through))\s+(?P<on>(?i:on)\s+)?$")
_LAST_WEEK_OF_MONTH = 24  # a fiscal quarter may close on the last Saturday of its month ("ended Sept. 29")


def closes_period(text: str, start: int) -> bool:
    """The day at ``start`` is the one a reporting period ended on (``its fiscal quarter ended …``,
    ``the year to June 30``, ``Its fiscal year ends Jan. 30``)."""
    return _PERIOD_ENDED.search(text, max(0, start - 40), start) is not None


def period_ended(text: str, start: int, value: str) -> tuple[str, tuple[int, int] | None] | None:
    """``the three months ended Dec. 31``, ``the quarter ended Sept. 29``: a reporting period that a
    day closes is the quarter (the half, the year) it ends, when that day ends one (for a quarter,
    falls in the last week of its last month): 2025-Q4. What a later ``a year earlier`` or ``the
    same period`` counts from. With it, the span of a bare ``the quarter`` that names the period
    (a time expression of its own), else None."""
    if len(value) != 10 or value[5:7] not in ("03", "06", "09", "12"):
        return None
    m = _PERIOD_ENDED.search(text, max(0, start - 40), start)
    verb = m.group("verb").lower() if m is not None else ""
    if m is None or not (m.group("q") or m.group("n")) or verb == "ends" \
            or ((m.group("that") or m.group("on")) and verb != "ended"):
        return None  # a year, a half, a period; "before the quarter ends on Thursday": none named (but
        # "the quarter that ended Sept. 28" is closed)
    d = date.fromisoformat(value)
    months = 3 if m.group("q") else _PERIOD_MONTHS[m.group("n").lower()]
    month_end = (d + timedelta(days=1)).day == 1
    if d.month % months or not (month_end or (m.group("q") and d.day >= _LAST_WEEK_OF_MONTH)):
        return None  # not the end of a quarter (a half, a year)
    if months == 3:
        return f"{d.year:04d}-Q{d.month // 3}", (m.span("q") if m.group("q") else None)
    return (f"{d.year:04d}-H{d.month // 6}" if months == 6 else f"{d.year:04d}"), None


def on_weekday(years: Iterable[int], mo: int, dd: int, wd: int) -> list[date]:
    """The days ``mo``/``dd`` of ``years`` (in that order) that fall on weekday ``wd`` (Monday 0);
    a day a year lacks (29 February) is skipped."""
    out = []
    for y in years:
        try:
            d = date(y, mo, dd)
        except ValueError:
            continue
        if d.weekday() == wd:
            out.append(d)
    return out


def weekdays_in(y: int, mo: int, wd: int) -> list[date]:
    """Every day of month ``mo`` of ``y`` that falls on weekday ``wd`` (Monday 0)."""
    days = (date(y, mo, 1) + timedelta(days=i) for i in range(31))
    return [d for d in days if d.month == mo and d.weekday() == wd]
