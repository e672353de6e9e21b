"""A deadline someone is bound to: ``ordered both sides to file by 5 p.m. Thursday``, ``agreed to pay by
Jan. 14``, ``hoped to have the stores stocked by Wednesday``. A past verb that binds someone to an act
(a directive, a commitment, a vote, a plan or a hope) comes before
the act, so a day named as the act's deadline, end or start is still to come when the binding is told
of. Only a weekday or a dated day: a holiday or a month may have passed since (``ordered … before
Christmas``, written in February)."""

from __future__ import annotations

import re

from .vocab import vocab

# a past verb that binds someone to an act (a directive, a commitment, a vote), its infinitive, and a
# deadline, an end or a start the act is set by: the act comes after the binding, and its deadline with it
# ("agreed to pay by Jan. 8", "ordered the plant to close starting Friday"); not "asked customers to cut
# back on April 15", where the day may be the asking's; a plan or a hope not in the past perfect ("had
# hoped to finish by Wednesday evening, but …": told from a later time, the deadline may have passed)
_BOUND_DEADLINE = re.compile(
    r"\b(?:ordered|urged|directed|instructed|told|asked|invited|required|voted|decided|agreed|promised|pledged|vowed|"
    r"offered|threatened|called\s+on|(?<!\bhad\s)(?:hoped|planned|intended|aimed|sought|wanted))"
    r"\s+(?:[A-Za-z][\w'’-]*\s+){0,6}?to\s+(?!be\b)[a-z]+\b[^,.;:!?\"“”]*?[\"“]?"
    r"\b(?:by|before|until|till|through|no\s+later\s+than|starting|beginning)\s+(?:the\s+end\s+of\s+)?"
    r"(?:(?i:the)\s+)?$")

# a clock time and "on" before a day ("noon on Sunday", "6:45 p.m. local time (2145 GMT) on Wednesday")
CLOCK_ON = re.compile(r"(?:\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)|\b\d{4}\s+[A-Z]{3}|\b(?i:noon|midnight))"
                       r"(?:\s+[A-Z]{2,4}|\s+(?i:local\s+time))?(?:\s+\([^()]{1,30}\))?\s+(?i:on)\s+$")

_DAY_NUMBER = re.compile(r"\s+\d{1,2}\b")


def _day_named(text: str, start: int, end: int) -> bool:
    """A day by its weekday or its date (``Tuesday``, ``Jan. 14``): a deadline near enough to be still
    to come; not a holiday or a month, which may have passed since (``before Christmas``, in February)."""
    v = vocab()
    for m in re.finditer(r"[A-Z][a-z]+\.?", text[start:end]):
        word = m.group()
        if word in v.weekdays or word.rstrip(".") in v.weekdays:
            return True
        if (word in v.months or word.rstrip(".") in v.months) and _DAY_NUMBER.match(text, start + m.end()):
            return True
    return False


_REACH = 160  # characters before the day within which the binding verb is read


def bound_deadline(text: str, sentence_start: int, start: int, end: int) -> bool:
    """The day at ``[start, end)`` is the deadline of an act a past verb before it binds someone to; the
    binding is read before a clock time set on the day (``to submit their claim by 5 p.m. on Sunday``)."""
    if not _day_named(text, start, end):
        return False
    clock = CLOCK_ON.search(text, max(sentence_start, start - 40), start)
    return bound_before(text, sentence_start, clock.start() if clock is not None else start)


def bound_before(text: str, sentence_start: int, at: int) -> bool:
    """What stands at ``at`` is the deadline, end or start of an act a verb before it binds someone to."""
    return _BOUND_DEADLINE.search(text, max(sentence_start, at - _REACH), at) is not None
