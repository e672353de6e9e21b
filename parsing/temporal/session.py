"""The market session an hour or a part of the day belongs to.

A report of prices told up to an hour of the day (``shares rose 6.4 percent by midday``, ``fell 4
percent in morning trading``, ``was down 1.1 percent at noon``) tells a session of the story's day
(else of the report's), whatever day the text named before for another event (``the board approved
the deal late Monday``). A day named in the same sentence (``rose 6.9 percent Thursday morning … by
noon``) is the session's own. One named in the sentence before is not: in the gold sets it is as
often another day's trading as this one's. News told late on the story's day (``disclosed the
decision late Tuesday``, ``on Wednesday evening``) moved the next weekday's session. No market
trades on a weekend day, so a story pegged to a Sunday tells the session of the report's day, and a
weekend report's is left to the day the text has in view.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .context import Context
from .sentences import quoted

# "in midday trading", "in early trade": an hour of a market's session
SESSION_AFTER = re.compile(r"\s+(?i:trading|trade|dealings)\b")
# "Its shares rose 6.4 percent by midday", "the FTSE 100 fell 3.9 percent by midday", "the index was
# down 1.1 percent at noon": a price or its move, an amount, and the hour it is told up to
_PRICE_MOVE = re.compile(r"\b(?:(?i:shares|stocks?|index|indexes|indices|futures|yields?|prices?|crude|"
                         r"dollar|yen|euro|pound|peso|won|baht|rupee|currency)"
                         r"|rose|fell|gained|lost|dropped|climbed|slipped|jumped|tumbled|slid|edged|traded"
                         r"|(?:was|were)\s+(?:up|down))\b[^.;]{0,120}?"
                         r"\d[\d.,/]*(?:\s*(?i:percent|per\s+cent|points?|cents?)|\s*%)"
                         r"[^.;]{0,60}?\b(?i:by|at|before|until|in)\s+(?:(?i:the)\s+)?(?:(?i:early|late)\s+|mid-?)?$")


def in_session(ctx: Context, start: int, end: int) -> bool:
    """The time at ``[start, end)`` is an hour of a market session a price is told up to."""
    if quoted(ctx.text, start, end):
        return False
    if SESSION_AFTER.match(ctx.text, end):
        return True
    sentence = ctx.sentences.around(start)
    return _PRICE_MOVE.search(ctx.text, max(sentence.start, start - 200), start) is not None


def session_day(ctx: Context, start: int, end: int, named: int | None) -> date | None:
    """The day of the session for an hour of it: the story's day, else the report's, whichever first is
    a weekday; None when the time is no session's or a day is named (at ``named``) in its sentence."""
    if (named is not None and ctx.within(named, start, 0)) or not in_session(ctx, start, end):
        return None
    for day in (_after_close(ctx), ctx.peg_day, ctx.published):
        if day is not None and day.weekday() < 5:
            return day
    return None


def _after_close(ctx: Context) -> date | None:
    """The next weekday after the story's day when the story's news came after the market closed
    (``disclosed the decision late Tuesday``, ``reported … on Wednesday evening``), if the report is
    dated that day or later: the session that traded on it."""
    peg, published, at = ctx.peg_day, ctx.published, ctx.peg_at
    if peg is None or published is None or peg >= published or at < 0:
        return None
    if not (_LATE_BEFORE.search(ctx.text, max(0, at - 20), at) or _EVENING_AFTER.match(ctx.text, at)):
        return None
    day = peg + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day if day <= published else None


_LATE_BEFORE = re.compile(r"\b(?i:late(?:\s+on)?|after\s+the\s+(?:market\s+)?close\s+(?:on\s+)?)\s+$")
_EVENING_AFTER = re.compile(r"[A-Z][a-z]+\.?\s+(?i:evening|night)\b")  # "Wednesday evening"
