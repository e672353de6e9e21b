"""Names of things rather than of people, organisations or places: titles of works and products.

A capitalised title in quotation marks after a cue ("the documentary “The River Remembers”",
"a report titled "Resilient Communities"") names a work; a name right before a product noun
("Javelin anti-tank missiles", "Tarvo jets") names a product. Both are typed OTHER.
"""

from __future__ import annotations

import re

from .gazetteer import read_vocab

_VOCAB = read_vocab("entities_context.json")
_CUES = "|".join(sorted(_VOCAB["work_cues_before"], key=len, reverse=True))
_PRODUCTS = "|".join(sorted(_VOCAB["product_nouns_after"], key=len, reverse=True))
# The cue, optional spaces or a comma, then a quoted title starting with a capital, on one line.
_QUOTED_TITLE = re.compile(rf"\b(?:{_CUES}),?\s+[\"“‘]([A-Z0-9][^\"“”‘’\n]{{0,100}}?)[\"”’]")
# Right after a name: a product noun, maybe after one hyphenated modifier ("anti-tank").
_PRODUCT_AFTER = re.compile(rf" (?:[a-z]+(?:-[a-z]+)+ )?(?:{_PRODUCTS})\b")


def work_titles(text: str) -> list[tuple[int, int]]:
    """Spans (inside the quotation marks) of quoted titles of works, in text order."""
    out: list[tuple[int, int]] = []
    for m in _QUOTED_TITLE.finditer(text):
        start, end = m.span(1)
        end = start + len(m.group(1).rstrip(" ,."))
        if end > start:
            out.append((start, end))
    return out


def product_after(text: str, end: int) -> bool:
    """Whether a product noun follows the name ending at ``end`` ("Javelin| missiles")."""
    return _PRODUCT_AFTER.match(text, end) is not None
