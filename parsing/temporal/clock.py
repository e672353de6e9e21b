"""Clock times (``9:42 p.m.``, ``15:00 GMT Saturday``, ``noon``): the hour and minute as written,
its zone, a time line running forward, and the day each is on (a day written with it, or else
``clockday``: the day in the text's focus or the story's day)."""

from __future__ import annotations

import re
from datetime import date

from . import calendar as cal
from .clockday import day_after_aside, evening_frame, time_day
from .context import IN_BRACKETS, SMALL_HOURS, Context
from .found import Found, one, words
from .tense import FUTURE, PAST
from .vocab import vocab
from .zones import zone


def time_of_day(m: re.Match[str], ctx: Context) -> list[Found]:
    """Clock times; the day comes from a tail word, or a dated day just before in the text."""
    word = (m.group("word") or "").lower()
    if word:
        hh, mm = (24, 0) if word == "midnight" else (12, 0)
        if m.group("offset"):  # "a quarter to midnight": 23:45; "ten past midnight": 00:10
            step = vocab().clock_offsets[m.group("offset").lower().removeprefix("a ").strip()]
            past = m.group("offdir").lower() == "past"
            hh, mm = divmod((0 if hh == 24 and past else hh) * 60 + (step if past else -step), 60)
    else:
        hh = _hour(m)
        mm = int(m.group("mm") or m.group("mm2") or m.group("mm3") or m.group("mm6") or 0)
        ampm = (m.group("ampm") or m.group("ampm2") or m.group("ampm4") or "").lower()
        if (ampm.startswith("p") or (not ampm and (_later_in_the_day(m) or _after_noon(m, hh)))) and hh < 12:
            hh += 12  # "9 p.m.", "nine o'clock tonight"
        elif ampm.startswith("a") and hh == 12:
            hh = 0
    if hh > 24 or (hh == 24 and mm):
        return []
    stamp = _entry_stamp(m, ctx.text)  # a live blog's "**18:45** — ...": on the day of the report
    aside = day_after_aside(m, ctx)
    written, relative = (ctx.published.isoformat(), True) if stamp and ctx.published else \
        time_day(m, ctx, hh * 60 + mm, aside)
    day = date.fromisoformat(written) if written else None
    bare = not (word or ampm or _twenty_four_hour(m) or _part_written(m))  # "0430 GMT" is no afternoon time
    if day is not None and bare and 6 <= hh < 12 and evening_frame(m, ctx, day):
        hh += 12  # "on Tuesday night … The event was scheduled to end at 8:30": 20:30
    restated = _restated_day(m, ctx, hh * 60 + mm)
    universal = _universal_day(m, ctx, hh * 60 + mm) if restated is None and day is None else None
    if restated is not None:  # "at 6:45 p.m. local time (2145 GMT) on Wednesday": the same moment
        day, relative = restated
    elif universal is not None:  # "at 12:20 a.m. (2320 GMT Monday)": with no day of its own, the day
        # the universal time gives
        day, relative = universal, True
    elif day is not None and not (m.group("tail") or m.group("thispod") or m.group("nextday") or stamp
                                  or aside):  # "noon on Sunday": the day named
        hh, day = _in_time_line(hh, mm, bare, day, m, ctx)  # stamps run newest first
    if day is not None and m.group("nextday"):  # "2:30 the next day"
        day = cal.shift(day, "D", 1)
    if hh == 24 and day is not None and day == ctx.published and not m.group("tail") \
            and _AFTER.search(ctx.text, max(0, m.start() - 8), m.start()) is not None \
            and ctx.direction(m.start(), m.end()) == PAST:
        day = cal.shift(day, "D", -1)  # "approved shortly after midnight", reported that day: the
        # midnight that began it (the one that ends it is still to come)
    if day is not None and (ctx.published is None or day <= ctx.published) and restated is None \
            and ctx.direction(m.start(), m.end()) != FUTURE and not ctx.status_time(m.start()):
        # a time line is of what has happened: "talks at 10 a.m. tomorrow", "a crest expected
        # between 8 p.m. and …" start none; a restatement in brackets in another zone ("(2320 GMT
        # Monday)") keeps the local one
        ctx.clock_day, ctx.clock_minutes = (m.start(), day), hh * 60 + mm
    clock = f"T{hh:02d}:{mm:02d}{zone(m.group('tz'), day, m.group('tzoff'))}"
    if day is not None:
        ctx.last_clock = (m.end(), day, hh * 60 + mm, relative)
    if day is None:
        return one(m, "TIME", None if relative else clock, relative)
    return one(m, "TIME", f"{day.isoformat()}{clock}", relative)


_AFTER = re.compile(r"\b(?i:after|past)\s+$")  # "approved shortly after midnight", "ran past midnight"
_HALF_DAY = 12 * 60


def _restated_day(m: re.Match[str], ctx: Context, minutes: int) -> tuple[date, bool] | None:
    """The day of a clock time in brackets right after another (``6:45 p.m. local time (2145 GMT)``):
    the same moment in another zone, on the first one's day, or the day after or before when the two
    readings are more than half a day apart (``11 p.m. local time (0300 GMT)``)."""
    last = ctx.last_clock
    if last is None or not IN_BRACKETS.fullmatch(ctx.text, last[0], m.start()):
        return None
    _end, day, before, relative = last
    day = _same_moment(day, minutes - before)
    named = vocab().weekdays.get(m.group("tail") or "")
    return None if named is not None and named != day.weekday() else (day, relative)  # its own day wins


# a clock time in brackets in universal time with its weekday, right after a local clock time (and its
# zone or "local time"): "12:20 a.m. (2320 GMT Monday)", "2:15 a.m. local time (1815 GMT Monday)"
_UNIVERSAL_AFTER = re.compile(r"(?:\s+(?:local\s+time|[A-Z]{2,4}))?\s*\(\s*(?P<hh>\d{1,2}):?(?P<mm>\d\d)\s*"
                              r"(?:GMT|UTC)\s+(?:on\s+)?(?P<wd>[A-Z][a-z]+\.?)\s*\)")


def _universal_day(m: re.Match[str], ctx: Context, minutes: int) -> date | None:
    """The day of a local clock time that a universal time in brackets restates with its weekday: the
    universal time's day, or the day after or before when the two readings are more than half a day
    apart (``12:20 a.m. (2320 GMT Monday)``: Tuesday, an hour ahead of GMT)."""
    after = _UNIVERSAL_AFTER.match(ctx.text, m.end())
    wd = vocab().weekdays.get(after.group("wd")) if after is not None else None
    if after is None or wd is None or ctx.published is None:
        return None
    gmt = cal.weekday(ctx.published, wd, FUTURE if ctx.direction(m.start(), m.end()) == FUTURE else PAST)
    return _same_moment(gmt, minutes - (int(after.group("hh")) * 60 + int(after.group("mm"))))


def _same_moment(day: date, delta: int) -> date:
    """The day of a clock reading ``delta`` minutes off the same moment read on ``day`` in another zone:
    that day, or the next or the one before when the readings are more than half a day apart (``11
    p.m. local time (0300 GMT)``: GMT's next day)."""
    if delta < -_HALF_DAY:
        return cal.shift(day, "D", 1)
    return cal.shift(day, "D", -1) if delta > _HALF_DAY else day


_STAMP_AFTER = re.compile(r"[*_\])\s]*[\u2014\u2013:|-]")


def _entry_stamp(m: re.Match[str], text: str) -> bool:
    """A clock time that opens its paragraph, set off by a dash or colon, stamps the entry of a live
    blog or a log of the day (``**18:45** — The union says ...``): it is on the day of the report."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start:m.start()].strip("*_[ \t") and _STAMP_AFTER.match(text, m.end()) is not None


def _written_hour(m: re.Match[str]) -> str:
    return m.group("hh") or m.group("hh2") or m.group("hh3") or m.group("hh4") or m.group("hh5") \
        or m.group("hh6") or m.group("hh7") or ""


def _hour(m: re.Match[str]) -> int:
    """The hour as written: digits, or a number word before ``o'clock``."""
    written = _written_hour(m)
    return int(written) if written.isdigit() else int(vocab().number(written) or 0)


def _twenty_four_hour(m: re.Match[str]) -> bool:
    """A clock written on the 24-hour dial: ``0430``, ``04:30``, ``16:15``, ``1030 GMT`` (four digits and
    no colon, as wire copy writes military time)."""
    written = _written_hour(m)
    return written.startswith("0") or (written.isdigit() and int(written) > 12) or bool(m.group("hh3"))


def _part_written(m: re.Match[str]) -> str:
    """The part of the day written after the hour: ``in the afternoon``, ``at night``."""
    return (m.group("inpod") or m.group("inpod2") or m.group("inpod3") or "").lower()


def _after_noon(m: re.Match[str], hh: int) -> bool:
    """``five in the afternoon``, ``eight in the evening``, ``ten at night`` (not ``two at night``)."""
    part = _part_written(m)
    return part.endswith(("afternoon", "evening")) or (part.endswith("night") and hh >= 6)


def _later_in_the_day(m: re.Match[str]) -> bool:
    """``tonight``, ``last night``, ``this afternoon``/``evening``, ``that night``, ``yesterday
    afternoon``, ``Tuesday evening`` after a clock time with no a.m./p.m.: after noon."""
    tail = words(m.group("tail"))
    pod = (m.group("thispod") or m.group("thatpod") or m.group("tailpod") or "").lower()
    return tail in ("tonight", "last night") or vocab().parts_of_day.get(pod) in ("AF", "EV", "NI")


_EVENING = 20 * 60
_MORNING = re.compile(r"\b(?i:morning|dawn|daybreak|sunrise)\b")  # a morning named in the sentence


def _in_time_line(hh: int, mm: int, bare: bool, day: date, m: re.Match[str],
                  ctx: Context) -> tuple[int, date]:
    """A clock time that follows another on the same day a few sentences before reads forward from
    it, as a narrative runs ("By 10 p.m. ... said around 10:30", "shortly after midnight ... took
    the stage at 1:40 a.m."): a time written without a.m./p.m. that would fall before an afternoon
    one is in the afternoon or evening, and a time in the small hours after a late-evening one is on
    the next day."""
    prev = ctx.clock_day
    if prev is None or prev[1] != day or not ctx.within(prev[0], m.start(), 4):
        return hh, day
    minutes, before = hh * 60 + mm, ctx.clock_minutes
    if bare and 1 <= hh < 12 and before >= 12 * 60 and minutes + 12 * 60 >= before \
            and not _MORNING.search(ctx.text, ctx.sentences.around(m.start()).start, m.start()):
        return hh + 12, day  # (not "on Monday morning … for the doors to open at 9 o'clock")
    if hh == 24 and before < SMALL_HOURS:  # "declared shortly after 3am on Friday … since before
        return hh, cal.shift(day, "D", -1)  # midnight": the midnight that began that day
    if minutes < SMALL_HOURS and before >= _EVENING:
        return hh, cal.shift(day, "D", 1)
    if minutes < SMALL_HOURS and minutes < before and _forward_in_sentence(prev[0], m, ctx) \
            and ctx.text[max(0, m.start() - 1):m.start()] != "(":  # not "3:42 a.m. local time (0042 GMT)"
        return hh, cal.shift(day, "D", 1)  # "resumed at 10 a.m. ... before ending at 1:30 a.m."
    return hh, day


_BACKWARD = re.compile(r"\b(?i:after|since|earlier|ago)\b")


def _forward_in_sentence(prev: int, m: re.Match[str], ctx: Context) -> bool:
    """Within one sentence, a time in the small hours after a later clock time of the same day is
    the next day's, as the sentence runs forward; not where what lies between looks back (``at
    9 a.m., six hours after the quake struck at 3 a.m.``)."""
    if ctx.sentences.index(prev) != ctx.sentences.index(m.start()):
        return False
    return _BACKWARD.search(ctx.text, prev, m.start()) is None
