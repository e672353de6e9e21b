"""The comma-bounded clause around a time expression, which the futurate and scheduling checks read:
a comma in a list of names ("in Tolliver, Boone and Lincoln counties") or around a name set between
commas is no bound, and a when-clause after the day belongs to it."""

from __future__ import annotations

import re

from ..model import Span

REACH = 90  # characters of the clause read either side of the day
_WHEN = re.compile(r",\s+when\s")
_LIST_COMMA = re.compile(r", [A-Z][\w.-]* (?:and|or) [A-Z]")  # "in Tolliver, Boone and Lincoln counties"
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.-]*$")


# a name set between commas (", Luiz Carvalho Neto,"): words no verb is among, no clause's edge
COMMA_NAME = re.compile(r",\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*,")


def _in_number(text: str, k: int) -> bool:
    """The comma of ``38,000`` or the colon of ``10:30``: inside a number, no clause's edge."""
    return 0 < k < len(text) - 1 and text[k - 1].isdigit() and text[k + 1].isdigit()


def last_mark(text: str, mark: str, lo: int, hi: int) -> int:
    """Where the last ``mark`` (a comma, a colon) in ``text[lo:hi]`` is that bounds a clause; -1 if none."""
    k = text.rfind(mark, lo, hi)
    while k != -1 and _in_number(text, k):
        k = text.rfind(mark, lo, k)
    return k


def first_mark(text: str, mark: str, lo: int, hi: int) -> int:
    """Where the first ``mark`` in ``text[lo:hi]`` stands that bounds a clause; -1 if none."""
    k = text.find(mark, lo, hi)
    while k != -1 and _in_number(text, k):
        k = text.find(mark, k + 1, hi)
    return k


def _bound_after(text: str, pos: int, end: int) -> int:
    """The first comma or semicolon at ``pos`` or after that bounds a clause, else ``end``."""
    found = [k for k in (first_mark(text, ",", pos, end), text.find(";", pos, end)) if k != -1]
    return min(found, default=end)


def clause(text: str, sentence: Span, start: int, end: int) -> tuple[int, int]:
    """The comma-bounded clause around ``[start, end)`` (a comma in a list of names is no bound)."""
    def mark_before(pos: int) -> int:
        return max(last_mark(text, ",", sentence.start, pos), text.rfind(";", sentence.start, pos),
                   last_mark(text, ":", sentence.start, pos), sentence.start)

    left = mark_before(start)
    while left > sentence.start and text[left] == "," and _LIST_COMMA.match(text, left) \
            and _NAME_BEFORE.search(text, max(sentence.start, left - 30), left):
        left = mark_before(left)
    named = mark_before(left)
    if left > named > sentence.start and COMMA_NAME.fullmatch(text, named, left + 1):
        left = mark_before(named)  # "hands over to his successor, Luiz Carvalho Neto, on Jan. 1"
    right = _bound_after(text, end, sentence.end)
    if _WHEN.match(text, right):  # "by 5 p.m. Thursday, when the deadline expires": that day's clause
        right = _bound_after(text, right + 1, sentence.end)
    return left, right
