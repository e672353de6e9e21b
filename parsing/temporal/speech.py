"""The day a quotation was spoken, for the speaker's own ``today``, ``tonight`` and ``yesterday``.

Deictic words in reported speech count from the time of speaking, not from the time of the report
(TimeML anchors them to the speech event). A news report pegs its story to a day in its opening
sentences ("A judge signaled Tuesday ...", "Yesterday, ...") and may move it on to a later day
("By this morning, ..."); the people it quotes spoke on the day the story has reached unless the
report says otherwise. So a quotation's ``today`` is that day when it is in the week before
publication, and the paragraph outside the quotation gives no time of its own ("..., she said
Thursday") and does not report in the present ("she says", as a profile does)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from . import calendar as cal
from .context import SMALL_HOURS, Context
from .rules import pieces
from .tense import PAST
from .vocab import alternation, vocab

STORY_DAYS = 7  # a story day further back than a week is background, not the news of the report
_WORD = re.compile(r"[A-Za-z]+")
_AFTER_MIDNIGHT = re.compile(r"\b(?i:after)\s+(?i:midnight)\b")
_QUOTATION = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


@cache
def _own_time_words() -> frozenset[str]:
    """Words by which a reporting clause names its own time: weekdays, months, today/yesterday."""
    v = vocab()
    words = {w.lower() for w in v.weekdays if len(w) > 3}
    words |= {w.lower() for w in v.months if len(w) > 3 and w.lower() not in v.ambiguous_months}
    words |= {w.split()[-1] for w in v.deictic_days}
    return frozenset(words)


@cache
def _present_reporting() -> frozenset[str]:
    """Reporting verbs in the present third person (``says``, ``tells``): a present report."""
    return frozenset(w for w in vocab().futurate_reporting_verbs if w.endswith("s"))


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, pos)
    end = text.find("\n\n", pos)
    return (0 if start == -1 else start + 2), (len(text) if end == -1 else end)


def speech_day(start: int, end: int, ctx: Context, tonight: bool = False) -> date | None:
    """The story's day, when ``[start, end)`` is in a quotation spoken on it; else None. Words
    spoken shortly after midnight are the next day's, but for their ``tonight`` (the night just
    ending: ``said in the locker room shortly after midnight. "Tonight we buried that."``)."""
    if ctx.published is None:
        return None
    p_start, p_end = _paragraph(ctx.text, start)
    paragraph = ctx.text[p_start:p_end]
    quotations = [(p_start + m.start(), p_start + m.end()) for m in _QUOTATION.finditer(paragraph)]
    if not any(q_start < start and end <= q_end for q_start, q_end in quotations):
        return None
    outside = _QUOTATION.sub(" ", paragraph)
    words = {w.lower() for w in _WORD.findall(outside)}
    if words & _present_reporting():
        return None
    if ctx.story_day is not None and not tonight and _AFTER_MIDNIGHT.search(outside):
        # "said in a statement issued shortly after midnight": the day after the story's
        return _recent(ctx.story_day + timedelta(days=1), ctx.published)
    if words & _own_time_words():
        return _reported_day(start, p_start, quotations, ctx)
    return _recent(ctx.story_day, ctx.published)


def _recent(day: date | None, published: date) -> date | None:
    return day if day is not None and 0 < (published - day).days <= STORY_DAYS else None


def _reported_day(start: int, p_start: int, quotations: list[tuple[int, int]], ctx: Context) -> date | None:
    """The day the paragraph's own words gave the speaking ("told a rally Wednesday night. “And
    today ...”"): the day named last in this paragraph before the quotation and outside any, when
    it is in the week before publication; else None (a time named after the quotation, "...,"
    she said Thursday", is not known yet: the publication day stands)."""
    if ctx.published is None:
        return None
    for pos, day in reversed(ctx.named):
        if pos < p_start:
            break
        if pos < start and not any(q_start <= pos < q_end for q_start, q_end in quotations):
            return _recent(day, ctx.published)
    return _said_on_after(start, quotations, ctx)


def _said_on_after(start: int, quotations: list[tuple[int, int]], ctx: Context) -> date | None:
    """``"… all I am going to say tonight," she said late Wednesday``: the weekday of the reporting
    clause right after the quotation holding ``start``, the last such day up to publication."""
    q_end = next((e for s, e in quotations if s < start <= e), None)
    said = _said_on_re().match(ctx.text, q_end) if q_end is not None else None
    if said is None or ctx.published is None:
        return None
    return _recent(cal.weekday(ctx.published, vocab().weekdays[said.group("day")], PAST), ctx.published)


@cache
def _said_on_re() -> re.Pattern[str]:
    """A reporting clause after a quotation that names its weekday (``, she said late Wednesday``)."""
    said = alternation(vocab().reporting_verbs)
    return re.compile(rf"[ ,]*(?:[A-Za-z.'’-]+\s+){{1,3}}(?:{said}|told\s+[a-z]+)\s+"
                      rf"(?:(?:late|early)\s+)?(?:on\s+)?(?P<day>{pieces(vocab())['WDFULL']})")


def small_hours_of(day: date, pos: int, ctx: Context) -> bool:
    """Words said at ``pos`` on ``day`` are said in its small hours: the latest clock time, a few
    sentences before, is in them (``The result was declared shortly after 3am on Friday. "Tonight …"``),
    or the report named the story's day by them (``Just before 1 a.m. Wednesday, the board voted ….
    "I have heard every word tonight," the chair said``) and no clock time of its daytime has come
    since: a night is ending, not beginning."""
    clock = ctx.clock_day
    if clock is not None and clock[1] == day and ctx.within(clock[0], pos, 3):
        if ctx.clock_minutes < SMALL_HOURS:
            return True
        if ctx.clock_minutes < _DAYTIME_ENDS:
            return False  # "… beside the press at midday. "Tonight the rest can thaw."": the day the story
            # named by its small hours has gone on, and its own night is still to come
    return ctx.peg_small_hours and ctx.peg == day


_DAYTIME_ENDS = 18 * 60  # a clock time after the small hours and before this is in the day
