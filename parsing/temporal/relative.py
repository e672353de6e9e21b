"""Resolvers for calendar units counted from the publication date: weeks, months, years,
quarters, fiscal years (counts of units, "… ago", "… later": ``counted``)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar as cal
from .context import Context
from .fiscal import fiscal_period, is_fiscal
from .found import ANAPHORIC_REL, Found, offset, one, ordinal, words
from .limits import prospective_limit
from .ranges import bounds
from .tense import FUTURE, PAST, UNKNOWN
from .vocab import vocab
from .weeks import week_in_view

_UNIT_CODES = {"week": "W", "weekend": "WE", "month": "M", "year": "Y", "decade": "DE",
               "century": "CE", "quarter": "Q", "day": "D", "period": "Y"}
_EDGE_REL = {"this": 0, "the": 0, "last": -1, "next": 1}
_AHEAD_OF = re.compile(r"\b(?i:ahead\s+of|before)\s+$")


def rel_unit(m: re.Match[str], ctx: Context) -> list[Found]:
    """``last week``, ``this month``, ``the past decade``, ``earlier this year``, ``the year before``."""
    if m.group("unit2") or m.group("unit3"):
        earlier = _year_before(m, ctx)
        if earlier is not None:
            return one(m, "DATE", earlier, True)
    if m.group("yend"):
        off, unit = 0, "Y"
    elif m.group("unit2"):
        off, unit = -1, _UNIT_CODES[m.group("unit2").lower()]
    elif m.group("unit3"):
        off, unit = -1, "Y"
    elif m.group("unit4"):
        off, unit = 0, "WE"
    else:
        unit = _UNIT_CODES[m.group("unit").lower()]
        if m.group("edge"):
            off = _EDGE_REL.get(words(m.group(0)).split()[-2], 0)
        else:
            rel = offset(m.group("rel"))
            if rel is None:
                return []
            off = rel
    if abs(off) == 1 and unit != "WE" and words(m.group("rel")) in ANAPHORIC_REL:
        following = _following(ctx, m.start(), unit, off)
        if following is not None:
            return one(m, "DATE", following, True)
    if ctx.published is None:
        return one(m, "DATE", None, True)
    if unit == "WE":
        direction = PAST if off < 0 else FUTURE if off > 0 else ctx.direction(m.start(), m.end())
        if off == 0 and not m.group("unit4") and ctx.published.weekday() >= _LATE_IN_WEEK:
            direction = FUTURE  # "this weekend", said from Thursday on, is the coming one whatever the
            # tense ("said the agency was sending two more epidemiologists this weekend")
        if off == 0 and prospective_limit(ctx.text, ctx.sentences, m.start()):
            direction = FUTURE  # "was prepared to stay in session through the weekend": the coming one
        anchor = cal.shift(ctx.published, "W", off) if off > 0 else ctx.published
        if off == 0 and _AHEAD_OF.search(ctx.text, max(0, m.start() - 12), m.start()):
            # "reluctant to build positions ahead of the weekend": the one after the story's day
            anchor, direction = ctx.story_day or ctx.published, FUTURE
        return one(m, "DATE", cal.weekend(anchor, direction), True)
    if unit == "W" and off == 0 and m.group("edge") and _edge_gone(m, ctx):
        off = 1  # "could develop into a storm by the middle of the week", said on a Sunday: next week's
    if unit == "Q" and off == 0 and words(m.group("rel")) == "this" and _quarter_reported(m, ctx):
        off = -1  # "Our brands held their ground this quarter", on a call in October: the one reported
    return one(m, "DATE", cal.value_for(cal.shift(ctx.published, unit, off), unit), True)


_QUARTER_JUST_BEGUN = 45  # days into a quarter within which its results are not yet in


def _quarter_reported(m: re.Match[str], ctx: Context) -> bool:
    """``this quarter`` in the past tense, said in the first weeks of a quarter, is the quarter just
    ended (the one whose figures are out); the new one has barely begun (4 of 5 in the gold sets)."""
    pub = ctx.published
    if pub is None or ctx.direction(m.start(), m.end()) != PAST:
        return False
    begun = date(pub.year, 3 * cal.quarter_of(pub) - 2, 1)
    return (pub - begun).days < _QUARTER_JUST_BEGUN


_LATE_IN_WEEK = 3  # Thursday: "this weekend" said from then on is the one to come (6 of 6 in the gold sets)


# the last weekday of the part of a week an edge names ("the middle of the week": Wednesday)
_EDGE_LAST_DAY = {"early": 1, "start": 1, "beginning": 1, "mid": 2, "middle": 2, "end": 5, "late": 5}


def _edge_gone(m: re.Match[str], ctx: Context) -> bool:
    """A part of this week that publication has passed, in a clause looking ahead: the next one."""
    edge = next((w for w in words(m.group(0)).split() if w in _EDGE_LAST_DAY), None)
    if edge is None or ctx.published is None:
        return False
    return ctx.published.weekday() > _EDGE_LAST_DAY[edge] and ctx.direction(m.start(), m.end()) == FUTURE


_RANK = {"time": 0, "day": 0, "W": 1, "week": 1, "M": 2, "month": 2, "Q": 3, "quarter": 3, "half": 3,
         "season": 3, "Y": 4, "year": 4, "DE": 5, "decade": 5, "CE": 6, "century": 6}


def _following(ctx: Context, pos: int, unit: str, off: int = 1) -> str | None:
    """``arrested on March 6, 2024, and indicted the following week``: "the following" unit is the
    one after the time just named (this or the previous sentence), "the previous" one the one before
    it, when that time is no longer than the unit; else None (counted from publication, as "next
    week", "last month")."""
    recent = ctx.recent_near(pos)
    if recent is None:
        return None
    earliest, _latest, granularity = bounds(recent)
    if earliest is None or _RANK.get(granularity, 9) > _RANK[unit]:
        return None
    return cal.value_for(cal.shift(earliest, unit, off), unit)


_SAME_KIND = {"quarter": "Q", "month": "M"}
YEAR_VALUE = re.compile(r"(FY)?(\d{4})(-\d\d|-[QH]\d|-W\d\d)?")
_MONTH_PART = re.compile(r"-\d\d")


def _year_before(m: re.Match[str], ctx: Context) -> str | None:
    """``the year before`` / ``the same month a year ago``: a year before the period just named
    (in this or the previous sentence), when that period is a year, a month or a quarter; ``the same
    quarter of 2024``: that period in the year written."""
    kind = _SAME_KIND.get((m.group("unit3") or "").lower())  # "the same quarter a year earlier": the quarter
    recent = (ctx.period_in_view(kind, m.start()) if kind else None) or ctx.recent_near(m.start())  # in
    # view, though a day was named since ("reported a loss for the fourth quarter on Thursday")
    same_year = m.groupdict().get("sameyear")  # "the same quarter of 2024": that year's
    if recent is None:
        return same_year
    found = YEAR_VALUE.fullmatch(recent)
    if found is None and (m.group("unit3") or "").lower() == "week" and cal.DAY_VALUE.fullmatch(recent):
        day = date.fromisoformat(recent)  # "the week ended Dec. 20 … the comparable week last year"
        return cal.week(day - timedelta(weeks=52))
    if found is None or (m.group("unit2") or "").lower() not in ("", "year"):
        return same_year
    if m.group("unit2"):
        return f"{int(found.group(2)) - 1:04d}"
    if same_year and m.group("unit3").lower() == "period" and _MONTH_PART.fullmatch(found.group(3) or ""):
        return same_year  # "between January and September, … the same period of 2023": months, no one month
    year = same_year or f"{int(found.group(2)) - 1:04d}"
    return f"{found.group(1) or ''}{year}{found.group(3) or ''}"


_HALF_OF = re.compile(r"\s+of\b(?!\s+(?:the\s+)?(?:calendar\s+)?year\b)")  # not "of the calendar year"


_RESULTS = re.compile(r"[\s-]+(?:(?i:quarter)\s+)?(?:profits?|earnings|results|loss(?:es)?|revenues?"
                      r"|sales)\b")


def quarter(m: re.Match[str], ctx: Context) -> list[Found]:
    """``the fourth quarter (of 2009 / of last year)``, ``third-quarter``, ``Q3 2009``, ``first half``,
    ``the July-September period``."""
    if m.group("qn"):
        n = int(m.group("qn"))
        kind = m.group(0).lstrip()[0]
        year = m.group("qyear")
    elif m.group("qmon"):  # "the September quarter": the quarter that ends in September
        month = 12 if m.group("qmon") == "Christmas" else vocab().months[m.group("qmon")]
        n, kind, year = month // 3, "Q", m.group("qmyear")
    elif m.group("smon1"):  # "the July-September period": Q3; "the January-June period": H1
        first, last = vocab().months[m.group("smon1")], vocab().months[m.group("smon2")]
        size = last - first + 1
        if size not in (3, 6) or (first - 1) % size:
            return []  # "the March-May period": no quarter or half
        n, kind, year = (first - 1) // size + 1, "Q" if size == 3 else "H", m.group("smyear")
    else:
        n_or_none = ordinal(m.group("ord"))
        kind = "Q" if m.group("unit") == "quarter" else "H"
        year = m.group("year")
        if n_or_none is None or not (-1 <= n_or_none <= (4 if kind == "Q" else 2)) or n_or_none == 0:
            return []
        n = n_or_none
    bare = kind == "H" and not (year or m.group("rel") or m.group("smon1") or m.groupdict().get("fyear"))
    if bare and not (ctx.reports_by_period() and not is_fiscal(m)
                     and _HALF_OF.match(ctx.text, m.end()) is None):
        return []  # "the first half" of a match, a programme ... (not after "the first quarter"); "the
        # first half of its financial year": the half of what follows
    if year:
        return one(m, "DATE", f"{year}-{kind}{n if n > 0 else (4 if kind == 'Q' else 2)}")
    fiscal = is_fiscal(m) and n > 0  # "the fiscal first quarter", "the first quarter of fiscal 1989"
    if fiscal and m.group("fyear"):
        return one(m, "DATE", fiscal_period(m, ctx, kind, n, int(m.group("fyear"))))
    if ctx.published is None:
        return one(m, "DATE", None, True)
    pub = ctx.published
    size = 3 if kind == "Q" else 6
    current = (pub.month - 1) // size + 1
    rel = _EDGE_REL.get(words(m.group("rel")), None) if m.groupdict().get("rel") else None
    if m.groupdict().get("newyr"):  # "the first quarter of the new year"
        rel = cal.new_year(pub) - pub.year
    if n == -1:  # "the last quarter": the one before the current
        d = cal.shift(pub, "M", -size)
        return one(m, "DATE", f"{d.year}-{kind}{(d.month - 1) // size + 1}", True)
    y = pub.year + (rel or 0)
    if bare:  # "expects growth to resume in the second half", said in April: this year's
        return one(m, "DATE", f"{y}-H{n}", True)
    direction = ctx.ahead(m.start(), m.end()) if rel is None else UNKNOWN  # as a month's or a season's
    if rel is None and n > current:  # a quarter's results come after it: "when it reports fourth-quarter
        # results", said in January, are last year's (119 of 127 such quarters in the gold sets are past)
        results = _RESULTS.match(ctx.text, m.end()) is not None
        y = cal.year_for(pub, (n - 1) * size + 1, 1, PAST if results else direction)
    elif rel is None and n < current - 1 and direction != PAST:  # "would finish by the end of the
        y += 1  # first quarter", "faces a difficult first quarter", said in December: next year's (not
        # the quarter just ended, reported on, nor one told of in the past)
    return one(m, "DATE", fiscal_period(m, ctx, kind, n, y) if fiscal else f"{y}-{kind}{n}", True)


_PERIOD_VALUE = re.compile(r"\d{4}(?:-[QH]\d|-\d\d)?")
_BEFORE_THAT_TIME = re.compile(r"(?i:\b(at|by|until|till|since|from|before|after))\s+$")


_THAT_YEAR = re.compile(r"(?:FY)?\d{4}(?![\d-])|\d{4}(?=-)")  # 2022, FY2001; the year of 2022-03-03
_THAT_MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])(?![\d])")  # the month of 2022-03, of 2022-03-03


def anaphor(m: re.Match[str], ctx: Context) -> list[Found]:
    """``by that time``, ``the entire year``, ``commemorating the date``: the time the text named
    just before (this or the previous sentence) — its value, for ``the year`` that value's year, for
    ``the date`` a day or nothing. Without one, ``at that time`` is a past reference (as ``at the
    time``) and the others are left out."""
    recent = ctx.recent_near(m.start())
    if m.group("tunit"):  # "Halvorsen ran in 2022. Turnout that year was low.": that time's year (month)
        unit = m.group("tunit").lower()
        found = (_THAT_YEAR if unit == "year" else _THAT_MONTH).match(recent or "")
        return one(m, "DATE", found.group(0), True) if found else []
    if recent is not None:
        if m.group("date"):  # "commemorating the date": the day just named, or nothing
            return one(m, "DATE", recent, True) if cal.DAY_VALUE.fullmatch(recent) else []
        if not m.group(0).lower().endswith("year"):
            return one(m, "DATE" if "T" not in recent else "TIME", recent, True)
        if _PERIOD_VALUE.fullmatch(recent):  # a year, quarter, half or month; not a day
            return one(m, "DATE", recent[:4], True)
    if m.group("date"):
        return []
    before = _BEFORE_THAT_TIME.search(ctx.text, max(0, m.start() - 8), m.start())
    if before is not None and before.group(1).lower() == "at":
        return one(m, "DATE", "PAST_REF", True)
    return []


def period_anaphor(m: re.Match[str], ctx: Context) -> list[Found]:
    """``the quarter``, ``the period``, ``the month``: the quarter (or month) named just before, else
    the first the text named, the one a report is about; ``the year-earlier quarter`` (``year-ago
    period``) that one a year before. Nothing when none was named: a null beats a guess. ``the
    year``: the year named in its sentence ("a dismal start to the year" after "2001"), else the
    report's ("the 13th typhoon of the year")."""
    unit = m.group("punit").lower()
    if unit == "week":
        return week_in_view(m, ctx)
    if unit == "year":
        value = ctx.year_in_view(m.start())
    else:
        value = ctx.period_in_view("M" if unit == "month" else "Q", m.start())
    if value is None:
        return []
    if m.group("earlier"):
        fiscal = value.startswith("FY")
        year = int(value[2:6] if fiscal else value[:4]) - 1
        value = f"{'FY' if fiscal else ''}{year}{value[6:] if fiscal else value[4:]}"
    return one(m, "DATE", value, True)
