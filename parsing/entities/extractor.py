"""Named entities: people, organisations and places named in an article, one entity per referent.

Pipeline: capitalised runs (names.py) → titles and roles peeled off (roles.py) → each name typed
from its form and context (kinds.py) → mentions merged into entities (coref.py).
Mentions are the names themselves, without titles, determiners or a possessive 's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter

from ..model import Entity, Span
from ..vocab import load as read_vocab
from .candidate import Cand, dedupe
from .coref import merge
from .descriptors import descriptor, joined_roles, role_after, role_as
from .gazetteer import Gazetteer, Known, key, load
from .kinds import MEDIUM, STRONG, Context, apposition_heads, dateline, name_given, vote
from .names import Run, Token, headline_lines, join_plural_owners, known_spans, prev_word, runs, tokenize
from .notnames import (
    EMIT_ADJECTIVES,
    EMIT_GROUPS,
    bare_title,
    counted,
    demonyms,
    lone_given_name,
    maker_of_model,
    money,
    next_word,
    not_a_name,
    noun_after,
    party_label,
    plural_demonym,
    proper_adjective,
    time_zone,
    unsupported_opener,
)
from .roles import Piece, peel
from .splits import LowerWords, split_calendar, split_of, split_weak, strip_leading
from .sports import sports_report
from .storms import is_storm, storm_names
from .townstate import is_town, town_states
from .works import case_titles, product_after, work_titles

_FAR = 1 << 62
_GRAMMAR = read_vocab("names_words.json")["name_grammar"]
_EVENT_HEADS = frozenset(_GRAMMAR["event_heads"])
_DESCRIPTOR_REACH = 100  # characters read back for a role phrase before a name
_APPOSITION_REACH = 90  # characters read after a name for an apposition's head noun
_PAREN_ACRONYM = re.compile(r" \(((?:[A-Z]\.){2,}|[A-Z][A-Za-z0-9&]{1,7})\)")
_START = attrgetter("start")
_PRODUCT_WEIGHT = MEDIUM + 1


def extract(text: str, paragraphs: tuple[Span, ...], sentences: tuple[Span, ...]) -> tuple[Entity, ...]:
    """Every named entity of ``text`` with its name mentions: people, organisations, places, others,
    each kind in order of first mention (``coref.merge``)."""
    if not text:
        return ()
    gaz = load()
    heads = headline_lines(text, 0, len(text))
    sent_starts = {s.start for s in sentences}
    sent_starts.update(p.start for p in paragraphs)
    all_runs = join_plural_owners(text, runs(text, sent_starts), gaz.org_suffixes)
    lower_words = LowerWords(text)
    alone = {text[r.start:r.end] for r in all_runs}  # names as written, each alone somewhere
    mid_caps = {t.text for r in all_runs for t in (r.tokens[1:] if r.sent_start else r.tokens)
                if t.cap and t.start not in sent_starts}  # capitalised where no sentence opens
    adjectives = demonyms(alone)
    cands: list[Cand] = []
    memo: _Memo = {}
    seen: _Seen = {}
    sports = sports_report(text, gaz)
    towns, states = town_states(text)  # "Spokane, Wash.,": a town and its state
    titles = sorted(work_titles(text) + case_titles(text, gaz.openers))  # "the film “…”", "Roe v. Wade"
    storms = storm_names(text)  # "Hurricane Marisol", and "Marisol" after it: a storm, no entity
    for start, end in titles:  # "the documentary “The River Remembers”": one name of a work or a case
        title = text[start:end]
        cands.append(Cand(start, end, title, title.split(), None, [("OTHER", STRONG)]))
    covered = 0  # where the state abbreviation last taken whole ends
    for run in all_runs:
        if (heads and _inside(run.start, heads)) or (titles and _inside(run.start, titles)):
            continue
        if run.start < covered:
            continue  # the rest of "W.Va.", a state taken whole below
        if states and run.start in states and run.tokens[-1].end <= states[run.start][1]:
            state, covered = states[run.start]  # "Va.", "W.Va." (two runs): the state, its stop left out
            end = covered - 1 if text[covered - 1] == "." else covered
            cands.append(Cand(run.start, end, text[run.start:end], text[run.start:end].split(),
                              Known(state, "PLACE"), [("PLACE", STRONG)]))
            continue
        lead = run.tokens[0].text
        if lead == "The" or gaz.is_title(lead):
            run.after_determiner = lead == "The" or prev_word(text, run.start).lower() == "the"
        for piece in _pieces(text, run, gaz, lower_words, memo, alone):
            if titles and _inside(piece.tokens[0].start, titles):
                continue  # "In Rucho v. Common Cause": the run opens before the title, its name inside
            if gaz.holiday_at(text, piece.tokens[0].start):
                continue  # "New Year's Day", "Valentine's Day": a day
            if _party_state(text, piece, gaz, cands):
                continue  # "(R-Texas)": the state only
            if run.sent_start and unsupported_opener(text, piece, gaz, mid_caps, lower_words):
                continue
            if proper_adjective(text, piece, gaz, run.sent_start):
                continue
            if len(piece.tokens) == 1 and time_zone(text, piece.tokens[0].start, piece.tokens[0].text):
                continue
            if adjectives and len(piece.tokens) == 1 and piece.tokens[0].text in adjectives \
                    and noun_after(text, piece.tokens[0].end):
                continue  # "the Kelmari capital": an adjective of a place the text names
            if (storms and is_storm(text[piece.tokens[0].start:piece.tokens[-1].end], storms)) \
                    or bare_title(text, piece, gaz) or lone_given_name(text, piece, gaz):
                continue  # a storm ("Hurricane Marisol"), an office with no name ("the Speaker"), "the Bill"
            n = len(cands)
            _add(text, piece, gaz, cands, sports, seen, towns, lower_words)
            if len(cands) > n and maker_of_model(text, piece.tokens[-1].end):  # "the Airbus A380"
                cands[-1].hidden = True  # names the product, not the company: a maker, so an organisation
                cands[-1].votes.append(("ORG", MEDIUM))
    if heads:
        known = {key(c.text) for c in cands}
        for start, end in heads:
            for run in known_spans(tokenize(text, start, end), gaz, known):
                _add(text, Piece(run.tokens), gaz, cands, sports, seen, towns, lower_words)
    plural = counted(text, {c.text for c in cands if " " not in c.text and not c.text.endswith("s")}, gaz)
    if plural:  # "20 Dreamliners", "a Dreamliner": a product counted as a noun is no name
        cands = [c for c in cands if c.text not in plural or c.known is not None]
    if adjectives:  # "Kelmar" beside "the Kelmari capital": the name of a place
        bases = set(adjectives.values())
        for c in cands:
            if c.text in bases and c.known is None:
                c.votes.append(("PLACE", MEDIUM))
    cands.sort(key=_START)
    return merge(dedupe(cands))


def _party_state(text: str, piece: Piece, gaz: Gazetteer, cands: list[Cand]) -> bool:
    """``Sen. Feld, D-Minn.,``, ``(R-Texas)``, ``Rep. Guidry, D-New Orleans,``: a party label is no
    name, but the state (or district, or town) in it is a place; True when ``piece`` is one."""
    t, last = piece.tokens[0], piece.tokens[-1]
    if not party_label(t.text):
        return False
    words = [t.text[2:]] + [w.text for w in piece.tokens[1:]]
    state = text[t.start + 2:last.end]
    cands.append(Cand(t.start + 2, last.end, state, words, gaz.lookup(state), [("PLACE", STRONG)]))
    return True


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of the sorted, disjoint ``spans``."""
    i = bisect_right(spans, (pos, _FAR)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# A run's pieces by its text and flags: (first token, token count, person, role, modifier, title only,
# home town).
_Memo = dict[tuple[str, bool, str, bool, bool], list[tuple[int, int, bool, str | None, bool, bool, bool]]]


def _pieces(text: str, run: Run, gaz: Gazetteer, lower_words: LowerWords, memo: _Memo,
            alone: set[str]) -> list[Piece]:
    """The names of a run (memoised: names recur within an article)."""
    toks = run.tokens
    last = toks[-1]
    if len(toks) == 1 and not run.sent_start:  # mid-sentence one-word name: itself unless a title
        w = last.text
        k1 = key(w)
        if w not in gaz.openers and k1 not in gaz.calendar and k1 not in gaz.title_heads \
                and k1 not in gaz.honorifics:
            return [Piece(toks)]
    k = (text[toks[0].start:last.end], last.possessive, last.suffix, run.sent_start, run.after_determiner)
    done = memo.get(k)
    if done is not None:
        return [Piece(toks[i:i + n], person, role, modifier, title_only, home)
                for i, n, person, role, modifier, title_only, home in done]
    found = _split(text, run, gaz, lower_words, alone)
    index = {t.start: i for i, t in enumerate(toks)} if len(toks) > 1 else {toks[0].start: 0}
    memo[k] = [(index[p.tokens[0].start], len(p.tokens), p.person, p.role, p.modifier, p.title_only, p.home)
               for p in found]
    return found


def _split(text: str, run: Run, gaz: Gazetteer, lower_words: LowerWords, alone: set[str]) -> list[Piece]:
    if len(run.tokens) == 1:  # the common case: one word, nothing to split
        kept = strip_leading(run, gaz, lower_words)
        return peel(text, kept, gaz) if kept is not None else []
    if "OWNED" in run.hints:  # "the Norbury Residents' Association": one name, whole
        kept = strip_leading(run, gaz, lower_words)
        return [Piece(kept.tokens)] if kept is not None else []
    out: list[Piece] = []
    for part in split_calendar(run, gaz):
        for sub in split_weak(part, gaz, alone):
            kept = strip_leading(sub, gaz, lower_words)
            if kept is None:
                continue
            for piece in split_of(kept, gaz, alone):
                found = [p for p in peel(text, piece, gaz) if p.tokens]
                if "PERSON" in piece.hints and len(found) == 1:
                    found[0].person = True
                for f in found:
                    f.modifier = f.modifier or "MODIFIER" in piece.hints
                    f.home = f.home or "HOME" in piece.hints
                out.extend(found)
    return out


def _context(text: str, toks: list[Token], sports: bool) -> Context:
    start, last = toks[0].start, toks[-1]
    prev = prev_word(text, start)
    # "city of X", "analysts at X", "Boeing and X", "the MP for X"
    prev2 = prev_word(text, start - len(prev) - 1) if prev in _PREV2_AFTER else ""
    nxt = next_word(text, last.end)
    after_start = last.end + 2 if last.possessive and not last.suffix else last.end
    after = text[after_start:after_start + 40]
    line_start = start == 0 or text[start - 1] == "\n"
    appos = apposition_heads(text[after_start:after_start + _APPOSITION_REACH]) if after[:1] == "," else ()
    comma = text[start - 2:start] == ", "
    listed = _LISTED.search(text, max(0, start - 40), start) if comma else None
    paired = _PAIRED.search(text, max(0, start - 40), start) if prev in ("and", "or") else None
    role = _ROLE_BEFORE.search(text, max(0, start - 30), start) if comma else None
    return Context(prev, prev2, nxt.group(1) if nxt else "", last.suffix, after, sports, line_start, appos,
                   last.possessive and not last.suffix, listed.group(1) if listed else "",
                   role.group(1) if role else "", _BLANK.fullmatch(text, 0, start) is not None,
                   paired.group(1) if paired else "")


# the words before a name whose own word before them types it ("city of", "analysts at", "MP for")
_PREV2_AFTER = frozenset(("of", "at", "and", "or", "from", "the", "for", "in", "to", "as"))
_BLANK = re.compile(r"\s*")  # only space before the name: it opens the text (read without copying it)
_ROLE_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z-]+), $")  # "foreign minister, " before a name
_NAME_BEFORE = r"(?<![\w.'’-])([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})"  # a name of up to three words
_LISTED = re.compile(_NAME_BEFORE + r", $")  # "Montreal, " before a name
_PAIRED = re.compile(_NAME_BEFORE + r" (?:and|or) $")  # "Calgary and " before a name


# What a surface form is, whatever its context: skipped, a group of people, a country's adjective, a name.
_SKIP, _GROUP, _ADJECTIVE, _NAME = range(4)
_Seen = dict[tuple[str, str, bool], tuple[int, Known | None]]


def _surface(name: str, words: list[str], person: bool, gaz: Gazetteer) -> tuple[int, Known | None]:
    if not person and not_a_name(name, gaz, len(words)):
        return _SKIP, None
    if words[-1] in _EVENT_HEADS:  # "Waitangi Day": a date, left to the time expressions
        return _SKIP, None
    if name in gaz.adjectives or name in gaz.groups:  # "Afghans", "Kurds": people, not places
        if plural_demonym(name) and EMIT_GROUPS:
            return _GROUP, None
        if EMIT_ADJECTIVES and name in gaz.adjectives:  # "Russian" as a mention of Russia
            return _ADJECTIVE, Known(gaz.adjectives[name], "PLACE")
        return _SKIP, None
    return _NAME, gaz.lookup(name)


def _add(text: str, piece: Piece, gaz: Gazetteer, cands: list[Cand], sports: bool, seen: _Seen,
         towns: dict[int, int], lower_words: LowerWords) -> None:
    toks = piece.tokens
    last = toks[-1]
    start, end = toks[0].start, last.end
    name = text[start:end]
    words = [t.text for t in toks] if len(toks) > 1 else [last.text]
    k = (name, words[-1], piece.person)
    kind_known = seen.get(k)
    if kind_known is None:
        kind_known = seen[k] = _surface(name, words, piece.person, gaz)
    kind, known = kind_known
    if kind == _SKIP or money(text, end):
        return
    if kind == _GROUP:
        cands.append(Cand(start, end, name, words, None, [("PERSON", STRONG)]))
        return
    if kind == _ADJECTIVE:
        cands.append(Cand(start, end, name, words, known, [("PLACE", STRONG)]))
        return
    at_dateline = False
    if known is not None:  # a gazetteer name: only the word before matters (role phrase, "in X")
        ctx = Context(prev_word(text, start), "", "", last.suffix, "", sports)
    else:
        ctx = _context(text, toks, sports)
        at_dateline = ctx.line_start and name.isupper() and dateline(name, ctx)
        if at_dateline:  # "ROME —": Rome
            place = gaz.lookup(name.title())
            known = place if place is not None and place.type == "PLACE" else None
        if ctx.next in gaz.context["group_nouns"] and not last.possessive and text[end:end + 1] == " ":
            grp_end = end + 1 + len(ctx.next)
            group = [*words, ctx.next]
            cands.append(Cand(start, grp_end, text[start:grp_end], group, None, [("ORG", STRONG)]))
            return
    desc = None
    if ctx.prev in gaz.role_nouns or ctx.prev in gaz.context["org_nouns_before"]:
        window = tokenize(text, max(0, start - _DESCRIPTOR_REACH), start)
        desc = descriptor(text, [*window, toks[0]], len(window), gaz)
    before = desc.text if desc is not None and desc.role and known is None else None
    after = None
    if known is None:  # ", the chief executive of Y," and "named X as his running mate"
        after = joined_roles(role_after(text, end, gaz), role_as(text, start, end, gaz))
    role = joined_roles(piece.role or before, after)
    votes = vote(name, words, ctx, gaz, piece.person or before is not None or name_given(text, start), known)
    if piece.home or (towns and is_town(towns, start, end)):
        votes.append(("PLACE", STRONG))  # "Dean Kolstad of Pella", "Spokane, Wash.": a town
    if known is None and not piece.person and len(words) > 1 and words[0] not in gaz.first_names \
            and all(t == "PERSON" for t, _w in votes) and lower_words.inflected(words[-1].lower()):
        votes.append(("ORG", MEDIUM))  # "Nordvik Racing", "Colonial Pipeline": read as a person's only by
        # its shape, but a word the text writes in lower case ends it, which no surname does so often
    if known is None and not piece.person and product_after(text, end, ctx.next):  # "Javelin missiles"
        votes.append(("OTHER", _PRODUCT_WEIGHT))  # outweighed where other mentions name a maker
    cands.append(Cand(start, end, name, words, known, votes, role, title_only=piece.title_only))
    if text[end:end + 2] == " (" and not at_dateline:  # not "ROME (Reuters) -"
        m = _PAREN_ACRONYM.match(text, end)
        if m is not None and not last.possessive:
            abbr = m.group(1)
            cands.append(Cand(m.start(1), m.end(1), abbr, [abbr], gaz.lookup(abbr) or known, votes,
                              same_as=start))
