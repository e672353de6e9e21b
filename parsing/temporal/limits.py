"""Times that bound something rather than date an event of the story: the start of a span (no day
in view for clock times after it), what a forecast is for, when a change takes effect and when an
imposed state ends (ahead of the report), and a season, month or weekend a looking-ahead clause sets
as its limit (the coming one, though the report is in the past). The close of a period reported on
is ``calendar.closes_period``."""

from __future__ import annotations

import re

from .bound import bound_before
from .sentences import Sentences

# "had spoken with the union's leader twice since Monday night": where a span began
_SPAN_START = re.compile(r"\b(?i:since)\s+(?:(?i:late|early)\s+)?$")
# "forecast more showers for Wednesday morning", "predicted a clear improvement from Thursday
# afternoon", "issued a warning on Friday, forecasting 18 inches of snow and winds gusting to 60 mph
# from Saturday evening" (10 of 10 such days in the gold sets lie ahead, 1 more the report's day); not
# a past perfect's "had forecast"
_PREDICTED_FOR = re.compile(r"(?<!\bhad\s)\b(?i:forecast|forecasts|forecasting|predicted|predicts"
                            r"|predicting)\b(?:\s+[^\s.;!?]+){0,12}?\s+(?i:for|from)\s+$")
# "lowered its deposit rate, with effect from Friday", "raised margins effective Wednesday": when a
# change announced takes hold (38 of 41 times after such words in the gold sets lie ahead)
_IN_EFFECT_FROM = re.compile(r"\b(?i:with\s+effect\s+from|effective(?:\s+from)?)\s+$")
# "ordered schools closed until Monday", "suspended service on the route through Monday", "posted
# flood watches through Saturday morning": a state a decision imposes runs on past the decision
_IMPOSED_UNTIL = re.compile(r"\b(?i:ordered|suspended|imposed|declared|issued|posted|banned|halted|"
                            r"contracted|extended)\b[^.;:!?,]{0,60}?\s(?i:through|until|till)\s+$")
# "more failures were possible before the winter", "do not expect relief before the spring", "were
# prepared to stay out through the winter", "a vote is unlikely before March": what is looked ahead
# to; not what was done "through the fall". Months so placed: 148 of 150 ahead in the gold sets.
_LIMIT = re.compile(r"\b(?i:before|by|until|till|through|into)\s+(?:(?i:the)\s+)?$")
_PROSPECT = re.compile(r"\b(?i:would|could|might|may|will|can|should|must|possible|unlikely|likely|"
                       r"expect(?:s|ed)?|due|hope[sd]?|plan(?:s|ned)?|aim(?:s|ed)?|prepared|ready|"
                       r"wants?|wanted|needs?|needed|intend(?:s|ed)?|warn(?:s|ed|ing)?|being|not|no"
                       r"|(?:is|are|wo|ca|does|do)n['’]t)(?!\w)")  # "If this isn't resolved by the end of"
# "had hoped for a decision before the summer", "did not agree on a budget until June": what was
# looked ahead to then, or when what was not done before at last was
_LOOKED_BACK = re.compile(r"\b(?i:had|did\s+not|didn['’]t)\b")
_CLAUSE_REACH = 90  # characters of the clause read before the limit


def span_start(text: str, pos: int) -> bool:
    """The day at ``pos`` is where a span still running began (``since Monday night``): no day a
    clock time of what then happened is on."""
    return _SPAN_START.search(text, max(0, pos - 14), pos) is not None


def set_ahead(text: str, left: int, start: int) -> bool:
    """The time at ``start`` is what a forecast in its clause (from ``left``) is for, when a change
    announced takes effect, or when a state a decision imposes ends."""
    return _PREDICTED_FOR.search(text, max(left, start - 100), start) is not None \
        or _IN_EFFECT_FROM.search(text, max(left, start - 24), start) is not None \
        or _IMPOSED_UNTIL.search(text, max(left, start - 80), start) is not None


def prospective_limit(text: str, sentences: Sentences, start: int) -> bool:
    """The time at ``start`` is the limit of what its clause looks ahead to (read by ``Context.ahead``
    for months and seasons, and for ``the weekend``), or of an act a directive or a commitment binds
    someone to (``instructed ministers to report back by the autumn``: the act comes after the binding,
    and its limit with it; in the gold sets 36 such months, seasons and years lie ahead of the report,
    8 in its own period and 1 behind)."""
    if _LIMIT.search(text, max(0, start - 14), start) is None:
        return False
    sentence_start = sentences.around(start).start
    clause = text[max(sentence_start, start - _CLAUSE_REACH):start]
    if _PROSPECT.search(clause) is not None and _LOOKED_BACK.search(clause) is None:
        return True
    return bound_before(text, sentence_start, start)
