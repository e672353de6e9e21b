"""A month named without its year (``in November``, ``the June primary``, ``next March``, ``since
November``, ``the last week of March``) and the year it falls in: the sentence's framing year, a
relative word, a contract's or a statistic's month, an event's, else the tense from publication."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from . import calendar as cal
from .context import Context
from .found import Found, offset, one, words
from .ranges import bounds
from .rules import pieces
from .tense import FUTURE, PAST
from .vocab import alternation, vocab

__all__ = ["event_year", "month", "month_week", "month_year", "names_event"]


def month_year(m: re.Match[str], ctx: Context) -> list[Found]:
    mo, y = vocab().months[m.group("mon")], int(m.group("year"))
    ctx.months.setdefault(mo, y)  # not "5.2 percent in October 2000", a base set beside the story's October
    return one(m, "DATE", f"{y:04d}-{mo:02d}")


def month(m: re.Match[str], ctx: Context) -> list[Found]:
    mo = vocab().months[m.group("mon")]
    if m.group("ayear"):
        ctx.months.setdefault(mo, int(m.group("ayear")))
        return one(m, "DATE", f"{m.group('ayear')}-{mo:02d}")
    y = _month_year(mo, m, ctx)
    if y is not None:
        ctx.months[mo] = y
    return one(m, "DATE", None if y is None else f"{y:04d}-{mo:02d}", True)


_THAT = re.compile(r"\b(?i:that)\s+$")
# a month naming a delivery, a contract's expiry: a month that trade in the present is for
# "a November contest", "the June primary", "the Sept. 23 deadline": see names_event
_NAMES_EVENT_BEFORE = re.compile(r"\b(?i:a|an|the|its|their|his|her|our)\s+$")
_NOUN_AFTER = re.compile(r"\s+([a-z]{3,})\b(?!['’])")
_NOT_EVENT_NOUNS = frozenset("and but or nor of to in on at for from with by as than when while after before "
                             "through until till that which who was were is are has had have will would "
                             "could can may might".split())
# a statistic of a month, which is out once the month is: "will release trade figures for April",
# "the index for October"
_STATISTICS = r"figures|data|numbers|statistics|sales|payrolls"
_MEASURED_FOR = re.compile(rf"\b(?i:{_STATISTICS}|index|reading|output|inflation|orders|exports|imports"
                           r"|production|prices)\s+for\s+$")
# "its December employment figures", "their May figures", "the June sales pace", said within two
# months of the month's end: the one just measured, though the figures are still to be released
_MEASURED_AFTER = re.compile(r"\s+(?:(?:employment|jobs|payrolls?|retail|trade|housing|unemployment|jobless|"
                             r"inflation|price|consumer|producer|industrial|factory)\s+)?"
                             rf"(?:{_STATISTICS})\b")
_MEASURED_WITHIN = 2  # months after the month measured
# "had been expected since November": where a state that runs on to now began, so a month begun
_SINCE = re.compile(r"\b(?i:since)\s+"
                    r"(?:(?i:early|mid|late|the\s+(?:start|beginning|end|middle)\s+of)[-\s]+)?$")
# a modal of what may or must be, in the month's clause: it looks ahead (not "could", often a past)
_MODAL_BEFORE = re.compile(
    r"\b(?:can|must|should|may|might|[Ll]et['’]s)\s+(?:[a-z]+\s+){0,6}?(?:in|by|until)\s+$")  # not "in May"
_WEEK_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "final": -1}


def month_week(m: re.Match[str], ctx: Context) -> list[Found]:
    """``the last week of March``: a week of the month as ISO 8601 counts a week's month and year,
    by the day its Thursday falls on (the last week of March 2009 is 23-29 March, 2009-W13)."""
    mo = vocab().months[m.group("mon")]
    y = int(m.group("year")) if m.group("year") else _month_year(mo, m, ctx)
    if y is None:
        return one(m, "DATE", None, True)
    nth = _WEEK_ORDINALS[m.group("ord").lower()]
    if m.group("owd"):  # "the last Sunday in August": that weekday of the month
        day = cal.weekdays_in(y, mo, vocab().weekdays[m.group("owd")])[nth]
        return one(m, "DATE", day.isoformat(), not m.group("year"))
    return one(m, "DATE", cal.week(cal.weekdays_in(y, mo, 3)[nth]), not m.group("year"))  # by its Thursday


def _month_year(mo: int, m: re.Match[str], ctx: Context) -> int | None:
    """The year of a month named without one: the sentence's framing year, ``last``/``next``/``this``,
    ``of this year``, else the one the tense points to from publication."""
    groups = m.groupdict()
    if groups.get("yrel") and ctx.published is not None:  # "since May last year"
        return ctx.published.year + (offset(groups["yrel"]) or 0)
    if not groups.get("rel") and (focus := ctx.year_in_focus(m.start())) is not None:
        return focus
    recent = ctx.recent[1][:4] if ctx.recent else ""
    that = (groups.get("ofrel") or "").lower() == "that"  # "in February of that year"
    if that or _THAT.search(ctx.text, max(0, m.start() - 6), m.start()):
        if recent.isdigit():
            return int(recent)  # "arrested him that December": the year last named
        if that:
            return None
    if words(groups.get("rel")) == "the following" and (anchor := ctx.recent_near(m.start())) is not None:
        last = bounds(anchor)[1]  # "a hunt in October 2023 and a trip the following June": the first
        if last is not None:  # such month after the time just named
            return last.year if mo > last.month else last.year + 1
    if not (groups.get("rel") or groups.get("ofrel")) and (turned := _year_turned(mo, m, ctx)) is not None:
        return turned
    if ctx.published is None:
        return None
    pub, off = ctx.published, offset(groups.get("rel"))
    if groups.get("ofrel"):
        return pub.year + (offset(groups["ofrel"]) or 0)
    if off == -1:
        return pub.year if mo < pub.month else pub.year - 1
    if off == 1:  # "next November", said in October: a year on ("this November" is the coming one;
        return pub.year + 1  # all 9 gold cases where the month is still ahead or current)
    if off == 0:
        return pub.year
    if _contract_re().match(ctx.text, m.end()):  # "January delivery", "February crude": a month to come
        return cal.year_for(pub, mo, 1, FUTURE)
    if _MEASURED_FOR.search(ctx.text, max(0, m.start() - 30), m.start()) \
            or ((pub.month - mo) % 12 <= _MEASURED_WITHIN and _MEASURED_AFTER.match(ctx.text, m.end())) \
            or _SINCE.search(ctx.text, max(0, m.start() - 24), m.start()):  # "trade figures for April",
        return pub.year if mo <= pub.month else pub.year - 1  # "expected since November": one begun
    direction = ctx.ahead(m.start(), m.end())
    if direction != FUTURE and _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
        direction = FUTURE  # "the only candidate who can win in November", "let's unite and win in November"
    named = names_event(ctx.text, m)
    if named and mo in ctx.months:  # "review the November ruling": the one the text named before
        return ctx.months[mo]
    if direction != FUTURE and named:  # "setting up a November contest": the nearest
        return event_year(pub, mo, 15, direction)
    return cal.year_for(pub, mo, 1, direction, day_named=False)


def _year_turned(mo: int, m: re.Match[str], ctx: Context) -> int | None:
    """``debts maturing in December and January``, ``in November 2007 or January``: a month joined by
    "and" or "or" to the month just named, and before it in the calendar, is in the year after it; a
    list of months runs forward in time (all 11 such pairs in the gold sets, ranges with "through" or
    "to" among them). A range ("from October to January") is put in order where its span is read
    (``spans``), which moves whichever end the tense asks for."""
    recent = ctx.recent
    if recent is None or _paired_re().fullmatch(ctx.text, recent[0], m.start()) is None:
        return None
    month = _MONTH_VALUE.fullmatch(recent[1])
    if month is None:
        return None
    return int(month.group(1)) + 1 if mo < int(month.group(2)) else None


_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")  # a month's value ("1997-12"), not a day's or a year's


@cache
def _paired_re() -> re.Pattern[str]:
    p = pieces(vocab())
    return re.compile(rf"{p['MON']}(?:,?\s+{p['Y4']})?\s+(?:and|or)\s+")


@cache
def _contract_re() -> re.Pattern[str]:
    """A futures contract's month: a contract word or a commodity (past its grades) after the month,
    not a measure of that commodity (``prices``, ``output``)."""
    v = vocab()
    return re.compile(rf"\s+(?:(?i:{alternation(v.contract_words)})\b"
                      rf"|(?:(?:{alternation(v.commodity_grades)})\s+)*(?:{alternation(v.commodities)})\b"
                      rf"(?!\s+(?i:{alternation(v.commodity_measures)})\b))")


def names_event(text: str, m: re.Match[str]) -> bool:
    """A month or a day between a determiner and a noun (``a November contest``, ``the May primary``,
    ``the Sept. 23 deadline``): the name of an event, the nearest such one whatever the tense of the
    sentence that mentions it."""
    if _NAMES_EVENT_BEFORE.search(text, max(0, m.start() - 6), m.start()) is None:
        return False
    noun = _NOUN_AFTER.match(text, m.end())
    return noun is not None and noun.group(1) not in _NOT_EVENT_NOUNS


_EVENT_BEHIND = 90  # days: with no tense, an event named by its month is one to come, or a recent one


def event_year(pub: date, mo: int, dd: int, direction: int) -> int:
    """The year of an event named by its month (and day): in a past clause the nearest one, else the
    one in the year that starts three months before publication."""
    behind = 182 if direction == PAST else _EVENT_BEHIND
    return next(y for y in (pub.year - 1, pub.year, pub.year + 1)
                if (date(y, mo, min(dd, 28)) - pub).days > -behind)
