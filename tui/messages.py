"""Messages the panes post to the app; the app routes them (small dataclasses, no logic)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from parsing.model import LoadError
from parsing.store import ArticleSummary, Store


@dataclass
class StoreOpened(Message):
    """The loading worker opened the library store (``notice``: one line about it for the user)."""

    store: Store
    notice: str | None


@dataclass
class Loaded(Message):
    """A step of loading gave these articles (their summaries: the store has them) and errors
    (``done`` of ``total`` files so far); ``progress`` is the status line (count, rate, time left),
    ``notice`` one line about the store."""

    items: list[ArticleSummary | LoadError]
    done: int
    total: int
    progress: str | None = None
    notice: str | None = None


@dataclass
class LoadFinished(Message):
    """Every file has been parsed."""

    total: int


@dataclass
class OpenArticle(Message):
    """Show an article; ``start``/``end`` mark a span (a sentence) to highlight and scroll to."""

    article_id: str
    start: int | None = None
    end: int | None = None
    sentence: int | None = None  # or the index of a sentence to mark (a library search hit)


@dataclass
class EntityHighlighted(Message):
    """The cursor in the entities pane moved onto an entity (by name and type; ``members`` are the
    (article id, entity id) pairs that are this entity across articles)."""

    name: str
    type: str
    members: frozenset[tuple[str, str]] = frozenset()


@dataclass
class EntityChosen(Message):
    """Enter on an entity: filter the timeline to it."""

    name: str
    type: str
