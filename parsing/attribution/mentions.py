"""Speaker mentions: the noun phrase an attribution cue points at, as a ``Cue`` without its verb.

``describe`` reads a token list ending at the mention: a pronoun, a name (titles peeled:
``Kremlin spokesman Dmitry Peskov`` -> ``Dmitry Peskov``), a group (``Reid and Corker``) or a
description (``a spokesman for the ministry``, ``A statement on Apple's website``) with its head word
and the organisation it names. ``left_np``/``right_np`` find the subject before or after a verb,
through appositions (``X, chief economist at Y, said``, ``said the firm's CEO, X``).
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from . import grammar as G
from .descriptions import approximates, quantified_head, relative
from .names import (
    Name,
    Tok,
    given_name,
    is_abbreviation,
    is_cap,
    is_possessive,
    name_in_run,
    run_ending,
    tokens,
)
from .nominal import noun_use
from .vocab import skippable, vocab

MentionKind = Literal["name", "pronoun", "description", "group"]

AGENTIVE = ("ist", "ists", "er", "ers", "or", "ors")  # noun endings of people by what they do
_BOUNDARY = re.compile(r"[;:\u2592—–]|\s-\s")
_STOP_CHARS = re.compile(r"[,.;:(\u2592!?—–]")


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
        if m.group() == ".":
            word = masked[max(lo, m.start() - 12):m.end()].split()[-1:]
            if word and is_abbreviation(word[0]) and masked[m.end():m.end() + 2].strip()[:1] not in ("",):
                continue
        return m.start()
    return hi


def name_cue(name: Name) -> Cue:
    return Cue(None, (name.start, name.end), "name", name=name)


def _group_word(toks: list[Tok]) -> bool:
    """A capitalised plural of people standing alone (``Critics``, ``Officials``): not a name."""
    return toks[-1].bare in vocab().group_nouns and (len(toks) == 1 or not is_cap(toks[-2]))


def _person_of(masked: str, toks: list[Tok]) -> Name | None:
    """``X of Y`` is headed by X: a person's name right before the noun phrase's first ``of``, with no
    preposition before it (``Leader Theo Marchetti of Milwaukee``, ``Sara Lindholm of the charity Sea
    Corridor``; not ``the family of Jane Doe of Austin``, nor ``Fraternal Order of Police``)."""
    of = next((i for i, t in enumerate(toks) if t.low == "of"), 0)
    if not 0 < of < len(toks) - 1 or not is_cap(toks[of - 1]) \
            or any(t.low in G.PREPOSITIONS for t in toks[:of]):
        return None
    held = name_in_run(masked, toks[run_ending(masked, toks, of - 1):of])
    return held if held is not None and held.kind == "person" and given_name(held.words[0]) else None


def describe(masked: str, toks: list[Tok]) -> Cue | None:
    """A cue for the noun phrase that ends the token list."""
    if not toks:
        return None
    last = toks[-1]
    if last.low in G.PRONOUNS:
        return Cue(None, (last.start, last.end), "pronoun", head=last.low)
    held = _person_of(masked, toks)
    if held is not None:  # "Dolores Fenwick of the Motorists' Safety Coalition said"
        return name_cue(held)
    if is_cap(last) and last.bare not in vocab().stopwords and not _group_word(toks):  # not "Critics said"
        first = run_ending(masked, toks, len(toks) - 1)
        name = name_in_run(masked, toks[first:])
        before = toks[first - 1].low if first > 0 else ""
        if name is not None and before == "and" and first >= 2 and is_cap(toks[first - 2]):
            other = run_ending(masked, toks, first - 2)
            if name_in_run(masked, toks[other:first - 1]) is not None:  # not "Secretary and Director X"
                return Cue(None, (toks[other].start, name.end), "group", head="and")
        p = first - 2 if before in G.DETERMINERS and first >= 2 else first - 1
        if p >= 1 and toks[p].low == "to" and toks[p - 1].bare in vocab().role_nouns:
            return description(masked, toks[:p])  # "an aide to the Conservative MP X": the aide
        whole_run = name is not None and name.start == toks[first].start
        located = before == "in" and first >= 2 and toks[first - 2].bare in vocab().known_heads \
            and name is not None and name.kind != "person"  # "the interior ministry in Korvala"
        if name is not None and not ((before in G.COMPLEMENT_PREPS or located) and whole_run):
            return name_cue(name)
    return description(masked, toks)


def description(masked: str, toks: list[Tok]) -> Cue | None:
    """``a top administration official``, ``the company``, ``A statement from Apple Computer``."""
    v = vocab()
    start = len(toks) - 1 if toks and toks[-1].bare in v.known_heads else len(toks)  # "the report" said
    stop = G.NP_STOP | v.speech_verbs
    head_at = start
    while start > 0 and len(toks) - start < 10 and (
            toks[start - 1].low not in stop or noun_use(toks, start - 1) or (
            start == head_at == len(toks) - 1 and toks[start - 1].low not in G.NP_STOP) or (
            start < len(toks) and approximates(toks[start - 1], toks[start]))):
        start -= 1  # "the former state senator": a verb's form right before the head qualifies it
    np = toks[start:]
    if len(np) == 1 and np[0].low in ("one", "another"):  # "…," one said: one of those just named
        return Cue(None, (np[0].start, np[0].end), "description", head=np[0].low)
    group = quantified_head(np)  # 41 percent of respondents, most voters
    if group is not None:
        return Cue(None, (np[0].start, np[-1].end), "group", head=group)
    for i, t in enumerate(np):
        if i >= 2 and t.low in G.DETERMINERS and np[i - 1].low in G.COMPLEMENT_PREPS and \
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
    first = 2 if len(np) > 2 and np[0].low in G.SINGLE_OF and np[1].low == "of" else 0  # one of the aides
    head_i = next((i for i, t in enumerate(np) if i > first and t.low in G.COMPLEMENT_PREPS), len(np))
    head_toks = [t for t in np[first:head_i] if not is_possessive(t)] or np[first:head_i]
    head = next((t.bare for t in reversed(head_toks) if t.bare in v.known_heads), "")
    if not head:
        head = head_toks[-1].bare if head_toks else ""
        definite = 2 <= len(head_toks) <= 4 and head_toks[0].low == "the" and head_toks[-1].text.isalpha() \
            and head_toks[-1].text.islower()  # "the Democratic nominee": a role the resolver may know
        if not head.endswith(AGENTIVE) and not head.endswith("-old"):  # a driver, the 58-year-old: people
            cut = _head_before_preposition(masked, toks, start)  # someone familiar with the situation
            if cut is not None or not definite:
                return cut
    kind: MentionKind = "group" if head in v.group_nouns else "description"
    return Cue(None, (np[0].start, np[-1].end), kind, head=head, complement=complement(masked, np))


_CLAUSE_OPENERS = frozenset({"that", "what", "whether", "how", "why", "which", "who"})


def _before_who(masked: str, seg: list[Tok]) -> Cue | None:
    """A subject with a restrictive relative clause before its verb (``A senior official who was
    briefed on the meeting described``): the noun phrase before ``who``."""
    k = next((i for i in range(len(seg) - 1, 0, -1) if seg[i].low == "who"), 0)
    if not k or any(t.low in _CLAUSE_OPENERS for t in seg[k + 1:]):
        return None  # "lawmakers who had warned that … what she called": the verb is in a clause of its own
    found = describe(masked, seg[:k])
    if found is None or found.kind not in ("name", "description", "group"):
        return None
    return found._replace(restricted=found.kind == "description")


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
    """The name an NP is about: ``X's website``, ``the X letter``, ``a statement from X``."""
    for i in range(len(np) - 1, -1, -1):
        if is_cap(np[i]) and np[i].bare not in vocab().stopwords:
            first = run_ending(masked, np, i)
            lead = np[first - 1].low if first else ""
            if lead in G.PREPOSITIONS and lead not in G.COMPLEMENT_PREPS:
                continue  # "a memo circulated among Democratic staff": whom it went to, not whose it is
            name = name_in_run(masked, np[first:i + 1])
            if name is not None:
                return name
    return None


def trailing_name(masked: str, toks: list[Tok]) -> Cue | None:
    """The name that ends a token list, whatever precedes it (``… offered by Charles O'Reilly``)."""
    if not toks or not is_cap(toks[-1]) or toks[-1].bare in vocab().stopwords or _group_word(toks):
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


def split_commas(masked: str, toks: list[Tok]) -> list[list[Tok]]:
    out: list[list[Tok]] = [[]]
    for i, t in enumerate(toks):
        if i > 0 and "," in masked[toks[i - 1].end:t.start] and not (  # not inside "40,000"
                toks[i - 1].text[-1:].isdigit() and t.text[:1].isdigit() and t.start - toks[i - 1].end == 1):
            out.append([])
        out[-1].append(t)
    return out


def _aside(seg: list[Tok]) -> bool:
    """A short aside between commas (``in turn``, ``for its part``, ``however``, ``meanwhile``): no
    name, led by a preposition or one adverb."""
    if not seg or len(seg) > 3 or any(is_cap(t) for t in seg):
        return False
    return seg[0].low in G.PREPOSITIONS or (len(seg) == 1 and (
        seg[0].low.endswith("ly") or seg[0].low in ("however", "meanwhile", "too", "though", "instead")))


def _relative_from(masked: str, segments: list[list[Tok]], closed: bool) -> int:
    """Where a relative clause between the subject and its verb starts (0: none): the last comma
    segment, or an earlier ``which``/``who`` clause that runs over commas of its own (``Brightpath,
    which is based in Tempe, Arizona, and operates in six states, said``) with no person named after."""
    if len(segments) < 2:
        return 0
    if relative(segments[-1], closed):
        return len(segments) - 1
    if not closed:
        return 0
    for k in range(len(segments) - 2, 0, -1):
        if segments[k][0].low in ("which", "who"):
            rest = segments[k + 1:]
            named = (bare_name(masked, seg) for seg in rest)
            return 0 if any(n is not None and n.name is not None and n.name.kind == "person"
                            for n in named) else k
    return 0


def left_np(masked: str, lo: int, hi: int, words: list[Tok] | None = None) -> Cue | None:
    """The subject before a verb at ``hi``: skips adverbs, appositions and relative ``who``.
    ``words``: ``np_tokens(masked, lo, hi)`` when the caller has them."""
    start = lo
    for m in _BOUNDARY.finditer(masked, lo, hi):
        lo = max(lo, m.end())
    toks = list(words) if words is not None and lo == start else np_tokens(masked, lo, hi)
    if not toks:
        return None
    trailing_comma = "," in masked[toks[-1].end:hi]
    while toks and skippable(toks[-1].low):
        toks.pop()
        trailing_comma = trailing_comma or (bool(toks) and "," in masked[toks[-1].end:hi])
    if not toks:
        return None
    segments = split_commas(masked, toks)
    which = dropped = False
    k = _relative_from(masked, segments, trailing_comma)
    if k:
        which = segments[k][0].low == "which" and len(segments[k]) == 1  # "X, which said": X
        segments = segments[:k]  # X, who …, said / The union, which represents …, described
        trailing_comma = dropped = True
    if len(segments) >= 2 and trailing_comma and _aside(segments[-1]):
        segments = segments[:-1]  # Kelmar's defense ministry, in turn, accused / X, however, said
    last = describe(masked, segments[-1])
    if last is None or last.kind not in ("pronoun", "name"):
        last = _before_who(masked, segments[-1]) or last
    if which and last is not None and last.kind in ("name", "description"):
        return last  # "according to the Levee District, which said": what "which" stands for, right before it
    person = last is not None and last.name is not None and last.name.kind == "person"
    settled = person and (not trailing_comma or dropped)  # "X, whose riding is …, said": X
    if last is not None and (last.kind == "pronoun" or settled):
        return last
    if last is not None and last.kind == "group" and not trailing_comma:
        return last  # "Outside, protesters shouted": a group is no apposition to the word before it
    appositive = trailing_comma or not is_cap(segments[-1][0]) or last is None or last.kind != "name"
    if appositive:  # X, chief economist at Y, said / X, president of Y said
        named_all = [bare_name(masked, seg) for seg in reversed(segments[-4:])]
        for want in ("person", "unknown"):
            for named in named_all:
                if named is not None and named.name is not None and named.name.kind == want:
                    return named
    if trailing_comma and len(segments) >= 2:
        first = trailing_name(masked, segments[-2]) or describe(masked, segments[-2])
        if first is not None and first.kind == "name":
            return first
    if last is not None and last.kind == "description" and last.mention is not None:
        before = [t for t in segments[-1] if t.end <= last.mention[0]]
        named = trailing_name(masked, before)  # Peter Boockvar an equity strategist for Miller Tabak
        if named is not None and named.name is not None and named.name.kind == "person":
            return named
    return last


def right_np(masked: str, lo: int, hi: int) -> Cue | None:
    """The subject after an inverted verb (``said Ambassador Mohib``, ``said the firm's CEO, X``)."""
    end = clause_end(masked, lo, hi)
    toks = np_tokens(masked, lo, end)
    cut = next((i for i, t in enumerate(toks) if i > 0 and (
        t.low in G.AFTER_STOP or (t.low.endswith("ing") and not is_cap(t)))), len(toks))
    toks = toks[:cut]
    if not toks:
        return None
    if toks[0].low in G.PRONOUNS and len(toks) == 1:
        return Cue(None, (toks[0].start, toks[0].end), "pronoun", head=toks[0].low)
    cue = describe(masked, toks[-10:])
    if cue is not None and cue.kind == "name" and cue.name is not None and cue.name.kind == "person":
        return cue
    appos = apposition(masked, end + 1 if masked[end:end + 1] == "," else -1, hi)
    return appos or cue


def apposition(masked: str, lo: int, hi: int) -> Cue | None:
    """``…, Alan Mulally.``: a bare person's name in the comma segment starting at ``lo``."""
    if lo < 0:
        return None
    nxt = np_tokens(masked, lo, clause_end(masked, lo, hi))
    return bare_name(masked, nxt) if nxt and is_cap(nxt[0]) else None


def leading_np(masked: str, seg: list[Tok]) -> Cue | None:
    """The NP that opens a clause: ``The current Microsoft CEO Steve Ballmer also expressed …``."""
    v = vocab()
    if not seg:
        return None
    if seg[0].low in G.PRONOUNS:
        return Cue(None, (seg[0].start, seg[0].end), "pronoun", head=seg[0].low)
    roles = v.person_roles
    if is_cap(seg[0]) and seg[0].bare not in v.stopwords:  # President George W. Bush made an address
        k = 0
        while k + 1 < len(seg):
            if is_cap(seg[k + 1]) or (  # Washington representative Norm Dicks
                    seg[k + 1].low in roles and k + 2 < len(seg) and is_cap(seg[k + 2])):
                k += 1
            elif k + 3 < len(seg) and seg[k + 2].low in roles and is_cap(seg[k + 3]) \
                    and seg[k + 1].low.isalpha():  # White House press secretary Kendra Vaughn
                k += 2
            else:
                break
        named = trailing_name(masked, seg[:k + 1])
        if named is not None and not (is_possessive(seg[k]) and k + 1 < len(seg)):
            return named  # not "Allegheny County's chief executive": the possessor of the head after it
    k = 0
    while k < len(seg) and k < 10:
        t = seg[k]
        verbish = t.low in G.NP_STOP or t.low in v.skip_between or t.low in v.speech_verbs \
            or t.low.endswith("ed")
        if approximates(t, seg[k + 1] if k + 1 < len(seg) else None):
            verbish = False  # "a group of about 30 protesters"
        prev = seg[k - 1] if k > 0 else t
        noun = prev.low in G.DETERMINERS or (  # "the report", "an inspection report": a noun
            t.bare in v.known_heads and prev.low not in G.PRONOUNS and not is_cap(prev))
        if k > 0 and not is_cap(t) and verbish and not noun:
            break
        k += 1
    return describe(masked, seg[:k])
