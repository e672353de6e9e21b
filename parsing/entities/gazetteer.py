"""World-knowledge lists for named entities, loaded once from parsing/vocab (JSON data files).

Lookups are by *key*: the surface form with full stops and a leading "the" removed
(``U.S.`` → ``US``, ``The Hague`` → ``Hague``), so spelling variants meet. Nothing here is
specific to any article; these are countries, cities, agencies, titles and given names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from ..model import EntityType
from ..vocab import load as read_vocab
from ..vocab import typeset


@lru_cache(maxsize=8192)
def key(name: str) -> str:
    """The lookup key of a surface form: no full stops, curly apostrophes straightened, no leading 'the'."""
    k = name.replace(".", "").replace("’", "'").strip()
    if k[:4].lower() == "the ":
        k = k[4:]
    return k


@dataclass(frozen=True, slots=True)
class Known:
    """A gazetteer hit: the canonical name and its type."""

    canonical: str
    type: EntityType


@dataclass(frozen=True, slots=True)
class Gazetteer:
    names: dict[str, Known]  # key -> known entity (canonical names and aliases)
    adjectives: dict[str, str]  # "Russian" -> "Russia"
    countries: frozenset[str]  # canonical country names
    max_words: int  # longest gazetteer name in words
    org_suffixes: frozenset[str]
    surname_suffixes: frozenset[str]  # org suffixes that are also surnames ("Press", "Church")
    legal_forms: frozenset[str]  # Inc., Corp., S.A.: they close a company's name
    org_prefixes: frozenset[str]  # one or two words: "University", "Bank of"
    org_words: frozenset[str]
    place_heads: frozenset[str]
    place_heads_not_surnames: frozenset[str]  # County, Airport: no one's surname
    place_prefixes: frozenset[str]
    honorifics: frozenset[str]  # keys, single- and multi-word
    title_heads: frozenset[str]
    title_modifiers: frozenset[str]  # Energy, Health: a title only before another (Energy Secretary)
    office_words: frozenset[str]  # City, County, Assistant: which office a title is ("City Auditor X")
    role_nouns: frozenset[str]
    first_names: frozenset[str]
    not_names: frozenset[str]
    openers: frozenset[str]  # function words stripped from the start of a run
    calendar: frozenset[str]
    other_names: frozenset[str]
    groups: frozenset[str]  # names of groups of people that are not demonyms ("Muslims")
    context: dict[str, frozenset[str]]  # entities_context.json lists by name
    holidays: dict[str, tuple[str, ...]]  # first word -> the holidays it opens ("New Year's Day")

    def holiday_at(self, text: str, start: int) -> bool:
        """A holiday's name begins at ``start`` (``New Year's Day``, ``Valentine's Day``): a day, not
        a person's or a body's name however its first words read."""
        first = text[start:start + 24].split(" ", 1)[0]
        return any(text.startswith(h, start) and not text[start + len(h):start + len(h) + 1].isalpha()
                   for h in self.holidays.get(first, ()))

    def lookup(self, name: str) -> Known | None:
        return self.names.get(key(name))

    def opens_name(self, first: str, second: str) -> bool:
        """Two words that begin a name the gazetteer knows (``First Nation``): the first is no title
        or opener that ends a name before it."""
        return self.lookup(f"{first} {second}") is not None

    def is_title(self, word: str) -> bool:
        """A title or an honorific written before a name (``Sen.``, ``Mayor``, ``Mrs``)."""
        k = key(word)
        return k in self.title_heads or k in self.honorifics

    def located_at(self, words: list[str]) -> int | None:
        """The index of an ``of`` right after a legal form (``Halvorsen Systems Inc. of Fort Wayne``),
        which opens where the company is, not more of its name; but ``Co. of America``, ``Corp. of
        America`` name American companies (Prudential Insurance Co. of America)."""
        k = next((i for i, w in enumerate(words) if w == "of"), None)
        if k is None or k == 0 or key(words[k - 1]) not in self.legal_forms:
            return None
        return None if words[k + 1:k + 2] == ["America"] else k

    def title_surname(self, words: list[str]) -> bool:
        """The last word is a title written after a given name and any more given names or initials
        (``Julie Bishop``, ``Stephen King``, ``Martin Luther King``, ``John F. King``): a surname, since a
        title is written before a name, never after it (``Harlan County Sheriff`` is the county's)."""
        return len(words) >= 2 and self.is_title(words[-1]) and words[0] in self.first_names and all(
            w in self.first_names or (len(w.rstrip(".")) == 1 and w[:1].isupper()) for w in words[1:-1])


_read = read_vocab


def _add(names: dict[str, Known], surface: str, known: Known) -> None:
    names.setdefault(key(surface), known)


def _add_listed(names: dict[str, Known], items: list[str], typ: EntityType) -> None:
    """Items written ``Canonical|alias,alias``."""
    for item in items:
        canon, _, aliases = item.partition("|")
        known = Known(canon, typ)
        _add(names, canon, known)
        for alias in filter(None, aliases.split(",")):
            _add(names, alias, known)


def _holidays(names: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """The holidays of more than one word by their first word, with straight and typeset apostrophes
    (the time vocabulary's table, read here as data: the entities come before the times)."""
    out: dict[str, list[str]] = {}
    for name in names:
        if " " in name:
            for written in {name, typeset(name)}:
                out.setdefault(written.split(" ", 1)[0], []).append(written)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@cache
def load() -> Gazetteer:
    places = _read("gazetteer_places.json")
    orgs = _read("gazetteer_orgs.json")
    people = _read("names_people.json")
    words = _read("names_words.json")
    context = _read("entities_context.json")
    names: dict[str, Known] = {}
    adjectives: dict[str, str] = {}
    for group in ("countries", "regions"):
        for canon, (aliases, adjs) in places[group].items():
            known = Known(canon, "PLACE")
            _add(names, canon, known)
            for alias in aliases:
                _add(names, alias, known)
            for adj in adjs:
                adjectives.setdefault(adj, canon)
    _add_listed(names, places["us_states"] + places["provinces"] + places["cities"], "PLACE")
    _add_listed(names, orgs["agencies"] + orgs["institutions"], "ORG")
    max_words = max(len(k.split()) for k in names)
    return Gazetteer(
        names=names,
        adjectives=adjectives,
        countries=frozenset(places["countries"]),
        max_words=max_words,
        org_suffixes=frozenset(key(s) for s in orgs["org_suffixes"]),
        surname_suffixes=frozenset(key(s) for s in orgs["org_suffixes_surnames"]),
        legal_forms=frozenset(key(s) for s in orgs["legal_forms"]),
        org_prefixes=frozenset(orgs["org_prefixes"]),
        org_words=frozenset(orgs["org_words"]),
        place_heads=frozenset(places["place_heads"]),
        place_heads_not_surnames=frozenset(places["place_heads_not_surnames"]),
        place_prefixes=frozenset(key(s) for s in places["place_prefixes"]),
        honorifics=frozenset(key(s) for s in people["honorifics"]),
        title_heads=frozenset(key(s) for s in people["title_heads"]),
        title_modifiers=frozenset(key(s) for s in people["title_modifiers"]),
        office_words=frozenset(people["office_words"]),
        role_nouns=frozenset(people["role_nouns"]),
        first_names=frozenset(people["first_names"]) | frozenset(people["first_names_census"]),
        not_names=frozenset(words["not_names"]),
        openers=frozenset(words["openers"]),
        calendar=frozenset(key(s) for s in words["calendar"]),
        other_names=frozenset(words["other_names"]),
        groups=frozenset(words["groups"]),
        context={k: frozenset(v) for k, v in context.items() if not k.startswith("_")},
        holidays=_holidays(_read("time_words.json")["holidays"]),
    )
