"""Which rules a word may open: its opener classes, narrowed by a look at the word after it.

This is the scanner's cheap pre-filter. Classes mirror the ``openers`` column of
:mod:`parsing.temporal.rules`; a word with no class (most words) is never tried at all, and the
frequent openers (``the``, ``a``, bare numbers) are only tried when the next word could continue a
time expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from .vocab import alternation, trie, vocab

_POSSESSIVE = re.compile(r"['’]\w*$")
_NEXT = re.compile(r"[\s\u2010-]+([\w'’]+)")
_FIXED_OPENERS = {
    "THE": "the that", "REL": "last this next current", "EDGE": "early late mid earlier later",
    "DUR": "over past previous coming following", "MISC": "year same corresponding",
    "CLOCK": "noon midnight midday", "FISCAL": "fiscal financial", "SET": "every each per",
    "NUMW": "a an",
}
# Words that may follow "the" / a number in a time expression without opening a rule themselves.
_AFTER_THE = ("end start beginning middle weekend day future long near short time very entire whole full "
              "preceding night morning evening afternoon date new comparable")
_AFTER_NUMBER = ("couple dozen few and half of century quarter am pm a p o'clock o’clock tonight this "
                 "yesterday today tomorrow local bc bce b ad ce c")  # "60 BC", "60 B.C.", "600 AD"
_DIGIT, _DIGIT4, _YEAR = frozenset({"D"}), frozenset({"D4"}), frozenset({"YEAR"})
_ERA, _ERA_BEFORE = frozenset({"ERA"}), re.compile(r"(?<=AD)\s+\d|(?<=A)\.D\.\s+\d")  # "AD 43", "A.D. 43"
_SPAN_MARKS = "-/\u2010\u2013\u2014"
_NEXT_THING = re.compile(r"\s+(?:([\w'’]+)|\S)")
_APOS, _BRACKET = frozenset({"APOS"}), frozenset({"BRACKET"})
_SPECIAL, NONE = frozenset({"FY", "QH"}), frozenset[str]()
_GATED = frozenset({"THE", "NUMW", "REF"})
_MODIFIERS = frozenset({"REL", "EDGE", "DUR"})  # this, late, over ...: only before a likely word
_NUMERAL_TAIL = re.compile(r"(?:[.,]\d+)+")
_OCLOCK, _CLOCK = frozenset({"o'clock", "o’clock"}), frozenset({"CLOCK"})
_TO_NOON = re.compile(r"(?:\s+quarter)?\s+(?i:to|past)\s+(?i:noon|midnight|midday)\b")
_IN_PART = re.compile(r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b")


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
    """Words that may follow ``the`` in a time expression (not words that only open phrases of
    their own, such as ``new`` in ``New Year's Day``)."""
    fixed = frozenset(_AFTER_THE.split())
    openers = set(opener_classes()) - set(phrase_only())
    v = vocab()
    phrases = (p.lower().split() for p in (*v.present_ref, *v.past_ref, *v.future_ref))
    # the second word of a reference phrase opening with "the" ("the foreseeable future")
    seconds = {words[1] for words in phrases if len(words) > 1 and words[0] == "the"}
    return (fixed | openers | seconds | set(v.units)) - {"the", "a", "an"}


@cache
def _after_modifier() -> frozenset[str]:
    """Words that may follow ``this``, ``late``, ``over`` ... in a time expression."""
    return _after_the() | {"the", "in", "that"} | {w.lower() for w in vocab().parts_of_day}  # "later that"


def _next_word(text: str, end: int) -> str:
    m = _NEXT.match(text, end)
    return m.group(1).lower() if m else ""


def _forms(word: str) -> tuple[str, str, str]:
    return word, word.capitalize(), word.upper()


@cache
def by_form() -> dict[str, frozenset[str]]:
    """Opener classes keyed by the word as written: lower, Capitalised and UPPER forms."""
    out: dict[str, frozenset[str]] = {}
    for w, c in opener_classes().items():
        for form in _forms(w):
            out[form] = out.get(form, NONE) | c
    return out


_HEAD = 200  # how much of a text's start is enough to judge its first word
_SEP = r"[\s\u2010-]+"
_POSSESSIVE_TAIL = r"(?:['’]\w*)?"
_WORD_END = r"(?![\w'’])"


def _before(words: Iterable[str], possessive: str = "") -> str:
    """A lookahead: the next word (after spaces or a hyphen) is one of ``words`` or a number."""
    return rf"(?={_SEP}(?:(?i:{alternation(words)}){possessive}{_WORD_END}|\d))"


@cache
def _candidate() -> str:
    """Words worth a look; the match is the whole word. A superset of what :func:`classes`
    accepts, found in one regex pass so that most words never reach Python: an opener word
    (lower, Capitalised or UPPER); a word that only opens phrases just before the phrase's next
    word (``at present``); ``the``, ``that``, ``a``, ``an`` and bare numbers only before a word
    that may continue a time expression; any other word starting with a digit, quote, bracket,
    FY, Q1."""
    forms, phrases = by_form(), phrase_only()
    gated = {"THE": _before(_after_the()), "NUMW": _before(_after_number())}
    articles = {w for cls in gated for w in _FIXED_OPENERS[cls].split()}
    skip = articles | set(phrases)
    tails = {w: r"(?![\w])" for w in forms if w and w.lower() not in skip}
    for first, seconds in phrases.items():
        for form in _forms(first):
            tails[form] = rf"(?={_SEP}(?i:{alternation(seconds)}){_POSSESSIVE_TAIL}{_WORD_END})"
    openings = [
        trie(tails),
        *(rf"(?:{alternation(f for w in _FIXED_OPENERS[cls].split() for f in _forms(w))}){tail}"
          for cls, tail in gated.items()),
        r"\d{4}(?!\d)",
        rf"\d+(?!\d)(?![.,](?!\d))(?:(?={_IN_PART.pattern})"
        rf"|(?![\s\u2010]+(?!(?i:{alternation(_after_number())}){_WORD_END}|\d)[\w'’]))",
        r"\[|['’]\d|FY|[QH][1-4]\b",
        r"AD(?=\s+\d)|A(?=\.D\.\s+\d)",
    ]
    return "(?=" + "|".join(openings) + r")(?P<w>\[?[\w'’]+)"


@cache
def candidates() -> re.Pattern[str]:
    """Candidate words after a non-word character (the word is group ``w``): a pattern that
    opens with a character class, so the regex engine skips from gap to gap between words."""
    return re.compile(r"[^\w'’]" + _candidate())


def words(text: str) -> Iterator[tuple[int, str]]:
    """(start, word) of every candidate word, in order (the first word of the text too)."""
    rx = candidates()
    first = rx.match(" " + text[:_HEAD])  # the text's first word has no character before it
    if first is not None:
        yield 0, first.group("w")
    for m in rx.finditer(text):
        yield m.start("w"), m.group("w")


@cache
def _noon_offsets() -> frozenset[str]:
    """The words that open "a quarter to midnight", "half past noon", as written."""
    return frozenset(w for word in ("a", *vocab().clock_offsets) for w in (word, word.capitalize()))


def classes(word: str, text: str, end: int) -> frozenset[str]:
    """The opener classes of ``word`` (ending at ``end`` in ``text``), empty when no rule can start."""
    if word in _noon_offsets() and _TO_NOON.match(text, end):
        return _CLOCK  # "a quarter to midnight", "half past noon"
    if word in ("AD", "A") and _ERA_BEFORE.match(text, end):
        return _ERA
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
            found = found - _GATED
        elif nxt in _OCLOCK:  # "nine o'clock": a number word opens a clock time
            found = found | _CLOCK
        if _IN_PART.match(text, end):  # "two in the morning", "ten at night": so does one before a part
            found = found | _CLOCK
    if found & _MODIFIERS:  # "this is", "later said", "over it": no rule opens there
        nxt = _POSSESSIVE.sub("", _next_word(text, end))
        if nxt not in _after_modifier() and not nxt[:1].isdigit():
            found = found - _MODIFIERS
    return found


def _more_than_a_year(text: str, end: int) -> bool:
    """Whether a four-digit number may open more than a year: a date (2009-10-01), a span
    (2009 - 2010), a clock time (1430 GMT), an amount of time (1500 years)."""
    after = text[end:end + 1]
    if after in _SPAN_MARKS:
        return True
    if not after.isspace():
        return False
    m = _NEXT_THING.match(text, end)
    if m is None:
        return False
    nxt = m.group(1)
    if nxt is None:  # a mark, not a word
        return m.group()[-1] in _SPAN_MARKS
    return nxt[0].isupper() or nxt.lower() in _after_year() or (  # a zone (GMT), a unit (years),
        nxt.lower() == "local" and text[m.end():m.end() + 5].lower() == " time")  # "0900 local time"


@cache
def _after_year() -> frozenset[str]:
    return frozenset(vocab().units) | {"and", "fiscal", "financial"}  # "its 2001 fiscal year"


def _digit(word: str, text: str, end: int) -> frozenset[str]:
    """D4 for a word opening with four digits (years, 1990s, ISO dates), D for other numbers."""
    if len(word) >= 4 and word[:4].isdigit() and not word[4:5].isdigit():
        return _DIGIT4 if len(word) > 4 or _more_than_a_year(text, end) else _YEAR
    if not word.isdigit() or text[end:end + 1] in (":", "/", "-"):
        return _DIGIT
    if text[end:end + 1] in ".," and text[end + 1:end + 2].isdigit():  # 1,500 / 3.5 / 9.30 / 1.5.2021
        tail = _NUMERAL_TAIL.match(text, end)
        end = tail.end() if tail else end
        if (tail and tail.group().count(".") > 1) or text[end:end + 1].isalpha():
            return _DIGIT
    nxt = _next_word(text, end)
    return _DIGIT if nxt in _after_number() or nxt[:1].isdigit() or _IN_PART.match(text, end) else NONE
