"""Resolvers for days said relative to the text: weekdays, today, the day, and
PRESENT_REF/PAST_REF/FUTURE_REF (clock times are in :mod:`.clock`, holidays in :mod:`.holidays`)."""

from __future__ import annotations

import re
from datetime import date

from ..model import TimeType
from . import calendar as cal
from .apposition import apposed_date, weekday_of_date
from .context import Context
from .coordinated import in_week, listed_after, of_week
from .cues import SUBJECT_PRONOUNS, find_cues
from .found import ANAPHORIC_REL, Found, offset, one, words
from .guards import prev_word
from .limits import span_start
from .scheduled import HAD, set_for
from .sentences import quoted
from .speech import small_hours_of, speech_day
from .tense import FUTURE, PAST, UNKNOWN
from .vocab import vocab
from .wordclass import PREPOSITIONS


def deictic_day(word: str, m: re.Match[str], ctx: Context) -> str | None:
    if ctx.published is None:
        return None
    key = words(word)
    spoken = speech_day(m.start(), m.end(), ctx, key == "tonight") or ctx.published  # see .speech
    if key == "tonight" and quoted(ctx.text, m.start(), m.end()) \
            and small_hours_of(spoken, m.start(), ctx):  # the reporter's tonight is the report's night
        spoken = cal.shift(spoken, "D", -1)  # said at 3am: tonight is the night now ending
    d = cal.shift(spoken, "D", vocab().deictic_days.get(key, -1 if key == "last night" else 0))
    ctx.name_day(m.start(), d)
    return d.isoformat()


_EARLIEST = re.compile(r"\b(?i:as)\s+(?:early|soon)\s+as\s+$")


_TO_VERB = re.compile(r"\bto\s+[a-z]+")


def pointing(off: int | None, m: re.Match[str], ctx: Context) -> int:
    """PAST or FUTURE: from ``last``/``next`` when given, else the sentence's tense: past by default,
    but ahead in a speaker's own words with no tense of their own ("… come back by Friday," she said)."""
    if off in (-1, 1):
        return PAST if off == -1 else FUTURE
    if _EARLIEST.search(ctx.text, max(0, m.start() - 16), m.start()) is not None:
        had = HAD.search(ctx.text, max(0, m.start() - 80), m.start())
        done = had is not None and not _TO_VERB.search(ctx.text, had.end(), m.start())
        if done and ctx.direction(m.start(), m.end()) == PAST:
            return PAST  # "had begun moving staff ashore as early as Sunday": the earliest it was done (not
            # "had offered to resume talks as early as Monday": the offer's still to come)
        return FUTURE  # "setting up a vote as early as Monday": the earliest a thing still to come may be
    if set_for(ctx.text, m.start(), m.end()):
        return FUTURE
    direction = ctx.direction(m.start(), m.end())
    if direction == UNKNOWN and quoted(ctx.text, m.start(), m.end()):
        return FUTURE
    return FUTURE if direction == FUTURE else PAST


# "on the block Thursday and the bonds on Friday": a second conjunct whose verb is left out
_GAPPED = re.compile(r"(?i:[a-z]+day)(?:\s+(?i:morning|afternoon|evening|night))?,?\s+(?i:and|or|but)\s+"
                     r"(?:(?i:the|a|an|its|their)\s+)?(?:[a-z0-9-]+\s+){0,3}?"
                     r"(?:[a-z0-9-]+,[^,;.]{1,60},\s+)?(?:(?i:on)\s+)?")  # "…, ending with X, on Thursday"


def _gapped_direction(pos: int, ctx: Context) -> int | None:
    """A weekday in a conjunct with no verb of its own (``The notes go on the block Thursday and the
    bonds on Friday``) lies the way the weekday of the first conjunct does."""
    recent, published = ctx.recent, ctx.published
    if recent is None or published is None or not cal.DAY_VALUE.fullmatch(recent[1][:10]):
        return None
    if _GAPPED.fullmatch(ctx.text, recent[0], pos) is None or find_cues(ctx.text, recent[0], pos):
        return None  # not "closed Monday and will remain closed Wednesday": a verb of its own
    day = date.fromisoformat(recent[1][:10])
    return FUTURE if day > published else PAST if day < published else None


def weekday_day(word: str, rel: str | None, m: re.Match[str], ctx: Context) -> str | None:
    if ctx.published is None:
        return None
    wd = vocab().weekdays[word]
    off = offset(rel)
    direction = pointing(off, m, ctx)
    if off is None and (_CLOSED.match(ctx.text, m.end())
                        or _CLOSE_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())):
        direction = PAST  # "a premium over Friday's closing price": a close is known once the day is over
    elif off is None and direction in (PAST, UNKNOWN) and ctx.scheduled(m.start(), m.end()):
        direction = FUTURE  # "began Saturday and runs through Friday": no conjunct without a verb
    elif off is None:
        direction = _gapped_direction(m.start(), ctx) or direction
    said = words(rel)
    narrated = _that_day(m.start(), ctx) if rel is None else None
    if narrated is not None:  # "pulled from the mud that Sunday": the one nearest the day in view
        after, before = cal.weekday(narrated, wd, FUTURE), cal.weekday(narrated, wd, PAST)
        d = after if (after - narrated) <= (narrated - before) else before
    elif rel is None and (again := _possessive_again(m, ctx, wd)) is not None:
        d = again  # "meet for National Cabinet on Friday … prepared to leave Friday's meeting": that Friday
    elif off == 0 and said == "this":  # "this Thursday": the current week's, whatever the tense
        d = cal.this_week(ctx.published, wd, direction)
    elif (apposed := apposed_date(ctx.text, m.end(), wd, ctx.published)) is not None:
        d = apposed  # "the following Wednesday, Oct. 30": the date beside it says
    elif rel is None and (dated := weekday_of_date(ctx.text, m.start(), wd, ctx.published)) is not None:
        d = dated  # "on July 28, a Friday,": the day of the week the date was
    elif rel is None and (first := listed_after(m.start(), ctx, wd)) is not None:
        d = cal.weekday(first, wd, FUTURE, strict=True)  # "closed schools for Thursday and Friday",
        # "from Friday through Sunday": days listed run forward from the one named first
    elif rel is None and (week_of := of_week().match(ctx.text, m.end())) is not None:
        d = in_week(week_of.group(1).lower(), ctx.published, wd, direction)  # "Wednesday and Friday of
        # next week": the week it names
    elif said == "next" and ctx.text[max(0, m.start() - 4):m.start()] in ("the ", "The "):
        # "went back the next Tuesday": the one after the day just narrated, as "the following"
        d = cal.weekday(ctx.day_near(m.start()) or ctx.published, wd, FUTURE, strict=True)
    elif said == "next" or (rel is None and _next_week_before(m.start(), ctx)):
        d = cal.next_week(ctx.published, wd)  # "next Thursday", "next week, … on Thursday": next week's
    else:
        anchor = ctx.day_near(m.start()) if said in ANAPHORIC_REL else None  # "the previous Sunday"
        d = cal.weekday(anchor or ctx.published, wd, direction, strict=off in (-1, 1))
        if said == "last" and anchor is None and (ctx.published - d).days == 1:
            d = cal.shift(d, "D", -7)  # "last Thursday", written on a Friday: not yesterday, which it
            # would have called "Thursday"; the week before's
    ctx.name_day(m.start(), d)
    return d.isoformat()


def _possessive_again(m: re.Match[str], ctx: Context, wd: int) -> date | None:
    """``Friday's meeting`` after the article has dated one Friday within a week of its publication: a
    noun's modifier, with no verb of its own, names the event of the day already given."""
    if ctx.published is None or _POSSESSIVE.match(ctx.text, m.end()) is None \
            or span_start(ctx.text, m.start()):
        return None  # "since Tuesday's vote": a time gone by, whatever day was named to come
    days = {d for _, d in ctx.named if d.weekday() == wd and abs((d - ctx.published).days) < 7}
    return days.pop() if len(days) == 1 else None  # not when two such days were named


_POSSESSIVE = re.compile(r"['’]s\s+[a-z]")
_CLOSED = re.compile(r"['’]s\s+(?:closing|close)\b")
# "over the stock's closing price of $17.75 on Friday", "its close on Monday": the same close, after it
# (not "through the close Friday": a close still to come)
_CLOSE_BEFORE = re.compile(r"\b(?:(?i:closing)\s+(?:price|level|value|bid|quote)s?"
                           r"|(?:its|their|[a-z]+['’]s)\s+close)"
                           r"(?:\s+of\s+(?:[$€£¥]|[A-Z]{1,3}\$?)?\d[\d.,]*(?:\s+[a-z]+){0,2})?"  # "of $17.75"
                           r"\s+(?:on\s+)?$")
_NEXT_WEEK = re.compile(r"\b(?i:next)\s+week\b")
def _next_week_before(pos: int, ctx: Context) -> bool:
    """``next week, when the Treasury will sell … on Wednesday``: the sentence has put its days in
    next week before naming this one."""
    return _NEXT_WEEK.search(ctx.text, ctx.sentences.around(pos).start, pos) is not None


def _that_day(pos: int, ctx: Context) -> date | None:
    """The day in view (named in the last three sentences) when ``that`` stands before a weekday."""
    if ctx.text[max(0, pos - 5):pos].lower() != "that ":
        return None
    return ctx.day_near(pos, 3)


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
    """A weekday, with or without a part of day (``Friday afternoon``: the day, then ``TAF``); after
    ``a``/``any`` (``needs $300 on a Thursday``) any such day, TimeML's ``XXXX-WXX-4``."""
    article = _ANY_DAY.search(ctx.text, max(0, m.start() - 8), m.start()) if m.group("rel") is None else None
    if article is not None and article.group(1) != "," and _DAY_ENDS.match(ctx.text, m.end()):
        generic = f"XXXX-WXX-{vocab().weekdays[m.group('wd')] + 1}"
        typ, value = _part_of_day(generic, m.group("pod"))
        return one(m, typ, value, False)  # any such day: nothing counted from the publication date
    typ, value = _part_of_day(weekday_day(m.group("wd"), m.group("rel"), m, ctx), m.group("pod"))
    return one(m, typ, value, True)


# "on a Thursday", "any Monday", not "Nov. 15, a Wednesday" (the date's own day)
_ANY_DAY = re.compile(r"(\S?)\s*\b(?i:a|any)\s+$")  # group 1: what stands before the article
# the weekday heads its phrase: not "a Wednesday media event" (a day the noun after it names)
_DAY_ENDS = re.compile(r"\s*(?:[.,;:!?)\"”]|$)|\s+(?i:and|or|but|when|if|in|at|on|of|to|so|because|that|"
                       r"with|for|than|as)\b")


_NOWADAYS_NAME = re.compile(r"['’]s\s+(?:the\s+)?[A-Z]")


def deictic(m: re.Match[str], ctx: Context) -> list[Found]:
    """``today``, ``yesterday afternoon``, ``this morning``; ``today's GM``, ``today's Russia`` (a
    name as it is now, not a day) is a present reference."""
    word = m.group("word") or "today"
    if words(word) == "today" and _NOWADAYS_NAME.match(ctx.text, m.end()):
        return one(m, "DATE", "PRESENT_REF", True)
    pod = m.group("pod2") or m.group("pod")  # "this morning", "yesterday afternoon"
    if words(word) in ("tonight", "last night"):
        pod = "night"
    typ, value = _part_of_day(deictic_day(word, m, ctx), pod)
    return one(m, typ, value, True)


_DAY_STEPS = {"next": 1, "following": 1, "after": 1, "later": 1,
              "previous": -1, "preceding": -1, "before": -1, "earlier": -1}


_DAY_DESCRIBED = re.compile(rf"\s+(?:{'|'.join(sorted(SUBJECT_PRONOUNS))})\b", re.IGNORECASE)  # its clause
_DAY_SHIFT = re.compile(r"\s+(?i:shifts?)\b")
_DAY_FROM = PREPOSITIONS | {"since", "until", "till"}  # "since the day it opened": that day


def _day_described(m: re.Match[str], ctx: Context) -> bool:
    """``the day`` a clause describes (``Halloween is the day we're looking at``), unless a preposition
    takes it as a time (``on the day it was announced``), or ``the day shift``: no day in view."""
    if _DAY_SHIFT.match(ctx.text, m.end()):
        return True
    return _DAY_DESCRIBED.match(ctx.text, m.end()) is not None \
        and prev_word(ctx.text, m.start()).lower() not in _DAY_FROM


def same_day(m: re.Match[str], ctx: Context) -> list[Found]:
    """``the day``, ``that day``, ``the next day``, ``the day before``: the day last dated in the
    text (within a few sentences), else the story's day (its peg), else the publication day, moved
    by the step named; ``the night before``, ``the next morning``, ``that evening`` are that day's
    part (``…TNI``)."""
    if m.group(0).lower() == "the day" and _day_described(m, ctx):
        return []
    anchor = _day_in_view(m.start(), ctx, 3)
    if anchor is None:
        return one(m, "DATE", None, True)
    if ctx.published is not None and anchor > ctx.published and ctx.direction(m.start(), m.end()) == PAST \
            and ctx.day_near(m.start(), 0) is None:  # not "until December 7, …, the following day"
        anchor = ctx.peg_day or anchor  # "Earlier in the day, Brent fell": not the meeting set for Oct. 24
    step = _DAY_STEPS.get((m.group("step") or m.group("step2") or "").lower(), 0)
    d = cal.shift(anchor, "D", step)
    if step:
        ctx.name_day(m.start(), d)
    unit = m.group("unit") or m.group("unit2") or m.group("unit3")
    typ, value = _part_of_day(d.isoformat(), None if unit is None or unit.lower() == "day" else unit)
    return one(m, typ, value, True)


def _day_in_view(pos: int, ctx: Context, back: int) -> date | None:
    """The day last dated within ``back`` sentences before ``pos``, else the story's day (its peg),
    else the publication day."""
    return ctx.day_near(pos, back) or ctx.peg_day


_RUN_UNITS = {"day": "D", "session": "D", "night": "D", "week": "W", "month": "M", "quarter": "Q",
              "year": "Y"}
_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:a|an|the)\s+)$")


def run(m: re.Match[str], ctx: Context) -> list[Found]:
    """``for a second consecutive day``, ``the third straight week``: the one reported, the last of
    the run, which is the day (week, …) the sentence is about: the day dated in it, else the
    story's day. A count (``six straight days``) is a duration, not this."""
    anchor = _day_in_view(m.start(), ctx, 0)
    article = _ARTICLE_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
    start = article.start() if article else m.start()
    value = None if anchor is None else cal.value_for(anchor, _RUN_UNITS[m.group("unit").lower()])
    return [Found(start, m.end(), "DATE", value, True)]


def ref(m: re.Match[str], ctx: Context) -> list[Found]:
    v, key = vocab(), words(m.group("ref"))
    if key == "at the time":  # "announced it on May 8, and said at the time that …": that day
        named = _time_just_named(m.start(), ctx)
        if named is not None:
            return one(m, "DATE", named, True)
    value = "PRESENT_REF" if key in v.present_ref else "PAST_REF" if key in v.past_ref else "FUTURE_REF"
    return one(m, "DATE", value, True)


_BOUNDARY_WORDS = frozenset({"since", "until", "till", "before", "after", "by", "from"})


def _time_just_named(pos: int, ctx: Context) -> str | None:
    """The past time an anaphoric ``at the time`` stands for: the latest one dated in this sentence or
    the one before, in the same paragraph, that something happened at (``on May 8``), not a bound
    (``since 1986``); None leaves it PAST_REF."""
    named, recent = ctx.recent_near(pos), ctx.recent
    if named is None or recent is None or ctx.published is None or "\n" in ctx.text[recent[0]:pos]:
        return None
    if prev_word(ctx.text, recent[0]).lower() in _BOUNDARY_WORDS or named[:10] > ctx.published.isoformat():
        return None
    return named

