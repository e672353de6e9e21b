"""A date interval shown at its true precision: "2014", "Nov 2021", "Tue 23 Nov 2021", "Q4 2021"...

The interval ``[earliest, latest]`` (inclusive days) decides the shape; the granularity is a hint for
the shapes an interval alone cannot tell apart (a week, a quarter, a half, a season). An interval that
matches no calendar unit exactly is shown as an approximation ("~ early Nov 2021").
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAY_ABBR: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_SEASONS: tuple[tuple[tuple[int, ...], str], ...] = (
    ((3, 4, 5), "Spring"), ((6, 7, 8), "Summer"), ((9, 10, 11), "Autumn"), ((12, 1, 2), "Winter"),
)
_THIRDS: tuple[tuple[int, int, str], ...] = ((1, 10, "early"), (11, 20, "mid"), (21, 31, "late"))
UNDATED = "undated"


def month_abbr(month: int) -> str:
    return MONTH_NAMES[month - 1][:3]


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def day_label(d: date, *, weekday: bool = False) -> str:
    """``23 Nov 2021``, or ``Tue 23 Nov 2021`` with the weekday."""
    text = f"{d.day} {month_abbr(d.month)} {d.year}"
    return f"{WEEKDAY_ABBR[d.weekday()]} {text}" if weekday else text


def _month_label(d: date) -> str:
    return f"{month_abbr(d.month)} {d.year}"


def _is_month(a: date, b: date) -> bool:
    return a.day == 1 and b == month_end(a.year, a.month)


def _whole_months(a: date, b: date) -> bool:
    return a.day == 1 and b == month_end(b.year, b.month)


def _whole_years(a: date, b: date) -> bool:
    return (a.month, a.day) == (1, 1) and (b.month, b.day) == (12, 31)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _hinted(a: date, b: date, granularity: str) -> str | None:
    """Shapes only the granularity can name: week, quarter, half, season."""
    if granularity == "week" and a.weekday() == 0 and b - a == timedelta(days=6):
        return f"week of {day_label(a)}"  # not "W09 2026": general readers do not count ISO weeks
    if a.year != b.year or not _whole_months(a, b):
        return None
    months = b.month - a.month + 1
    if granularity == "quarter" and months == 3 and a.month % 3 == 1:
        return f"Q{a.month // 3 + 1} {a.year}"
    if granularity == "half" and months == 6 and a.month in (1, 7):
        return f"H{1 if a.month == 1 else 2} {a.year}"
    return None


def _season(a: date, b: date) -> str:
    mid = a + (b - a) / 2
    name = next(label for months, label in _SEASONS if mid.month in months)
    return f"{name} {mid.year}"


def _exact(a: date, b: date) -> str | None:
    """Intervals that are whole calendar units (or runs of them)."""
    if a == b:
        return day_label(a, weekday=True)
    if _is_month(a, b):
        return _month_label(a)
    if _whole_years(a, b):
        years = b.year - a.year + 1
        if years == 1:
            return str(a.year)
        if years == 10 and a.year % 10 == 0:
            return f"{a.year}s"
        if years == 100 and a.year % 100 == 0:
            return f"{_ordinal(a.year // 100 + 1)} century"
        return f"{a.year}–{b.year}"
    if _whole_months(a, b):
        if a.year == b.year:
            return f"{month_abbr(a.month)} – {_month_label(b)}"
        return f"{_month_label(a)} – {_month_label(b)}"
    return None


def _day_range(a: date, b: date) -> str:
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {_month_label(b)}"
    if a.year == b.year:
        return f"{a.day} {month_abbr(a.month)} – {day_label(b)}"
    return f"{day_label(a)} – {day_label(b)}"


def _approximate(a: date, b: date) -> str:
    if (a.year, a.month) == (b.year, b.month):
        for first, last, word in _THIRDS:
            if first <= a.day and b.day <= last:
                return f"~ {word} {_month_label(a)}"
        return f"~ {_month_label(a)}"
    if a.year == b.year:
        return f"~ {month_abbr(a.month)} – {_month_label(b)}"
    return f"~ {a.year}–{b.year}"


def format_when(earliest: date | None, latest: date | None, granularity: str = "none") -> str:
    """The interval in words at the precision it really has."""
    if earliest is None and latest is None:
        return UNDATED
    if earliest is None:
        assert latest is not None
        return f"until {day_label(latest)}"
    if latest is None:
        return f"from {day_label(earliest)}"
    a, b = min(earliest, latest), max(earliest, latest)
    hinted = _hinted(a, b, granularity)
    if hinted is not None:
        return hinted
    if granularity == "season" and a != b:
        return _season(a, b)
    exact = _exact(a, b)
    if exact is not None:
        return exact
    if granularity in ("day", "time"):
        return _day_range(a, b)
    return _approximate(a, b)
