"""Speaker mentions: the noun phrase an attribution cue points at, as a ``Cue`` without its verb.

``describe`` reads a token list ending at the mention: a pronoun, a name (titles peeled:
``Kremlin spokesman Dmitry Peskov`` -> ``Dmitry Peskov``), a group (``Reid and Corker``) or a
description (``a spokesman for the ministry``, ``A statement on Apple's website``) with its head word
and the organisation it names; ``subjects`` finds where the noun phrase lies around a verb.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from . import grammar as G
from .descriptions import approximates, quantified_head
from .names import (
    Name,
    Tok,
    is_abbreviation,
    is_cap,
    is_possessive,
    name_in_run,
    possessive_name,
    run_ending,
    tokens,
)
from .nominal import noun_use
from .nounphrase import (
    before_access,
    before_participle,
    before_run,
    group_word,
    of_role,
    person_of,
    placed_object,
    role_at_name,
    role_before_phrase,
    verb_before_determiner,
)
from .vocab import vocab

MentionKind = Literal["name", "pronoun", "description", "group"]

AGENTIVE = ("ist", "ists", "er", "ers", "or", "ors")  # noun endings of people by what they do
_STOP_CHARS = re.compile(r"[,.;:(\u2592!?—–]")
_NAME_BRACKET = re.compile(r"\([A-Z][\w-]{0,15}\)\s+[A-Za-z]")  # "(United)" with the phrase going on


class Cue(NamedTuple):
    """An attribution: the cue word span, the speaker mention span and what that mention is."""

    verb: tuple[int, int] | None
    mention: tuple[int, int] | None
    kind: MentionKind
    name: Name | None = None  # the name in the mention, if any
    head: str = ""  # the mention's head word (pronoun, ``statement``, ``spokesman``)
    complement: Name | None = None  # the organisation in ``a statement from X``, ``X's website``
    position: str = "prefix"
    restricted: bool = False  # a description narrowed by a relative clause ("the woman who answered"): new


def np_tokens(masked: str, lo: int, hi: int) -> list[Tok]:
    """Words of ``masked[lo:hi]`` outside parentheses."""
    out: list[Tok] = []
    depth = 0
    pos = lo
    for t in tokens(masked, lo, hi):
        gap = masked[pos:t.start]
        depth = max(0, depth + gap.count("(") - gap.count(")"))
        if depth == 0:
            out.append(t)
        pos = t.end
    return out


def clause_end(masked: str, lo: int, hi: int) -> int:
    """Where the phrase starting at ``lo`` ends: punctuation, but not an abbreviation's period."""
    for m in _STOP_CHARS.finditer(masked, lo, hi):
        if m.group() == "(" and _NAME_BRACKET.match(masked, m.start()):
            continue  # "said Janata Dal (United) state president X": a bracket inside a name
        if m.group() == ".":
            word = masked[max(lo, m.start() - 12):m.end()].split()[-1:]
            if word and is_abbreviation(word[0]) and masked[m.end():m.end() + 2].strip()[:1] not in ("",):
                continue
        return m.start()
    return hi


def _of_and_name(masked: str, toks: list[Tok], other: int) -> tuple[int, Name] | None:
    """``Ministry of Asylum and Migration``, ``Department of Health and Human Services``: an
    organisation's name with "of" before its "and" is one name, not two joined; so is a company's
    closed by its legal form (``Pacific Gas and Electric Co.``)."""
    named = name_in_run(masked, toks[other:])
    if named is None or named.kind != "org":
        return None
    if "of" in named.words[:-1]:
        return other, named
    forms = [w.lower().rstrip(".") in G.LEGAL_FORMS for w in named.words]
    return (other, named) if forms[-1] and not any(forms[:-1]) else None  # not "Halloway Brands Inc. and
    # Tidewater Tobacco Corp.": a legal form closing each company


def name_cue(name: Name) -> Cue:
    return Cue(None, (name.start, name.end), "name", name=name)


_INTENSIVE = frozenset({"himself", "herself", "itself", "themselves"})


def describe(masked: str, toks: list[Tok]) -> Cue | None:
    """A cue for the noun phrase that ends the token list."""
    if len(toks) > 1 and toks[-1].low in _INTENSIVE and toks[-2].low not in G.PRONOUNS:
        toks = toks[:-1]  # "Kessler herself, campaigning in Sioux City, said": the name, stressed
    toks = before_access(toks)  # "An internal memo obtained by the Courier": the memo, not the Courier
    if not toks:
        return None
    last = toks[-1]
    if last.low in G.PRONOUNS:
        return Cue(None, (last.start, last.end), "pronoun", head=last.low)
    held = person_of(masked, toks)
    if held is not None:  # "Dolores Fenwick of the Motorists' Safety Coalition said"
        return name_cue(held)
    if is_cap(last) and last.bare not in vocab().stopwords and not group_word(toks):  # not "Critics said"
        first = run_ending(masked, toks, len(toks) - 1)
        name = name_in_run(masked, toks[first:])
        before = toks[first - 1].low if first > 0 else ""
        if name is not None and before == "and" and first >= 2 and is_cap(toks[first - 2]):
            other = run_ending(masked, toks, first - 2)
            whole = _of_and_name(masked, toks, other)
            if whole is not None:  # "the Ministry of Asylum and Migration": one name, "and" and all
                first, name = whole
                before = toks[first - 1].low if first > 0 else ""
            elif name_in_run(masked, toks[other:first - 1]) is not None:  # not "Secretary and Director X"
                return Cue(None, (toks[other].start, name.end), "group", head="and")
        p = before_run(toks, first)
        if p >= 1 and toks[p].low == "to" and toks[p - 1].bare in vocab().role_nouns:
            aide = description(masked, toks[:p])  # "an aide to the Conservative MP X": the aide, whose
            return aide._replace(complement=name) if aide is not None and name is not None else aide  # X
        whole_run = name is not None and all(  # the run is the name, or titles and the name
            t.bare in vocab().titles for t in toks[first:] if t.start < name.start)
        lead = first  # past capitalised words the run leaves out ("New" of "New York")
        while lead > 0 and toks[lead - 1].text[:1].isupper():
            lead -= 1
        # "the interior ministry in Korvala", "A ministry official in New Delhi": where the one who
        # speaks is, whatever the name's shape ("New Delhi" reads like a person's)
        at = lead - 1  # the "in" before the name, or before a word of where in the place ("in suburban X")
        if at >= 2 and toks[at].low in vocab().region_words and toks[at].text.islower():
            at -= 1
        located = at >= 1 and toks[at].low == "in" and (
            toks[at - 1].bare in vocab().known_heads or role_at_name(masked, toks, at - 1))
        # "a spokeswoman for the Sierra Club": a role's complement past its "the" (not "Observers from the
        # OAS", "published by The Atlantic", where the organisation speaks)
        owner = first > 0 and possessive_name(toks[first - 1])  # "a spokesperson for Denmark's X"
        role_of = (before in G.DETERMINERS or owner) and p >= 1 and toks[p - 1].bare in vocab().role_nouns \
            and toks[p].low in G.COMPLEMENT_PREPS
        if name is not None and role_of and (whole_run or toks[p - 1].bare not in vocab().people_plurals):
            # "a spokeswoman for the Minister for Water Resources" too; not "Observers from the …", a group
            return description(masked, toks) or _role_phrase(masked, toks, p - 1) or name_cue(name)
        if located:  # "A diplomat at an embassy in Kabul": the one described, and where they are
            where = description(masked, toks[:at])
            if where is not None and where.mention is not None:
                return where._replace(mention=(where.mention[0], toks[-1].end))
        elif name is not None and placed_object(toks, p + 1):
            return _known(describe(masked, toks[:p]))  # "a message to ships in the Great Bitter Lake"
        elif name is not None and not (toks[p].low in G.COMPLEMENT_PREPS and whole_run and (
                before in G.COMPLEMENT_PREPS or before in vocab().region_words)):
            return name_cue(name)  # not "a lawmaker from western Japan": where the one who speaks is from
    return description(masked, toks)


def _role_phrase(masked: str, toks: list[Tok], role: int) -> Cue | None:
    """``A spokeswoman for the Minister for Water Resources``: the role noun at ``role`` with its
    determiner and modifiers, and its complement, as one description (too long for ``description``)."""
    j = role
    while j > 0 and role - j < 3 and toks[j - 1].low not in G.DETERMINERS and not is_cap(toks[j - 1]):
        j -= 1
    if j == 0 or toks[j - 1].low not in G.DETERMINERS:
        return None
    return Cue(None, (toks[j - 1].start, toks[-1].end), "description", head=toks[role].bare,
               complement=complement(masked, toks[j - 1:]))


_GROUP_PRONOUNS = frozenset(("them", "those", "these", "us"))
_NOT_NOUNS = G.PREPOSITIONS | G.DETERMINERS | G.NP_STOP  # words an article after them does not follow as a
# new noun phrase's start ("chief of the agency")


def description(masked: str, toks: list[Tok]) -> Cue | None:
    """``a top administration official``, ``the company``, ``A statement from Apple Computer``."""
    v = vocab()
    toks = before_participle(toks)  # "The explanatory memorandum attached to the bill": the memorandum
    if len(toks) >= 3 and toks[-3].low in G.SINGLE_OF and toks[-2].low == "of" \
            and toks[-1].low in _GROUP_PRONOUNS:
        # "…," one of them said: one member of a group just met, whoever its members were
        return Cue(None, (toks[-3].start, toks[-1].end), "description", head="one")
    start = len(toks) - 1 if toks and toks[-1].bare in v.known_heads else len(toks)  # "the report" said
    stop = G.NP_STOP | v.speech_verbs
    head_at = start
    while start > 0 and len(toks) - start < 10 and not verb_before_determiner(toks, start) and (
            toks[start - 1].low not in stop or noun_use(toks, start - 1) or (
            start == head_at == len(toks) - 1 and toks[start - 1].low not in G.NP_STOP) or (
            start < len(toks) and approximates(toks[start - 1], toks[start])) or (
            start >= 2 and of_role(toks, start - 1))):
        start -= 1  # "the former state senator": a verb's form right before the head qualifies it
    if placed_object(toks, start):  # "A sign at the entrance to the site": the sign, no one who speaks
        return _known(description(masked, toks[:start - 1]))
    np = toks[start:]
    if len(np) == 1 and np[0].low in ("one", "another"):  # "…," one said: one of those just named
        return Cue(None, (np[0].start, np[0].end), "description", head=np[0].low)
    group = quantified_head(np)  # 41 percent of respondents, most voters
    if group is not None:
        return Cue(None, (np[0].start, np[-1].end), "group", head=group)
    for i, t in enumerate(np):
        if i >= 2 and t.low in G.DETERMINERS and of_role(np, i - 1) and \
                np[i - 2].bare in v.known_heads and np[i - 2].bare not in v.document_nouns:
            np = np[i - 2:]  # Critics of the plan, officials at the ministry
            break
        if t.low in G.DETERMINERS or is_possessive(t):
            np = np[i:]
            if is_possessive(t):  # PC World's recent analysis
                first = run_ending(masked, toks, start + i)
                np = toks[first:]
            break
    else:
        np = np[-5:]
    if len(np) > 3 and np[0].low in G.ARTICLES and np[2].low in G.ARTICLES and np[1].text.isalpha() \
            and np[1].text.islower() and np[1].low not in _NOT_NOUNS:
        np = np[2:]  # "a scheme the conservatives have called": an article right after an article and its
        # noun opens the subject of a relative clause whose "that" is left out
    first = 2 if len(np) > 2 and np[0].low in G.SINGLE_OF and np[1].low == "of" else 0  # one of the aides
    head_i = next((i for i in range(first + 1, len(np)) if of_role(np, i)), len(np))
    head_toks = [t for t in np[first:head_i] if not is_possessive(t)] or np[first:head_i]
    head = next((t.bare for t in reversed(head_toks) if t.bare in v.known_heads), "")
    if not head:
        head = head_toks[-1].bare if head_toks else ""
        definite = 2 <= len(head_toks) <= 4 and head_toks[0].low == "the" and head_toks[-1].text.isalpha() \
            and head_toks[-1].text.islower()  # "the Democratic nominee": a role the resolver may know
        # "Opponents sued, calling it …", "with opposition MPs shouting": lower-case words before it
        people = head in v.people_plurals and not any(is_cap(t) for t in head_toks[:-1])
        # "one sophomore", "another evacuee": one of a group of people, whatever the noun (not "at one
        # point": a preposition's object is no subject)
        one = toks.index(np[0]) if np and np[0].low in ("one", "another") else -1
        member = one >= 0 and (one == 0 or toks[one - 1].low not in G.PREPOSITIONS) \
            and all(t.text.isalpha() and t.text.islower() for t in np)
        if not head.endswith(AGENTIVE) and not head.endswith("-old") and not people and not member:
            cut = _head_before_preposition(masked, toks, start)  # someone familiar with the situation
            if cut is not None or not definite:
                return cut
    role = role_before_phrase(toks, toks.index(np[0])) if head not in v.role_nouns else None
    if role is not None:  # "An aide familiar with the bill": the aide
        det = next((j for j in range(role - 1, max(-1, role - 4), -1) if toks[j].low in G.DETERMINERS), role)
        return Cue(None, (toks[det].start, toks[-1].end), "description", head=toks[role].bare)
    kind: MentionKind = "group" if head in v.people_plurals else "description"
    verb_it = next((i for i in range(1, len(np) - 1) if np[i + 1].low == "it" and np[i - 1].bare == head
                    and np[i].low not in G.PREPOSITIONS), None)
    if verb_it is not None:
        np = np[:verb_it]  # "A senior Democratic aide put it more bluntly": the verb and its "it" are no part
    return Cue(None, (np[0].start, np[-1].end), kind, head=head, complement=complement(masked, np))


def _known(cue: Cue | None) -> Cue | None:
    """The cue, if it can speak: a name, a pronoun or a description whose head the vocabulary knows."""
    if cue is None or cue.kind in ("name", "pronoun") or cue.head in vocab().known_heads:
        return cue
    return None


def _head_before_preposition(masked: str, toks: list[Tok], start: int) -> Cue | None:
    """``someone familiar with the situation``, ``a source close to the talks``: a known head a word or
    two before the preposition that cut the noun phrase."""
    v = vocab()
    if start < 2 or toks[start - 1].low not in G.PREPOSITIONS:
        return None
    for k in range(start - 2, max(-1, start - 4), -1):
        t = toks[k]
        if t.bare in v.known_heads:
            lead = toks[k - 1].low if k > 0 else ""
            first = k - 1 if lead in G.DETERMINERS and lead not in G.RELATIVE else k
            kind: MentionKind = "group" if t.bare in v.group_nouns else "description"
            return Cue(None, (toks[first].start, toks[-1].end), kind, head=t.bare)
        if t.low in G.NP_STOP or t.low in v.speech_verbs:
            return None
    return None


def complement(masked: str, np: list[Tok]) -> Name | None:
    """The name an NP is about: ``X's website``, ``the X letter``, ``a statement from X``; the owner
    before a name that only says which of its units (``ICE's Salt Lake City field office``)."""
    owner = next((i for i, t in enumerate(np) if is_cap(t) and is_possessive(t)), None)
    if owner is not None and owner < len(np) - 1 and np[-1].text.islower():
        name = name_in_run(masked, np[run_ending(masked, np, owner):owner + 1])
        if name is not None:
            return name
    placed = next((j for j in range(1, len(np)) if np[j].low in G.PLACING), len(np))
    for i in range(len(np) - 1, -1, -1):
        if is_cap(np[i]) and np[i].bare not in vocab().stopwords:
            first = run_ending(masked, np, i)
            lead = np[first - 1].low if first else ""
            if (lead in G.PREPOSITIONS and lead not in G.COMPLEMENT_PREPS) or first > placed:
                continue  # "a memo circulated among Democratic staff", "a banner outside the Ford plant":
                # whom it went to, or where it is, not whose it is
            name = name_in_run(masked, np[first:i + 1])
            if name is not None:
                return name
    return None


def trailing_name(masked: str, toks: list[Tok]) -> Cue | None:
    """The name that ends a token list, whatever precedes it (``… offered by Charles O'Reilly``)."""
    if not toks or not is_cap(toks[-1]) or toks[-1].bare in vocab().stopwords or group_word(toks):
        return None
    name = name_in_run(masked, toks[run_ending(masked, toks, len(toks) - 1):])
    return None if name is None else name_cue(name)


def bare_name(masked: str, toks: list[Tok]) -> Cue | None:
    """A segment that is nothing but a person's name (``Alan Mulally``, ``Sen. Ana Ruiz``)."""
    titles = vocab().titles
    while len(toks) > 1 and toks[0].bare in titles:
        toks = toks[1:]
    cue = trailing_name(masked, toks)
    if cue is None or cue.name is None or cue.mention is None or cue.mention[0] != toks[0].start:
        return None
    return cue if cue.name.kind in ("person", "unknown") else None
