"""Where a speaker's noun phrase begins and ends: a name that heads ``X of Y``, a plural of people
standing alone, a document's noun before the participle that tells of it, the verb before a noun
phrase's determiner, the preposition that opens a role's complement (``a spokesman for``), a name
that is one (``An analyst at Goldman Sachs``), and the object of a preposition that places a thing
(``a sign at the entrance to the site``). Token predicates only; ``mentions`` builds the cue from them.
"""

from __future__ import annotations

from . import grammar as G
from .names import Name, Tok, given_name, is_cap, name_in_run, possessive_name, run_ending
from .vocab import vocab


def group_word(toks: list[Tok]) -> bool:
    """A capitalised plural of people standing alone (``Critics``, ``Officials``, ``Colleagues``): not a
    name; nor the last word of one whose "of" joins it to a capitalised word (``Society of Journalists``,
    ``Union of Concerned Scientists``)."""
    if toks[-1].bare not in vocab().people_plurals:
        return False
    k = len(toks) - 2
    while k >= 1 and is_cap(toks[k]):
        k -= 1  # past "Concerned" of "Union of Concerned Scientists"
    if k >= 1 and toks[k].low == "of" and is_cap(toks[k - 1]):
        return False
    return len(toks) == 1 or not is_cap(toks[-2])


def person_of(masked: str, toks: list[Tok]) -> Name | None:
    """``X of Y`` is headed by X: a person's name right before the noun phrase's first ``of``, with no
    preposition before it (``Leader Theo Marchetti of Milwaukee``, ``Sara Lindholm of the charity Sea
    Corridor``; not ``the family of Jane Doe of Austin``, nor ``Fraternal Order of Police``)."""
    of = next((i for i, t in enumerate(toks) if t.low == "of"), 0)
    if not 0 < of < len(toks) - 1 or not is_cap(toks[of - 1]) \
            or any(t.low in G.PREPOSITIONS for t in toks[:of]):
        return None
    start = run_ending(masked, toks, of - 1)
    held = name_in_run(masked, toks[start:of])
    # "Morag Finlayson of the charity Energy Action Scotland": a common noun after "of the" sets the
    # name after it beside one it describes; no organisation is named "… of the charity …"
    described = of + 2 < len(toks) and toks[of + 1].low == "the" and toks[of + 2].text.islower() \
        and any(is_cap(t) for t in toks[of + 3:])
    # "Opposition leader Ruwan Gunasekara of the United People's Alliance": a role before the name
    roled = (start > 0 and toks[start - 1].bare in vocab().person_roles) or toks[start].bare in vocab().titles
    return held if held is not None and held.kind == "person" and (
        given_name(held.words[0]) or described or roled) else None


def participle_clause(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` is a present participle opening a clause of its own (``said the minister, adding``),
    not an adjective inside the noun phrase: a compound (``a high-ranking official``, ``a
    long-serving lawmaker``) or a word right after a determiner (``the acting director``, ``a ranking
    member``) qualifies the noun that follows."""
    t = toks[i]
    return t.low.endswith("ing") and not is_cap(t) and "-" not in t.low and not (
        i > 0 and toks[i - 1].low in G.DETERMINERS)


def _opens_phrase(toks: list[Tok], p: int) -> bool:
    """``toks[p]`` opens a phrase that tells of the noun before it: a preposition, or a present
    participle right after a role noun (``a diplomat observing``)."""
    word = toks[p].text
    return toks[p].low in G.PREPOSITIONS or (
        p > 0 and len(word) > 4 and word.islower() and word.endswith("ing")
        and toks[p - 1].bare in vocab().role_nouns and toks[p - 1].text.islower())


def before_participle(np: list[Tok]) -> list[Tok]:
    """A noun phrase cut before a past participle and its preposition that follow a document's noun
    (``the memorandum attached to the bill``, ``a report published in March``): the participle's
    phrase tells of the document, whose noun heads the phrase; a by-agent stays in it (``A letter
    signed by 38 former officials``, who wrote it)."""
    v = vocab()
    for k in range(1, len(np) - 1):
        word = np[k].low
        if np[k - 1].bare in v.document_nouns and np[k + 1].low in G.PREPOSITIONS and np[k + 1].low != "by" \
                and np[k].text.islower() \
                and (word.endswith("ed") or word in v.irregular_participles):
            return np[:k]
    return np


def before_access(np: list[Tok]) -> list[Tok]:
    """A noun phrase cut before a participle of coming to have a document and its agent (``An internal
    memo obtained by the Courier``, ``a letter seen by Reuters``): the one who had it is no author; the
    document heads the phrase."""
    v = vocab()
    for k in range(1, len(np) - 1):
        if np[k].low in v.access and np[k + 1].low == "by" and np[k - 1].bare in v.document_nouns:
            return np[:k]
    return np


def verb_before_determiner(toks: list[Tok], start: int) -> bool:
    """``prompted a Labour backbencher``: a lower-case past form right before a determiner is the verb
    whose object the noun phrase is, no part of it."""
    if start >= len(toks):
        return False
    before, at = toks[start - 1], toks[start]
    return at.low in G.DETERMINERS and before.text.islower() and before.low.endswith("ed") \
        and len(before.low) > 4


def of_role(np: list[Tok], i: int) -> bool:
    """``np[i]`` opens the complement of the head before it: ``a spokesman for``, ``officials at``,
    and ``to`` or ``in`` after a role (``an adviser to the minister``, ``an official in Oulu``)."""
    return np[i].low in G.COMPLEMENT_PREPS or opens_role_complement(np, i)


def opens_role_complement(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` is a ``to`` after a role, opening its complement (``an adviser to the minister``),
    or an ``in`` or ``on`` before a name or a noun phrase, saying where the one in the role is (``a
    party official in Oulu``, ``a senior official in the presidency``, ``a senator on the committee``,
    ``a teacher in central Madrid``)."""
    if i == 0 or toks[i - 1].bare not in vocab().role_nouns:
        return False
    return toks[i].low == "to" or (toks[i].low in ("in", "on") and i + 1 < len(toks) and (
        is_cap(toks[i + 1]) or toks[i + 1].low in G.DETERMINERS  # "a senior official in the presidency"
        or (toks[i + 1].low in vocab().region_words and i + 2 < len(toks) and is_cap(toks[i + 2]))))


def role_before_phrase(toks: list[Tok], at: int) -> int | None:
    """Where a person's role stands that a phrase ending in the noun phrase at ``at`` tells of (``An
    aide familiar with the bill``, ``A legislative aide involved in drafting the bill``, ``A European
    diplomat observing the vote``): the role noun a few lower-case words before the preposition (or
    the participle right after the role) that opens the phrase; the role, not the noun the phrase ends
    in, heads the subject."""
    v = vocab()
    prep = next((p for p in range(at - 1, max(-1, at - 4), -1)
                 if _opens_phrase(toks, p) or not toks[p].text.islower()), None)
    if prep is None or not _opens_phrase(toks, prep):
        return None
    for k in range(prep - 1, max(-1, prep - 4), -1):
        if toks[k].bare in v.role_nouns and toks[k].text.islower():
            return k
        if not toks[k].text.islower() or toks[k].low in G.NP_STOP or toks[k].low in v.speech_verbs:
            return None
    return None


def role_at_name(masked: str, toks: list[Tok], last: int) -> bool:
    """``An analyst at Goldman Sachs`` (then ``in London``): the name ending at ``last`` is the
    complement of a role or of people, not the one who speaks."""
    return role_complement(masked, toks, last) is not None


def role_complement(masked: str, toks: list[Tok], last: int) -> int | None:
    """Where the preposition stands that makes the name ending at ``last`` a role's complement
    (``at`` in ``An analyst at Goldman Sachs``, ``from`` in ``One reader from Cody``); None if none."""
    p = before_run(toks, run_ending(masked, toks, last))
    if is_cap(toks[last]) and p >= 1 and toks[p].low in G.COMPLEMENT_PREPS and (
            toks[p - 1].bare in vocab().role_nouns or toks[p - 1].bare in vocab().people_plurals):
        return p
    return None


def before_run(toks: list[Tok], first: int) -> int:
    """The index of the word before the name run starting at ``first``, past one determiner (``for``
    in ``a spokeswoman for the Sierra Club``) or one word of where in a place (``from`` in ``a lawmaker
    from western Japan``); -1 when none."""
    if first >= 2 and toks[first - 1].low in vocab().region_words and toks[first - 1].text.islower():
        return first - 2
    return first - 2 if first >= 2 and (toks[first - 1].low in G.DETERMINERS  # "for Denmark's X" too
                                       or possessive_name(toks[first - 1])) else first - 1


_NEAR = frozenset(("close", "closer", "closest", "near", "nearest", "familiar"))


def placed_object(toks: list[Tok], start: int) -> bool:
    """The noun phrase at ``start`` is the object of a preposition that places the common noun before it
    (``a sign at the entrance to the site``, ``a banner outside the plant``): a modifier of that noun,
    never the subject the noun phrase ends with."""
    if start < 2 or toks[start - 1].low not in G.PLACING \
            or any(t.low in G.PREPOSITIONS for t in toks[start:]):
        return False  # not "14 years in prison by a federal judge": the judge heads a phrase of their own
    before = toks[start - 2]
    if start >= 3 and toks[start - 3].bare in vocab().known_heads and (
            before.low.endswith(("ed", "ing")) or before.low in _NEAR):
        return False  # "someone close to the talks", "an aide involved in drafting the bill": the
        # preposition completes what is said of the one who speaks
    return before.text.isalpha() and before.text.islower() and before.low not in G.NP_STOP \
        and before.low not in vocab().speech_verbs and before.bare not in vocab().known_heads \
        and vocab().source_re.match(f"{before.low} {toks[start - 1].low} ") is None  # not "according to"
