"""Resolvers for durations (``three years`` -> P3Y) and sets (``every year``, ``weekly``)."""

from __future__ import annotations

import re
from datetime import timedelta

from . import calendar as cal
from .context import Context
from .counted import shifted
from .found import Found, one
from .vocab import vocab

_SCALE = {unit: (years, "Y") for unit, years in cal.YEARS_IN.items()}
_CLOCK = {"H": "H", "MIN": "M", "S": "S"}
_SMALLER = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S")}  # half a year: P6M


def period(n: float | None, unit: str) -> str:
    """ISO 8601 / TIMEX3 period: P3Y, P2.5Y, PT30M, P10Y for a decade, PXY when vague."""
    if n is None:
        amount = "X"
        unit = {"DE": "DE", "CE": "CE"}.get(unit, unit)
    else:
        scale, unit = _SCALE.get(unit, (1, unit))
        n *= scale
        if 0 < n < 1 and unit in _SMALLER and (n * _SMALLER[unit][0]) == int(n * _SMALLER[unit][0]):
            n, unit = n * _SMALLER[unit][0], _SMALLER[unit][1]  # "half an hour": PT30M
        amount = str(int(n)) if n == int(n) else f"{n:g}"
    if unit in _CLOCK:
        return f"PT{amount}{_CLOCK[unit]}"
    return f"P{amount}{unit}"


_CALENDAR = frozenset({"CE", "DE", "Y", "M", "W", "D"})
_YEAR_LIKE = re.compile(r"1[6-9]\d\d|20\d\d")


def duration(m: re.Match[str], ctx: Context) -> list[Found]:
    v = vocab()
    unit, per = v.unit(m.group("unit"))
    end = m.end()
    if m.group("dir"):  # "a year later,": a date, unless the amount is not a calendar one
        if unit in _CALENDAR and not m.group("pre") and "and a half" not in m.group(0):
            return shifted(m, ctx)
        if unit in ("H", "MIN") and not m.group("pre"):
            clock = _after_clock(m, ctx, unit)
            if clock is not None:  # "at 9:46 p.m. … Four minutes later": 21:50 that day
                return [clock]
        end = m.start("dir")
        while m.string[end - 1].isspace():
            end -= 1
    if unit == "WE":
        return []
    year_like = _YEAR_LIKE.fullmatch(m.group("n")) is not None and m.string[m.end("n")] != "-"
    if year_like and not m.group("unit").endswith("s"):
        # "the 1999 year was written at the bottom of the market": a year and its noun (a count of
        # years would be plural)
        return [Found(m.start("n"), m.end("n"), "DATE", m.group("n"))]
    n: float | None = v.number(m.group("n"))
    if n is not None and "and a half" in m.group(0):
        n += 0.5
    if n is not None:
        n *= per  # "a fortnight": two weeks
    if n is not None and n <= 0:
        return []
    part = _part_of_year(m, ctx, n, unit)
    if part is not None:
        return [part]
    return [Found(m.start(), end, "DURATION", period(n, unit))]


_CLOCK_REACH = 3  # sentences back to the clock time a shift counts from (a quote's own may stand between)


def _after_clock(m: re.Match[str], ctx: Context, unit: str) -> Found | None:
    """``four minutes later``, ``an hour earlier``: the clock time just given (in this sentence or the
    three before) moved by that much, a time of its day; None when no clock time is in view."""
    n = vocab().number(m.group("n"))
    step = 60 if unit == "H" else 1
    if ctx.clock_day is None or n is None or n * step != int(n * step):
        return None  # "half an hour later": 30 minutes on
    pos, day = ctx.clock_day
    if not ctx.within(pos, m.start(), _CLOCK_REACH):
        return None
    sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
    minutes = ctx.clock_minutes + sign * int(n * step)
    shift, minutes = divmod(minutes, 24 * 60)
    d = day + timedelta(days=shift)
    return Found(m.start(), m.end(), "TIME", f"{d.isoformat()}T{minutes // 60:02d}:{minutes % 60:02d}", True)


_OF_YEAR = re.compile(r"\s+of\s+(?:(?P<y4>(?:19|20)\d\d)\b|(?P<rel>(?i:the|this|last|next))\s+year\b)")
_PARTS = {(3, "first"): "Q1", (3, "last"): "Q4", (3, "final"): "Q4", (6, "first"): "H1", (6, "last"): "H2",
          (6, "final"): "H2"}


def _part_of_year(m: re.Match[str], ctx: Context, n: float | None, unit: str) -> Found | None:
    """``the first six months of the year``, ``the last three months of 2009``: a half or a quarter
    of a year named, a date (2026-H1), not a length of time."""
    pre = (m.group("pre") or "").lower().split()
    key = (int(n) if n is not None and unit == "M" and n == int(n) else 0, pre[-1] if pre else "")
    of = _OF_YEAR.match(m.string, m.end())
    if key not in _PARTS or of is None:
        return None
    if of.group("y4"):
        year = int(of.group("y4"))
    elif of.group("rel").lower() == "the" and (focus := ctx.year_in_focus(m.start())) is not None:
        year = focus  # "In 2008, … in the first six months of the year"
    elif ctx.published is not None:
        year = ctx.published.year + {"last": -1, "next": 1}.get(of.group("rel").lower(), 0)
    else:
        return None
    return Found(m.start(), of.end(), "DATE", f"{year:04d}-{_PARTS[key]}", of.group("y4") is None)


_PAID_BY_THE_HOUR = re.compile(r"\s+(?i:(?:and|or)\s+salaried|workers|employees|staff|jobs)\b")


def every(m: re.Match[str], ctx: Context) -> list[Found]:
    v = vocab()
    if m.group("word"):
        if m.group("word").lower() == "hourly" and _PAID_BY_THE_HOUR.match(ctx.text, m.end()):
            return []  # "2,100 hourly workers", "hourly and salaried jobs": how they are paid, no time
        return one(m, "SET", v.set_words[m.group("word").lower()])
    if m.group("swd"):  # every Tuesday (night): TimeML's XXXX-WXX-2(TNI)
        pod = m.group("swdpod")
        part = f"T{v.parts_of_day[pod.lower()]}" if pod else ""
        return one(m, "SET", f"XXXX-WXX-{v.weekdays[m.group('swd')] + 1}{part}")
    if m.group("smon"):
        return one(m, "SET", f"XXXX-{v.months[m.group('smon')]:02d}")
    if m.group("spod"):
        return one(m, "SET", f"XXXX-XX-XXT{v.parts_of_day[m.group('spod').lower()]}")
    word = m.group("unit").lower()
    if word in v.seasons:  # "every spring": TimeML's XXXX-SP, the season in any year
        return one(m, "SET", f"XXXX-{v.seasons[word]}")
    if word.startswith("season"):
        return one(m, "SET", "P3M")
    unit, per = v.unit(word)
    n = v.number(m.group("n")) if m.group("n") else 1
    return one(m, "SET", period(None if n is None else n * per, "D" if unit == "WE" else unit))
