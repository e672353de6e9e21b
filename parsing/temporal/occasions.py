"""The night of an occasion the article dates: ``election night`` is the night of the election day it
names (``the Oct. 26 municipal election``, ``at the October 17 election``, ``Sunday's election``,
``Election night results on 7 November``, ``Election Day`` itself), valued as that day's night
(``…TNI``). An election the text does not date leaves the night without a value: a null beats a guess."""

from __future__ import annotations

import re

from ..model import TimeExpression
from .calendar import DAY_VALUE
from .ranges import expression, numbered

_NIGHT = re.compile(r"\b(?i:election|primary|caucus)\s+night\b")
# a day just before the word for the vote ("the Oct. 26 municipal election", "Sunday's election")
_VOTES = r"(?i:election|vote|poll|polls|primary|ballot|referendum)"
_VOTE_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[a-z]+\s+){{0,2}}{_VOTES}\b")
# or just after it ("the election on Sunday", "results on 7 November")
_VOTE_BEFORE = re.compile(rf"\b{_VOTES}(?:\s+night)?(?:\s+results)?\s+(?:was\s+)?(?:held\s+)?on\s+$")
_VOTING_DAY = re.compile(r"(?i:(?:election|polling|voting)\s+day)")  # "Election Day" itself: the vote's day


def occasion_nights(times: list[TimeExpression], text: str) -> list[TimeExpression]:
    """``times`` with each ``election night`` the article dates added, in order."""
    if "night" not in text:
        return times
    day = _election_day(times, text)
    added = []
    for m in _NIGHT.finditer(text):
        if day is None or any(t.start < m.end() and m.start() < t.end for t in times):
            continue
        added.append(expression(text, m.start(), m.end(), "TIME", f"{day}TNI", True, 0, None))
    if not added:
        return times
    out = sorted(times + added, key=lambda t: t.start)
    return numbered(out)


def _election_day(times: list[TimeExpression], text: str) -> str | None:
    """The one day the article gives its vote; None when it gives none or more than one."""
    days = {t.value for t in times if t.value and DAY_VALUE.fullmatch(t.value)
            and (_VOTE_AFTER.match(text, t.end) or _VOTE_BEFORE.search(text, max(0, t.start - 40), t.start)
                 or _VOTING_DAY.fullmatch(t.text))}
    return days.pop() if len(days) == 1 else None
