"""Normalising recognised extents to TIMEX3 values: one small resolver per rule of timex_patterns."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from . import timex_calendar as cal
from .model import TimeType
from .timex_tense import FUTURE, PAST, UNKNOWN, Sentences, Tense
from .timex_vocab import vocab


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    type: TimeType
    value: str | None
    relative: bool = False


@dataclass(slots=True)
class Context:
    text: str
    published: date | None
    sentences: Sentences
    tense: Tense
    last_day: tuple[int, date] | None = None  # (position, day) of the latest day-precise date seen
    recent: tuple[int, str] | None = None  # (position, value) of the latest dated expression

    def direction(self, start: int, end: int) -> int:
        return self.tense.at(self.sentences.around(start), start, end)


Resolver = Callable[[re.Match[str], Context], list[Found]]
_REL_OFFSET = {"last": -1, "this past": -1, "the past": -1, "the last": -1, "the previous": -1,
               "the prior": -1, "this": 0, "the current": 0, "the": 0, "next": 1, "this coming": 1,
               "the coming": 1, "the following": 1, "earlier this": 0, "later this": 0}


def _words(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def _offset(rel: str | None) -> int | None:
    return _REL_OFFSET.get(_words(rel))


def one(m: re.Match[str], typ: TimeType, value: str | None, relative: bool = False) -> list[Found]:
    return [Found(m.start(), m.end(), typ, value, relative)]


def safe_day(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _day_number(s: str) -> int:
    return int(s.rstrip("stndrh"))


def full_date(m: re.Match[str], ctx: Context) -> list[Found]:
    """Month, day and year all given (any order, ISO, US slashes)."""
    v = vocab()
    mon = m.group("mon")
    mo = int(mon) if mon.isdigit() else v.months[mon]
    y = int(m.group("year"))
    if y < 100:
        y += 2000 if y < 50 else 1900
    d = safe_day(y, mo, _day_number(m.group("day")))
    if d is None:
        return []
    ctx.last_day = (m.start(), d)
    hh = m.groupdict().get("hh")
    if hh:
        return one(m, "TIME", f"{d.isoformat()}T{hh}:{m.group('mm')}")
    return one(m, "DATE", d.isoformat())


def month_day(m: re.Match[str], ctx: Context) -> list[Found]:
    v = vocab()
    mo = v.months[m.group("mon") or m.group("mon2")]
    dd = _day_number(m.group("day") or m.group("day2"))
    if ctx.published is None:
        return one(m, "DATE", None, True)
    y = cal.year_for(ctx.published, mo, dd, ctx.direction(m.start(), m.end()))
    d = safe_day(y, mo, dd)
    if d is None:
        return []
    ctx.last_day = (m.start(), d)
    return one(m, "DATE", d.isoformat(), True)


def month_year(m: re.Match[str], ctx: Context) -> list[Found]:
    return one(m, "DATE", f"{int(m.group('year')):04d}-{vocab().months[m.group('mon')]:02d}")


def month(m: re.Match[str], ctx: Context) -> list[Found]:
    mo = vocab().months[m.group("mon")]
    if ctx.published is None:
        return one(m, "DATE", None, True)
    pub, off = ctx.published, _offset(m.group("rel"))
    if m.group("ofrel"):
        y = pub.year + (_offset(m.group("ofrel")) or 0)
    elif off == -1:
        y = pub.year if mo < pub.month else pub.year - 1
    elif off == 1:
        y = pub.year if mo > pub.month else pub.year + 1
    elif off == 0:
        y = pub.year
    else:
        y = cal.year_for(pub, mo, 1, ctx.direction(m.start(), m.end()))
    return one(m, "DATE", f"{y:04d}-{mo:02d}", True)


def year(m: re.Match[str], ctx: Context) -> list[Found]:
    return one(m, "DATE", m.group("year"))


def year_range(m: re.Match[str], ctx: Context) -> list[Found]:
    y1, y2 = m.group("y1"), m.group("y2")
    if len(y2) == 2:
        y2 = y1[:2] + y2
    if not int(y1) < int(y2) <= int(y1) + 100:
        return []
    return [Found(m.start("y1"), m.end("y1"), "DATE", y1), Found(m.start("y2"), m.end("y2"), "DATE", y2)]


def decade(m: re.Match[str], ctx: Context) -> list[Found]:
    if m.group("dec"):
        return one(m, "DATE", m.group("dec")[:3])
    if m.group("dec2"):
        return one(m, "DATE", "19" + m.group("dec2").lstrip("'\u2019")[0])
    return one(m, "DATE", f"19{vocab().decade_words[m.group('decw').lower()]}")


def _ordinal(word: str) -> int | None:
    w = word.lower()
    if w in vocab().ordinals:
        return vocab().ordinals[w]
    digits = w.rstrip("stndrh")
    return int(digits) if digits.isdigit() else None


def century(m: re.Match[str], ctx: Context) -> list[Found]:
    n = _ordinal(m.group("ord"))
    if n is None or not 1 <= n <= 30:
        return []
    return one(m, "DATE", f"{n - 1:02d}")


def time_of_day(m: re.Match[str], ctx: Context) -> list[Found]:
    """Clock times; the day comes from a tail word, or a dated day just before in the text."""
    word = (m.group("word") or "").lower()
    if word:
        hh, mm = (24, 0) if word == "midnight" else (12, 0)
    else:
        hh = int(m.group("hh") or m.group("hh2") or m.group("hh3"))
        mm = int(m.group("mm") or m.group("mm2") or m.group("mm3") or 0)
        ampm = (m.group("ampm") or m.group("ampm2") or "").lower()
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
    if hh > 24 or (hh == 24 and mm):
        return []
    zone = "Z" if m.group("tz") in vocab().zulu_zones else ""
    clock = f"T{hh:02d}:{mm:02d}{zone}"
    d, relative = _time_day(m, ctx)
    if d is not None and m.group("nextday"):  # "2:30 the next day"
        d = cal.shift(date.fromisoformat(d), "D", 1).isoformat()
    if d is None:
        return one(m, "TIME", None if relative else clock, relative)
    return one(m, "TIME", f"{d}{clock}", relative)


def _time_day(m: re.Match[str], ctx: Context) -> tuple[str | None, bool]:
    if m.group("amon") and ctx.published is not None:  # "16:15 UTC, June 1st"
        mo, dd = vocab().months[m.group("amon")], _day_number(m.group("aday"))
        d = safe_day(cal.year_for(ctx.published, mo, dd, PAST), mo, dd)
        return (d.isoformat() if d else None), True
    tail = m.group("tail")
    if tail:
        if tail.lower() in vocab().deictic_days:
            return deictic_day(tail, m, ctx), True
        return weekday_day(tail, None, m, ctx), True
    if ctx.last_day is not None:
        pos, d = ctx.last_day
        if ctx.sentences.index(pos) >= ctx.sentences.index(m.start()) - 1:
            return d.isoformat(), False
    if m.group("tz") and ctx.published is not None:  # a zoned clock time in a report: that day's
        return ctx.published.isoformat(), True
    return None, False


def deictic_day(word: str, m: re.Match[str], ctx: Context) -> str | None:
    if ctx.published is None:
        return None
    key = _words(word)
    d = cal.shift(ctx.published, "D", vocab().deictic_days.get(key, -1 if key == "last night" else 0))
    ctx.last_day = (m.start(), d)
    return d.isoformat()


def weekday_day(word: str, rel: str | None, m: re.Match[str], ctx: Context) -> str | None:
    if ctx.published is None:
        return None
    wd = vocab().weekdays[word]
    off = _offset(rel)
    direction = {-1: PAST, 1: FUTURE}.get(off if off is not None else 2, UNKNOWN)
    if direction == UNKNOWN:
        direction = FUTURE if ctx.direction(m.start(), m.end()) == FUTURE else PAST
    d = cal.weekday(ctx.published, wd, direction, strict=off in (-1, 1))
    ctx.last_day = (m.start(), d)
    return d.isoformat()


def _part_of_day(value: str | None, pod: str | None) -> tuple[TimeType, str | None]:
    if not pod or value is None:
        return "DATE", value
    return "TIME", f"{value}T{vocab().parts_of_day[pod.lower()]}"


def weekday(m: re.Match[str], ctx: Context) -> list[Found]:
    """A weekday, with or without a part of day: the news convention dates it to the day."""
    return one(m, "DATE", weekday_day(m.group("wd"), m.group("rel"), m, ctx), True)


def deictic(m: re.Match[str], ctx: Context) -> list[Found]:
    word = m.group("word") or "today"
    pod = m.group("pod2")  # "this morning"; "yesterday afternoon" is dated to the day
    if _words(word) in ("tonight", "last night"):
        pod = "night"
    typ, value = _part_of_day(deictic_day(word, m, ctx), pod)
    return one(m, typ, value, True)


_DAY_STEPS = {"next": 1, "following": 1, "after": 1, "later": 1,
              "previous": -1, "preceding": -1, "before": -1, "earlier": -1}


def same_day(m: re.Match[str], ctx: Context) -> list[Found]:
    """``the day``, ``that day``, ``the next day``, ``the day before``: the day last dated in the
    text (within a few sentences), else the publication day, moved by the step named."""
    last = ctx.last_day
    if last is not None and ctx.sentences.index(last[0]) >= ctx.sentences.index(m.start()) - 3:
        anchor: date | None = last[1]
    else:
        anchor = ctx.published
    if anchor is None:
        return one(m, "DATE", None, True)
    step = _DAY_STEPS.get((m.group("step") or m.group("step2") or "").lower(), 0)
    d = cal.shift(anchor, "D", step)
    if step:
        ctx.last_day = (m.start(), d)
    return one(m, "DATE", d.isoformat(), True)


def ref(m: re.Match[str], ctx: Context) -> list[Found]:
    v, key = vocab(), _words(m.group("ref"))
    value = "PRESENT_REF" if key in v.present_ref else "PAST_REF" if key in v.past_ref else "FUTURE_REF"
    return one(m, "DATE", value, True)
