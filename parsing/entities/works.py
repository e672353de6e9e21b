"""Names of things rather than of people, organisations or places: titles of works, lawsuits and
products.

A capitalised title in quotation marks after a cue ("the documentary “The River Remembers”",
"a report titled "Resilient Communities"") names a work; two names joined by "v." name a case
("Roe v. Wade", "Boudreaux v. Delta Voters League"); a name right before a product noun ("Javelin
anti-tank missiles", "Tarvo jets") names a product. All are typed OTHER.
"""

from __future__ import annotations

import re

from ..vocab import load as read_vocab

_VOCAB = read_vocab("entities_context.json")
_CUES = "|".join(sorted(_VOCAB["work_cues_before"], key=len, reverse=True))
_PRODUCTS = "|".join(sorted(_VOCAB["product_nouns_after"], key=len, reverse=True))
# A quoted title starting with a capital, on one line; right before it, the cue (and a comma).
_QUOTED_TITLE = re.compile(r"[\"“‘]([A-Z0-9][^\"“”‘’\n]{0,100}?)[\"”’]")
_CUE_BEFORE = re.compile(rf"(?:^|[^\w-])(?:{_CUES}),?\s+$")
_CUE_REACH = 24  # characters read back for the cue
# Right after a name: a product noun, maybe after one hyphenated modifier ("anti-tank").
_PRODUCT_AFTER = re.compile(rf" (?:[a-z]+(?:-[a-z]+)+ )?(?:{_PRODUCTS})\b")


def work_titles(text: str) -> list[tuple[int, int]]:
    """Spans (inside the quotation marks) of quoted titles of works, in text order."""
    out: list[tuple[int, int]] = []
    for m in _QUOTED_TITLE.finditer(text):  # quotation marks are rarer than cue words: look for them first
        q = m.start()
        if _CUE_BEFORE.search(text[max(0, q - _CUE_REACH):q]) is None:
            continue
        start, end = m.span(1)
        end = start + len(m.group(1).rstrip(" ,."))
        if end > start:
            out.append((start, end))
    return out


# two parties' names joined by "v." (a law report's style; "vs." joins teams): a case's title
_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’&-]*)"  # "U.S.", "Wade"
_CASE = re.compile(rf"(?<![\w.'’-])({_WORD}(?:\s+(?:(?:of|and|the)\s+)?{_WORD})*)\s+v\.\s+"
                   rf"({_WORD}(?:\s+(?:(?:of|for|and|the)\s+)?{_WORD})*)")


def is_case(name: str) -> bool:
    """Whether ``name`` is written as a case's title, two parties joined by "v." (``Roe v. Wade``)."""
    return " v. " in name


def case_titles(text: str, openers: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of case titles (``Rucho v. Common Cause``), without a word that opens the sentence
    before them (``In Rucho v. …``), in text order."""
    out: list[tuple[int, int]] = []
    for m in _CASE.finditer(text) if is_case(text) else ():
        start, end = m.span()
        first = m.group(1).split()
        while len(first) > 1 and first[0] in openers:
            start = text.index(first[1], start + len(first[0]))
            first = first[1:]
        if first[0] not in openers:
            out.append((start, end))
    return out


PRODUCT_NOUNS = frozenset(_VOCAB["product_nouns_after"])


def product_after(text: str, end: int, next_word: str) -> bool:
    """Whether a product noun follows the name ending at ``end`` ("Javelin| missiles").

    ``next_word``: the word after the name (a product noun or a hyphenated modifier, if any).
    """
    if next_word not in PRODUCT_NOUNS and "-" not in next_word:
        return False
    return _PRODUCT_AFTER.match(text, end) is not None
