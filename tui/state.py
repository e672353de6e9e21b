"""What the reader holds: the library's article summaries (the store has the rest) and the files
that failed, the library's orders (``tui.orders``: grown in place as articles load), which article
is open, and the search made in each article."""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parsing.fetch.config import is_url
from parsing.model import Article, Entity, LoadError
from parsing.store import ArticleSummary, Store, StoreError
from tui.orders import SORTS, Rows, SortedIndex, sort_key
from tui.orders import article_label as article_label

if TYPE_CHECKING:  # imported when first asked (the reader's first frame does without them)
    from parsing.crossref import Identities, QuoteEntry


@dataclass(frozen=True, slots=True)
class EntityKey:
    """An entity across articles: the same name and type in two articles is one entity here."""

    name: str
    type: str

    @classmethod
    def of(cls, entity: Entity) -> EntityKey:
        return cls(entity.name, entity.type)

    def find(self, article: Article) -> Entity | None:
        return next((e for e in article.entities if EntityKey.of(e) == self), None)


KEEP_OPENED = 8  # whole articles kept after reading them from the store


@dataclass
class Library:
    """Article summaries in load order (``key`` finds the whole article in the store) and the files
    that failed; the orders the library pane shows them in are kept sorted as articles arrive.
    ``generation`` changes when articles are replaced or forgotten (not when some are added)."""

    articles: list[ArticleSummary] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    # Subscriptions: the feed each article came from (article id -> feed name), and which are unread.
    groups: dict[str, str] = field(default_factory=dict)
    unread: set[str] = field(default_factory=set)
    generation: int = 0
    store: Store | None = None  # where the articles are: set once the loading worker opened it
    _by_id: dict[str, ArticleSummary] = field(default_factory=dict, repr=False)
    _by_path: dict[str, ArticleSummary] = field(default_factory=dict, repr=False)
    orders: dict[str, SortedIndex] = field(default_factory=lambda: {s: SortedIndex() for s in SORTS},
                                           repr=False)
    _opened: dict[str, Article] = field(default_factory=dict, repr=False)
    _identities: tuple[tuple[int, int], Identities] | None = field(default=None, repr=False)
    _quotes: tuple[tuple[int, int], tuple[QuoteEntry, ...]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._index_all(self.articles)

    def _index_all(self, articles: Sequence[ArticleSummary]) -> None:
        for article in articles:
            self._by_id[article.id] = article
            self._by_path.setdefault(article.path, article)
        sources = [self.groups.get(a.id, a.source) for a in articles]
        for sort, index in self.orders.items():
            index.extend([(a.id, sort_key(sort, a, src)) for a, src in zip(articles, sources, strict=True)])

    def add(self, items: Sequence[ArticleSummary | LoadError]) -> None:
        """Add what a file or URL gave; an article already here (the same file named twice, a page
        named and also linked from a feed) is not added again."""
        fresh: list[ArticleSummary] = []
        seen: set[str] = set()
        for item in items:
            if isinstance(item, LoadError):
                self.errors.append(item)
            elif item.id not in self._by_id and item.id not in seen:
                seen.add(item.id)
                fresh.append(item)
        self.articles.extend(fresh)
        self._index_all(fresh)

    def replace(self, items: Sequence[ArticleSummary | LoadError]) -> None:
        """Put articles parsed again in the place of those of the same path (new ones are added)."""
        fresh = {i.path: i for i in items if isinstance(i, ArticleSummary)}
        articles = [fresh.pop(a.path, a) for a in self.articles]
        articles.extend(fresh.values())
        self._forget()
        self.articles.extend(articles)
        self._index_all(articles)

    def clear(self) -> None:
        """Forget the articles and errors (before a rescan loads them again)."""
        self._forget()
        self.errors.clear()

    def _forget(self) -> None:
        self.generation += 1
        self._opened.clear()
        self.articles.clear()
        self._by_id.clear()
        self._by_path.clear()
        for index in self.orders.values():
            index.clear()

    def get(self, article_id: str) -> ArticleSummary | None:
        return self._by_id.get(article_id)

    def at_path(self, path: str) -> ArticleSummary | None:
        """The first article loaded from ``path``."""
        return self._by_path.get(path)

    def article(self, article_id: str) -> Article | None:
        """The whole article, read from the store (the last few opened are kept)."""
        summary, store = self._by_id.get(article_id), self.store
        if summary is None or store is None:
            return None
        if article_id not in self._opened:
            try:
                found = store.article(summary.key)
            except (StoreError, ValueError, zlib.error):
                found = None
            if found is None:
                return None
            if len(self._opened) >= KEEP_OPENED:
                self._opened.pop(next(iter(self._opened)))
            self._opened[article_id] = found
        return self._opened[article_id]

    def stamp(self) -> tuple[int, int]:
        """Changes whenever the library does (what is worked out from all of it is kept until then)."""
        return (self.generation, len(self.articles))

    def identities(self) -> Identities:
        """Every entity of the library grouped into identities across articles (``parsing.crossref``),
        built from the store when the library has changed since."""
        from parsing.crossref import build

        if self._identities is None or self._identities[0] != self.stamp():
            records = self.store.entity_records() if self.store is not None else []
            self._identities = (self.stamp(), build(records))
        return self._identities[1]

    def quotes(self) -> tuple[QuoteEntry, ...]:
        """Every speech quote of the library with its speaker's identity and date, in date order
        (asked of the store when the library has changed since)."""
        if self._quotes is None or self._quotes[0] != self.stamp():
            found = self.store.library_quotes(self.identities()) if self.store is not None else ()
            self._quotes = (self.stamp(), found)
        return self._quotes[1]

    def names_of(self, name: str) -> frozenset[str]:
        """Every name the identity called ``name`` goes by (its own if there is no such identity)."""
        from parsing.crossref import find

        identities = self.identities()
        chosen = [i for i in identities if i.name == name] or find(identities, name)
        return frozenset(n for i in chosen for n in i.names()) or frozenset({name})

    def rows(self, sort: str, reverse: bool = False) -> Rows:
        """The library pane's rows in ``sort`` order, or its reverse (a view: it grows as articles
        are added; the files that failed stay last either way)."""
        return Rows(self.orders[sort], self.errors, reverse)


def plural(n: int, word: str, words: str | None = None) -> str:
    """ "1 article", "2 articles"; ``words`` where adding an s is wrong ("matches")."""
    return f"{n} {word if n == 1 else words or word + 's'}"


OpenWatcher = Callable[["Article | None", "Article | None"], None]


class Opened:
    """Which article is open: the one place that says so. The reader sets it; the panes that follow
    it (library cursor, entities, the timeline's marking) watch it, so going back, opening from a
    list or restoring a session all reach every pane the same way."""

    def __init__(self) -> None:
        self._article: Article | None = None
        self._watchers: list[OpenWatcher] = []

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def id(self) -> str | None:
        return self._article.id if self._article is not None else None

    def watch(self, callback: OpenWatcher) -> None:
        """Call ``callback(before, now)`` whenever another article is opened (and once now)."""
        self._watchers.append(callback)
        callback(None, self._article)

    def set(self, article: Article | None) -> None:
        before, self._article = self._article, article
        if before is not article:
            for callback in list(self._watchers):
                callback(before, article)


class Searches:
    """The search last made in each article, by article id: leaving an article and coming back (from
    the library, a list, or back) brings its search and highlights back, and the prompt offers it."""

    def __init__(self) -> None:
        self._queries: dict[str, str] = {}

    def keep(self, article_id: str, query: str) -> None:
        if query:
            self._queries[article_id] = query
        else:
            self._queries.pop(article_id, None)

    def of(self, article_id: str) -> str:
        return self._queries.get(article_id, "")


def display_path(path: str, cwd: str | None = None, home: str | None = None) -> str:
    """``path`` relative to ``cwd`` (default: the current directory) when under it, else with the
    home directory shown as ``~``, else absolute. A URL is shown as it is."""
    if is_url(path):
        return path
    full = os.path.abspath(path)
    for base, shown in ((cwd or os.getcwd(), None), (home or os.path.expanduser("~"), "~")):
        base = base.rstrip("/")
        if base and full.startswith(base + "/"):
            rest = full[len(base) + 1:]
            return rest if shown is None else f"{shown}/{rest}"
    return full
