"""Attributions set beside a quotation rather than made by a verb of saying: a cry named by its noun
(``to chants of "Wade! Wade!" from the crowd``, ``interrupted him with chants of "Not one cent!"``) is
who raised it, and no one's when the text does not say (never the speaker whose words it interrupts);
``as he put it, "…"`` is the one who put it so, and ``in her words, "…"`` (``in the words of X``) the
one whose words they are; a sentence after a quotation that takes it up (``With those words, X …``)
gives its subject.
"""

from __future__ import annotations

import re

from .descriptions import indefinite
from .forms import clause_subject
from .kind import IN_WORDS
from .mentions import Cue, describe, np_tokens
from .phrases import right_np

# a cry named by its noun ("chants of", "shouts of"), then who raised it ("from the crowd")
_CHANTS_OF = re.compile(r"\b(?i:chants?|cries|shouts?|cheers|boos|jeers|calls|a\s+chorus)\s+of\s+$")
_FROM = re.compile(r"\s*,?\s*(?i:from)\s+")
_WITH_BEFORE = re.compile(r"\b(?i:with)\s+(?:[a-z]+\s+)?$")
_AS_PUT_IT = re.compile(  # "as he put it, "…"", "as Smith has put it:", "as one fund manager put it,"
    r"\b(?i:as)\s+((?:[\w.'’-]+\s+){0,3}[\w.'’-]+)\s+(?:(?:has|had)\s+)?(put)\s+it[,:]?\s*$")
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def chant(masked: str, lo: int, hi: int, q_start: int, q_end: int) -> Cue | None:
    """The cue of a cry named by its noun, in the position ``chant`` (it does not take the floor)."""
    cry = _CHANTS_OF.search(masked, max(lo, q_start - 20), q_start)
    if cry is None:
        return None
    by = _FROM.match(masked, q_end)
    found = right_np(masked, by.end(), hi) if by is not None else None
    if found is None and _WITH_BEFORE.search(masked, max(lo, cry.start() - 12), cry.start()):
        after_quote = masked.rfind("\u2592", lo, cry.start()) + 1  # not a quotation's sentence before
        found = clause_subject(masked, max(lo, after_quote), cry.start())  # "delegates interrupted him with"
    return (found or Cue(None, None, "group", head="crowd"))._replace(position="chant")


def as_put_it(masked: str, start: int, q_start: int) -> Cue | None:
    """``as he put it, "…"``, ``as one analyst put it``: a name, a pronoun or someone new (an
    indefinite description), the verb ``put``."""
    put = _AS_PUT_IT.search(masked, max(start, q_start - 80), q_start)
    if put is None:
        return None
    said = describe(masked, np_tokens(masked, put.start(1), put.end(1)))
    if said is None or said.kind not in ("name", "pronoun", "description"):
        return None
    if said.kind == "description" and not indefinite(put.group(1), 0):
        return None  # "as one fund manager put it": someone new, not "the report" to be resolved
    return said._replace(verb=(put.start(2), put.end(2)))


def in_words(masked: str, start: int, q_start: int) -> Cue | None:
    """``in her words, "…"``, ``in Smith's words``, ``in the words of one analyst``: the one whose words
    the quotation gives, with ``words`` for the cue word."""
    m = IN_WORDS.search(masked, max(start, q_start - 90), q_start)
    if m is None:
        return None
    word = m.span("w1") if m.group("w1") else m.span("w2")
    own = m.group("own")
    if own is not None and own.lower() in _POSSESSIVE_PRONOUNS:
        return Cue(word, m.span("own"), "pronoun", head=_POSSESSIVE_PRONOUNS[own.lower()])
    lo, hi = m.span("own") if own is not None else m.span("of")
    said = describe(masked, np_tokens(masked, lo, hi))
    if said is None or said.kind not in ("name", "description"):
        return None
    return said._replace(verb=word)


# "With those words, NASA launch director Teresa Amundsen … confirmed": a sentence right after a
# quotation (in its paragraph or opening the next) that takes it up as its subject's words
_THOSE_WORDS = re.compile(
    r"[ \t]*(?:\n[ \t]*)*(?i:with|in)\s+(?:(?i:that|those|these|this))\s+"
    r"(?:words?|lines?|remarks?|statement|declaration|warning|message|promise|pledge|vow|sentence|quip)\b")


def those_words(masked: str, q_end: int) -> Cue | None:
    """The subject of a sentence after a quotation that opens by taking it up (``With those words, X
    confirmed …``), when a name or a description."""
    m = _THOSE_WORDS.match(masked, q_end)
    if m is None:
        return None
    stop = masked.find("\n", m.end())
    opens = m.end() - len(m.group().lstrip())  # "With", past the blank and the line break before it
    found = clause_subject(masked, opens, stop if stop != -1 else len(masked))
    return found if found is not None and found.kind in ("name", "description") else None
