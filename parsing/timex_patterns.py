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

from .timex_rules import rules
from .timex_vocab import vocab

_NAMED = re.compile(r"\(\?P<\w+>")
_WORD = re.compile(r"[\w'’\[]+")
_POSSESSIVE = re.compile(r"['’]\w*$")
# Opener classes of words that are not vocabulary entries (they mirror the rules above).
_FIXED_OPENERS = {
    "THE": "the", "REL": "last this next current", "EDGE": "early late mid earlier later",
    "DUR": "over past previous coming following", "MISC": "year same corresponding",
    "CLOCK": "noon midnight midday", "FISCAL": "fiscal financial", "SET": "every each per",
    "NUMW": "a an",
}


@cache
def _opener_classes() -> dict[str, frozenset[str]]:
    """Lower-cased word -> the opener classes it belongs to."""
    v = vocab()
    tables: dict[str, object] = {
        "WD": v.weekdays, "MON": v.months, "SEASON": v.seasons, "ORD": v.ordinals,
        "DECW": v.decade_words, "SET": v.set_words, "DEICTIC": v.deictic_days,
        "REF": v.present_ref | v.past_ref | v.future_ref, "NUMW": set(v.numbers) | v.vague_numbers,
    }
    out: dict[str, set[str]] = {}
    for cls, words in _FIXED_OPENERS.items():
        for w in words.split():
            out.setdefault(w, set()).add(cls)
    for cls, table in tables.items():
        for k in table:  # type: ignore[attr-defined]
            out.setdefault(str(k).lower().split()[0].rstrip("."), set()).add(cls)
    return {w: frozenset(c) for w, c in out.items()}


def _classes(word: str) -> frozenset[str]:
    first = word[0]
    if first.isdigit():
        return _DIGIT
    if first in "'’":
        return _APOS
    if first == "[":
        return _BRACKET
    found = _opener_classes().get(_POSSESSIVE.sub("", word).lower(), _NONE)
    if word[:2] == "FY" or (first in "QH" and word[1:2].isdigit()):
        return found | _SPECIAL
    return found


_DIGIT, _APOS, _BRACKET = frozenset({"D"}), frozenset({"APOS"}), frozenset({"BRACKET"})
_SPECIAL, _NONE = frozenset({"FY", "QH"}), frozenset[str]()


@cache
def _own() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(pat) for name, _op, pat in rules(vocab())}


@cache
def _scanner(classes: frozenset[str]) -> re.Pattern[str]:
    """One combined regex of the rules that may open with a word of these classes (groups stripped)."""
    chosen = [(n, pat) for n, op, pat in rules(vocab()) if classes & set(op.split())]
    combined = "|".join(f"(?P<{name}>{_NAMED.sub('(?:', pat)})" for name, pat in chosen)
    return re.compile(rf"(?<![\w\u2010-])(?:{combined})")


def scan(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Every non-overlapping candidate, left to right, as (rule name, the rule's own match).

    Only word starts that may open a rule are tried, each with just the rules it may open."""
    own = _own()
    done = 0
    for w in _WORD.finditer(text):
        pos = w.start()
        if pos < done:
            continue
        classes = _classes(w.group())
        if not classes:
            continue
        m = _scanner(classes).match(text, pos)
        if m is None or m.lastgroup is None:
            continue
        detail = own[m.lastgroup].fullmatch(text, m.start(), m.end())
        if detail is not None:
            done = m.end()
            yield m.lastgroup, detail
