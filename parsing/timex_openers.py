"""Which rules a word may open: its opener classes, narrowed by a look at the word after it.

This is the scanner's cheap pre-filter. Classes mirror the ``openers`` column of
:mod:`parsing.timex_rules`; a word with no class (most words) is never tried at all, and the
frequent openers (``the``, ``a``, bare numbers) are only tried when the next word could continue a
time expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .timex_vocab import alternation, vocab

_POSSESSIVE = re.compile(r"['’]\w*$")
_NEXT = re.compile(r"[\s\u2010-]+([\w'’]+)")
_FIXED_OPENERS = {
    "THE": "the that", "REL": "last this next current", "EDGE": "early late mid earlier later",
    "DUR": "over past previous coming following", "MISC": "year same corresponding",
    "CLOCK": "noon midnight midday", "FISCAL": "fiscal financial", "SET": "every each per",
    "NUMW": "a an",
}
# Words that may follow "the" / a number in a time expression without opening a rule themselves.
_AFTER_THE = "end start beginning middle weekend day future long near short time very entire"
_AFTER_NUMBER = "couple dozen few and half of century quarter am pm a p"
_DIGIT, _DIGIT4 = frozenset({"D"}), frozenset({"D4"})
_APOS, _BRACKET = frozenset({"APOS"}), frozenset({"BRACKET"})
_SPECIAL, NONE = frozenset({"FY", "QH"}), frozenset[str]()
_GATED = frozenset({"THE", "NUMW", "REF"})


@cache
def opener_classes() -> dict[str, frozenset[str]]:
    """Lower-cased word -> the opener classes it belongs to."""
    v = vocab()
    tables: dict[str, Iterable[str]] = {
        "WD": v.weekdays, "MON": v.months, "SEASON": v.seasons, "ORD": v.ordinals,
        "DECW": v.decade_words, "SET": v.set_words, "DEICTIC": v.deictic_days, "HOL": v.holidays,
        "REF": v.present_ref | v.past_ref | v.future_ref, "NUMW": set(v.numbers) | v.vague_numbers,
    }
    out: dict[str, set[str]] = {}
    for cls, words in _FIXED_OPENERS.items():
        for w in words.split():
            out.setdefault(w, set()).add(cls)
    for cls, table in tables.items():
        for k in table:
            out.setdefault(k.lower().split()[0].rstrip("."), set()).add(cls)
    return {w: frozenset(c) for w, c in out.items()}


@cache
def phrase_only() -> dict[str, frozenset[str]]:
    """Words that open only multi-word phrases (``at present``, ``New Year's Day``, ``these
    days``) -> the second words those phrases need."""
    v = vocab()
    seconds: dict[str, set[str]] = {}
    for phrase in (*v.present_ref, *v.past_ref, *v.future_ref, *v.holidays):
        parts = phrase.lower().split()
        if len(parts) > 1:
            seconds.setdefault(parts[0], set()).add(_POSSESSIVE.sub("", parts[1]))
    single = {w for w, c in opener_classes().items() if c - {"REF", "HOL"}}
    single |= {p.lower() for p in (*v.present_ref, *v.past_ref, *v.future_ref, *v.holidays) if " " not in p}
    return {w: frozenset(s) for w, s in seconds.items() if w not in single}


@cache
def _after_number() -> frozenset[str]:
    v = vocab()
    months = {m.lower().rstrip(".") for m in v.months}
    return frozenset(_AFTER_NUMBER.split()) | set(v.units) | set(v.numbers) | months


@cache
def _after_the() -> frozenset[str]:
    return (frozenset(_AFTER_THE.split()) | set(opener_classes())) - {"the", "a", "an"}


def _next_word(text: str, end: int) -> str:
    m = _NEXT.match(text, end)
    return m.group(1).lower() if m else ""


@cache
def by_form() -> dict[str, frozenset[str]]:
    """Opener classes keyed by the word as written: lower, Capitalised and UPPER forms."""
    out: dict[str, frozenset[str]] = {}
    for w, c in opener_classes().items():
        for form in (w, w.capitalize(), w.upper()):
            out[form] = out.get(form, NONE) | c
    return out


MAYBE_FIRST = frozenset("0123456789'’[FQH")


@cache
def candidates() -> re.Pattern[str]:
    """Words worth a look: an opener word (any case form), or one starting with a digit, quote,
    bracket, FY, Q1; the match is the whole word."""
    words = sorted(w for w in by_form() if w)
    return re.compile(
        rf"(?<![\w'’])(?=(?:{alternation(words)})(?![\w])|[\d\[]|['’]\d|FY|[QH][1-4]\b)\[?[\w'’]+"
    )


def classes(word: str, text: str, end: int) -> frozenset[str]:
    """The opener classes of ``word`` (ending at ``end`` in ``text``), empty when no rule can start."""
    found = by_form().get(word)
    if found is None:
        first = word[0]
        if first.isdigit():
            return _digit(word, text, end)
        if first in "'’":
            return _APOS
        if first == "[":
            return _BRACKET
        if word[:2] == "FY" or (first in "QH" and word[1:2].isdigit()):
            return _SPECIAL
        if "'" not in word and "’" not in word:
            return NONE
        found = by_form().get(_POSSESSIVE.sub("", word), NONE)
    needs = phrase_only().get(word.lower())
    if needs is not None and _POSSESSIVE.sub("", _next_word(text, end)) not in needs:
        return NONE
    if "NUMW" in found or "THE" in found:  # "the", "that", "a", "two": only before a likely word
        nxt = _next_word(text, end)
        allowed = _after_the() if "THE" in found else _after_number()
        if nxt not in allowed and not nxt[:1].isdigit():
            return found - _GATED
    return found


def _digit(word: str, text: str, end: int) -> frozenset[str]:
    """D4 for a word opening with four digits (years, 1990s, ISO dates), D for other numbers."""
    if len(word) >= 4 and word[:4].isdigit() and not word[4:5].isdigit():
        return _DIGIT4
    if not word.isdigit() or text[end:end + 1] in (":", "/", ".", "-"):
        return _DIGIT
    if text[end:end + 1] == ",":  # 1,500 years
        return _DIGIT if text[end + 1:end + 4].isdigit() else NONE
    nxt = _next_word(text, end)
    return _DIGIT if nxt in _after_number() or nxt[:1].isdigit() else NONE
