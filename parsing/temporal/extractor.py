"""The time-expression pass over one article: candidates, guards, resolvers, ranges (see the package)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from ..model import Span, TimeExpression
from . import calendar as cal
from . import clock as clock
from . import counted as counted
from . import deictic as deictic
from . import durations as durations
from . import fiscal as fiscal
from . import guards as guards
from . import holidays as holidays
from . import months as months
from . import relative as relative
from . import seasons as seasons
from . import values as values
from .apposition import appositives
from .context import Context, Resolver
from .found import Found
from .occasions import occasion_nights
from .parts import parts_of_day
from .patterns import scan
from .ranges import expression, numbered
from .sentences import Sentences
from .spans import link
from .tense import PAST, Tense
from .weekends import weekends_of

_RESOLVERS: dict[str, Resolver] = {
    "date_mdy": values.full_date, "date_dmy": values.full_date, "iso": values.full_date,
    "slash": values.full_date, "time": clock.time_of_day, "month_year": months.month_year,
    "month_day": values.month_day, "quarter": relative.quarter, "fiscal": fiscal.fiscal,
    "decade": values.decade, "century": values.century, "era": values.era, "ago": counted.ago,
    "rel_unit": relative.rel_unit, "season": seasons.season, "weekday": deictic.weekday,
    "deictic": deictic.deictic, "ref": deictic.ref, "duration": durations.duration,
    "set": durations.every, "year_range": values.year_range, "year": values.year,
    "month": months.month, "month_week": months.month_week, "same_day": deictic.same_day,
    "holiday": holidays.holiday, "run": deictic.run, "anaphor": relative.anaphor,
    "period_anaphor": relative.period_anaphor, "new_year": values.new_year, "day_ordinal": values.day_ordinal,
}


_WRITTEN_YEAR = frozenset({"date_mdy", "date_dmy", "iso", "slash", "month_year", "year"})


def _comparison(rule: str, m: re.Match[str]) -> bool:
    """``a year earlier``, ``the same period last year``: a period compared with the one in view,
    which stays the one a later comparison counts from (``… from a year earlier … compared with the
    same period last year``: both the quarter before the one reported)."""
    if counted.CHANGE_FROM.search(m.string, max(0, m.start() - 40), m.start()) is not None:
        return True  # "down 17.6 percent from August 1997": the base of a change, not the period reported
    groups = m.groupdict()
    if rule == "duration":
        return (groups.get("dir") or "").lower() in ("earlier", "before")
    return rule == "rel_unit" and bool(groups.get("unit3"))


def _resolve(rule: str, m: re.Match[str], ctx: Context) -> list[Found]:
    try:
        return _RESOLVERS[rule](m, ctx)
    except (ValueError, OverflowError):  # arithmetic beyond year 1..9999 (e.g. a year-1 anchor)
        return [Found(m.start(), m.end(), "DATE", None, True)]


def _expression(text: str, found: Found, n: int, published: date | None) -> TimeExpression:
    return expression(text, found.start, found.end, found.type, found.value, found.relative, n, published)


_CALENDAR_DATE = re.compile(r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b")  # June 30, 2 July


def _dated_clocks(text: str, out: list[TimeExpression]) -> list[TimeExpression]:
    """A clock time and the date written straight after it, with no ``on`` or comma between
    (``midnight June 30``, ``12:01 a.m. Oct. 1``), are one expression, as a clock time and its
    weekday are (``6 a.m. Tuesday``): the clock time's, when it is on that day."""
    joined: list[TimeExpression] = []
    for t in out:
        before = joined[-1] if joined else None
        if before is not None and before.type == "TIME" and t.type == "DATE" and before.value and t.value \
                and cal.DAY_VALUE.fullmatch(t.value) and before.value.startswith(t.value + "T") \
                and _CALENDAR_DATE.match(t.text) is not None \
                and text[before.end:t.start].isspace() and "\n" not in text[before.end:t.start]:
            joined[-1] = replace(before, end=t.end, text=text[before.start:t.end])
            continue
        joined.append(t)
    return numbered(joined) if len(joined) < len(out) else out


def extract(text: str, sentences: tuple[Span, ...], published: date | None) -> tuple[TimeExpression, ...]:
    """Every time expression in ``text``, in order, with ids t1, t2, ...

    Any ``published`` day is accepted (a datetime counts as its day); arithmetic that would leave
    the calendar (before year 1, after 9999) keeps the expression with no value."""
    if isinstance(published, datetime):
        published = published.date()
    ctx = Context(text, published, Sentences(text, sentences), Tense(text))
    out: list[TimeExpression] = []
    for rule, m in scan(text):
        if out and m.start() < out[-1].end:
            continue  # inside an expression that ran past its match ("the last three months of 2009")
        if not guards.plausible(rule, m, text):
            continue
        for found in (deictic.part_of(f, text) for f in _resolve(rule, m, ctx)):
            value = found.value
            if found.type in ("DATE", "TIME") and value and (value[0].isdigit() or value.startswith("FY")) \
                    and not _comparison(rule, m):
                ended = cal.period_ended(text, found.start, value) if value[0].isdigit() else None
                period, named = ended if ended is not None else (None, None)
                if period is not None and named is not None and (not out or out[-1].end <= named[0]):
                    # "the quarter" of "the quarter ended Sept. 29": the quarter that day closes
                    quarter = Found(named[0], named[1], "DATE", period, False)
                    out.append(_expression(text, quarter, len(out) + 1, published))
                if period is not None or not (out and out[-1].value and out[-1].value.startswith("FY")
                                              and cal.closes_period(text, found.start)):
                    ctx.recent = (found.start, period or value)  # not "Oct. 31" of "its fiscal quarter
                    # ended Oct. 31": what "a year earlier" counts from is still the fiscal quarter
                ctx.note_period(found.start, period or value)
                ctx.recent_written = not found.relative
                if rule in _WRITTEN_YEAR:
                    ctx.focus_year = (found.start, int(value[:4]))
            out.append(_expression(text, found, len(out) + 1, published))
    out = appositives(text, occasion_nights(parts_of_day(_dated_clocks(text, out), ctx), text))
    out = weekends_of(text, out)
    return tuple(link(text, out, published, lambda t: ctx.direction(t.start, t.end) == PAST))
