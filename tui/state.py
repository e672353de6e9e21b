"""What the reader holds: loaded articles and errors, and entities by name across articles."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from parsing.fetch.config import is_url
from parsing.model import Article, Entity, LoadError


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


@dataclass
class Library:
    """Articles in load order and the files that failed."""

    articles: list[Article] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    # Subscriptions: the feed each article came from (article id -> feed name), and which are unread.
    groups: dict[str, str] = field(default_factory=dict)
    unread: set[str] = field(default_factory=set)
    _ids: set[str] = field(default_factory=set, repr=False)

    def __post_init__(self) -> None:
        self._ids.update(a.id for a in self.articles)

    def add(self, items: list[Article | LoadError]) -> None:
        """Add what a file or URL gave; an article already here (the same file named twice, a page
        named and also linked from a feed) is not added again."""
        for item in items:
            if isinstance(item, LoadError):
                self.errors.append(item)
            elif item.id not in self._ids:
                self._ids.add(item.id)
                self.articles.append(item)

    def replace(self, items: list[Article | LoadError]) -> None:
        """Put articles parsed again in the place of those of the same path (new ones are added)."""
        fresh = {i.path: i for i in items if isinstance(i, Article)}
        self.articles = [fresh.pop(a.path, a) for a in self.articles]
        self.articles.extend(fresh.values())

    def clear(self) -> None:
        """Forget the articles and errors (before a rescan loads them again)."""
        self.articles.clear()
        self.errors.clear()
        self._ids.clear()

    def get(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)


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


class Labelled(Protocol):
    """An article or its summary: what a label needs."""

    @property
    def title(self) -> str | None: ...
    @property
    def path(self) -> str: ...


def article_label(article: Labelled) -> str:
    """A one-line name for an article: its title, else its file name."""
    if article.title:
        return article.title
    return article.path.rsplit("/", 1)[-1]


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
