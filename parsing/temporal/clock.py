"""Clock times (``9:42 p.m.``, ``15:00 GMT Saturday``, ``noon``) and the day each is on: a day
written with it, the day in the text's focus, a time line running forward, or the story's day."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from . import calendar as cal
from .context import SMALL_HOURS, Context, Found, day_number, one, safe_day
from .deictic import deictic_day, weekday_day
from .rules import pieces
from .sentences import quoted
from .tense import FUTURE, PAST
from .vocab import alternation, vocab


def time_of_day(m: re.Match[str], ctx: Context) -> list[Found]:
    """Clock times; the day comes from a tail word, or a dated day just before in the text."""
    word = (m.group("word") or "").lower()
    if word:
        hh, mm = (24, 0) if word == "midnight" else (12, 0)
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
    aside = _day_after_aside(m, ctx)
    written, relative = (ctx.published.isoformat(), True) if stamp and ctx.published else \
        _time_day(m, ctx, hh * 60 + mm, aside)
    day = date.fromisoformat(written) if written else None
    if day is not None and not (word or ampm or _twenty_four_hour(m)) and 6 <= hh < 12 \
            and _evening_frame(m, ctx, day):
        hh += 12  # "on Tuesday night … The event was scheduled to end at 8:30": 20:30
    restated = _restated_day(m, ctx, hh * 60 + mm)
    if restated is not None:  # "at 6:45 p.m. local time (2145 GMT) on Wednesday": the same moment
        day, relative = restated
    elif day is not None and not (m.group("tail") or m.group("thispod") or m.group("nextday") or stamp
                                  or aside):  # "noon on Sunday": the day named
        bare = not (word or ampm or _twenty_four_hour(m))  # "0430 GMT" is no afternoon time
        hh, day = _in_time_line(hh, mm, bare, day, m, ctx)  # stamps run newest first
    if day is not None and m.group("nextday"):  # "2:30 the next day"
        day = cal.shift(day, "D", 1)
    if day is not None and (ctx.published is None or day <= ctx.published) \
            and ctx.direction(m.start(), m.end()) != FUTURE:
        # a time line is of what has happened: "talks at 10 a.m. tomorrow", "a crest expected
        # between 8 p.m. and …" start none
        ctx.clock_day, ctx.clock_minutes = (m.start(), day), hh * 60 + mm
    clock = f"T{hh:02d}:{mm:02d}{_zone(m.group('tz'), m.group('tzoff'))}"
    if day is not None:
        ctx.last_clock = (m.end(), day, hh * 60 + mm, relative)
    if day is None:
        return one(m, "TIME", None if relative else clock, relative)
    return one(m, "TIME", f"{day.isoformat()}{clock}", relative)


_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*$")
_HALF_DAY = 12 * 60


def _restated_day(m: re.Match[str], ctx: Context, minutes: int) -> tuple[date, bool] | None:
    """The day of a clock time in brackets right after another (``6:45 p.m. local time (2145 GMT)``):
    the same moment in another zone, on the first one's day, or the day after or before when the two
    readings are more than half a day apart (``11 p.m. local time (0300 GMT)``)."""
    last = ctx.last_clock
    if last is None or not _IN_BRACKETS.fullmatch(ctx.text, last[0], m.start()):
        return None
    _end, day, before, relative = last
    if minutes - before < -_HALF_DAY:
        day = cal.shift(day, "D", 1)
    elif minutes - before > _HALF_DAY:
        day = cal.shift(day, "D", -1)
    named = vocab().weekdays.get(m.group("tail") or "")
    return None if named is not None and named != day.weekday() else (day, relative)  # its own day wins


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
    """A clock written on the 24-hour dial: ``0430``, ``04:30``, ``16:15``."""
    written = _written_hour(m)
    return written.startswith("0") or (written.isdigit() and int(written) > 12)


def _after_noon(m: re.Match[str], hh: int) -> bool:
    """``five in the afternoon``, ``eight in the evening``, ``ten at night`` (not ``two at night``)."""
    part = (m.group("inpod") or m.group("inpod2") or "").lower()
    return part.endswith(("afternoon", "evening")) or (part.endswith("night") and hh >= 6)


def _later_in_the_day(m: re.Match[str]) -> bool:
    """``tonight``, ``this afternoon``/``evening`` after a clock time with no a.m./p.m.: after noon."""
    tail, pod = (m.group("tail") or "").lower(), (m.group("thispod") or "").lower()
    return tail == "tonight" or vocab().parts_of_day.get(pod) in ("AF", "EV", "NI")


_EVENING = 20 * 60
_EVENING_FROM = 18 * 60  # an evening time is no part of the next day's small hours


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
    if bare and 1 <= hh < 12 and before >= 12 * 60 and minutes + 12 * 60 >= before:
        return hh + 12, day
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


def _zone(tz: str | None, shift: str | None = None) -> str:
    """``Z`` for UTC/GMT, and an offset written after them (``GMT +8``, ``UTC-05:30``) as the clock's
    own: ``+08:00``. A named zone (``EST``, ``Eastern time``, ``CEST``, ``local time``) leaves the
    clock as written, as TimeML values it (TimeBank, and every TimeML-style set written blind for
    this project); the zone stays in the text."""
    if tz is None or tz not in vocab().zulu_zones:
        return ""
    return _written_offset(shift) if shift else "Z"


def _written_offset(shift: str) -> str:
    """``+8`` -> ``+08:00``, ``- 0530`` -> ``-05:30``, ``+0`` -> ``Z``."""
    sign = "+" if shift[0] == "+" else "-"
    digits = "".join(ch for ch in shift if ch.isdigit())
    hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    if int(hours) == 0 and int(minutes) == 0:
        return "Z"
    return f"{sign}{int(hours):02d}:{int(minutes):02d}"


def _time_day(m: re.Match[str], ctx: Context, minutes: int,
              aside: tuple[str, str | None] | None) -> tuple[str | None, bool]:
    if (m.group("amon") or m.group("amon2")) and ctx.published is not None:  # "16:15 UTC, June 1st"
        mo = vocab().months[m.group("amon") or m.group("amon2")]
        dd = day_number(m.group("aday") or m.group("aday2"))  # "11.52pm on 2 July 2008"
        y = int(m.group("ayear")) if m.group("ayear") else cal.year_for(ctx.published, mo, dd, PAST)
        d = safe_day(y, mo, dd)
        return (d.isoformat() if d else None), True
    if m.group("thispod"):  # "7 o'clock this morning"
        return deictic_day("today", m, ctx), True
    tail, rel = m.group("tail"), None
    if not tail:
        tail, rel = aside or (None, None)
    if not tail and _hours_kept(m, ctx.text):
        return None, False  # "from 8 a.m. to 8 p.m. Eastern time daily": opening hours, no one day
    if not tail and m.group("hh7") and quoted(ctx.text, m.start(), m.end()):
        return None, False  # "You walk out there at 6 in the morning": a speaker's hour of any day
    if tail:
        if tail.lower() in vocab().deictic_days:
            return deictic_day(tail, m, ctx), True
        return weekday_day(tail, rel, m, ctx), True
    if ctx.frame_day is not None:
        pos, d = ctx.frame_day
        here = ctx.sentences.index(m.start())
        if ctx.sentences.index(pos) >= here - 2:  # over a sentence of comment ("It was the first …")
            if _ahead_of_past_day(d, pos, here, m, ctx):
                return ctx.published.isoformat() if ctx.published else None, True
            if _past_before_coming_day(d, pos, m, ctx):
                past = _past_day_named(here, ctx)
                return (past or ctx.published or d).isoformat(), True
            if ctx.small_hours is not None and ctx.small_hours[0] == pos and minutes >= _EVENING_FROM:
                d = cal.shift(d, "D", -1)  # "early Wednesday … took the stage before 11 p.m.": Tuesday
            elif minutes < SMALL_HOURS and _A_NIGHT.match(ctx.text, pos):
                d = cal.shift(d, "D", 1)  # "voted Tuesday night … shortly before 1 a.m.": that night's end
            return d.isoformat(), False
    if ctx.clock_day is not None:  # a time line ("reported at 4:40 a.m. ... By 7 a.m."): the day in focus
        frame, direction = ctx.frame_day, ctx.direction(m.start(), m.end())
        if frame is not None and ctx.published is not None and frame[1] > ctx.published \
                and not ctx.within(frame[0], m.start(), 4) and direction == PAST:
            frame = None  # "the Senate is due to vote on June 22" frames no time of what has happened
        pos, d = max(ctx.clock_day, frame or ctx.clock_day)
        if ctx.published is not None and d < ctx.published and direction == FUTURE \
                and quoted(ctx.text, m.start(), m.end()) is None:
            d = ctx.published  # "buses would run … until midnight": ahead, not on a day gone (a speaker's
            # future is from when it was said, which may be a day gone)
        return _night_after(d, minutes, ctx).isoformat(), True
    if m.group("tz") and ctx.published is not None:  # a zoned clock time in a report: that day's
        return ctx.published.isoformat(), True
    if ctx.story_day is not None and ctx.direction(m.start(), m.end()) == PAST and not _other_period(m, ctx):
        return _night_after(ctx.story_day, minutes, ctx).isoformat(), True  # on the story's day
    return None, False


def _evening_frame(m: re.Match[str], ctx: Context, day: date) -> bool:
    """The day in view was named with its evening or night (``on Tuesday night``) a sentence or two
    before, and the clock time takes that day: a bare hour from 6 to 11 is in that evening."""
    frame = ctx.frame_day
    return frame is not None and frame[1] == day and _A_NIGHT.match(ctx.text, frame[0]) is not None \
        and ctx.sentences.index(frame[0]) >= ctx.sentences.index(m.start()) - 2


_A_NIGHT = re.compile(r"[A-Z][a-z]+\.?\s+(?i:night|evening)\b")  # "Tuesday night", "Friday evening"


def _night_after(day: date, minutes: int, ctx: Context) -> date:
    """``day``, or the next day for a time in the small hours when the text has named that next day by
    its small hours (``early Wednesday``): the race ``not called until after 1 a.m.`` of a Tuesday
    night's count is on Wednesday."""
    after = ctx.small_hours
    return after[1] if minutes < SMALL_HOURS and after is not None and after[1] == cal.shift(day, "D", 1) \
        else day


_HOURS_KEPT = re.compile(
    r"(?:(?!\s(?:and|but)\s)[^.;:!?\n]){0,40}?"  # within the clause, not past "and"/"but"
    r"\b(?:daily|nightly|every\s+day|each\s+day|a\s+day|seven\s+days\s+a\s+week|on\s+weekdays"
    r"|(?:Monday|Sunday)\s+(?:through|to|-|–)\s+(?:Friday|Saturday|Sunday))\b")


def _hours_kept(m: re.Match[str], text: str) -> bool:
    """A clock time of hours kept every day (``call from 8 a.m. to 8 p.m. Eastern time daily``,
    ``open 9 a.m. to 5 p.m., Monday through Friday``): a time of any day, no date."""
    return _HOURS_KEPT.match(text, m.end()) is not None


@cache
def _day_after_aside_re() -> re.Pattern[str]:
    """A closing parenthesis or a parenthetical, then a one-word deictic day or a weekday."""
    v = vocab()
    deictic = [d for d in v.deictic_days if " " not in d]  # today, yesterday, tomorrow, tonight
    days = rf"(?i:{alternation(deictic)})(?![A-Za-z])|{pieces(v)['WDFULL']}"
    return re.compile(rf"(?:\)|\s+\([^()\n]{{1,30}}\))\s+(?:(?i:on)\s+)?(?P<day>{days})")


@cache
def day_said_re() -> re.Pattern[str]:
    """``on Wednesday``, ``last Tuesday``: a weekday written straight after a clock time."""
    return re.compile(rf"\s+(?:(?i:on)|(?P<rel>(?i:last|this|next)))\s+(?P<day>{pieces(vocab())['WDFULL']})")


def _day_after_aside(m: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    """The day word after a clock time and its equivalent in another zone: ``3:42 a.m. local time
    (0042 GMT) yesterday``, ``at 6:45 p.m. local time (2145 GMT) on Wednesday`` (both times are that
    day's), or a day of its own (``at 6 a.m. last Tuesday``), its clock's."""
    found = _day_after_aside_re().match(ctx.text, m.end()) or day_said_re().match(ctx.text, m.end())
    return (found.group("day"), found.groupdict().get("rel")) if found is not None else None


def _other_period(m: re.Match[str], ctx: Context) -> bool:
    """The sentence already set a time that is no day ("from 2013 to 2019, ... until 3 a.m."): the
    clock time is in that period, not on the story's day."""
    if ctx.recent is None:
        return False
    pos, value = ctx.recent
    return ctx.sentences.index(pos) == ctx.sentences.index(m.start()) and len(value) < 10


def _ahead_of_past_day(d: date, pos: int, here: int, m: re.Match[str], ctx: Context) -> bool:
    """A clock time in a future clause ("it would update the public at 9 a.m.") does not take a
    day already past that an earlier sentence named: it is the publication day's."""
    return (ctx.published is not None and d < ctx.published and ctx.sentences.index(pos) < here
            and ctx.direction(m.start(), m.end()) == FUTURE
            and _WAS_TO.search(ctx.text, max(ctx.sentences.around(m.start()).start, m.start() - 60),
                               m.start()) is None)


# the future of a past ("The event was scheduled to end at 8:30"): still the day in view
_WAS_TO = re.compile(r"\b(?:was|were)\s+(?:(?:scheduled|due|expected|set|slated|supposed|planned|meant)\s+)?"
                     r"to\s[^,;.]*$")


def _past_day_named(here: int, ctx: Context) -> date | None:
    """The latest day not after publication named in this or the previous sentence (``will have to
    wait until Thursday, after computers halted the countdown last night``: last night)."""
    for pos, day in reversed(ctx.named):
        if ctx.sentences.index(pos) < here - 1:
            return None
        if ctx.published is not None and day <= ctx.published:
            return day
    return None


def _past_before_coming_day(d: date, pos: int, m: re.Match[str], ctx: Context) -> bool:
    """A clock time in a past clause ("weighed in shortly after noon") is not on a day still to come
    that a future clause just before named ("she planned to meet him Thursday"): it is the
    publication day's."""
    return ctx.published is not None and d > ctx.published and ctx.direction(pos, pos + 1) == FUTURE \
        and ctx.direction(m.start(), m.end()) == PAST
