"""Whether a verb of speech's base form is used as a noun: the head of a noun phrase (``a blog post``,
``the audit demand``), after a capitalised singular modifier (``Chinese demand``), or inside a
description (``the German state of``). A singular subject would take the -s form, so in these places
the word names, it does not say. Read by the cue finder (cues) and the description reader (mentions)."""

from __future__ import annotations

from . import grammar as G
from .names import Tok, is_cap
from .vocab import vocab

# determiners of a singular noun phrase ("the audit demand", "an Instagram post")
_SINGULAR_LEADS = frozenset({"a", "an", "the", "this", "that", "its", "his", "her", "their", "our"})
_PLURALS_WITHOUT_S = frozenset({"people", "police", "men", "women", "children", "staff", "media", "clergy",
                                "faculty", "personnel", "cattle", "crew", "public", "youth"})
_PLACE_PREPOSITIONS = G.PREPOSITIONS | {"outside", "inside", "near", "behind", "across", "around", "beyond",
                                        "under", "over", "throughout", "along", "beside", "past"}


def heads_noun_phrase(before: list[str]) -> bool:
    """Whether a base-form verb after the words ``before`` it would be the head of a noun phrase: after
    ``a``/``an`` and a word ("a blog post", "an Instagram post"), or after another singular determiner
    and a lower-case singular noun ("the audit demand"), unless that noun is a preposition's object
    ("Critics of the plan say": the subject stands before the preposition)."""
    noun = before[-1].strip(",") if len(before) >= 2 else ""
    if not noun.isalpha():
        return False
    lead = before[-2].lower()
    if lead in ("a", "an"):
        return True
    if lead not in _SINGULAR_LEADS or noun != before[-1] or not noun.islower():
        return False
    singular = not noun.endswith("s") and noun not in _PLURALS_WITHOUT_S
    if not singular:
        return False
    if len(before) < 3 or before[-3].lower() not in _PLACE_PREPOSITIONS:
        return True
    # after a preposition, a verb's subject stands before it: "Critics of the plan say" is a verb, but
    # "the situation in the northeastern state as" is a noun (a singular subject would take "states")
    owner = before[-4].strip(",") if len(before) >= 4 else ""
    return owner.isalpha() and owner.islower() and not owner.endswith("s") and owner not in _PLURALS_WITHOUT_S


def singular_name_before(before: list[str]) -> bool:
    """A capitalised singular word right before a base form (``Chinese demand``, ``Apple post``): a
    noun's modifier, since a singular subject would take the -s form (not ``Democrats demand``,
    ``They demand``, ``Police demand``)."""
    word = before[-1] if before else ""
    if not (word.isalpha() and word[0].isupper() and word[1:].islower() and not word.endswith("s")
            and word.lower() not in G.PRONOUNS and word.lower() not in _PLURALS_WITHOUT_S):
        return False
    ahead = before[-2] if len(before) > 1 else ""  # one modifier, not a name's end ("by The Atlantic")
    return not ahead[:1].isupper() and ahead.lower() not in G.PREPOSITIONS


def base_form(word: str) -> bool:
    """A verb's base form (``post``, ``note``), told by its -s form; ``read`` is also a past tense."""
    verbs = vocab().speech_verbs
    return word != "read" and (f"{word}s" in verbs or f"{word}es" in verbs)


def noun_use(toks: list[Tok], i: int) -> bool:
    """A verb's base form used as a noun inside a noun phrase: after a determiner or a capitalised
    modifier (``the German state of``, ``the state of``), not after a subject (``they state``)."""
    if i == 0 or toks[i].low not in vocab().speech_verbs or toks[i].low.endswith(("ed", "ing", "s")):
        return False
    prev = toks[i - 1]
    return prev.low in G.DETERMINERS or (is_cap(prev) and not prev.low.endswith("s")
                                          and prev.low not in G.PRONOUNS)
