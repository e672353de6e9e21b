"""Attribution cues: the speech verb (or ``according to``) of a quote and the mention it points at.

Works on the *masked* text (every quote blanked out, offsets unchanged) so that words inside quotes
are never taken for cues. Positions tried, in order: right after the quote (``"…," X said``, ``"…,"
said X``, ``"…" the readout notes``), the clause before it (``X said: "…"``, ``X said in a statement
that … "…"``, ``In a statement, X said``), ``according to X``, and a verb later in the sentence
(``"…," or if …, he added``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .quote_vocab import vocab
from .speaker_names import Name, Tok, is_cap, is_possessive, name_in_run, run_ending, tokens

MentionKind = Literal["name", "pronoun", "description", "group"]

_NP_STOP = frozenset({
    "that", "which", "who", "whom", "when", "while", "as", "because", "after", "before", "if", "but", "or",
    "so", "where", "although", "though", "since", "until", "than", "is", "are", "was", "were", "be", "been",
    "has", "have", "had", "will", "would", "can", "could", "do", "does", "did", "to", "not", "in", "on",
    "during", "about", "into", "also", "said", "says", "and", "with", "citing", "adding", "saying",
})
_AFTER_STOP = frozenset({
    "who", "when", "while", "that", "which", "as", "after", "before", "during", "in", "on", "at", "to",
    "with", "citing", "adding", "according", "last", "this", "yesterday", "today", "earlier", "later",
    "and", "but", "because", "if", "though", "although", "referring", "speaking", "told", "said",
})
_COMPLEMENT_PREPS = frozenset({"of", "for", "from", "by", "at", "on"})
_DETERMINERS = frozenset({"the", "a", "an", "one", "another", "this", "that", "these", "those", "some",
                          "his", "her", "its", "their", "our", "several", "many", "two", "three"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
_RELATIVE = frozenset({"who", "which", "that"})
_BOUNDARY = re.compile(r"[;:(\u2592—–]|\s-\s")
_DIRECT_WEAK = 40  # a weak verb (called, described) cues a quote only this close before it


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution: the cue word span, the speaker mention span and what that mention is."""

    verb: tuple[int, int] | None
    mention: tuple[int, int] | None
    kind: MentionKind
    name: Name | None = None  # the name in the mention, if any
    head: str = ""  # the mention's head word (pronoun, ``statement``, ``spokesman``)
    complement: Name | None = None  # the organisation in ``a statement from X``, ``X's website``
    position: str = "prefix"


def _np_tokens(masked: str, lo: int, hi: int) -> list[Tok]:
    return tokens(masked, lo, hi)


def describe(masked: str, toks: list[Tok]) -> Cue | None:
    """A cue for a noun phrase given as tokens (the verb filled in by the caller)."""
    if not toks:
        return None
    v = vocab()
    last = toks[-1]
    if last.low in _PRONOUNS:
        return Cue(None, (last.start, last.end), "pronoun", head=last.low)
    if is_cap(last) and last.bare not in v.stopwords:
        first = run_ending(masked, toks, len(toks) - 1)
        name = name_in_run(masked, toks[first:])
        before = toks[first - 1].low if first > 0 else ""
        if name is not None and before == "and" and first >= 2 and is_cap(toks[first - 2]):
            other = run_ending(masked, toks, first - 2)
            return Cue(None, (toks[other].start, name.end), "group", head="and")
        if name is not None and not (before in _COMPLEMENT_PREPS and _has_determiner(toks[:first])):
            return Cue(None, (name.start, name.end), "name", name=name)
    return _description(masked, toks)


def _has_determiner(toks: list[Tok]) -> bool:
    return any(t.low in _DETERMINERS or is_possessive(t) for t in toks[-6:])


def _description(masked: str, toks: list[Tok]) -> Cue | None:
    v = vocab()
    start = len(toks)
    stop = _NP_STOP | v.speech_verbs
    while start > 0 and toks[start - 1].low not in stop and len(toks) - start < 10:
        start -= 1
    np = toks[start:]
    for i, t in enumerate(np):
        if t.low in _DETERMINERS or is_possessive(t):
            np = np[i:]
            break
    else:
        np = np[-5:]
    head_i = next((i for i, t in enumerate(np) if i > 0 and t.low in _COMPLEMENT_PREPS), len(np))
    head_toks = [t for t in np[:head_i] if not is_possessive(t)] or np[:head_i]
    known = v.role_nouns | v.document_nouns | v.org_descriptions | v.group_nouns
    head = next((t.bare for t in reversed(head_toks) if t.bare in known), "")
    if not head:
        head = head_toks[-1].bare if head_toks else ""
        if not head.endswith(("ist", "ists", "er", "ers", "or", "ors")):
            return None
    kind: MentionKind = "group" if head in v.group_nouns else "description"
    complement = _complement(masked, np)
    return Cue(None, (np[0].start, np[-1].end), kind, head=head, complement=complement)


def _complement(masked: str, np: list[Tok]) -> Name | None:
    """The name an NP is about: ``X's website``, ``the X letter``, ``a statement from X``."""
    for i in range(len(np) - 1, -1, -1):
        if is_cap(np[i]) and np[i].bare not in vocab().stopwords:
            first = run_ending(masked, np, i)
            name = name_in_run(masked, np[first:i + 1])
            if name is not None:
                return name
    return None


def _left_np(masked: str, lo: int, hi: int) -> Cue | None:
    """The subject before a verb at ``hi``: skips adverbs, appositions and relative ``who``."""
    v = vocab()
    for m in _BOUNDARY.finditer(masked, lo, hi):
        lo = max(lo, m.end())
    toks = _np_tokens(masked, lo, hi)
    while toks and toks[-1].low in v.skip_between:
        toks.pop()
    if not toks:
        return None
    segments = _split_commas(masked, toks)
    trailing_comma = "," in masked[toks[-1].end:hi]
    if len(segments[-1]) == 1 and segments[-1][0].low in _RELATIVE and len(segments) >= 2:
        segments = segments[:-1]
        trailing_comma = True
    last = describe(masked, segments[-1])
    if trailing_comma and len(segments) >= 2:  # X, apposition, said
        first = describe(masked, segments[-2])
        if first is not None and first.kind == "name":
            return first
        return last or first
    if last is None or (last.kind == "description" and last.head not in v.document_nouns):
        for seg in reversed(segments[-4:-1]):  # X, chairperson of Y, Z union said
            named = describe(masked, seg)
            if named is not None and named.kind == "name" and named.mention == (seg[0].start, seg[-1].end):
                return named
    return last


def _split_commas(masked: str, toks: list[Tok]) -> list[list[Tok]]:
    out: list[list[Tok]] = [[]]
    for i, t in enumerate(toks):
        if i > 0 and "," in masked[toks[i - 1].end:t.start]:
            out.append([])
        out[-1].append(t)
    return out


def _right_np(masked: str, lo: int, hi: int) -> Cue | None:
    """The subject after an inverted verb (``said Ambassador Mohib``, ``said the company's CEO, X``)."""
    stop = re.compile(r"[,.;:(\u2592!?—–]")
    m = stop.search(masked, lo, hi)
    end = m.start() if m else hi
    toks = _np_tokens(masked, lo, end)
    cut = next((i for i, t in enumerate(toks) if i > 0 and t.low in _AFTER_STOP), len(toks))
    toks = toks[:cut]
    if not toks:
        return None
    if toks[0].low in _PRONOUNS and len(toks) == 1:
        return Cue(None, (toks[0].start, toks[0].end), "pronoun", head=toks[0].low)
    named = _last_name(masked, toks)
    if named is not None:
        return named
    cue = _description(masked, toks[:10])
    if m is not None and masked[m.start()] == ",":  # said the firm's chief executive, Alan Mulally
        stop2 = stop.search(masked, m.end(), hi)
        nxt = _np_tokens(masked, m.end(), stop2.start() if stop2 else hi)
        appos = describe(masked, nxt) if nxt and is_cap(nxt[0]) else None
        if appos is not None and appos.kind == "name" and appos.mention == (nxt[0].start, nxt[-1].end):
            return appos
    return cue


def _last_name(masked: str, toks: list[Tok]) -> Cue | None:
    """The last capitalised run that is not a complement (``ANA senior vice president Mitsuo Morimoto``)."""
    i = len(toks) - 1
    while i >= 0:
        if is_cap(toks[i]) and toks[i].bare not in vocab().stopwords:
            first = run_ending(masked, toks, i)
            before = toks[first - 1] if first > 0 else None
            if before is None or (before.low not in _COMPLEMENT_PREPS and not is_possessive(before)):
                if first == 0 or all(not is_cap(t) or t.low in vocab().titles for t in toks[:first]) or \
                        toks[first - 1].low in vocab().titles or toks[first - 1].bare in vocab().role_nouns:
                    name = name_in_run(masked, toks[first:i + 1])
                    if name is not None:
                        return Cue(None, (name.start, name.end), "name", name=name)
            i = first - 1
        else:
            i -= 1
    return None


def _verb_ok(masked: str, m: re.Match[str], weak_ok: bool) -> bool:
    v = vocab()
    word = m.group().lower()
    if not m.group()[0].islower():
        return False
    before = masked[max(0, m.start() - 30):m.start()].split()
    prev = before[-1].lower().strip(",") if before else ""
    named_subject = before and (before[-1][:1].isupper() or prev in _PRONOUNS) and (
        prev in _PRONOUNS or prev not in v.stopwords)
    if word in v.weak_verbs and not weak_ok and not named_subject:
        return False
    if prev in v.noun_markers or prev.endswith(("'s", "’s")):
        return False
    if prev in v.passive_markers and not word.endswith("ing"):
        return False
    after = masked[m.end():m.end() + 6].lstrip().lower()
    return not (after.startswith("of ") and not word.endswith(("ed", "id", "ld", "te")))


def _with_verb(cue: Cue | None, m: re.Match[str], position: str) -> Cue | None:
    if cue is None:
        return None
    return Cue((m.start(), m.end()), cue.mention, cue.kind, cue.name, cue.head, cue.complement, position)


def _immediate_tail(text: str, masked: str, q_end: int, hi: int, inner_end: str) -> Cue | None:
    v = vocab()
    for m in v.verb_re.finditer(masked, q_end, hi):
        between = masked[q_end:m.start()]
        if not between.strip(" ,;—–-\n"):
            if not _verb_ok(masked, m, True):
                return None
            return _with_verb(_right_np(masked, m.end(), hi), m, "tail")
        if not (inner_end in ",!?—–-" or between.lstrip()[:1] in (",", "—", "–", "-")) and inner_end != ".":
            return None
        toks = _np_tokens(masked, q_end, m.start())
        while toks and toks[-1].low in v.skip_between:
            toks.pop()
        commas = between.count(",") - (1 if between.lstrip().startswith(",") else 0)
        limit = 9 if commas == 0 else 16
        if not toks or len(toks) > limit or "." in between.strip().rstrip("."):
            return None
        if commas == 0 and any(t.low in _NP_STOP for t in toks):
            return None
        if not _verb_ok(masked, m, True):
            return None
        return _with_verb(_left_np(masked, q_end, m.start()), m, "tail")
    return None


def _prefix(masked: str, lo: int, q_start: int) -> Cue | None:
    v = vocab()
    colon = _colon_name(masked, lo, q_start)
    if colon is not None:
        return colon
    found = list(v.verb_re.finditer(masked, lo, q_start))
    for m in reversed(found):
        if not _verb_ok(masked, m, q_start - m.end() <= _DIRECT_WEAK):
            continue
        quoted = _QUOTED_AS.search(masked, max(lo, m.start() - 80), m.end())
        if quoted is not None and quoted.end() == m.end():
            toks = _np_tokens(masked, quoted.start(1), quoted.end(1))
            cue = describe(masked, toks)
            if cue is not None:
                return _with_verb(cue, m, "prefix")
        cue = _subject(masked, lo, m)
        if cue is None and not masked[lo:m.start()].strip(" ,\n"):
            cue = _right_np(masked, m.end(), q_start)
        if cue is not None:
            return _with_verb(cue, m, "prefix")
    return None


_QUOTED_AS = re.compile(r"\bquoted\s+((?:[\w.'’-]+\s+){0,4}?[\w.'’-]+)\s+as\s+(?:saying|stating|telling)\b")
_COLON_NAME = re.compile(r"([^\W\d_][\w.'’ -]{1,60}):\s*$")
_LEADING_ADVERBIAL = frozenset({"in", "on", "at", "after", "before", "during", "while", "when", "speaking",
                                "of", "with", "for", "from", "following", "despite", "as", "since", "asked"})


def _colon_name(masked: str, lo: int, q_start: int) -> Cue | None:
    """``Secretary of the Air Force James Roche: "…"``: a bare name and a colon, no verb."""
    m = _COLON_NAME.search(masked, lo, q_start)
    if m is None:
        return None
    toks = _np_tokens(masked, m.start(1), m.end(1))
    if not toks or not is_cap(toks[-1]) or vocab().verb_re.search(m.group(1)):
        return None
    first = run_ending(masked, toks, len(toks) - 1)
    if any(not is_cap(t) and t.low not in _COMPLEMENT_PREPS for t in toks[:first]):
        return None
    cue = describe(masked, toks)
    if cue is None or cue.kind != "name":
        return None
    return Cue((m.end(1), m.end(1) + 1), cue.mention, cue.kind, cue.name, position="prefix")


def _subject(masked: str, lo: int, m: re.Match[str]) -> Cue | None:
    """The subject of the verb ``m``: the NP before it, or the clause subject for ``…, saying`` and
    ``… and said``."""
    toks = _np_tokens(masked, lo, m.start())
    while toks and toks[-1].low in vocab().skip_between:
        toks.pop()
    participle = m.group().lower().endswith("ing")
    adjacent = toks and (is_cap(toks[-1]) or toks[-1].low in _PRONOUNS) and \
        not masked[toks[-1].end:m.start()].strip()
    coordinated = toks and toks[-1].low in ("and", "but")
    if (participle and not adjacent) or coordinated:
        return _clause_subject(masked, toks)
    return _left_np(masked, lo, m.start())


def _clause_subject(masked: str, toks: list[Tok]) -> Cue | None:
    """The NP that opens the clause (after leading adverbials such as ``In a statement,``)."""
    for seg in _split_commas(masked, toks):
        if not seg or seg[0].low in _LEADING_ADVERBIAL:
            continue
        first = seg[0]
        if first.low in _PRONOUNS:
            return Cue(None, (first.start, first.end), "pronoun", head=first.low)
        if is_cap(first) and first.bare not in vocab().stopwords:
            k = 0
            while k + 1 < len(seg) and masked[seg[k].end:seg[k + 1].start] == " " and is_cap(seg[k + 1]):
                k += 1
            return describe(masked, seg[:k + 1])
        return None
    return None


def _source(masked: str, lo: int, hi: int) -> Cue | None:
    found = list(vocab().source_re.finditer(masked, lo, hi))
    if not found:
        return None
    m = found[-1]
    stop = re.compile(r"[,.;:(\u2592!?]")
    s = stop.search(masked, m.end(), hi)
    end = s.start() if s else hi
    toks = _np_tokens(masked, m.end(), end)[:14]
    if not toks:
        return None
    cue = describe(masked, toks) if is_cap(toks[-1]) and not _has_determiner(toks[:-1]) else None
    if cue is None:
        cue = _description_whole(masked, toks)
    if cue is None:
        return None
    verb = (m.start(), m.start() + len(m.group().rstrip()))
    return Cue(verb, cue.mention, cue.kind, cue.name, cue.head, cue.complement, "source")


def _description_whole(masked: str, toks: list[Tok]) -> Cue | None:
    """``according to a readout of the call released by X``: head near the start, X as complement."""
    v = vocab()
    head_i = next((i for i, t in enumerate(toks) if i > 0 and t.low in _COMPLEMENT_PREPS), len(toks))
    head = toks[head_i - 1].bare if head_i > 0 else toks[0].bare
    if is_cap(toks[0]) and head_i == len(toks):
        return describe(masked, toks)
    kind: MentionKind = "group" if head in v.group_nouns else "description"
    comp = _complement(masked, toks)
    return Cue(None, (toks[0].start, toks[-1].end), kind, head=head, complement=comp)


def _distant_tail(masked: str, q_end: int, hi: int) -> Cue | None:
    v = vocab()
    for m in v.verb_re.finditer(masked, q_end, hi):
        if not _verb_ok(masked, m, False):
            continue
        cue = _left_np(masked, q_end, m.start())
        if cue is not None and cue.kind in ("pronoun", "name"):
            return _with_verb(cue, m, "distant")
    return None


def find_cue(text: str, masked: str, q_start: int, q_end: int, lo: int, hi: int, prev_end: int) -> Cue | None:
    """The attribution of the quote ``[q_start, q_end)`` in the sentence window ``[lo, hi)``."""
    inner = text[q_start:q_end].rstrip("\"'“”‘’«»„ ")
    inner_end = inner[-1:] if inner else ""
    return (_immediate_tail(text, masked, q_end, hi, inner_end)
            or _prefix(masked, max(lo, prev_end), q_start)
            or _source(masked, max(lo, prev_end), q_start)
            or _source(masked, q_end, hi)
            or _distant_tail(masked, q_end, hi))
