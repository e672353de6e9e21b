"""Shared pieces of the time-expression resolvers: what they return and what they know."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ..model import TimeType
from .tense import Sentences, Tense
from .vocab import vocab

_FRAME = re.compile(r"[\W_]*(?i:in|during|since|by|until|through|throughout|back\s+in|for)\s+"
                    r"(?:(?i:early|late|mid)[-\s]+)?")


@dataclass(frozen=True, slots=True)
class Found:
    """One resolved expression before it becomes a TimeExpression."""

    start: int
    end: int
    type: TimeType
    value: str | None
    relative: bool = False


@dataclass(slots=True)
class Context:
    """What resolvers know about the article, and what earlier expressions left for later ones."""

    text: str
    published: date | None
    sentences: Sentences
    tense: Tense
    last_day: tuple[int, date] | None = None  # (position, day) of the latest day-precise date seen
    recent: tuple[int, str] | None = None  # (position, value) of the latest dated expression
    focus_year: tuple[int, int] | None = None  # (position, year) of the latest year written out

    def year_in_focus(self, pos: int) -> int | None:
        """The year that opens this sentence as its frame ("In 2008, ... in March"), if any."""
        if self.focus_year is None:
            return None
        at, year = self.focus_year
        sentence = self.sentences.around(pos)
        if not sentence.start <= at < pos or not _FRAME.fullmatch(self.text, sentence.start, at):
            return None
        return year

    def direction(self, start: int, end: int) -> int:
        return self.tense.at(self.sentences.around(start), start, end)


Resolver = Callable[[re.Match[str], Context], list[Found]]


_REL_OFFSET = {"last": -1, "this past": -1, "the past": -1, "the last": -1, "the previous": -1,
               "the prior": -1, "this": 0, "the current": 0, "the": 0, "next": 1, "this coming": 1,
               "the coming": 1, "the following": 1, "earlier this": 0, "later this": 0}


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
