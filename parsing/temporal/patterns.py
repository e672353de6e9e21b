"""Recognising time-expression extents with the rules of :mod:`parsing.temporal.rules`.

Only word starts that may open some rule are tried. Each word's opener classes (digit, month,
weekday, ``the``, number word ...) select the rules it may open; those precompiled rules are
tried in priority order and the first match wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from . import openers as openers
from .rules import rules
from .vocab import vocab

_BAD_BEFORE = frozenset("-\u2010")


@cache
def _own() -> tuple[tuple[str, frozenset[str], re.Pattern[str]], ...]:
    """Every rule, compiled once: (name, opener classes, regex), in priority order."""
    return tuple((name, frozenset(op.split()), re.compile(pat)) for name, op, pat in rules(vocab()))


@cache
def _rules_for(opener_classes: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The rules that may open with a word of these classes, in priority order."""
    return tuple((name, rx) for name, openers, rx in _own() if opener_classes & openers)


def _inside_word_or_number(text: str, pos: int) -> bool:
    """``-2014`` (a phone number, COVID-19) or ``1,500`` read from its middle."""
    if not pos:
        return False
    before = text[pos - 1]
    return before in _BAD_BEFORE or (before in ",." and pos > 1 and text[pos - 2].isdigit())


def scan(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Every non-overlapping candidate, left to right, as (rule name, the rule's match).

    Only word starts that may open a rule are tried, each with just the rules it may open; the
    first rule that matches there wins."""
    done = 0
    for pos, word in openers.words(text):
        if pos < done or _inside_word_or_number(text, pos):
            continue
        found = openers.classes(word, text, pos + len(word))
        if not found:
            continue
        for name, rx in _rules_for(found):
            m = rx.match(text, pos)
            if m is not None:
                done = m.end()
                yield name, m
                break
