"""The subject before a verb (``left_np``), through appositions, asides and relative clauses (``X,
chief economist at Y, said``), read with ``mentions.describe``; the phrases after a verb, beside one
or opening a clause are in ``phrases``.
"""

from __future__ import annotations

import re

from ..entities.townstate import state_after_town
from . import grammar as G
from .descriptions import relative
from .gender import disagree
from .mentions import (
    Cue,
    bare_name,
    describe,
    name_cue,
    np_tokens,
    trailing_name,
)
from .names import Tok, is_cap, run_ending, split_commas
from .nounphrase import person_of, role_complement
from .placed import beside, known_place, placed_body, placed_person
from .vocab import skippable, vocab

# a clause break; not a dash inside a name ("Cariboo—Prince George", "Dallas–Fort Worth"), nor the
# colon of a clock time ("at 11:40 p.m.")
# a name given in an apposition ("X, known to his supporters as "…", told"): no quotation's boundary
_NOT_GIVEN_NAME = r"(?<!\u2592)(?<!\bas\s)(?<!\bdubbed\s)(?<!\bnicknamed\s)"
_BOUNDARY = re.compile(r";|(?<!\d):(?!\d)|(?<![A-Za-z])[—–]|[—–](?![A-Z])|\s-\s"
                       # a quotation, but not one inside a noun phrase ("carried the so-called "…" since")
                       rf"|{_NOT_GIVEN_NAME}(?<!\bthe\s)(?<!so-called\s)(?<!\ba\s)(?<!\ban\s)\u2592+(?!\u2592)"
                       rf"|{_NOT_GIVEN_NAME}\u2592+(?!\u2592)(?![ \t][a-z])")


_IN_RELATIVE = re.compile(rf"{G.RELATIVE_SET_OFF}*$")
_CLAUSE_JOINS = G.SUBORDINATORS | {"but", "yet"}  # what opens a clause with its own subject
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
    if found.kind == "name" and found.name is not None and known_place(found.name.text):
        # "a former commander of U.S. forces in Afghanistan who told": no place is a "who"; the role
        # its phrase tells of is, before the first preposition
        cut = next((i for i in range(1, k) if seg[i].low in G.PREPOSITIONS), 0)
        found = describe(masked, seg[:cut]) if cut else None
        if found is None or found.kind != "description":
            return None
    return found._replace(restricted=found.kind == "description")


def _apposed_to(masked: str, segments: list[list[Tok]]) -> Cue | None:
    """The person a description opening the last comma segment renames (``targeted Leonard Oyelaran,
    a former commander … who told``): the name ending the segment before, if it names no place."""
    if len(segments) < 2 or segments[-1][0].low not in G.ARTICLES:
        return None
    named = trailing_name(masked, segments[-2])
    name = named.name if named is not None else None
    return named if name is not None and name.kind in ("person", "unknown") and not known_place(name.text) \
        else None


# a prepositional phrase of place, time or manner set off between a subject and its verb (not "of",
# "for", "to", "by": a complement of the subject, "X, of Smith & Co., said")
_ADVERBIAL_PREPS = frozenset(("in", "at", "during", "after", "before", "with", "through", "under", "amid",
                              "on"))
_ADVERBIAL_WORDS = 10
_PART_OF = frozenset(("them", "whom", "us", "those"))
_WHERE_FROM = frozenset(("from", "at", "in"))


def _aside(seg: list[Tok]) -> bool:
    """A short aside between commas (``in turn``, ``for its part``, ``however``, ``meanwhile``): no
    name, led by a preposition or one adverb."""
    if seg and seg[0].low in _ADVERBIAL_PREPS and len(seg) <= _ADVERBIAL_WORDS:
        return True  # "The Punch newspaper, in an editorial on Tuesday, called"
    if len(seg) > 2 and seg[0].low in G.QUANTIFIERS and (
            (seg[1].low == "of" and seg[2].low in _PART_OF) or seg[1].low in _WHERE_FROM):
        return True  # "Its leaders, many of them in India, called", "researchers, many from the
        # University of Michigan, warned": a part of the subject, told of
    if not seg or len(seg) > 3 or any(is_cap(t) for t in seg):
        return False
    return seg[0].low in G.PREPOSITIONS or (len(seg) == 1 and (
        seg[0].low.endswith("ly") or seg[0].low in G.CONJUNCTIVE))


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
    roles = vocab().role_nouns
    for k in range(len(segments) - 2, 0, -1):
        if segments[k][0].low in ("which", "who", "whose"):
            for j in range(k + 1, len(segments)):
                n = bare_name(masked, segments[j])
                # "whose bills were vetoed by the outgoing president, Tomasz Wierzbicki,": a name set beside
                # a role noun ending a longer segment belongs to the clause; not "whose chairman, Rep.
                # Travis Melendez, warned": the relative's own subject
                beside = segments[j - 1][-1].text.islower() and segments[j - 1][-1].bare in roles \
                    and len(segments[j - 1]) > 4
                if n is not None and n.name is not None and n.name.kind == "person" and not beside:
                    return 0
            return k
    return 0


def _person_before_of(masked: str, seg: list[Tok]) -> Cue | None:
    """The person named right before the segment's last ``of`` (``presented by Deputy Rodrigo
    Alvarenga of the governing Nuevas Ideas party``): whom a ``who`` after the segment stands for, as
    no party or ministry is a "who"."""
    of = max((i for i, t in enumerate(seg) if t.low == "of"), default=0)
    if of < 1 or not is_cap(seg[of - 1]):
        return None
    held = person_of(masked, seg[run_ending(masked, seg, of - 1):])
    return name_cue(held) if held is not None else None


_WHEN_NOUNS = frozenset(("time", "moment", "point", "outset"))


def left_np(masked: str, lo: int, hi: int, words: list[Tok] | None = None) -> Cue | None:
    """The subject before a verb at ``hi``: skips adverbs, appositions and relative ``who``.
    ``words``: ``np_tokens(masked, lo, hi)`` when the caller has them."""
    start = lo
    for m in _BOUNDARY.finditer(masked, lo, hi):
        quoted = masked[m.start()] == "\u2592"
        if quoted and _IN_RELATIVE.search(masked, max(start, m.start() - 100), m.start()):
            continue  # "X, who has made "total peace" the centerpiece of his government, said": the
            # quotation is part of the relative clause, no break in the sentence
        lo = max(lo, m.end())
    toks = list(words) if words is not None and lo == start else np_tokens(masked, lo, hi)
    what = next((k for k in range(len(toks) - 2, -1, -1) if toks[k].low == "what"), -1)
    if what >= 0:
        toks = toks[what + 1:]  # "a fight over what one parent described as": the free relative's subject
    if not toks:
        return None
    trailing_comma = "," in masked[toks[-1].end:hi]
    while toks and skippable(toks[-1].text):
        toks.pop()
        trailing_comma = trailing_comma or (bool(toks) and "," in masked[toks[-1].end:hi])
    if len(toks) > 3 and toks[-3].low in ("at", "in") and toks[-2].low in ("the", "that", "this") \
            and toks[-1].low in _WHEN_NOUNS:
        del toks[-3:]  # "which Valenzuela at the time called": a time adverbial before the verb
    if not toks:
        return None
    segments = split_commas(masked, toks)
    if len(segments[-1]) > 1 and segments[-1][0].low in _CLAUSE_JOINS:
        segments = [segments[-1][1:]]  # "of Sunnyvale, Calif., though Westbrook said", "…, but Tsai said":
        # a clause of its own
    author = _author(masked, segments) if trailing_comma else None
    if author is not None:  # "The letter, signed by Munson and dated Feb. 6, said": Munson's words
        return author
    which = dropped = False
    k = _relative_from(masked, segments, trailing_comma)
    if k:
        which = segments[k][0].low == "which" and len(segments[k]) == 1  # "X, which said": X
        inner = not trailing_comma and k == len(segments) - 1 and segments[k][0].low == "who"
        segments = segments[:k]  # X, who …, said / The union, which represents …, described
        trailing_comma = dropped = True
        if inner:  # "… going after Whitaker, who earlier this week described": the name before "who",
            # or before the description set beside it ("Thornbury of Colorado, the front-runner …, who")
            apposed = len(segments) >= 2 and segments[-1][0].low in G.ARTICLES
            seg = segments[-2] if apposed else segments[-1]
            antecedent = trailing_name(masked, seg)
            if antecedent is not None and antecedent.name is not None:
                antecedent = placed_person(masked, seg, antecedent.name.start) or antecedent  # "Judge X in
                # Fresno, who": where the person is, no "who"
            antecedent = antecedent or _person_before_of(masked, segments[-1])
            ante = antecedent.name if antecedent is not None else None
            if ante is not None and ante.kind in ("person", "unknown") and not known_place(ante.text):
                return antecedent
    if len(segments) >= 2 and trailing_comma and _aside(segments[-1]):
        segments = segments[:-1]  # Kelmar's defense ministry, in turn, accused / X, however, said
    last = describe(masked, segments[-1])
    who = _before_who(masked, segments[-1])
    if who is not None and (last is None or last.kind not in ("pronoun", "name") or (
            last.mention is not None and who.mention is not None and last.mention[0] >= who.mention[1])):
        last = who  # "A consultant who has advised campaigns in the South": not the South
        named = _apposed_to(masked, segments) if who.kind == "description" and not trailing_comma else None
        if named is not None:
            return named  # "Gen. Leonard Oyelaran, a former commander … who told": the one it renames (not
            # "A spokesman for Gov. Harlan Beck, a Republican who opposed the measure, said")
    if which and last is not None and last.kind in ("name", "description"):
        return last  # "according to the Levee District, which said": what "which" stands for, right before it
    if last is not None and last.mention is not None and not trailing_comma and any(
            t.low in _RELATIVE_OPENERS and t.end <= last.mention[0] for t in segments[-1][-8:]):
        return last  # "displaying an email in which a program manager described": the relative's subject
    whose = _whose_role(masked, segments)
    if whose is not None:
        return whose  # "President Boris Lebedev, whose spokesman said": the spokesman
    person = last is not None and last.name is not None and last.name.kind == "person"
    settled = person and (not trailing_comma or dropped)  # "X, whose riding is …, said": X
    if last is not None and (last.kind == "pronoun" or settled):
        return last
    if last is not None and last.kind == "group" and not trailing_comma:
        return last  # "Outside, protesters shouted": a group is no apposition to the word before it
    appositive = trailing_comma or not is_cap(segments[-1][0]) or last is None or last.kind != "name"
    if appositive:  # X, chief economist at Y, said / X, president of Y said
        # a person "of" a body set beside the role counts as named ("The minority leader in
        # Parliament, Alhassan Dauda of the People's Democratic Congress, dismissed")
        named_all = [bare_name(masked, seg) or (_person_before_of(masked, seg) if k == 0 else None)
                     for k, seg in enumerate(reversed(segments[-4:]))]
        role_first = describe(masked, segments[0]) if len(segments) >= 2 else None
        for want in ("person", "unknown"):
            for named in named_all:
                if named is not None and named.name is not None and named.name.kind == want \
                        and not known_place(named.name.text) and not _ruled_out(role_first, named) \
                        and not state_after_town(masked, named.name.start):
                    return named  # not "…, based in Wichita, Kan., said", nor "A spokeswoman for the
                    # Minister, Craig Ellison, said": the role disagrees with the name set beside it
    if trailing_comma and len(segments) >= 2:
        k = len(segments) - 2  # past a place and a participle set beside the subject ("X, based in
        while k > 0 and beside(segments[k]):  # Wichita, Kan., said")
            k -= 1
        seg = segments[k]
        if k > 0 and (renamed := _apposed_to(masked, segments[:k + 1])) is not None:
            return renamed  # "Rosa Villanueva, a Democrat from Kansas City, Kansas, said": the person
        cut = role_complement(masked, seg, len(seg) - 1)
        if cut is not None and seg[cut].low == "from":
            described = describe(masked, seg[:cut])  # "One reader from Cody, Wyo., wrote": the reader
            if described is not None and described.kind in ("description", "group"):  # (not "A
                return described  # spokeswoman for the X Alliance, a legal group,": the body's)
        role = describe(masked, segments[k])  # "A spokeswoman for the X, a legal group, said": the role
        no_name = last is None or last.kind != "name" or (  # no one named beside it, or a place (not the
            segments[-1][0].low == "the" and last.name is not None and last.name.kind != "person"  # body a
            and not (last.name.kind == "org" and role is not None  # body's noun stands for: "The union
                     and role.head in vocab().org_descriptions))  # representing …, the X Association,")
        if role is not None and role.kind == "description" and role.head in vocab().role_nouns and (
                _ruled_out(role, last) or (role.complement is not None and no_name)):
            # "A spokeswoman for X, the Willy-Brandt-Haus, said": a place set beside, no one named
            return role
        if k > 0 and segments[k][0].low in ("a", "an") and role is not None and role.kind == "description" \
                and role.head in vocab().org_descriptions:  # "Ostrava, a company in Waltham, Mass., …, said":
            named = trailing_name(masked, segments[k - 1])  # the body an indefinite description of a body
            if named is not None and named.name is not None:  # renames, not the place inside it (and
                return named  # not a place itself, though a city shares its name)
        first = trailing_name(masked, segments[k]) or role
        if first is not None and (first.kind == "name" or (  # "The company, a joint venture between
                first.kind == "description" and last is not None and last.kind == "group"  # X and a
                and segments[-1][0].low in ("a", "an"))):  # group of partners, said": the company
            return first
    if last is not None and last.name is not None and known_place(last.name.text):
        placed = placed_body(masked, segments[-1], last.name.start)
        if placed is not None:
            return placed  # "The Ministry of Commerce in Beijing said": the ministry, where it is
    if last is not None and last.kind == "description" and last.mention is not None:
        before = [t for t in segments[-1] if t.end <= last.mention[0]]
        named = trailing_name(masked, before)  # Peter Boockvar an equity strategist for Miller Tabak
        if named is not None and named.name is not None and named.name.kind == "person":
            return named
    return last


_RELATIVE_OPENERS = frozenset(("which", "whom", "where"))


def _author(masked: str, segments: list[list[Tok]]) -> Cue | None:
    """A document subject with the one who wrote it set beside (``The letter, signed by Munson and
    dated Feb. 6,``): the document, its author its complement, whose words it says. The subject is
    read only when a segment after it names an author."""
    for seg in segments[1:]:
        at = 3 if len(seg) > 3 and seg[2].low == "the" else 2  # "published by the Audit Office"
        if len(seg) > at and seg[0].low in vocab().authoring and seg[1].low == "by" and is_cap(seg[at]):
            end = at + 1
            while end < len(seg) and is_cap(seg[end]):
                end += 1
            named = trailing_name(masked, seg[at:end])
            if named is not None and named.name is not None:
                document = describe(masked, segments[0])
                if document is None or document.kind != "description" \
                        or document.head not in vocab().document_nouns:
                    return None
                return document._replace(complement=named.name)
    return None


def _ruled_out(role: Cue | None, named: Cue | None) -> bool:
    """A role whose gender the name set beside it clearly disagrees with (``A spokesman for the
    premier, Margaret Aldous,``): the name is someone else's."""
    return role is not None and role.kind == "description" and named is not None \
        and named.name is not None and disagree(role.head, named.name.words[0])


def _whose_role(masked: str, segments: list[list[Tok]]) -> Cue | None:
    """``X, whose spokesman said``: the role of the one named before ``whose``, its complement that
    name (a spokesman for X)."""
    seg = segments[-1]
    if len(segments) < 2 or len(seg) < 2 or seg[0].low != "whose":
        return None
    if any(t.bare in vocab().document_nouns for t in seg[1:4]):
        return trailing_name(masked, segments[-2])  # "the Users Group, whose written submission … described"
    if len(seg) > 4 or seg[-1].bare not in vocab().role_nouns:
        return None
    named = trailing_name(masked, segments[-2])
    return Cue(None, (seg[0].start, seg[-1].end), "description", head=seg[-1].bare,
               complement=named.name if named is not None else None)
