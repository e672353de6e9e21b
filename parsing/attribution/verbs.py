"""Whether a verb of saying the cue finder meets is used as the quote's verb: not a capitalised word,
not a noun (``the talk of``, ``a blog post``, ``approving claims was``), not a weak verb far from its
quote unless a named subject stands before it; and whether the quote is its object's complement
(``denounced the rules as "…"``) or in its that-clause (``warns that … "…"``).
"""

from __future__ import annotations

import re

from ..temporal.wordclass import MODALS
from . import grammar as G
from .nominal import base_form, heads_noun_phrase, singular_name_before
from .vocab import after_who, vocab

_COMPLEMENT_REACH = 120  # the quote this close when it is its object's complement (as "…")
_CLAUSE_BREAK = re.compile(r"[,;:.!?\u2592—–]")
SENTENCE_BREAK = re.compile(r"[;:.!?\u2592]")
_FINITE_AFTER_NOUN = frozenset({"was", "were", "is", "are", "has", "had", "have", "will", "would"})


_STOP = re.compile(r"[.!?;]")
_ROLE_AND_NAME = re.compile(r"\s+([a-z]+)\s+[A-Z]")  # "state secretary Klaus Wendler"


def saying_before(masked: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The verbs of saying (``said``, ``told``, ``wrote`` …) in ``masked[lo:hi]`` after its last
    sentence stop: the reporting verbs of the sentence a later verb stands in."""
    stops = list(_STOP.finditer(masked, lo, hi))
    v = vocab()
    return [s for s in v.verb_re.finditer(masked, stops[-1].end() if stops else lo, hi)
            if s.group().lower() in v.saying_verbs]


# a name, then a relative clause set off by commas, then the verb: "Agrifuture Europe, which represents
# farm unions in 19 countries, called": the name is the verb's subject
_NAME_AND_RELATIVE = re.compile(rf"\b[A-Z][\w.&'’-]*{G.RELATIVE_SET_OFF}{{3,100}},\s*$")


def _modal(before: list[str]) -> bool:
    """The words before a verb end in a modal, perhaps negated (``would``, ``should not``, ``won't``)."""
    if not before or not before[-1].islower():
        return False
    last = before[-1]
    if last in ("not", "never") and len(before) > 1 and before[-2].islower():
        last = before[-2]
    return last in MODALS or (last.endswith(("n't", "n’t")) and last[:-3] in _NEGATED_MODALS)


_NEGATED_MODALS = MODALS | {"wo", "ca", "sha"}  # won't, can't, shan't


_THAT_AFTER = re.compile(r"\s+that\b")
# "would say only that talks were "ongoing"": the writer's report of how little was said, an act of saying
# (as "would only say"), not what a verb of saying before it reports will be done
_ONLY_AFTER = re.compile(r"\s+only\b")


def verb_ok(masked: str, m: re.Match[str], weak_ok: bool) -> bool:
    v = vocab()
    word = m.group().lower()
    if not m.group()[0].islower():
        return False
    if word in v.that_verbs and not _THAT_AFTER.match(masked, m.end()):
        return False  # "held a rally", "has held \"more than a dozen\" town halls"; not "the court held that"
    before = masked[max(0, m.start() - 30):m.start()].split()
    prev = before[-1].lower().strip(",") if before else ""
    named_subject = (bool(before) and (before[-1][:1].isupper() or prev in G.PRONOUNS) and (
        prev in G.PRONOUNS or prev not in v.stopwords)) or after_who([w.lower().strip(",") for w in before]) \
        or (bool(before) and before[-1].endswith(",")  # a relative clause closes with its comma
            and _NAME_AND_RELATIVE.search(masked, max(0, m.start() - 150), m.start()) is not None)
    if word in v.weak_verbs and not weak_ok and not named_subject:
        return False
    if _modal(before) and _ONLY_AFTER.match(masked, m.end()) is None \
            and saying_before(masked, max(0, m.start() - 200), m.start()):
        return False  # "He said … the United States would defend them "for as long as it takes"": what
        # a verb of saying before it reports will be done, no act of saying (not "work he would call "…"");
        # so "… but that the central bank should not declare victory "…""
    after_comma = bool(before) and before[-1].endswith(",")  # "…, who will challenge her, described"
    if (prev in v.noun_markers or prev.endswith(("'s", "’s"))) and not after_comma:
        return False
    if base_form(word) and (heads_noun_phrase(before) or singular_name_before(before)):
        return False  # "a blog post", "the audit demand", "Chinese demand": a singular subject takes "-s"
    if base_form(word) and (prev.replace(",", "").replace(".", "").isdigit() or prev in G.QUANTIFIERS):
        return False  # "19,000 state workers", "three state officials": a count before a noun
    role = _ROLE_AND_NAME.match(masked, m.end()) if base_form(word) else None
    if role is not None and role.group(1) in v.role_nouns:
        return False  # "Finance Ministry state secretary Klaus Wendler": a role's modifier, before a name
    if prev in v.passive_markers and not word.endswith("ing"):
        return False
    if after_comma and word.endswith("ed") and _ASIDE_THEN_FINITE.match(masked, m.end()):
        return False  # "the "Grocery Relief Top-Up", announced last month, would reach": a participle set
        # beside the noun before it, whose own verb follows the aside
    if word.endswith("ed") and before and before[-1].islower() and prev not in G.PRONOUNS \
            and _REDUCED_THEN_FINITE.match(masked, m.end()):
        return False  # "the polling memo cited in the complaint had been": so is one right after its noun
    after = masked[m.end():m.end() + 6].lstrip().lower()  # the talk of: a noun; he spoke of: a verb
    if after.split(" ", 1)[0] in _FINITE_AFTER_NOUN and (word not in v.saying_verbs or word.endswith("s")):
        return False  # "approving claims was slow": a noun, the subject of the verb after it (not "a
        # pledge McKellar said had become": a relative clause's verb of saying, its that left out)
    return not (after.startswith("of ") and not word.endswith(("ed", "id", "ld", "te")) and not named_subject)


# the rest of an aside opened by a participle, then the finite verb (or auxiliary) of the clause it
# interrupts: ", announced last month, would reach"
_ASIDE_THEN_FINITE = re.compile(r"[^,;:.\u2592]{0,40},\s+(?:would|will|could|can|may|might|should|must|is|"
                                r"are|was|were|has|have|had|does|did)\b")


# a short phrase after a participle right after its noun, then the finite verb of the noun's clause:
# " cited in the complaint had"
_REDUCED_THEN_FINITE = re.compile(r"\s+(?:in|by|at|on|from|with|for|under)\s+(?:(?!that\b)[\w'’-]+\s+){1,4}?"
                                  r"(?:had|has|have|was|were|is|are|would|will)\b")


def noun_before_verb(masked: str, m: re.Match[str]) -> bool:
    """A verb's form used as the noun a determiner opens (``the report``, ``a statement``) with a verb
    right after it (``"…," the report said``): the subject's head, not the cue."""
    before = masked[max(0, m.start() - 30):m.start()].split()
    v = vocab()
    return bool(before) and before[-1].lower() in v.noun_markers and masked[m.end():m.end() + 1] == " " \
        and v.verb_re.match(masked, m.end() + 1) is not None


def is_participle(m: re.Match[str]) -> bool:
    """The verb found is a participle: ``saying``, ``pointing out``."""
    return m.group().split()[0].lower().endswith("ing")


def complement_of(masked: str, m: re.Match[str], q_start: int) -> bool:
    """The quote is the complement the verb's object takes (``denounced the new rules as "…"``,
    ``warned of "…"``): ``as``/``of`` right before it, no clause break after the verb."""
    before = masked[max(m.end(), q_start - 4):q_start].rstrip().lower()
    return before.endswith(("as", "of")) and q_start - m.end() <= _COMPLEMENT_REACH and \
        _CLAUSE_BREAK.search(masked, m.end(), q_start) is None


# "warns that", "ruling 4-3 that", "reported last week that", "said on Tuesday night that": a vote's
# count or a time adverbial may stand between the verb and its that-clause
THAT_AFTER = re.compile(
    r"\s+(?:\d+-\d+\s+"
    r"|(?:(?:on|late|early|earlier|last|this)\s+){0,2}"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|week|weekend|month|year)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?that\s")


def that_clause(masked: str, m: re.Match[str], q_start: int) -> bool:
    """The quote lies in the verb's that-clause (``The paper warns that traffic could disturb the
    whales during "…"``): the subject's words, however far the quote is into the clause."""
    that = THAT_AFTER.match(masked, m.end())
    return that is not None and q_start - that.end() <= _COMPLEMENT_REACH and \
        SENTENCE_BREAK.search(masked, that.end(), q_start) is None


_SET_OFF = re.compile(r",\s+[^,;:.\u2592]{1,40}$")  # ", he " before the verb: its subject set off


def set_off(masked: str, start: int, end: int) -> bool:
    """The verb of saying at ``[start, end)`` is set off by commas with its subject (``Results, he
    added, would be …``): it reports the sentence it interrupts."""
    return masked[start:end].lower() in vocab().saying_verbs and masked.startswith(",", end) \
        and _SET_OFF.search(masked, max(0, start - 42), start) is not None
