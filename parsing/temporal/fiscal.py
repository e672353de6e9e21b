"""Fiscal periods: ``fiscal 1998`` (FY1998), ``the 2012-13 financial year`` (FY2013), and a quarter or
half said of a fiscal year (``the fiscal first quarter``, ``the first quarter of fiscal 1989``):
FY1999-Q1, TIMEX-style.

A fiscal quarter's year is the fiscal year's, named for the calendar year it ends in. When the text
gives the day the quarter ended (``its fiscal first quarter ended Oct. 31``), that year is counted
from it: the quarters still to come in the fiscal year run on past that day (Q1 ended Oct. 31, 1998:
the year ends in July 1999, FY1999). Otherwise it is the year the quarter itself was read in.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from . import calendar as cal
from .context import Context
from .found import Found, one
from .tense import PAST
from .vocab import alternation, vocab


def fiscal(m: re.Match[str], ctx: Context) -> list[Found]:
    """``fiscal 1998``, ``FY98``, ``the 2012-13 financial year``, ``last fiscal year``."""
    start, end = m.group("ystart") or m.group("ystart2"), m.group("yend") or m.group("yend2")
    if start and end:  # "the 2012-13 financial year": FY2013
        y1, y2 = int(start), int(start[:2] + end)
        return one(m, "DATE", f"FY{y2}") if y2 == y1 + 1 else []
    year = m.group("year") or m.group("year2") or m.group("year3")
    if year:
        y = int(year)
        return one(m, "DATE", f"FY{y + 2000 if y < 100 else y}")
    if ctx.published is None:
        return one(m, "DATE", None, True)
    off = {"last": -1, "previous": -1, "next": 1}.get((m.group("rel") or "").lower(), 0)  # the: this one
    return one(m, "DATE", f"FY{current_fiscal_year(ctx.published) + off}", True)


def current_fiscal_year(published: date) -> int:
    """The fiscal year under way on ``published``, named for the calendar year it ends in: from
    October, the next calendar year's (a year from October, as the US federal one, or from July, as
    most states' and cities', has begun by then); before, this year's."""
    return published.year + (1 if published.month >= 10 else 0)


@cache
def _ended() -> re.Pattern[str]:
    return re.compile(rf",?\s+(?:(?:that|which)\s+)?(?i:ended|ending|ends|closed){_end_day()}")


@cache
def _period_ended() -> re.Pattern[str]:
    """``… Net income for the three months ended Sept. 30``, ``for the quarter, which ended March 31``:
    the quarter's end, written a sentence on."""
    return re.compile(rf"\b(?i:three\s+months|quarter),?\s+(?:(?:that|which)\s+)?(?i:ended|ending)"
                      rf"{_end_day()}")


def _end_day() -> str:
    """The day a period ended on, after its verb: `` Sept. 30``, `` on June 30, 2008``."""
    months = alternation(vocab().months)
    return rf"\s+(?:on\s+)?(?P<mon>{months})\s*(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?\b"


_REACH = 300  # characters after the quarter within which its end may be written


def is_fiscal(m: re.Match[str]) -> bool:
    """The quarter or half is said of a fiscal year (``fiscal first quarter``, ``… of fiscal 1989``)."""
    return any(m.groupdict().get(g) for g in ("fisc1", "fisc2", "fisc3", "fyear"))


def fiscal_period(m: re.Match[str], ctx: Context, kind: str, n: int, calendar_year: int) -> str:
    """The FY value of the ``n``-th quarter or half (``kind`` Q or H) that ``m`` names."""
    if m.group("fyear"):
        return f"FY{m.group('fyear')}-{kind}{n}"
    ended = _ended().match(ctx.text, m.end()) or _period_ended().search(ctx.text, m.end(), m.end() + _REACH)
    if ended is not None and ctx.published is not None:
        month = vocab().months[ended.group("mon")]
        day = int(ended.group("day"))
        year = int(ended.group("year")) if ended.group("year") else \
            cal.year_for(ctx.published, month, day, PAST)
        size, count = (3, 4) if kind == "Q" else (6, 2)
        fiscal_end = year * 12 + month - 1 + size * (count - n)  # the last month of the fiscal year
        return f"FY{fiscal_end // 12}-{kind}{n}"
    return f"FY{calendar_year}-{kind}{n}"
