"""Resolvers for calendar dates and numbers: full dates, days of a month, years, decades, centuries
(a month without its day: ``months``)."""

from __future__ import annotations

import re
from functools import cache

from . import calendar as cal
from .context import Context
from .found import Found, day_number, offset, one, ordinal, safe_day
from .months import event_year, names_event
from .ranges import bounds
from .tense import FUTURE, PAST, UNKNOWN
from .vocab import alternation, vocab


def _numeric_day_month(m: re.Match[str]) -> tuple[int, int]:
    """``7/8/07`` is US month/day, ``23.11.2021`` day.month; whichever part exceeds 12 is the day."""
    a, b = int(m.group("a")), int(m.group("b"))
    day_first = a > 12 or (m.group("sep") == "." and b <= 12)
    return (a, b) if day_first else (b, a)


def full_date(m: re.Match[str], ctx: Context) -> list[Found]:
    """Month, day and year all given (any order, ISO, numeric with slashes or dots)."""
    groups = m.groupdict()
    if groups.get("a"):
        dd, mo = _numeric_day_month(m)
    else:
        mon = m.group("mon")
        mo = int(mon) if mon.isdigit() else vocab().months[mon]
        dd = day_number(m.group("day"))
    y = int(m.group("year"))
    if y < 100:
        y += 2000 if y < 50 else 1900
    d = safe_day(y, mo, dd)
    if d is None:
        return []
    ctx.name_day(m.start(), d)
    hh = groups.get("hh")
    if hh:
        return one(m, "TIME", f"{d.isoformat()}T{hh}:{m.group('mm')}")
    return one(m, "DATE", cal.week(d) if groups.get("weekof") else d.isoformat())


_DAY_RANGE_END = re.compile(
    r"\s*(?:-|\u2013|to|through|until)\s*(3[01]|[12]\d|[1-9])"
    r"(?![\d:]|\s*(?:percent|per\b|%|million|billion|points?\b|[ap]\.?m\b|[A-Z]))(?=[,.;)\s])")


def month_day(m: re.Match[str], ctx: Context) -> list[Found]:
    """``March 22``: the year from the span's end, the sentence's framing year, else publication."""
    mo = vocab().months[m.group("mon") or m.group("mon2") or m.group("mon3")]
    dd = day_number(m.group("day") or m.group("day2")) if not m.group("dayw") else \
        vocab().ordinals[m.group("dayw").lower()]  # "the fifth of November"
    given = int(m.group("ayear")) if m.group("ayear") else ctx.year_in_focus(m.start())
    if m.group("dyrel") and ctx.published is not None:  # "Sept. 27 last year": one expression
        given = ctx.published.year + (offset(m.group("dyrel")) or 0)
    direction = UNKNOWN
    if given is None:
        direction = ctx.ahead(m.start(), m.end(), day=True)  # read once, for the period and the year
        if direction != FUTURE:
            given = _year_of_period(mo, dd, m.start(), ctx)
        if given is not None and direction == PAST and ctx.published is not None \
                and (safe_day(given, mo, dd) or ctx.published) > ctx.published:
            given = None  # "… which ends in December 2003. Since Dec. 1 Argentines have been allowed":
            # a past clause's day is not one still to come
    if given is not None:
        y = given
    elif ctx.published is None:
        return one(m, "DATE", None, True)
    else:
        if direction != FUTURE and names_event(ctx.text, m):  # "ahead of the Sept. 23 deadline"
            named = next((d.year for _, d in reversed(ctx.named) if (d.month, d.day) == (mo, dd)), None)
            y = named or event_year(ctx.published, mo, dd, direction)
        else:
            y = cal.year_for(ctx.published, mo, dd, direction)
    if given is None and m.group("wd"):
        y = _year_of_weekday(y, mo, dd, vocab().weekdays[m.group("wd")])
    d = safe_day(y, mo, dd)
    if d is None:
        return []
    ctx.name_day(m.start(), d)
    found = one(m, "DATE", cal.week(d) if m.group("weekof") else d.isoformat(), given is None)
    end = _DAY_RANGE_END.match(ctx.text, m.end())  # "October 20 to 26": the second end, same month
    if end is not None and dd < int(end.group(1)) and (last := safe_day(y, mo, int(end.group(1)))):
        found.append(Found(end.start(1), end.end(1), "DATE", last.isoformat(), given is None))
    return found


def _year_of_weekday(y: int, mo: int, dd: int, wd: int) -> int:
    """``Wednesday, January 1`` with no year: the weekday names the year, when the one the tense
    chose has that day on another weekday and the year either side has it on this one."""
    if safe_day(y, mo, dd) is None:
        return y
    fits = cal.on_weekday((y, y + 1, y - 1), mo, dd, wd)
    return fits[0].year if fits else y


def _year_of_period(mo: int, dd: int, pos: int, ctx: Context) -> int | None:
    """``in the summer of 2008 … On the morning of 3 July``: a day without its year, not in a future
    clause, that falls in the period named just before (this or the previous sentence of its
    paragraph: a season, month, quarter or half with its year written out) is in that period's year;
    not a day after "since" in a present perfect, read from now."""
    recent = ctx.recent_near(pos)
    if recent is None or not ctx.recent_written or ctx.recent is None:
        return None
    if "\n" in ctx.text[ctx.recent[0]:pos]:
        return None  # a period named in the paragraph before: another matter
    sentence = ctx.sentences.around(pos)
    if _SINCE_NOW.search(ctx.text, sentence.start, pos) is not None:
        return None  # "the record set in July 1905. Temperatures have not fallen below 80 since July 15":
        # a state lasting up to now, from a day read from now
    earliest, latest, granularity = bounds(recent)
    if earliest is None or latest is None or granularity not in ("month", "season", "quarter", "half"):
        return None
    for y in {earliest.year, latest.year}:
        d = safe_day(y, mo, dd)
        if d is not None and earliest <= d <= latest:
            return y
    return None


# a present perfect, then "since" right before the day
_SINCE_NOW = re.compile(r"\b(?i:has|have|hasn['’]t|haven['’]t)\b[^.;]*\b(?i:since)\s+$")


def year(m: re.Match[str], ctx: Context) -> list[Found]:
    return one(m, "DATE", m.group("year"))


def year_range(m: re.Match[str], ctx: Context) -> list[Found]:
    """``2019-2021``: two years; ``2027-28`` in a sentence of budgets or revenue: the financial year
    it names, by the year it ends in (FY2028), as ``the 2027-28 financial year`` is; elsewhere one
    year that straddles two (``the 2008-09 season``), with no value TIMEX can give it."""
    y1, y2 = m.group("y1"), m.group("y2")
    short = len(y2) == 2
    if short:
        y2 = y1[:2] + y2
    if not int(y1) < int(y2) <= int(y1) + 100:
        return []
    if short and int(y2) == int(y1) + 1:  # one year that straddles two: fiscal, a school's or a season
        sentence = ctx.sentences.around(m.start())
        finances = _FINANCES.search(ctx.text, sentence.start, sentence.end) is not None
        return one(m, "DATE", f"FY{y2}" if finances else None)
    return [Found(m.start("y1"), m.end("y1"), "DATE", y1), Found(m.start("y2"), m.end("y2"), "DATE", y2)]


# the words of public or company finance that make "2027-28" a financial year
_FINANCES = re.compile(
    r"\b(?i:budget|fiscal|financial|deficit|revenue|spending|tax(?:es)?|expenditure|GDP)\b")


_DECADE_JOINED = re.compile(r"\b(?i:the)\s+[\w'\u2019]+s\s+(?i:and|or|to|through|into)\s+$")


def decade(m: re.Match[str], ctx: Context) -> list[Found]:
    if m.group("dec"):  # the 1990s -> 199; the 1800s -> the 19th century, 18
        dec = m.group("dec")
        return one(m, "DATE", dec[:2] if dec.endswith("00") and dec < "2000" else dec[:3])
    if not m.group().lower().startswith("the") and (m.group("dec2") or "")[:1] not in ("'", "\u2019") \
            and not _DECADE_JOINED.search(ctx.text, max(0, m.start() - 30), m.start()):
        return []  # "in her forties", "in the low forties", "in his 40s": an age or a number (but "the
        # 70s and 80s": the second of two decades)
    if m.group("dec2"):
        return one(m, "DATE", "19" + m.group("dec2").lstrip("'\u2019")[0])
    return one(m, "DATE", f"19{vocab().decade_words[m.group('decw').lower()]}")


def century(m: re.Match[str], ctx: Context) -> list[Found]:
    """``the 19th century`` -> 18, ``the 24th century BC`` -> BC23, ``the ninth millennium BC`` -> BC8:
    the digits the years of the period open with, as TIMEX3 writes a century and a millennium."""
    n = ordinal(m.group("ord"))
    millennium = m.group("unit").lower() == "millennium"
    if n is None or not 1 <= n <= (10 if millennium else 30):
        return []
    before = _before_christ(m.group("era"))
    return one(m, "DATE", f"{'BC' if before else ''}{n - 1:{'' if millennium else '02d'}}")


def era(m: re.Match[str], ctx: Context) -> list[Found]:
    """``3000 BC`` -> BC3000, ``AD 43`` -> 0043; of two joined (``between 1971 and 1926 BC``, ``between
    AD 600 and 900``) each is a year of the era said once."""
    bc = _before_christ(m.group("era"))
    prefix = "BC" if bc else ""
    if m.group("a1"):
        first, second = (m.start(), m.end("a1")), (m.start("a2"), m.end("a2")) if m.group("a2") else None
        years = [m.group("a1"), m.group("a2")]
    else:
        first = (m.start("b1"), m.end("b1") if m.group("b2") else m.end())
        second = (m.start("b2"), m.end()) if m.group("b2") else None
        years = [m.group("b1"), m.group("b2")]
    if int(years[0]) == 0 or (years[1] is not None and int(years[1]) == 0):
        return []
    found = [Found(first[0], first[1], "DATE", f"{prefix}{int(years[0]):04d}")]
    if second is not None and years[1] is not None:
        found.append(Found(second[0], second[1], "DATE", f"{prefix}{int(years[1]):04d}"))
    return found


def _before_christ(era: str | None) -> bool:
    return era is not None and era.upper().startswith("B")


@cache
def _ordinal_noun() -> re.Pattern[str]:
    """An ordinal word up to ``tenth`` (or a numeral ordinal) before a noun that is no time unit."""
    small = alternation(w for w, n in vocab().ordinals.items() if 1 <= n <= 10)
    return re.compile(rf"\b(?P<o>(?i:{small}|\d+(?:st|nd|rd|th)))\s+"
                      r"(?!(?i:day|week|month|quarter|half|time|of)\b)[a-z]{3,}")


def _elliptical(m: re.Match[str], ctx: Context, n: int) -> bool:
    """``on the second ballot and … on the third``, ``after the first count, and X after the
    second``: an ordinal with a noun just before (this sentence or the last), one or two steps from
    this one, leaves its noun out after it; no day of the month (not ``The first grants go out on
    the twentieth``)."""
    here = ctx.sentences.index(m.start())
    lo = ctx.sentences.spans[max(0, here - 1)].start
    before = _ordinal_noun().finditer(ctx.text, lo, m.start())
    return any(abs((ordinal(o.group("o")) or 99) - n) <= 2 for o in before)


def day_ordinal(m: re.Match[str], ctx: Context) -> list[Found]:
    """``on the 25th``, ``until the tenth``: that day of the month, the next one ahead (this month's
    or the next's) or, in a past clause, the last one gone."""
    n, pub = ordinal(m.group("dord")), ctx.published
    if n is None or not 1 <= n <= 31 or pub is None or _elliptical(m, ctx, n):
        return []
    step = -1 if ctx.direction(m.start(), m.end()) == PAST else 1
    d = safe_day(pub.year, pub.month, n)
    if d is None or (d - pub).days * step < 0:  # this month's is on the wrong side: the month after (before)
        other = cal.shift(pub.replace(day=1), "M", step)
        d = safe_day(other.year, other.month, n)
    return one(m, "DATE", d.isoformat() if d else None, True)


def new_year(m: re.Match[str], ctx: Context) -> list[Found]:
    """``until the new year``: the calendar year about to begin, said in the second half of a year;
    in the first half, the year just begun."""
    if ctx.published is None:
        return one(m, "DATE", None, True)
    return one(m, "DATE", str(cal.new_year(ctx.published)), True)
