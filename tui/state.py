"""What the reader holds: loaded articles and errors, and the rows of the timeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from parsing.model import Article, Entity, Event, LoadError


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

    def add(self, items: list[Article | LoadError]) -> None:
        for item in items:
            if isinstance(item, LoadError):
                self.errors.append(item)
            else:
                self.articles.append(item)

    def get(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)

    def newest(self) -> date | None:
        """The latest date known in the library (events or publication), for relative filters."""
        dates = [d for a in self.articles for d in (a.published, *(e.latest for e in a.events)) if d]
        return max(dates, default=None)


def article_label(article: Article) -> str:
    """A one-line name for an article: its title, else its file name."""
    if article.title:
        return article.title
    return article.path.rsplit("/", 1)[-1]


def speaker_of(article: Article, event: Event) -> str | None:
    """Who spoke in an event, if it carries a quote with a speaker."""
    for quote in article.quotes:
        if quote.id in event.quotes and quote.speaker:
            return quote.speaker
    return None
