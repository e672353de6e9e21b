"""Turns in an exchange: who speaks a quotation standing alone in its paragraph after a question or
a reply (a hearing, a plea colloquy, a debate), by who spoke the paragraphs before it."""

from __future__ import annotations

from typing import NamedTuple

from ..segment.marks import QuoteSpan
from .antecedents import Resolved
from .mentions import Cue


class Attribution(NamedTuple):
    """A quote's cue and who it resolves to."""

    cue: Cue | None
    who: Resolved


_REPLY_VERBS = frozenset({"replied", "answered", "responded", "retorted", "countered"})


def replied_to(text: str, last: dict[int, Attribution], para: int) -> Attribution | None:
    """A quotation alone in its paragraph right after a reply (``"…?" Dunleavy asked. / "…," Voelker
    replied. / "That's not what I asked."``) is the next turn of the one replied to, not the reply's."""
    reply, asked = last.get(para - 1), last.get(para - 2)
    if reply is None or asked is None or reply.cue is None or reply.cue.verb is None:
        return None
    start, end = reply.cue.verb
    if text[start:end].lower() not in _REPLY_VERBS:
        return None
    return asked if _two(asked, reply) else None


def answer(text: str, last: dict[int, Attribution], para: int, prev: QuoteSpan | None) -> Attribution | None:
    """A quotation alone in its paragraph right after a question (``"…?" the judge asked. / "No,
    ma'am," Pruitt answered. / "Are you guilty?" / "Yes, ma'am."``) is the answer of the other one in
    the exchange, who spoke the paragraph before the question, not the asker's next turn."""
    asker, other = last.get(para - 1), last.get(para - 2)
    if prev is None or asker is None or other is None:
        return None
    if "?" not in text[max(prev.start, prev.end - 3):prev.end]:
        return None
    return other if _two(asker, other) else None


def _two(a: Attribution, b: Attribution) -> bool:
    """Whether two turns are two people: different names, or a name and someone unnamed (``the
    judge``) who has a mention of their own."""
    x, y = a.who.speaker, b.who.speaker
    if x is None and y is None:
        return False
    if x is None or y is None:
        unnamed = a if x is None else b
        return unnamed.cue is not None and unnamed.cue.mention is not None
    return x != y
