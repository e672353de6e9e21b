"""A part of the day said without its day: ``for much of the evening``, ``by mid-morning``,
``had travelled overnight``.

In narration the part belongs to the day the text has just dated: ``Footage aired on Tuesday
evening … the channel ran a banner for much of the evening`` is Tuesday's evening. The value is
that day with the part (``…TEV``); ``overnight`` in a past clause is the night before the day in
view, else before the story's day, else before the day of publication (people who "travelled
overnight" to a rally that day came the night before it; "the selling began overnight in Tokyo"
the night before the trading the story reports). An hour of a market session (``in afternoon
trading``, ``shares fell 4 percent by mid-morning``) is the session's day, which ``session`` decides;
else the day in view, else the story's day.

Only where a preposition makes the part a time of the narrated events (in, during, through, for, by,
until, after, before, much/most/rest/course/part of, spent; ``of`` after a ranked event: ``the
loudest applause of the night``) and the clause is past. The day is the one dated in the same or the
previous sentence, else the story's day as its lede dates it (not in a speaker's words); for
``overnight``, the report's day will do. A night gone on the day of the report is last night's. A
habit (``often worked into the evening``), a plan (``will meet in the morning``) or a part with no
day at all is left out: a null beats a wrong day. The part may be early or late (``in the early
afternoon``, ``by late morning``) and, after ``by`` or ``until``, stand alone (``by evening``). The
night (``through the night``) is the dated day's, or the day before's when that day is named by its
small hours (``early Thursday``, ``at 1 a.m. on Tuesday``), as an evening is.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from datetime import date, timedelta

from ..model import TimeExpression
from .calendar import DAY_VALUE, closes_period
from .context import Context
from .ranges import expression, numbered
from .sentences import quoted
from .session import SESSION_AFTER, session_day
from .tense import FUTURE, PAST
from .vocab import vocab

_WORDS = ("morning", "afternoon", "evening", "night", "overnight",  # found with str.find: a plain scan
          "dawn", "daybreak", "first light", "dusk", "nightfall")
_EDGES = frozenset(("dawn", "daybreak", "first light", "dusk", "nightfall"))  # moments, said bare
_PART = re.compile(
    r"\b(?:(?i:in|during|through|throughout|into|by|until|till|after|before|for)"
    r"|(?i:much|most|rest|course|part|middle|remainder)\s+of|(?i:spen[dt]s?|spending))\s+"
    r"(?P<part>(?i:the\s+(?:(?:early|late)\s+)?|(?:early|late)\s+|mid-?))$")
_BY = re.compile(r"\b(?i:by|until|till)\s+(?P<part>)$")  # "by evening": the part alone, no article
_LATER = frozenset(("by", "until", "till", "after"))  # a part of the day reached from an earlier time
# "the loudest applause of the night", "the first question of the morning": one of the part's events
_OF_RANKED = re.compile(r"\b(?:[a-z]{2,}est|first|last|only|second|third)\b[^.,;:!?\u201c\"]{0,30}?\s"
                        r"(?i:of)\s+(?P<part>(?i:the)\s+)$")
_AT_EDGE = re.compile(r"\b(?i:at|before|after|since|from)\s+(?P<part>)$")  # "before dawn", "at first light"
# "before dawn Thursday" (as "early Thursday", which the context knows): the night before is Wednesday's
_BEFORE_DAWN = re.compile(r"(?i:before\s+dawn)\s+$")
_IN_TRADING = re.compile(r"\b(?i:in)\s+(?P<part>(?:(?i:early|late)\s+)?)$")  # "in late afternoon trading"
_OVERNIGHT = re.compile(r"(?<![\w-])(?i:overnight)$")
# "overnight" before a noun, after a determiner, a possessive or a preposition: the noun's adjective
_OVERNIGHT_NOUN = re.compile(r" (?!(?:in|on|at|to|from|with|by|for|of|and|or|but|as|when|while|after|before|"
                             r"until|into|during|along|across|near|through|amid)\b)[a-z]+\b")
_DETERMINED = re.compile(r"\b(?i:a|an|the|its|his|her|their|our|your|my|this|that|these|those|for|on|of|to|by"
                         r"|with|in|at|from|two|three|several|\w+['’]s)\s+$")
# a habit: its adverbs, or every/each with a unit of time ("every night"), not "joined every Republican"
_HABIT = re.compile(r"\b(?i:often|usually|always|typically|generally|normally|sometimes"
                    r"|(?:every|each)\s+(?:other\s+|single\s+)?(?:day|night|morning|afternoon|evening|week"
                    r"|weekend|month|year|time|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?)\b")
_SMALL_HOURS = re.compile(r"T0[0-5]:")


def _days_before(times: list[TimeExpression], starts: list[int], pos: int, ctx: Context,
                 back: int) -> Iterator[tuple[TimeExpression, str]]:
    """The expressions dated to a day before ``pos``, latest first, with their values, in the same
    sentence or the ``back`` sentences before it."""
    k = bisect.bisect_left(starts, pos) - 1
    while k >= 0 and ctx.within(times[k].start, pos, back):
        value = times[k].value
        if value and DAY_VALUE.match(value):
            yield times[k], value
        k -= 1


def _dated_before(times: list[TimeExpression], starts: list[int], pos: int, ctx: Context,
                 evening: bool) -> date | None:
    """The day of the latest expression dated to a day before ``pos``, in the same or the previous
    sentence; for an ``evening`` or an afternoon, a clock time in the small hours stands for the day
    before (``conceded at 1:17 a.m. … the mood had swung over the course of the evening``)."""
    for t, value in _days_before(times, starts, pos, ctx, 1):
        if ctx.text[t.start - 1:t.start] == "(" or closes_period(ctx.text, t.start):
            continue  # not "(0310 GMT)", the time before in another zone; not "Its fiscal year ends Jan. 30."
        small_hours = evening and (_SMALL_HOURS.match(value, 10)
                                   or ctx.small_hours_at(t.start, morning=False)
                                   or _BEFORE_DAWN.search(ctx.text, max(0, t.start - 14), t.start))
        day = date.fromisoformat(value[:10])
        return day - timedelta(days=1) if small_hours else day
    return None


def _named_before(times: list[TimeExpression], starts: list[int], pos: int, ctx: Context) -> int | None:
    """Where the latest day-precise time before ``pos`` in its sentence starts."""
    return next((t.start for t, _value in _days_before(times, starts, pos, ctx, 0)), None)


_ON = re.compile(r"\s+(?:(?i:on)\s+)?")


def _day_after(text: str, times: list[TimeExpression], starts: list[int], end: int) -> date | None:
    """The day written right after a moment of it (``dawn today``, ``at dawn on Friday``)."""
    k = bisect.bisect_left(starts, end)
    if k == len(times):
        return None
    t = times[k]
    gap = _ON.fullmatch(text, end, t.start)
    return date.fromisoformat(t.value[:10]) if gap and t.value and DAY_VALUE.match(t.value) else None


def _occurrences(text: str) -> list[tuple[str, int]]:
    """(word, position) of each part-of-day word in ``text`` (any case), in order."""
    lower = text.lower()
    found = []
    for word in _WORDS:
        at = lower.find(word)
        while at != -1:
            found.append((word, at))
            at = lower.find(word, at + len(word))
    return sorted(found, key=lambda f: f[1])


def parts_of_day(times: list[TimeExpression], ctx: Context) -> list[TimeExpression]:
    """``times`` with the parts of the day said without their day added, in order."""
    text = ctx.text
    starts = [t.start for t in times]
    added: list[TimeExpression] = []
    codes = vocab().parts_of_day
    for word, at in _occurrences(text):
        end = at + len(word)
        if text[end:end + 1].isalpha() or text[end:end + 2] in ("'s", "’s"):
            continue  # "nightly"; "the night's most heated exchange", a possessor, no time of events
        if word == "overnight":
            if _OVERNIGHT_NOUN.match(text, end) and _DETERMINED.search(text, max(0, at - 24), at):
                continue  # "an overnight express", "the overnight shift", "on overnight loans": an adjective
            group, m = "overnight", _OVERNIGHT.search(text, max(0, at - 1), end)
            start = at
        elif SESSION_AFTER.match(text, end) and word != "evening":
            group, m = "trading", _IN_TRADING.search(text, max(0, at - 12), at)
            start = m.start("part") if m is not None and m.group("part") else at
        else:
            if at and text[at - 1].isalpha() and text[at - 3:at].lower() != "mid":
                continue  # "tonight", "midnight": other words
            group = "part"
            m = _PART.search(text, max(0, at - 40), at) or _BY.search(text, max(0, at - 8), at) \
                or _OF_RANKED.search(text, max(0, at - 50), at)
            if m is None and word in _EDGES:
                m = _AT_EDGE.search(text, max(0, at - 8), at)
            if m is None or (m.group("part").lower().startswith("mid") and word in ("evening", "night")):
                continue
            start = m.start("part") if m.group("part") else at
        if m is None or any(t.start < end and start < t.end for t in times):
            continue
        sentence = ctx.sentences.around(start)
        direction = ctx.direction(start, end)
        if _HABIT.search(text, sentence.start, sentence.end) or (
                direction != PAST and not (group == "trading" and direction != FUTURE)):
            continue  # a market report may be in the present: "shares are up 2% in morning trading"
        day = _day_after(text, times, starts, end) if word in _EDGES else None  # "at dawn on Friday"
        if day is None and word not in _EDGES:  # "shares fell 4 percent in morning trading": the session's
            day = session_day(ctx, start, end, _named_before(times, starts, start, ctx))
        if day is None:
            later = m.group(0).split(None, 1)[0].lower() in _LATER  # "said early Tuesday … By late
            # afternoon the number had fallen": a part reached after the small hours is that same day's
            evening = word in ("evening", "afternoon", "night") and not later
            day = _dated_before(times, starts, start, ctx, evening)
            if day is not None and ctx.published is not None and day > ctx.published:
                day = None  # "testimony that stretched into the evening" after a deadline still to come
        if day is None and group == "overnight":
            day = ctx.peg_day or ctx.published  # the night before the story's day, else the report's
        elif day is None and group == "trading":  # the market day the story reports
            day = ctx.peg_day
        elif day is None and ctx.peg is not None and word not in _EDGES \
                and quoted(text, start, end) is None:  # "kept the chamber in session through
            day = ctx.peg_day  # the night": the story's day, as no other is in view (not a speaker's night)
            if day is not None and word in ("evening", "night") and ctx.peg_small_hours:
                day -= timedelta(days=1)  # the story named by its small hours ("early Thursday")
        if day is not None and word == "night" and day == ctx.published and group == "part":
            day -= timedelta(days=1)  # a night gone, told on the day of the report: last night
        if day is None:
            continue
        if group == "overnight":
            day -= timedelta(days=1)
        value = f"{day.isoformat()}T{codes[word]}"
        added.append(expression(text, start, end, "TIME", value, True, 0, ctx.published))
    if not added:
        return times
    out = sorted(times + added, key=lambda t: t.start)
    return numbered(out)
