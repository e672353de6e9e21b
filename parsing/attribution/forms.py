"""Attribution cues that are not a plain ``X said``: ``X quoted Y as saying``, passive agents (``was
praised by X as``), bylines after a quote (``"…" - X``), name lines (``Title X: "…"``), and a clause
that hands over to a quote with a comma (``X left this farewell, "…"``); plus the clause-subject finder
the verb cues share.
"""

from __future__ import annotations

import re

from .. import segment
from ..model import Span
from . import grammar as G
from .kind import WORD
from .mentions import Cue, bare_name, clause_end, describe, np_tokens, trailing_name
from .names import Tok, is_cap, run_ending, split_commas
from .phrases import apposition, leading_np
from .vocab import vocab

Window = tuple[int, int]

_QUOTED_AS = re.compile(
    r"\s+((?:[\w.'’\u2592-]+,?\s+){0,16}?[\w.'’\u2592-]+),?\s+as\s+(?:saying|stating|telling)\b")
QUOTING_VERB = re.compile(r"\bquot(?:ed|es|ing)\b")
_COLON_NAME = re.compile(r"(?<![\w.'’-])([^\W\d_][\w.'’ -]{1,120}):\s*$")
_AGENT = re.compile(r"\s+by\s+")
_WITH = re.compile(r"\b[Ww]ith\s+")
_ABSOLUTE_NP = 6  # words at most between "with" and its participle




def with_verb(cue: Cue | None, m: re.Match[str], position: str) -> Cue | None:
    if cue is None:
        return None
    return cue._replace(verb=(m.start(), m.end()), position=position)


def quoted_as(masked: str, m: re.Match[str], position: str) -> Cue | None:
    """``Detik.com quoted Djamal as saying``, ``X quotes a "Senate aide" as saying``, ``Tass quoted a
    deputy foreign minister, Sergei Pankratov, as saying``: the quoted one."""
    if not m.group().lower().startswith("quot"):
        return None
    q = _QUOTED_AS.match(masked, m.end())
    if q is None:
        return None
    toks = np_tokens(masked, q.start(1), q.end(1))
    cue = describe(masked, toks) if toks else None
    for part in split_commas(masked, toks) if "," in q.group(1) else ():
        named = describe(masked, part)  # "Pak Jong Chol, a secretary of the … Committee,": the name
        if named is not None and named.kind == "name" and named.name is not None \
                and named.name.kind == "person":
            cue = named
            break
    if cue is None:
        cue = Cue(None, (q.start(1), q.end(1)), "description", head="")
    return Cue((m.start(), q.end()), cue.mention, cue.kind, cue.name, cue.head, cue.complement, position)


def agent(masked: str, m: re.Match[str], hi: int) -> Cue | None:
    """The agent of a passive speech verb: ``was described by Jobs as``."""
    before = masked[max(0, m.start() - 12):m.start()].split()
    if not before or before[-1].lower() not in vocab().passive_markers:
        return None
    by = _AGENT.match(masked, m.end())
    if by is None:
        return None
    toks = np_tokens(masked, by.end(), clause_end(masked, by.end(), hi))
    k = 0
    while k < len(toks) and is_cap(toks[k]):
        k += 1
    if k:
        return describe(masked, toks[:k])
    # "had been told by a police officer that they might be gone "…"": someone described, up to the
    # clause the verb of saying reports
    k = next((i for i, t in enumerate(toks) if t.low in _REPORTED_OPENERS), len(toks))
    described = describe(masked, toks[:k]) if 1 < k <= 5 and toks[0].low in G.DETERMINERS else None
    return described if described is not None and described.kind == "description" \
        and described.head in vocab().role_nouns else None


_REPORTED_OPENERS = frozenset(("that", "to", "as", "about", "of", "not"))


_CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm"})
_NOT_SUBJECT = G.SUBORDINATORS | {"where"}  # a segment they open is an adverbial clause


_ADVERBS = frozenset({"early", "earlier", "late", "later", "already", "still", "then", "again", "once",
                      "soon", "afterwards", "afterward", "now", "today", "yesterday"}) | G.CONJUNCTIVE


def _adverb(seg: list[Tok], last: bool) -> bool:
    """A segment opened by an adverb (``Early in the evening,``, ``Already,``, ``Separately,``) is an
    adverbial before the subject, though its first word is capitalised like a name (``Shortly before
    6 a.m.,`` too: an -ly word before a preposition); so is one set off
    by a comma (not the ``last``) that a participle opens (``Reached by phone Monday,``, ``standing
    on a debate stage,``, ``Told about two weeks,``; not ``Reading Borough Council``) or a time before
    ``ago`` ends (``Six months ago,``)."""
    first = seg[0].low
    if not last and len(seg) >= 2 and (seg[-1].low == "ago" or (
            ((len(first) > 4 and first.endswith(("ed", "ing"))) or first in vocab().irregular_participles)
            and seg[1].text[:1].islower())):  # "Told about two weeks, he nodded"
        return True
    return first in _ADVERBS or (first.endswith("ly") and len(first) > 4 and not seg[0].text.isupper()
                                 and (len(seg) == 1 or seg[1].low in G.LEADING_ADVERBIAL))


def _after_quotes(masked: str, seg: list[Tok]) -> list[list[Tok]]:
    """A segment cut where a quotation stands before a capitalised word: the comma that ended the
    quotation's clause went inside its marks (``Standing before a banner that read "Roarke for
    Governor," Lt. Gov. Janine Roarke conceded``)."""
    out: list[list[Tok]] = [[]]
    for i, t in enumerate(seg):
        if i and is_cap(t) and "\u2592" in masked[seg[i - 1].end:t.start]:
            out.append([])
        out[-1].append(t)
    return out


def clause_subject(masked: str, lo: int, hi: int) -> Cue | None:
    """The NP that opens the clause (after leading adverbials such as ``In a statement,``, and after a
    label and its colon: ``THE WHITE HOUSE ANGLE: OMB Director Wendell Prasad sent …``)."""
    label = masked.rfind(": ", lo, hi)
    if label != -1 and masked[label + 2:label + 3].isupper():
        lo = label + 2
    commas = split_commas(masked, np_tokens(masked, lo, hi))
    segments = [part for seg in commas for part in _after_quotes(masked, seg)]
    place_before = False  # the adverbial just skipped ends in a name: "in Manchester, N.H.,"
    for n, seg in enumerate(segments):
        last = n == len(segments) - 1
        while seg and (seg[0].low.isdigit() or seg[0].low in _CLOCK_WORDS):
            seg = seg[1:]  # a live blog's time stamp: "3:30 p.m. — In Washington, …"
        if not seg or seg[0].low in G.LEADING_ADVERBIAL or seg[0].low in _NOT_SUBJECT \
                or _adverb(seg, last) or (place_before and len(seg) == 1 and not last):
            place_before = bool(seg) and is_cap(seg[-1])
            continue  # "In Washington, where it is 9:30 a.m., the office …": adverbials before the subject
        cue = leading_np(masked, seg)
        role = cue is not None and cue.head in vocab().role_nouns  # "The leader of the … Party of Japan, X,"
        if cue is not None and cue.kind in ("description",) and (len(seg) <= 5 or role):
            return apposition(masked, seg[-1].end + 1, hi, cue) or cue  # Ryanair CEO, Michael O'Leary, …
        return cue
    return None


def byline(masked: str, q_end: int, hi: int, inner_end: str) -> Cue | None:
    """``"…" - Matthew Ingram`` or ``"…," Jesse Toprak, an analyst for Edmunds.``: a name, no verb.
    The quote must end like a sentence (a headline in a source list does not)."""
    rest = masked[q_end:hi]
    if inner_end not in (",", ".", "!", "?"):
        return None
    if not rest or rest[0] not in " ,-—–" or vocab().verb_re.search(rest):
        return None
    lo = q_end + len(rest) - len(rest.lstrip(" ,-—–"))
    end = clause_end(masked, lo, hi)
    after = masked[end:hi].strip()
    if after[:1] not in ("", ".", ",") or (after[:1] == "," and not after.rstrip(".")[1:].strip()):
        return None
    toks = np_tokens(masked, lo, end)
    cue = bare_name(masked, toks) if 0 < len(toks) <= 4 else None
    if cue is None or cue.name is None or cue.name.kind != "person":
        return None
    return Cue(None, cue.mention, cue.kind, cue.name, position="tail")


def colon_name(masked: str, lo: int, q_start: int) -> Cue | None:
    """``Secretary of the Air Force James Roche: "…"``: a bare name and a colon, no verb."""
    if not masked[max(lo, q_start - 4):q_start].rstrip().endswith(":"):
        return None
    m = _COLON_NAME.search(masked, max(lo, q_start - 130), q_start)
    if m is None:
        return None
    toks = np_tokens(masked, m.start(1), m.end(1))
    if not toks or not is_cap(toks[-1]) or vocab().verb_re.search(m.group(1)):
        return None
    first = run_ending(masked, toks, len(toks) - 1)
    v = vocab()
    if any(not is_cap(t) and t.low not in G.TITLE_GLUE and t.low not in v.person_roles
           for t in toks[:first]):
        return None
    cue = describe(masked, toks)
    if cue is None or cue.kind != "name":
        return None
    return Cue((m.end(1), m.end(1) + 1), cue.mention, cue.kind, cue.name, position="prefix")


def introduced(masked: str, lo: int, q_start: int) -> Cue | None:
    """``Jobs left this farewell, "…"``: a clause ending in a comma or colon hands over to the quote;
    its subject, when a person or a pronoun, is the speaker."""
    if not masked[max(lo, q_start - 8):q_start].rstrip().endswith((",", ":")) or lo >= q_start:
        return None
    cue = clause_subject(masked, lo, q_start) or _name_before_verb(masked, lo, q_start)
    colon = masked[max(lo, q_start - 8):q_start].rstrip().endswith(":")
    role = cue is not None and cue.kind == "description" and colon and cue.head in vocab().role_nouns
    if cue is None or not (role or cue.kind == "pronoun" or (cue.name is not None and cue.name.kind in (
            "person", "unknown"))):  # "the mayor was blunt: "…"": a role may hand over with a colon
        return None  # a one-word name (Jobs) is kept: the speaker resolver must find it is a person
    return Cue(None, cue.mention, cue.kind, cue.name, cue.head, cue.complement, "introduced")


def _name_before_verb(masked: str, lo: int, hi: int) -> Cue | None:
    """``After the case closed Apple CEO Steve Jobs extended an invitation, "…"``: the first name
    followed by a lower-case word that is not a function word (its verb), when the clause opens with
    an adverbial."""
    toks = np_tokens(masked, lo, hi)
    if not toks or toks[0].low not in G.LEADING_ADVERBIAL:
        return None
    roles = vocab().person_roles  # Harbour Authority chair Anna Berg
    for i in range(1, len(toks) - 1):
        nxt = toks[i + 1]
        if is_cap(toks[i]) and not is_cap(nxt) and nxt.low not in G.NOT_A_VERB and nxt.low not in roles:
            return trailing_name(masked, toks[:i + 1])
    return None


def absolute_subject(masked: str, lo: int, hi: int) -> Cue | None:
    """The subject of a with-absolute before ``hi`` (``…, with the committee's chairman accusing
    her department of …``, ``with budget director Lauren Pike sending a memo … instructing them``):
    the noun phrase between ``with`` and the first participle after it, in the same clause."""
    withs = list(_WITH.finditer(masked, lo, hi))
    found = withs[-1] if withs else None
    if found is None or any(c in masked[found.end():hi] for c in ".;:!?"):
        return None
    start = found.end()
    quoted = masked.rfind("\u2592", start, hi)
    if quoted != -1:  # "with the nominee telling supporters "…" and her rival predicting": the second
        joined = masked.find(" and ", quoted, hi)  # absolute's subject, after its "and"
        if joined == -1:
            return None
        start = joined + 5
    toks = np_tokens(masked, start, hi)
    # the participle: the first after "with", else the verb at hi ("with the chairman accusing")
    i = next((k for k, t in enumerate(toks) if t.low.endswith("ing") and len(t.low) > 4 and not is_cap(t)),
             len(toks))
    end = toks[i].start if i < len(toks) else hi
    if not 0 < i <= _ABSOLUTE_NP:
        return None  # "with keeping costs down"
    if "," in masked[start:end]:  # "with its president, Sandra Obi, calling": the name set beside
        parts = split_commas(masked, toks[:i])  # (not "met with reporters, saying")
        named = bare_name(masked, parts[1]) if len(parts) == 2 and parts[1] else None
        return named if named is not None and describe(masked, parts[0]) is not None else None
    cue = describe(masked, toks[:i])
    return cue if cue is not None and cue.kind in ("name", "description", "group") else None


def absolute_np(masked: str, toks: list[Tok], at: int) -> bool:
    """``…, the government recommending "…"``: a determiner and a speaker's noun set off by a comma
    before a participle, the subject of a clause of its own (not ``spent the election campaign
    calling``: an object)."""
    if not toks or toks[-1].bare not in vocab().known_heads:
        return False
    k = len(toks) - 1
    while k > 0 and len(toks) - k < 4 and toks[k - 1].low not in G.DETERMINERS:
        k -= 1
    if k == 0 or toks[k - 1].low not in G.DETERMINERS:
        return False
    return masked[:toks[k - 1].start].rstrip().endswith(",") and "," not in masked[toks[k - 1].end:at]


_PAST_FORM = re.compile(r"[\"“‘']\s*([a-z]+ed)\b")
_PREDICATE_WORDS = 3
_PREDICATE_END = re.compile(r"\s*(?:[.,;:!?)]|$|(?P<word>[a-z]+)\b)")


def quoted_predicate(text: str, masked: str, lo: int, q_start: int, q_end: int) -> Cue | None:
    """``the two leaders "reaffirmed their shared commitment …"``: a quote that opens with a verb in
    the past, right after a noun phrase with no verb of its own, quotes that subject's predicate."""
    if _PAST_FORM.match(text, q_start) is None:
        return None
    toks = np_tokens(masked, lo, q_start)
    segments = split_commas(masked, toks) if toks else []
    if not segments or "," in masked[toks[-1].end:q_start]:
        return None
    seg = segments[-1]
    v = vocab()
    if any(t.low in v.speech_verbs or t.low in G.PREDICATE_LINKS or t.low in v.skip_between for t in seg):
        return None
    cue = describe(masked, seg)
    if cue is None or cue.mention is None or cue.mention != (seg[0].start, seg[-1].end):
        return None  # the clause before the quote is the noun phrase and nothing else
    short = len(WORD.findall(text, q_start, q_end)) < _PREDICATE_WORDS
    end = _PREDICATE_END.match(masked, q_end)
    if short or end is None or (end.group("word") or "and") not in G.PREPOSITIONS | {"and", "but", "or"}:
        return None  # not 'a "gifted and talented" program': a predicate, closed by a stop or a conjunction
    return cue


def described_before(masked: str, lo: int, at: int) -> Cue | None:
    """The subject of the last sentence in ``[lo, at)`` when it is a description of a thing (not a
    person's role, nor a group): what a later ``it`` refers back to."""
    sentences = segment.sentences(masked, (Span(lo, at),))
    cue = clause_subject(masked, sentences[-1].start, at) if sentences else None
    if cue is None or cue.kind != "description" or cue.mention is None or cue.head in vocab().role_nouns:
        return None
    return cue
