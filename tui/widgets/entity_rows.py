"""The entity list's rows: entities of the articles held whole (the open one) gathered into one row an
identity, the store's totals by name merged into identities, and the rows kept in the list's order
as a library's batches add to them (no widget: the pane shows them)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from parsing.crossref import Identities, build, records
from parsing.model import Article, Entity, Quote
from parsing.store import EntityTotal
from tui.state import EntityKey, article_label


@dataclass
class EntityRow:
    """One entity as listed: in one article, or one identity (or name) across the library."""

    key: EntityKey
    roles: set[str] = field(default_factory=set)
    mentions: int = 0
    quotes: list[tuple[str, Quote]] = field(default_factory=list)  # (article label, quote), this article
    members: set[tuple[str, str]] = field(default_factory=set)  # (article id, entity id)
    n_quotes: int = 0
    n_articles: int = 0
    names: tuple[str, ...] = ()  # across the library: the names its quotes are stored under

    @property
    def articles(self) -> int:
        return self.n_articles or len({a for a, _ in self.members})

    @property
    def said(self) -> int:
        return self.n_quotes or len(self.quotes)

    def order(self) -> tuple[int, int, str, str]:
        return (-self.mentions, -self.said, self.key.name, self.key.type)


def said_by(article: Article, entity: Entity) -> list[Quote]:
    """The quotes attributed to ``entity`` in ``article``."""
    name = entity.name.casefold()
    return [q for q in article.quotes if q.speaker_entity == entity.id
            or (q.speaker_entity is None and q.speaker and q.speaker.casefold() == name)]


def gather(articles: Iterable[Article]) -> list[EntityRow]:
    """Entities of articles held whole (the open one), one row an identity ("Roe" is the surname of
    "Ann Roe" in the same article: ``parsing.crossref``), most mentioned first."""
    articles = list(articles)
    identities = build(records(articles))
    rows: dict[EntityKey, EntityRow] = {}
    for article in articles:
        for entity in article.entities:
            ident = identities.of(article.id, entity.id)
            key = EntityKey(ident.name, ident.type) if ident is not None else EntityKey.of(entity)
            row = rows.setdefault(key, EntityRow(key))
            row.members.add((article.id, entity.id))
            row.roles.update(entity.roles)
            row.mentions += len(entity.mentions)
            row.quotes.extend((article_label(article), q) for q in said_by(article, entity))
    return sorted(rows.values(), key=EntityRow.order)


def by_identity(totals: Iterable[EntityTotal], identities: Identities) -> list[EntityRow]:
    """Totals by name (the store's) merged into one row an identity, most mentioned first."""
    of_name: dict[tuple[str, str], tuple[str, str]] = {}
    for ident in identities:
        for name in ident.names():
            of_name.setdefault((name, ident.type), (ident.name, ident.type))
    rows: dict[tuple[str, str], EntityRow] = {}
    for t in totals:
        name, kind = of_name.get((t.name, t.type), (t.name, t.type))
        row = rows.setdefault((name, kind), EntityRow(EntityKey(name, kind)))
        row.roles.update(t.roles)
        row.mentions += t.mentions
        row.n_quotes += t.quotes
        row.n_articles += t.articles
        row.names = (*row.names, t.name)
    for ident in identities:  # an identity counts each article once
        joined = rows.get((ident.name, ident.type))
        if joined is not None and len(joined.names) > 1:
            joined.n_articles = ident.articles
    return sorted(rows.values(), key=EntityRow.order)


class Listed:
    """Entity rows under string keys in the list's order; a row whose totals change moves to its new
    place by bisection (never a sort of the whole list)."""

    def __init__(self, rows: Sequence[EntityRow] = ()) -> None:
        self.rows = {self.key(r): r for r in rows}
        self.keys = [self.key(r) for r in rows]
        self._order = [r.order() for r in rows]

    @staticmethod
    def key(row: EntityRow) -> str:
        return f"{row.key.type}\x1f{row.key.name}"

    def add(self, total: EntityTotal) -> None:
        """Add one name's totals from more articles."""
        key = f"{total.type}\x1f{total.name}"
        row = self.rows.get(key)
        if row is None:
            row = self.rows[key] = EntityRow(EntityKey(total.name, total.type), names=(total.name,))
        else:
            at = bisect.bisect_left(self._order, row.order())
            del self._order[at]
            del self.keys[at]
        row.roles.update(total.roles)
        row.mentions += total.mentions
        row.n_quotes += total.quotes
        row.n_articles += total.articles
        at = bisect.bisect_left(self._order, row.order())
        self._order.insert(at, row.order())
        self.keys.insert(at, key)
