"""What a time-expression resolver returns, and the small helpers that build it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..model import TimeType
from .vocab import vocab


@dataclass(frozen=True, slots=True)
class Found:
    """One resolved expression before it becomes a TimeExpression."""

    start: int
    end: int
    type: TimeType
    value: str | None
    relative: bool = False


# "the following week", "the previous Sunday": counted from the time just named, not from publication
ANAPHORIC_REL = frozenset(("the following", "the previous", "the preceding", "the prior"))
_REL_OFFSET = {"last": -1, "this past": -1, "the past": -1, "the last": -1, "the previous": -1,
               "the prior": -1, "the preceding": -1, "this": 0, "the current": 0, "the": 0, "next": 1,
               "this coming": 1, "the coming": 1, "the following": 1, "earlier this": 0, "later this": 0}


def words(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def offset(rel: str | None) -> int | None:
    return _REL_OFFSET.get(words(rel))


def one(m: re.Match[str], typ: TimeType, value: str | None, relative: bool = False) -> list[Found]:
    return [Found(m.start(), m.end(), typ, value, relative)]


def safe_day(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def day_number(s: str) -> int:
    return int(s.rstrip("stndrh"))


def ordinal(word: str) -> int | None:
    w = word.lower()
    if w in vocab().ordinals:
        return vocab().ordinals[w]
    digits = w.rstrip("stndrh")
    return int(digits) if digits.isdigit() else None
