"""One identity for the same entity across articles.

Within an article the extractor has already merged a referent's mentions into one entity with its
aliases ("Blinken" for "Antony Blinken", "the Pentagon" where the article calls the Defense Department
so). Across articles, entities are grouped in two steps:

1. the same name (case, full stops, a leading "the" and spacing ignored) and the same type;
2. a group whose name is another group's *handle* — an alias an article gave it, the surname of a
   person (the last word of a name of two words or more) or the acronym of an organisation — joins
   that group when the handle points to exactly one group of the same type. An article's aliases also
   lead the other way: a group named "Pentagon" with the alias "Defense Department" joins the group of
   that name. Ambiguous handles ("Marsh" for two different Marshes) join nothing: a null beats a
   wrong merge.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..entities.gazetteer import key as surface_key
from ..entities.gazetteer import load as load_gazetteer
from ..model import Article
from ..vocab import load as read_vocab

_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_ACRONYM_TYPES = frozenset({"ORG", "OTHER", "PLACE"})


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Titles and honorifics (read when first needed: the reader starts without the gazetteer)."""
    gaz = load_gazetteer()
    return frozenset(gaz.title_heads | gaz.honorifics)


@lru_cache(maxsize=1)
def _initial_skip() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_vocab("names_words.json")["name_grammar"]["initials_skip"])


@lru_cache(maxsize=1 << 16)
def norm(name: str) -> str:
    """The comparison form of a name: no full stops or leading "the", case and spacing folded
    (cached: a library names the same people thousands of times)."""
    return " ".join(surface_key(name).casefold().split())


def surname(name: str) -> str | None:
    """The family name of a person's name of two words or more ("Blinken"), else None; a name that
    ends in a title ("Vice President") has none."""
    words = [w for w in surface_key(name).replace(",", " ").split() if w.casefold() not in _NAME_SUFFIXES]
    titles = _titles()
    if len(words) < 2 or words[-1] in titles or words[-1].capitalize() in titles:
        return None
    return words[-1].casefold()


def initials(name: str, least: int = 3) -> str | None:
    """The acronym a name of ``least`` words or more may go by ("ndsa"), else None."""
    words = [w for w in surface_key(name).split() if w.casefold() not in _initial_skip() and w[:1].isupper()]
    return "".join(w[0] for w in words).casefold() if len(words) >= least else None


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """What identity needs of one entity of one article (a store can give these without the text)."""

    article_id: str
    entity_id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0


def records(articles: Iterable[Article]) -> Iterator[EntityRecord]:
    for article in articles:
        for e in article.entities:
            yield EntityRecord(article.id, e.id, e.name, e.type, e.aliases, len(e.mentions))


@dataclass(frozen=True, slots=True)
class Identity:
    """An entity across the library: its best name, every other name it goes by, where it appears."""

    id: str  # "TYPE:name" of its best name: stable between runs
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    surname: str | None = None
    articles: int = 0
    mentions: int = 0

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(slots=True)
class _Group:
    """Entities of one name and type: their surface forms, aliases and articles."""

    forms: Counter[str] = field(default_factory=Counter)
    aliases: dict[str, str] = field(default_factory=dict)  # norm -> a surface form
    articles: set[str] = field(default_factory=set)
    members: list[tuple[str, str]] = field(default_factory=list)


Key = tuple[str, str]  # (normalised name, type)


class Identities:
    """The identities of a library, and which identity each article's entity belongs to."""

    def __init__(self, identities: Iterable[Identity], members: dict[tuple[str, str], str]) -> None:
        self._by_id = {i.id: i for i in identities}
        self._members = members
        self._entities: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for member, identity_id in members.items():
            self._entities[identity_id].add(member)

    def __iter__(self) -> Iterator[Identity]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, identity_id: str) -> Identity | None:
        return self._by_id.get(identity_id)

    def of(self, article_id: str, entity_id: str) -> Identity | None:
        """The identity of entity ``entity_id`` of article ``article_id``."""
        found = self._members.get((article_id, entity_id))
        return self._by_id.get(found) if found else None

    def entity_ids(self, identity_id: str, article_id: str) -> frozenset[str]:
        """The ids of the entities of one article that are this identity."""
        return frozenset(e for a, e in self._entities.get(identity_id, ()) if a == article_id)

    def members(self, identity_id: str) -> frozenset[tuple[str, str]]:
        """Every (article id, entity id) that is this identity."""
        return frozenset(self._entities.get(identity_id, ()))


def _groups(items: Iterable[EntityRecord]) -> dict[Key, _Group]:
    groups: dict[Key, _Group] = defaultdict(_Group)
    for r in items:
        name = norm(r.name)
        if not name:
            continue
        g = groups[name, r.type]
        g.forms[r.name] += max(1, r.mentions)
        g.articles.add(r.article_id)
        g.members.append((r.article_id, r.entity_id))
        for alias in r.aliases:
            other = norm(alias)
            if other and other != name:
                g.aliases.setdefault(other, alias)
    return groups


def _handles(name: str, typ: str, group: _Group) -> set[str]:
    """The other names a group may be called by in other articles.

    An article's alias of one word leads across articles only when it is the person's surname, an
    organisation's initials, or (not people) a word of four letters or more that is not in capitals:
    "the President" standing for one person in one article, or "OS" for "OS X", is no name for other
    articles to meet it by."""
    form = next(iter(group.forms))
    family = surname(name) if typ == "PERSON" else None
    acronym = initials(form, least=2) if typ in _ACRONYM_TYPES else None
    out: set[str] = set()
    for alias, surface in group.aliases.items():
        one_word = " " not in alias
        if not one_word or alias in (family, acronym) or (
                typ != "PERSON" and len(alias) >= 4 and not surface.isupper()):
            out.add(alias)
    out.add(family or "")
    if typ in _ACRONYM_TYPES:
        out.add(initials(form) or "")
    out.discard("")
    out.discard(name)
    return out


def _find(parent: dict[Key, Key], k: Key) -> Key:
    while parent[k] != k:
        parent[k] = parent[parent[k]]
        k = parent[k]
    return k


def _link(groups: dict[Key, _Group]) -> dict[Key, Key]:
    """Union the groups a unique handle or alias joins; returns each group's root."""
    by_handle: dict[Key, set[Key]] = defaultdict(set)
    for (name, typ), g in groups.items():
        for h in _handles(name, typ, g):
            by_handle[h, typ].add((name, typ))
    parent = {k: k for k in groups}
    for k in sorted(groups):
        name, typ = k
        # an alias of several words names another group outright ("Pentagon" called "Defense
        # Department" by its article); one word is left to that group's side, where an ambiguous
        # surname ("Marsh" of two Marshes) is seen as such
        named = {(a, typ) for a in groups[k].aliases if " " in a and (a, typ) in groups}
        found = set(by_handle.get(k, ())) | named
        found.discard(k)
        roots = {_find(parent, c) for c in found}
        if len(roots) == 1:
            parent[_find(parent, k)] = roots.pop()
    return {k: _find(parent, k) for k in groups}


def _best(keys: list[Key], groups: dict[Key, _Group]) -> Key:
    """The name an identity goes by: a full name before a single word, then the most mentioned."""
    return max(keys, key=lambda k: (" " in k[0], sum(groups[k].forms.values()), len(k[0]), k[0]))


def build(items: Iterable[EntityRecord]) -> Identities:
    """The identities of every entity record (see the module docstring for the rules)."""
    groups = _groups(items)
    roots = _link(groups)
    parts: dict[Key, list[Key]] = defaultdict(list)
    for k, root in roots.items():
        parts[root].append(k)
    identities: list[Identity] = []
    members: dict[tuple[str, str], str] = {}
    for keys in parts.values():
        best = _best(keys, groups)
        name = groups[best].forms.most_common(1)[0][0]
        others: dict[str, str] = {}
        for k in keys:
            g = groups[k]
            if k != best:
                others.setdefault(k[0], g.forms.most_common(1)[0][0])
            for n, form in g.aliases.items():
                others.setdefault(n, form)
        others.pop(best[0], None)
        ident = Identity(
            id=f"{best[1]}:{best[0]}", name=name, type=best[1],
            aliases=tuple(sorted(others.values(), key=str.casefold)),
            surname=surname(name) if best[1] == "PERSON" else None,
            articles=len(set().union(*(groups[k].articles for k in keys))),
            mentions=sum(sum(groups[k].forms.values()) for k in keys),
        )
        identities.append(ident)
        for k in keys:
            for member in groups[k].members:
                members[member] = ident.id
    identities.sort(key=lambda i: (-i.mentions, i.name.casefold()))
    return Identities(identities, members)
