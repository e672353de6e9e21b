"""Resolvers for days and clock times said relative to the text: weekdays, today, the day,
clock times, and PRESENT_REF/PAST_REF/FUTURE_REF."""

from __future__ import annotations

import re
from datetime import date

from ..model import TimeType
from . import calendar as cal
from .context import Context, Found, day_number, offset, one, safe_day, words
from .futurate import futurate
from .tense import FUTURE, PAST, UNKNOWN, quoted
from .vocab import vocab


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
    d, relative = _time_day(m, ctx)
    if d is not None and m.group("nextday"):  # "2:30 the next day"
        d = cal.shift(date.fromisoformat(d), "D", 1).isoformat()
    if d is not None:
        ctx.clock_day = (m.start(), date.fromisoformat(d))
    clock = f"T{hh:02d}:{mm:02d}{_zone(m.group('tz'), d, m.group('tzoff'))}"
    if d is None:
        return one(m, "TIME", None if relative else clock, relative)
    return one(m, "TIME", f"{d}{clock}", relative)


def _zone(tz: str | None, d: str | None, shift: str | None = None) -> str:
    """``Z`` for UTC/GMT, the offset of a zone that names one (``EDT`` -> ``-04:00``); ``ET`` and the
    other US zone names take daylight time by the day's date, and only when the day is known. An
    offset written after UTC/GMT (``GMT +8``, ``UTC-05:30``) is the clock's own: ``+08:00``."""
    v = vocab()
    if tz is None or tz in v.zulu_zones:
        if tz and shift:
            return _written_offset(shift)
        return "Z" if tz else ""
    offset = v.zone_offsets.get(tz, "")
    if tz in v.us_daylight_zones and offset:
        if d is None:
            return ""
        if cal.us_daylight(date.fromisoformat(d)):
            return f"{int(offset[:3]) + 1:+03d}{offset[3:]}"
    return offset


def _written_offset(shift: str) -> str:
    """``+8`` -> ``+08:00``, ``- 0530`` -> ``-05:30``, ``+0`` -> ``Z``."""
    sign = "+" if shift[0] == "+" else "-"
    digits = "".join(ch for ch in shift if ch.isdigit())
    hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    if int(hours) == 0 and int(minutes) == 0:
        return "Z"
    return f"{sign}{int(hours):02d}:{int(minutes):02d}"


def _time_day(m: re.Match[str], ctx: Context) -> tuple[str | None, bool]:
    if m.group("amon") and ctx.published is not None:  # "16:15 UTC, June 1st"
        mo, dd = vocab().months[m.group("amon")], day_number(m.group("aday"))
        d = safe_day(cal.year_for(ctx.published, mo, dd, PAST), mo, dd)
        return (d.isoformat() if d else None), True
    tail = m.group("tail")
    if tail:
        if tail.lower() in vocab().deictic_days:
            return deictic_day(tail, m, ctx), True
        return weekday_day(tail, None, m, ctx), True
    if ctx.frame_day is not None:
        pos, d = ctx.frame_day
        here = ctx.sentences.index(m.start())
        if ctx.sentences.index(pos) >= here - 1:
            if _ahead_of_past_day(d, pos, here, m, ctx) or _past_before_coming_day(d, pos, m, ctx):
                return ctx.published.isoformat() if ctx.published else None, True
            return d.isoformat(), False
    if ctx.clock_day is not None:  # a time line ("reported at 4:40 a.m. ... By 7 a.m."): the day in focus
        pos, d = max(ctx.clock_day, ctx.frame_day or ctx.clock_day)
        return d.isoformat(), True
    if m.group("tz") and ctx.published is not None:  # a zoned clock time in a report: that day's
        return ctx.published.isoformat(), True
    return None, False


def _ahead_of_past_day(d: date, pos: int, here: int, m: re.Match[str], ctx: Context) -> bool:
    """A clock time in a future clause ("it would update the public at 9 a.m.") does not take a
    day already past that an earlier sentence named: it is the publication day's."""
    return (ctx.published is not None and d < ctx.published and ctx.sentences.index(pos) < here
            and ctx.direction(m.start(), m.end()) == FUTURE)


def _past_before_coming_day(d: date, pos: int, m: re.Match[str], ctx: Context) -> bool:
    """A clock time in a past clause ("weighed in shortly after noon") is not on a day still to come
    that a future clause just before named ("she planned to meet him Thursday"): it is the
    publication day's."""
    return ctx.published is not None and d > ctx.published and ctx.direction(pos, pos + 1) == FUTURE \
        and ctx.direction(m.start(), m.end()) == PAST


def deictic_day(word: str, m: re.Match[str], ctx: Context) -> str | None:
    if ctx.published is None:
        return None
    key = words(word)
    d = cal.shift(ctx.published, "D", vocab().deictic_days.get(key, -1 if key == "last night" else 0))
    ctx.name_day(m.start(), d)
    return d.isoformat()


def _pointing(off: int | None, m: re.Match[str], ctx: Context) -> int:
    """PAST or FUTURE: from ``last``/``next`` when given, else the sentence's tense: past by default,
    but ahead in a speaker's own words with no tense of their own ("… come back by Friday," she said)."""
    if off in (-1, 1):
        return PAST if off == -1 else FUTURE
    direction = ctx.direction(m.start(), m.end())
    if direction == UNKNOWN and quoted(ctx.text, ctx.sentences.around(m.start()), m.start(), m.end()):
        return FUTURE
    return FUTURE if direction == FUTURE else PAST


def _scheduled(m: re.Match[str], ctx: Context) -> bool:
    """A bare weekday in the futurate ("Talks resume Friday"): see :mod:`.futurate`."""
    sentence = ctx.sentences.around(m.start())
    return futurate(ctx.text, sentence, ctx.tense.cues(sentence), m.start(), m.end())


def weekday_day(word: str, rel: str | None, m: re.Match[str], ctx: Context) -> str | None:
    if ctx.published is None:
        return None
    wd = vocab().weekdays[word]
    off = offset(rel)
    direction = _pointing(off, m, ctx)
    if off is None and direction == PAST and _scheduled(m, ctx):
        direction = FUTURE
    d = cal.weekday(ctx.published, wd, direction, strict=off in (-1, 1))
    ctx.name_day(m.start(), d)
    return d.isoformat()


def _part_of_day(value: str | None, pod: str | None) -> tuple[TimeType, str | None]:
    if not pod or value is None:
        return "DATE", value
    return "TIME", f"{value}T{vocab().parts_of_day[pod.lower()]}"


_PART_OF_BEFORE = re.compile(
    r"(?i:\b(?:the\s+)?(?:early\s+|late\s+)?(morning|afternoon|evening|night)\s+of\s+)$")


def part_of(found: Found, text: str) -> Found:
    """``the night of March 2``: a day with its part of the day written before it (``…TNI``)."""
    if found.type != "DATE" or found.value is None or len(found.value) != 10 or not found.value[0].isdigit():
        return found
    before = _PART_OF_BEFORE.search(text, max(0, found.start - 30), found.start)
    if before is None:
        return found
    typ, value = _part_of_day(found.value, before.group(1))
    return Found(before.start(), found.end, typ, value, found.relative)


def weekday(m: re.Match[str], ctx: Context) -> list[Found]:
    """A weekday, with or without a part of day (``Friday afternoon``: the day, then ``TAF``)."""
    typ, value = _part_of_day(weekday_day(m.group("wd"), m.group("rel"), m, ctx), m.group("pod"))
    return one(m, typ, value, True)


def deictic(m: re.Match[str], ctx: Context) -> list[Found]:
    word = m.group("word") or "today"
    pod = m.group("pod2") or m.group("pod")  # "this morning", "yesterday afternoon"
    if words(word) in ("tonight", "last night"):
        pod = "night"
    typ, value = _part_of_day(deictic_day(word, m, ctx), pod)
    return one(m, typ, value, True)


_DAY_STEPS = {"next": 1, "following": 1, "after": 1, "later": 1,
              "previous": -1, "preceding": -1, "before": -1, "earlier": -1}


def same_day(m: re.Match[str], ctx: Context) -> list[Found]:
    """``the day``, ``that day``, ``the next day``, ``the day before``: the day last dated in the
    text (within a few sentences), else the publication day, moved by the step named; ``the night
    before``, ``the next morning``, ``that evening`` are that day's part (``…TNI``)."""
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
        ctx.name_day(m.start(), d)
    unit = m.group("unit") or m.group("unit2") or m.group("unit3")
    typ, value = _part_of_day(d.isoformat(), None if unit is None or unit.lower() == "day" else unit)
    return one(m, typ, value, True)


def holiday(m: re.Match[str], ctx: Context) -> list[Found]:
    """``Christmas``, ``New Year's Eve 2009``: a fixed-date holiday, in the year the tense points to."""
    mo, dd = (int(x) for x in vocab().holidays[m.group("name")].split("-"))
    if m.group("year"):
        return one(m, "DATE", f"{m.group('year')}-{mo:02d}-{dd:02d}")
    if ctx.published is None:
        return one(m, "DATE", None, True)
    direction = _pointing(offset(m.group("rel")), m, ctx)
    day = date(ctx.published.year, mo, dd)
    y = ctx.published.year
    if direction == PAST and day > ctx.published:
        y -= 1
    elif direction == FUTURE and day < ctx.published:
        y += 1
    return one(m, "DATE", f"{y:04d}-{mo:02d}-{dd:02d}", True)


def ref(m: re.Match[str], ctx: Context) -> list[Found]:
    v, key = vocab(), words(m.group("ref"))
    value = "PRESENT_REF" if key in v.present_ref else "PAST_REF" if key in v.past_ref else "FUTURE_REF"
    return one(m, "DATE", value, True)
