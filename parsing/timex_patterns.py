"""Recognising time-expression extents with the rules of :mod:`parsing.timex_rules`.

Only word starts that may open some rule are tried. Each word's opener classes (digit, month,
weekday, ``the``, number word ...) select the rules it may open; those are tried together by one
combined precompiled alternation (named groups stripped), and the winning rule's own regex is
then re-run on the matched span to read its groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from . import timex_openers as openers
from .timex_rules import rules
from .timex_vocab import vocab

_NAMED = re.compile(r"\(\?P<\w+>")
@cache
def _own() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(pat) for name, _op, pat in rules(vocab())}


@cache
def _scanner(opener_classes: frozenset[str]) -> re.Pattern[str]:
    """One combined regex of the rules that may open with a word of these classes (groups stripped)."""
    chosen = [(n, pat) for n, op, pat in rules(vocab()) if opener_classes & set(op.split())]
    combined = "|".join(f"(?P<{name}>{_NAMED.sub('(?:', pat)})" for name, pat in chosen)
    return re.compile(rf"(?<![\w\u2010-])(?<!\d[,.])(?:{combined})")


def scan(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Every non-overlapping candidate, left to right, as (rule name, the rule's own match).

    Only word starts that may open a rule are tried, each with just the rules it may open."""
    own = _own()
    done = 0
    for w in openers.candidates().finditer(text):
        pos = w.start()
        if pos < done:
            continue
        found = openers.classes(w.group(), text, w.end())
        if not found:
            continue
        m = _scanner(found).match(text, pos)
        if m is None or m.lastgroup is None:
            continue
        detail = own[m.lastgroup].match(text, pos)  # not cut at the end: lookaheads see on
        if detail is not None and detail.end() == m.end():
            done = m.end()
            yield m.lastgroup, detail
