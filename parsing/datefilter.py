"""The date-filter grammar of the reader's prompt: words in, an inclusive day range out.

Grammar (case-insensitive; ``newest`` is the newest article's date and anchors relative phrases)::

    filter  := ""                                   clear the filter
             | period                               that whole period
             | ["from" | "between"] period (".." | "to" | "and" | "–") period
                                                    from the first's start to the second's end
             | ("since" | "from") period            from the period's start on (inclusive)
             | "after" period                       from the day after the period ends
             | ("until" | "till") period            up to the period's end (inclusive)
             | "before" period                      up to the day before the period starts
             | ("last" | "past") [N] unit           the N units ending on ``newest`` (N defaults to 1)
    period  := YYYY | YYYY-MM | YYYY-MM-DD | YYYYs | Qn YYYY | YYYY-Qn | YYYY-Wnn
             | month YYYY | DD month YYYY | month DD[,] YYYY | "today" | "yesterday"
    unit    := day[s] | week[s] | month[s] | year[s]

``last 7 days`` is the seven days ending on ``newest``; ``last month`` is the month-long window ending on
``newest`` (not the previous calendar month), so relative phrases always include the newest article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from .when import MONTH_NAMES, day_label, format_when, month_end

_MONTHS: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)},
    **{name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, 1)},
    "sept": 9,
}
_MONTH = r"(?P<mon>[a-z]+)\.?"
_YEAR = r"(?P<y>\d{4})"
_RE = {
    "iso": re.compile(r"(?P<y>\d{4})(?:[-/](?P<m>\d{1,2})(?:[-/](?P<d>\d{1,2}))?)?"),
    "decade": re.compile(r"(?P<y>\d{3}0)'?s"),
    "quarter": re.compile(r"q(?P<q>[1-4])\s+(?P<y>\d{4})|(?P<y2>\d{4})-q(?P<q2>[1-4])"),
    "week": re.compile(r"(?P<y>\d{4})-?w(?P<w>\d{1,2})"),
    "month_year": re.compile(rf"{_MONTH},?\s+{_YEAR}"),
    "day_month_year": re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}"),
    "month_day_year": re.compile(rf"{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}"),
}
_RANGE_SEP = re.compile(r"\s*\.\.\s*|\s+(?:to|and)\s+|\s*[–—]\s*|(?<=^\d{4})-(?=\d{4}$)")
_PREFIX = re.compile(r"(?P<word>since|from|after|until|till|before)\s+(?P<rest>.+)")
_FROM = re.compile(r"^(?:from|between)\s+")
_LAST = re.compile(r"(?:last|past)\s+(?:(?P<n>\d+)\s+)?(?P<unit>day|week|month|year)s?")
_EXAMPLES = "try 2021-11, nov 2021, 23 nov 2021, 2021-11-20..2021-11-25, since 2014, last 7 days"


class DateFilterError(ValueError):
    """The filter text could not be understood; the message is one helpful line."""


@dataclass(frozen=True, slots=True)
class DateRange:
    """Inclusive days; ``None`` leaves that side open. Both open means "no filter"."""

    start: date | None
    end: date | None
    label: str

    @property
    def is_open(self) -> bool:
        return self.start is None and self.end is None

    def contains(self, earliest: date | None, latest: date | None) -> bool:
        """Whether a closed interval lies wholly in this range (an open or missing end never does)."""
        if earliest is None or latest is None:
            return False
        return (self.start is None or earliest >= self.start) and (self.end is None or latest <= self.end)

    def overlaps(self, earliest: date | None, latest: date | None) -> bool:
        """Whether an interval (``None`` = unbounded on that side) meets this range."""
        return (self.end is None or earliest is None or earliest <= self.end) and (
            self.start is None or latest is None or latest >= self.start
        )


CLEARED = DateRange(None, None, "all dates")


def _day(y: int, m: int, d: int, source: str) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise DateFilterError(f"no such day: {source!r}") from None


def _month(name: str, source: str) -> int:
    month = _MONTHS.get(name)
    if month is None:
        raise DateFilterError(f"unknown month {name!r} in {source!r} (use e.g. nov or November)")
    return month


def _calendar(kind: str, m: re.Match[str], text: str) -> tuple[date, date]:
    if kind == "iso":
        y = int(m["y"])
        if m["d"]:
            day = _day(y, int(m["m"]), int(m["d"]), text)
            return day, day
        if m["m"]:
            first = _day(y, int(m["m"]), 1, text)
            return first, month_end(y, first.month)
        return _day(y, 1, 1, text), date(y, 12, 31)
    if kind == "decade":
        y = int(m["y"])
        return _day(y, 1, 1, text), date(y + 9, 12, 31)
    if kind == "quarter":
        y, q = int(m["y"] or m["y2"]), int(m["q"] or m["q2"])
        return date(y, 3 * q - 2, 1), month_end(y, 3 * q)
    if kind == "week":
        try:
            monday = date.fromisocalendar(int(m["y"]), int(m["w"]), 1)
        except ValueError:
            raise DateFilterError(f"no such week: {text!r}") from None
        return monday, monday + timedelta(days=6)
    y, month = int(m["y"]), _month(m["mon"], text)
    if kind == "month_year":
        return date(y, month, 1), month_end(y, month)
    day = _day(y, month, int(m["d"]), text)
    return day, day


def _period(text: str, newest: date) -> tuple[date, date]:
    """The first and last day of one named period."""
    if text == "today":
        return newest, newest
    if text == "yesterday":
        return newest - timedelta(days=1), newest - timedelta(days=1)
    for kind, pattern in _RE.items():
        m = pattern.fullmatch(text)
        if m:
            return _calendar(kind, m, text)
    raise DateFilterError(f"not a date: {text!r} ({_EXAMPLES})")


def _last(m: re.Match[str], newest: date) -> tuple[date, date]:
    n = int(m["n"] or 1)
    if n < 1:
        raise DateFilterError("'last' needs a count of at least 1")
    unit = m["unit"]
    if unit in ("day", "week"):
        start = newest - timedelta(days=n * (7 if unit == "week" else 1) - 1)
    else:
        step = relativedelta(months=n) if unit == "month" else relativedelta(years=n)
        start = newest - step + timedelta(days=1)
    return start, newest


def _label(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return CLEARED.label
    if start is None:
        assert end is not None
        return f"until {day_label(end)}"
    if end is None:
        return f"from {day_label(start)}"
    if start == end:
        return day_label(start)
    return format_when(start, end, "day")  # at its precision: "2014", "Nov 2021", "20–25 Nov 2021"


def _open(word: str, first: date, final: date) -> tuple[date | None, date | None]:
    """A one-sided range from a prefix word and the period it names."""
    if word in ("since", "from"):
        return first, None
    if word == "after":
        return final + timedelta(days=1), None
    if word in ("until", "till"):
        return None, final
    return None, first - timedelta(days=1)


def _bounds(text: str, newest: date) -> tuple[date | None, date | None]:
    if len(_RANGE_SEP.split(text)) < 2:
        prefixed = _PREFIX.fullmatch(text)
        if prefixed:
            return _open(prefixed["word"], *_period(prefixed["rest"], newest))
    last = _LAST.fullmatch(text)
    if last:
        return _last(last, newest)
    parts = _RANGE_SEP.split(_FROM.sub("", text, count=1))
    if len(parts) == 2:
        start, _ = _period(parts[0], newest)
        _, end = _period(parts[1], newest)
        if end < start:
            raise DateFilterError(f"the range ends before it starts: {text!r}")
        return start, end
    if len(parts) > 2:
        raise DateFilterError(f"a range has two ends (A..B): {text!r}")
    return _period(text, newest)


def parse(text: str, newest: date) -> DateRange:
    """The range a filter text names; raises ``DateFilterError`` with a one-line reason."""
    norm = " ".join(text.lower().split())
    if not norm:
        return CLEARED
    try:
        start, end = _bounds(norm, newest)
    except DateFilterError:
        raise
    except (OverflowError, ValueError):
        raise DateFilterError(f"date out of range: {text.strip()!r}") from None
    return DateRange(start, end, _label(start, end))


ARCHIVE_AGE = timedelta(days=365)


def relative_anchor(newest: date | None, today: date) -> tuple[date, str]:
    """The day relative phrases ("last 7 days") count back from, and how to say so: today, unless
    the library's newest event is more than a year before today (an archive): then that event."""
    if newest is not None and newest < today - ARCHIVE_AGE:
        return newest, f"counted from the newest event, {day_label(newest)} (the library is over a year old)"
    return today, "counted from today"


def is_relative(text: str, anchor: date) -> bool:
    """Whether ``text`` names a range that depends on the day it counts from ("last 7 days")."""
    try:
        return parse(text, anchor) != parse(text, anchor - ARCHIVE_AGE)
    except DateFilterError:
        return False
