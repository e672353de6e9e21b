"""What a speaker's mention may refer back to: the article's names, in their fullest form and
as entities, and who has spoken so far.

``Antecedents`` holds one article's names (``NameIndex``), its entities and the history of resolved
speakers; ``speakers.Resolver`` builds on it to resolve pronouns and descriptions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import NamedTuple

from ..entities.works import is_case
from ..model import Entity
from . import grammar as G
from .descriptions import after_indefinite
from .gender import Gender, GenderIndex
from .index import NameIndex
from .mentions import Cue
from .names import Name, NameKind, Tok, given_name, kind_of, tokens
from .vocab import vocab

WINDOW = 2500  # how far back (characters) a pronoun or description looks for its antecedent
_WHO_CLAUSE = re.compile(r",\s+who\s+(?!(?:is|was|are|were)\b)")  # not "X, who is …": a description
_AGE_APPOSITION = re.compile(r",\s+(\d+)\b[,)]")  # "Nakamura, 64, served": the age given to a name
_COMPANY_WINDOW = 600  # characters back to the organisation "the company" stands for
_APPOSITION = re.compile(r",\s*(?:a|an|the)?[\w\s'’-]*")  # "X, a spokeswoman for Y, …"
_BESIDE = re.compile(r",\s+(?:the\s+)?(?=[A-Z])")  # ", the CGT," after a description: its name



class Resolved(NamedTuple):
    speaker: str | None
    entity: str | None
    kind: NameKind
    anchor: tuple[int, int] | None = None


NONE = Resolved(None, None, "unknown")


def _last_word(name: str) -> str:
    words = [w for w in re.findall(r"[\w'’.-]+", name.lower()) if w.rstrip(".") not in ("jr", "sr", "inc")]
    return words[-1].rstrip(".") if words else ""


def _role_before(speaker: str, ent: Entity) -> bool:
    """``Pollster Mike Ocampo`` for the entity Mike Ocampo, pollster: a role of the entity's, written
    before its name (capitalised as a sentence's first word), is no part of the name."""
    if not speaker.endswith(" " + ent.name):
        return False
    return speaker[:-len(ent.name) - 1].lower() in ent.roles


_RELATIVES = frozenset(("who", "whom", "whose", "which"))  # "X, who has led Labor since 2024": no subject


class Antecedents:
    """One article's names and entities, and who spoke last."""

    def __init__(self, text: str, masked: str, fill: str, entities: tuple[Entity, ...],
                 para_starts: list[int] | None = None) -> None:
        self.text, self.masked = text, masked
        self.para_starts = para_starts or []
        self.index = NameIndex(text)
        self.fill = fill
        self.entities = entities
        self.spans: list[tuple[int, int, Entity]] | None = None  # person and organisation mentions
        self.span_starts: list[int] = []
        self.places: list[tuple[int, int]] | None = None  # place mentions, listed on the first lookup
        self.history: list[tuple[int, Resolved]] = []
        self.described: list[tuple[int, tuple[int, int]]] = []  # quotes of a person named by role only
        self._canonical: dict[Name, Resolved] = {}
        self.genders = GenderIndex(text)

    def names_before(self, pos: int, lo: int) -> Iterator[Name]:
        """Names outside quotations starting in ``[lo, pos)``, nearest first; not a name after ``a``
        or ``an`` (``Vasquez, a Democrat``: a class, not someone to refer back to)."""
        return (n for n in self.index.before(pos, lo) if self.masked[n.start] != self.fill
                and not after_indefinite(self.masked, n.start))

    # names -------------------------------------------------------------------------------------

    def _entity_at(self, start: int, end: int) -> Entity | None:
        if self.spans is None:  # indexed on the first lookup
            named = (e for e in self.entities if e.type in ("PERSON", "ORG", "OTHER"))  # OTHER: a document
            self.spans = sorted(((m.start, m.end, e) for e in named for m in e.mentions), key=lambda x: x[0])
            self.span_starts = [s for s, _, _ in self.spans]
        i = bisect_left(self.span_starts, end) - 1
        for s, e, ent in reversed(self.spans[max(0, i - 8):i + 1]):  # the nearest mentions only
            if e > start and s < end:
                return ent
        return None

    def _role_holder(self, head: str, pos: int, want: NameKind) -> Resolved | None:
        """The person (or organisation) last introduced with this role: ``X, a spokeswoman for Y``,
        ``spokeswoman X``, ``X, the cable network,``."""
        lo = max(0, pos - WINDOW)
        for m in reversed(list(re.finditer(rf"\b{re.escape(head)}\b", self.masked[lo:pos]))):
            at = lo + m.start()
            if at >= pos - 5:
                continue  # the mention itself
            for n in self.names_before(at, at - 60):  # X, a spokeswoman … (not "across North America,
                if self._is_kind(n, want) and _APPOSITION.fullmatch(self.masked, n.end, at) \
                        and not self._place_at(n.start, n.end, exact=True):  # the company said")
                    return self.canonical(n)
                break
            after = self.index.before(at + len(head) + 40, at + len(head))  # spokeswoman Clare Dunmore
            for n in after:
                if re.fullmatch(r"\s*", self.masked[at + len(head):n.start]) and self._is_kind(n, want):
                    return self.canonical(n)
        return None

    def _named_org(self, head: str, pos: int) -> Resolved:
        """``the ministry``: the last organisation whose name holds that word (``Defense Ministry``)."""
        for n in self.names_before(pos, pos - WINDOW):
            if head in (w.lower() for w in n.words):
                return self.canonical(n)
            if n.text.isupper() and len(n.text) > 1:  # "the FBI's field office … the bureau": the name the
                full = self.canonical(n)  # initials stand for holds it
                if full.kind == "org" and full.speaker is not None and head in full.speaker.lower().split():
                    return full
        if head in G.COMPANY_NOUNS:  # the company: the organisation named last, if it is near and the
            orgs = [n for n in self.names_before(pos, pos - _COMPANY_WINDOW)  # entities found it one (not
                    if (ent := self._entity_at(n.start, n.end)) is not None and ent.type == "ORG"]  # "across
            # North America", "the FTSE 100 index"); one that opened its clause first ("Pinnacle, a subsidiary
            # of Minneapolis-based Northfield Group, disputed that account. … the insurer said": Pinnacle)
            chosen = next((n for n in orgs if self._subject(n)), orgs[0] if orgs else None)
            if chosen is not None:
                return self.canonical(chosen)
        return NONE

    def named_beside(self, end: int, hi: int) -> Resolved | None:
        """The name set beside a description that ends at ``end`` (``The union, the CGT, said``): an
        entity, not a place, that fills the comma segment."""
        m = _BESIDE.match(self.masked, end)
        close = self.masked.find(",", m.end(), hi) if m else -1
        ent = self._entity_at(m.end(), close) if m and close != -1 else None
        if m is None or ent is None or ent.type not in ("PERSON", "ORG") \
                or not any(x.start == m.end() and x.end == close for x in ent.mentions):
            return None
        return Resolved(ent.name, ent.id, "person" if ent.type == "PERSON" else "org", (m.end(), close))

    def named_within(self, start: int, end: int) -> Resolved | None:
        """An organisation named inside a description (``The Office of the Attorney General``)."""
        ent = self._entity_at(start, end)
        m = next((x for x in ent.mentions if start <= x.start and x.end <= end), None) if ent else None
        if ent is None or m is None or ent.type != "ORG":
            return None
        return Resolved(ent.name, ent.id, "org", (m.start, m.end))

    def _kind(self, name: Name, full: Name) -> NameKind:
        kind = full.kind if full.kind != "unknown" else name.kind
        if kind == "unknown":
            kind = kind_of(list(full.words))
        if kind == "person" and not given_name(full.words[0]) and self._place_at(name.start, name.end):
            return "place"  # "City Hall": two capitalised words the entities found a place, not a person
        return kind

    def _place_at(self, start: int, end: int, exact: bool = False) -> bool:
        """Whether a place mention overlaps ``[start, end)`` (is exactly it, when ``exact``)."""
        if self.places is None:
            self.places = [(m.start, m.end) for e in self.entities if e.type == "PLACE" for m in e.mentions]
        if exact:
            return (start, end) in self.places
        return any(s < end and e > start for s, e in self.places)

    def canonical(self, name: Name) -> Resolved:
        found = self._canonical.get(name)
        if found is None:
            found = self._canonical[name] = self._canonical_of(name)
        return found

    def _canonical_of(self, name: Name) -> Resolved:
        if len(name.words) == 1 and self._place_at(name.start, name.end, exact=True) \
                and self._entity_at(name.start, name.end) is None:
            return Resolved(name.text, None, "place", (name.start, name.end))  # "Ohio", not the coalition
            # named after it ("Ohio Voter Access Coalition") that the fullest form would give
        full = self.index.fullest(name.words) or name
        kind = self._kind(name, full)
        speaker = self.text[full.start:full.end] if full is not name else name.text
        ent = self._entity_at(name.start, name.end)
        agree = ent is not None and (
            _last_word(ent.name) == _last_word(speaker) or _last_word(ent.name) in speaker.lower().split()
            or any(m.start == name.start and m.end == name.end for m in ent.mentions))  # exactly this name
        if ent is not None and ent.type == "OTHER" and is_case(ent.name):
            return Resolved(None, None, "unknown", (name.start, name.end))  # a party named in a case's
            # title ("The ruling in Boudreaux v. Delta Voters League said"): the case, no one speaking
        if ent is not None and agree:
            entity_kind: NameKind = "person" if ent.type == "PERSON" else "org"
            if len(ent.name) >= len(speaker) or _role_before(speaker, ent):
                speaker = ent.name
            return Resolved(speaker, ent.id, entity_kind, (name.start, name.end))
        if kind == "place":
            return Resolved(speaker, None, "place", (name.start, name.end))
        return Resolved(speaker, None, kind, (name.start, name.end))

    def _recent(self, pos: int, want: NameKind) -> Name | None:
        for n in self.names_before(pos, pos - WINDOW):
            if self._is_kind(n, want):
                return n
        return None

    def _is_kind(self, n: Name, want: NameKind) -> bool:
        ent = self._entity_at(n.start, n.end)
        if ent is not None and n.kind == "org" and ent.type == "PERSON" \
                and not any(m.start <= n.start and n.end <= m.end for m in ent.mentions):
            return want == "org"  # "Cedar Valley Families First": a name longer than the person found in it
        if ent is not None:
            return (ent.type == "PERSON") == (want == "person")
        return self._kind(n, self.index.fullest(n.words) or n) == want

    def _last_speaker(self, pos: int, want: NameKind, window: int = WINDOW,
                      gender: Gender | None = None) -> tuple[int, Resolved] | None:
        for p, r in reversed(self.history):
            if p < pos - window:
                break
            if r.kind == want and self._fits(r.speaker, gender):
                return p, r
        return None

    def _fits(self, speaker: str | None, gender: Gender | None) -> bool:
        """Whether ``she``/``he`` may refer to this person: not when the article clearly says otherwise."""
        if gender is None or speaker is None:
            return True
        said = self.genders.of(speaker)
        return said is None or said == gender

    def _person_fits(self, n: Name, gender: Gender | None) -> bool:
        if not self._is_kind(n, "person"):
            return False
        return gender is None or self._fits(self.canonical(n).speaker, gender)

    def _in_relative(self, n: Name) -> bool:
        """A name inside a relative clause (``Cavanagh, who has led Labor since 2024,``): what the
        clause tells of, not one who speaks next."""
        words = self._clause_before(n)
        if words and words[-1].low == "as":
            return False  # "a nurse who gave her name only as Keisha": the one described, named
        return any(w.low in _RELATIVES for w in words)

    def _clause_before(self, n: Name) -> list[Tok]:
        """The words of the clause before a name, back to a stop, colon, comma or bracket (at most 80
        characters back)."""
        before = self.masked[max(0, n.start - 80):n.start]
        cut = max(before.rfind(c) for c in ".!?\n:;,(")
        return tokens(before, cut + 1, len(before))

    def _opening_possessor(self, n: Name) -> bool:
        """A name that opens its sentence as the possessor of its subject (``Okafor's speech leaned on
        that theme. She promised …``): the one the sentence is about, whom a she after may stand for."""
        return self.masked[n.end:n.end + 2] in ("'s", "’s") and not self._clause_before(n) \
            and self.masked[max(0, n.start - 80):n.start].rstrip()[-1:] in ("", ".", "!", "?", "\n")

    def _subject(self, n: Name) -> bool:
        """Whether a name opens its clause (``Kremlin spokesman Dmitry Peskov told …``)."""
        if self.masked[n.end:n.end + 1] in ("'", "’"):
            return False  # Steve Jobs' success: a possessor, not a subject
        if _WHO_CLAUSE.match(self.masked, n.end):
            return True  # "came from council member Ines Paulk, who argued …": the relative clause's subject
        words = self._clause_before(n)
        v = vocab()
        return len(words) <= 6 and not any(  # retired schoolteacher X waited / not: told X, with X,
            w.low in G.PREPOSITIONS or w.low in v.speech_verbs or w.low in _RELATIVES for w in words)

    def remember(self, pos: int, r: Resolved, cue: Cue | None = None) -> None:
        if r.speaker is not None:
            self.history.append((pos, r))
        elif cue is not None and cue.kind == "description" and cue.mention is not None \
                and cue.head in vocab().role_nouns:  # "the president said …": someone, unnamed
            self.described.append((pos, cue.mention))

    def _described_speaker(self, since: int, para_start: int, pos: int) -> tuple[int, int] | None:
        """The role description that spoke last in this paragraph, after ``since``: ``the president
        said he had "no regrets." He added: …`` — he is the president, not someone named before."""
        for p, mention in reversed(self.described):
            if p >= pos:
                continue
            return mention if p > since and p >= para_start else None
        return None

    def _aged(self, head: str, pos: int) -> Resolved | None:
        """``the 64-year-old``: the person the article gave that age (``Nakamura, 64,``)."""
        age = head.split("-", 1)[0]
        if not age.isdigit():
            return None
        for n in self.names_before(pos, pos - WINDOW):
            given = _AGE_APPOSITION.match(self.masked, n.end)
            if given is not None and given.group(1) == age and self._is_kind(n, "person"):
                return self.canonical(n)
        return None
