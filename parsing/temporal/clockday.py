"""The day a clock time is on, when none is written with it: a day word after an aside
(``3:42 a.m. local time (0042 GMT) yesterday``), the day of a report's occasion or a market's session
(``told analysts on a call at 8:30 a.m.``, ``rose 6 percent by midday``), the day in the text's focus
a sentence or two before, the time line's day, or the story's day; and whether a bare hour is in an
evening named before.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from . import calendar as cal
from .context import SMALL_HOURS, Context
from .deictic import deictic_day, weekday_day
from .found import day_number, safe_day, words
from .limits import span_start
from .rules import pieces
from .sentences import quoted
from .session import session_day
from .tense import FUTURE, PAST, UNKNOWN
from .vocab import alternation, vocab

EVENING_FROM = 18 * 60  # an evening time is no part of the next day's small hours


def time_day(m: re.Match[str], ctx: Context, minutes: int,
              aside: tuple[str, str | None] | None) -> tuple[str | None, bool]:
    if (m.group("amon") or m.group("amon2")) and ctx.published is not None:  # "16:15 UTC, June 1st"
        mo = vocab().months[m.group("amon") or m.group("amon2")]
        dd = day_number(m.group("aday") or m.group("aday2"))  # "11.52pm on 2 July 2008"
        # the year the day written after the clock is read in, by the same tense ("orders placed by 5
        # p.m. on Dec. 20 would arrive", said in October: this December's)
        start = m.start("amon") if m.group("amon") else m.start("aday2")
        end = max(m.end(g) for g in ("aday", "amon2", "ayear") if m.group(g))
        y = int(m.group("ayear")) if m.group("ayear") else ctx.year_in_focus(start) or cal.year_for(
            ctx.published, mo, dd, ctx.ahead(start, end, day=True))
        d = safe_day(y, mo, dd)
        return (d.isoformat() if d else None), True
    if m.group("thispod"):  # "7 o'clock this morning"
        return deictic_day("today", m, ctx), True
    tail, rel = m.group("tail"), None
    if not tail:
        tail, rel = aside or (None, None)
    if not tail and (_hours_kept(m, ctx.text) or _present_window(m, ctx)):
        return None, False  # "from 8 a.m. to 8 p.m. Eastern time daily": opening hours, no one day
    if not tail and m.group("hh7") and quoted(ctx.text, m.start(), m.end()):
        if ctx.text[max(0, m.start() - 6):m.start()].lower() == "since ":  # "waiting here since four in
            return deictic_day("today", m, ctx), True  # the morning": a state running on to the speaker's now
        return None, False  # "You walk out there at 6 in the morning": a speaker's hour of any day
    if tail:
        if tail.lower() in vocab().deictic_days or words(tail) == "last night":
            return deictic_day(tail, m, ctx), True
        return weekday_day(tail, rel, m, ctx), True
    if ctx.story_day is not None and _reporting_at(m, ctx):
        return ctx.story_day.isoformat(), True
    frame = ctx.frame_day
    session = session_day(ctx, m.start(), m.end(), frame[0] if frame is not None else None)
    if session is not None:  # "shares rose 6.4 percent by midday": the session's day
        return session.isoformat(), True
    if frame is not None and span_start(ctx.text, frame[0]) and ctx.direction(m.start(), m.end()) == PAST:
        frame = None  # "spoken with him twice since Monday night. … gave up at about 7:30": not Monday
    if frame is not None:
        pos, d = frame
        here = ctx.sentences.index(m.start())
        if ctx.sentences.index(pos) >= here - 2:  # over a sentence of comment ("It was the first …")
            if _ahead_of_past_day(d, pos, here, m, ctx):
                return ctx.published.isoformat() if ctx.published else None, True
            if _past_before_coming_day(d, pos, m, ctx):
                past = _past_day_named(here, ctx)
                return (past or ctx.story_day or ctx.published or d).isoformat(), True
            if minutes >= EVENING_FROM and ((ctx.small_hours is not None and ctx.small_hours[0] == pos) or (
                    ctx.peg_small_hours and pos == ctx.peg_at and ctx.direction(m.start(), m.end()) == PAST)):
                d = cal.shift(d, "D", -1)  # "early Wednesday … took the stage before 11 p.m.": Tuesday
            elif minutes < SMALL_HOURS and _A_NIGHT.match(ctx.text, pos):
                d = cal.shift(d, "D", 1)  # "voted Tuesday night … shortly before 1 a.m.": that night's end
            elif _ran_on(ctx, pos, d):  # "before 11 p.m. Tuesday … until about 4 a.m. … at 9 a.m."
                d = cal.shift(d, "D", 1)
            return d.isoformat(), False
    if ctx.clock_day is not None:  # a time line ("reported at 4:40 a.m. ... By 7 a.m."): the day in focus
        direction = ctx.direction(m.start(), m.end())
        if frame is not None and ctx.published is not None and frame[1] > ctx.published and direction == PAST:
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


# "told analysts on a conference call at 8:30 a.m.", "said at a news conference in Chicago that began at
# 10 a.m.", "At a briefing that began at 2 p.m., the governor said": the hour of the report itself,
# an occasion of saying (not a clause reported: "said sirens sounded at 11:31 p.m.")
_OCCASION = (r"(?i:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
             r"(?i:call|conference|briefing|statement|interview|hearing|session|webcast|speech|address|meeting)"
             r"(?:\s+(?i:in|at)(?:\s+the)?(?:\s+[A-Z][\w.'’-]*){1,3})?(?:\s+(?i:with|to)(?:\s+[\w-]+){1,2}?)?"
             r"(?:\s+(?i:that|which)\s+(?i:began|started|opened)|\s+(?i:issued|released|held))?"
             r"\s+(?i:at)\s+(?:(?i:about|around|approximately|shortly\s+(?:after|before))\s+)?$")


@cache
def _reporting_on() -> re.Pattern[str]:
    """A reporting verb of an occasion: ``said on a call at``, ``told a briefing at``."""
    return re.compile(rf"\b(?:(?i:{alternation(vocab().reporting_verbs)}|told)\s+(?:[a-z]+\s+){{0,2}}?"
                      rf"(?i:on|in|during|at)\s+|(?i:told)\s+){_OCCASION}")


_OPENING_AT = re.compile(rf"(?i:at|in|during|on)\s+{_OCCASION}")  # at the start of its sentence
# "according to the minutes, which were released at 9:30 a.m.": the hour a report came out
_RELEASED_AT = re.compile(r"\b(?i:released|published|issued|posted)\s+(?i:at)\s+"
                          r"(?:(?i:about|around|approximately|shortly\s+(?:after|before))\s+)?$")


def _reporting_at(m: re.Match[str], ctx: Context) -> bool:
    """The clock time is when the report was made (``told analysts on a call at 8:30 a.m.``) and its
    sentence names no day before it: the story's day, not a day the narrative went back to."""
    sentence = ctx.sentences.around(m.start())
    said = _reporting_on().search(ctx.text, max(sentence.start, m.start() - 140), m.start()) \
        or _OPENING_AT.match(ctx.text, sentence.start, m.start()) \
        or _RELEASED_AT.search(ctx.text, max(sentence.start, m.start() - 40), m.start())
    if said is None or quoted(ctx.text, m.start(), m.end()):
        return False
    frame = ctx.frame_day  # a day in the words quoted is the speaker's, no day of the telling
    return frame is None or ctx.sentences.index(frame[0]) != ctx.sentences.index(m.start()) \
        or quoted(ctx.text, frame[0], frame[0] + 1) is not None


def evening_frame(m: re.Match[str], ctx: Context, day: date) -> bool:
    """The day in view was named with its evening or night (``on Tuesday night``) a sentence or two
    before, and the clock time takes that day: a bare hour from 6 to 11 is in that evening."""
    frame = ctx.frame_day
    return frame is not None and frame[1] == day and _A_NIGHT.match(ctx.text, frame[0]) is not None \
        and ctx.sentences.index(frame[0]) >= ctx.sentences.index(m.start()) - 2


def _ran_on(ctx: Context, pos: int, day: date) -> bool:
    """The time line, since the day in view was named at ``pos``, has run into the next day (a night
    going on into the small hours): a clock time after it is that next day's."""
    line = ctx.clock_day
    return line is not None and line[0] > pos and line[1] == cal.shift(day, "D", 1)


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


# a set of days right before the clock or its window: "open every Saturday from 10 a.m. to 5:30 p.m.",
# "on Sundays at 9", "each morning between 7 and 9"
_KEPT_BEFORE = re.compile(
    r"\b(?:(?:every|each)\s+(?:day|morning|afternoon|evening|night|weekday|weekend|[A-Z][a-z]+day)"
    r"|(?:on\s+)?(?:weekdays|weekends|[A-Z][a-z]+days))"
    r"\s+(?:(?:from|between|at|until|by)\s+)?(?:\d[\d:.]*\s*(?:[ap]\.?m\.?)?\s*(?:and|to|until|-|–)\s*)?$")


def _hours_kept(m: re.Match[str], text: str) -> bool:
    """A clock time of hours kept every day (``call from 8 a.m. to 8 p.m. Eastern time daily``,
    ``open 9 a.m. to 5 p.m., Monday through Friday``, ``open every Saturday from 10 a.m. to 5:30
    p.m.``): a time of any day, no date."""
    return _HOURS_KEPT.match(text, m.end()) is not None \
        or _KEPT_BEFORE.search(text, max(0, m.start() - 50), m.start()) is not None


# a window of the clock: "between 6pm and 6am", "from 10 p.m. to 6 a.m."
_WINDOW_OPENS = re.compile(r"\b(?:between|from)\s+$")
_WINDOW_GOES_ON = re.compile(r"\s*(?:and|to|until|-|–)\s*\d")
_WINDOW_CLOSES = re.compile(r"\b(?:between|from)\s+\d[\d:.]*\s*(?:[ap]\.?m\.?)?\s*(?:and|to|until|-|–)\s*$",
                            re.I)


def _present_window(m: re.Match[str], ctx: Context) -> bool:
    """A window of the clock in a clause of the simple present, no day written (``bars minors from
    the district between 10 p.m. and 6 a.m.``, ``It applies … between 6pm and 6am``): a rule's hours,
    of every day it holds; in the past or the future (``was shut between 9 p.m. and 5 a.m.``) they are
    one night's."""
    text, lo = ctx.text, max(0, m.start() - 30)
    opens = _WINDOW_OPENS.search(text, lo, m.start()) is not None and _WINDOW_GOES_ON.match(text, m.end())
    closes = _WINDOW_CLOSES.search(text, lo, m.start()) is not None
    return bool(opens or closes) and ctx.direction(m.start(), m.end()) == UNKNOWN


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


def day_after_aside(m: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
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
    """The latest day not after publication named in this or the previous sentence, outside a clause
    that looks ahead (``will have to wait until Thursday, after computers halted the countdown last
    night``: last night)."""
    for pos, day in reversed(ctx.named):
        if ctx.sentences.index(pos) < here - 1:
            return None
        if ctx.published is not None and day <= ctx.published and not ctx.looks_ahead(pos):
            return day  # not "said they would meet on Monday"
    return None


def _past_before_coming_day(d: date, pos: int, m: re.Match[str], ctx: Context) -> bool:
    """A clock time in a past clause ("weighed in shortly after noon") is not on a day still to come
    that a future clause just before named ("she planned to meet him Thursday", "will try again at
    noon Thursday", said on Thursday): it is the day of a past day named just before, or the
    story's, or the publication's."""
    return ctx.published is not None and ctx.direction(m.start(), m.end()) == PAST and (
        d > ctx.published or (d == ctx.published and ctx.looks_ahead(pos)))
