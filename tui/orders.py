"""The library's orders: article ids kept sorted by date, source and title as articles arrive (by
bisection, or by merging a large batch), the rows the library pane shows, and an article's label."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date
from operator import itemgetter
from typing import Any, Protocol, overload

from parsing.model import LoadError
from parsing.store import ArticleSummary


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


SORTS = ("date", "source", "title")


def sort_key(sort: str, article: ArticleSummary, source: str | None) -> tuple[Any, ...]:
    """Newest first by date (undated last), else alphabetical by source (or feed) or by title."""
    newest_first = -(article.published or date.min).toordinal()
    if sort == "date":
        return (newest_first, (source or "").casefold())
    if sort == "source":
        return ((source or "~").casefold(), newest_first)
    return (article_label(article).casefold(),)


class SortedIndex:
    """Keys in the order of their sort keys, grown by bisection: adding is never a sort."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self._order: list[tuple[Any, ...]] = []
        self._of: dict[str, tuple[Any, ...]] = {}

    def clear(self) -> None:
        self.keys.clear()
        self._order.clear()
        self._of.clear()

    def add(self, key: str, order: tuple[Any, ...]) -> None:
        at = bisect.bisect_right(self._order, order)  # equal keys keep their load order
        self._order.insert(at, order)
        self.keys.insert(at, key)
        self._of[key] = order

    def extend(self, items: Sequence[tuple[str, tuple[Any, ...]]]) -> None:
        """Add many (key, order) at once: as :meth:`add` one by one, but a batch of at least an eighth
        of what is here is merged in (one sort of two sorted runs: linear) rather than inserted key
        by key (each insert moves the keys after it): the cost stays in proportion to the batch."""
        if len(items) < 64 or len(items) * 8 < len(self.keys):
            for key, order in items:
                self.add(key, order)
            return
        first = itemgetter(0)
        merged = [*zip(self._order, self.keys, strict=True), *sorted(((o, k) for k, o in items), key=first)]
        merged.sort(key=first)  # stable: equal sort keys keep what was here first, then load order
        self._order[:] = [o for o, _ in merged]
        self.keys[:] = [k for _, k in merged]
        self._of.update((k, o) for k, o in items)

    def index(self, key: str) -> int | None:
        """Where ``key`` is (by bisection on its sort key), None if it is not here."""
        order = self._of.get(key)
        if order is None:
            return None
        at = bisect.bisect_left(self._order, order)
        while at < len(self.keys) and self.keys[at] != key:
            at += 1
        return at if at < len(self.keys) else None


class Rows(Sequence[str]):
    """The library's rows: articles in one order, then the files that failed (``!n``)."""

    def __init__(self, articles: SortedIndex, errors: list[LoadError], reverse: bool = False) -> None:
        self.articles, self.errors, self.reverse = articles, errors, reverse

    def __len__(self) -> int:
        return len(self.articles.keys) + len(self.errors)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[str]: ...
    def __getitem__(self, i: int | slice) -> str | Sequence[str]:
        if isinstance(i, slice):
            return [self[n] for n in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        n = len(self.articles.keys)
        if 0 <= i < n:
            return self.articles.keys[n - 1 - i if self.reverse else i]
        if not 0 <= i - n < len(self.errors):
            raise IndexError(i)
        return f"!{i - n}"

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.find(key) is not None

    def find(self, key: str) -> int | None:
        """The row of ``key`` (an article id or ``!n``), without a pass over the rows."""
        if key.startswith("!"):
            n = int(key[1:]) if key[1:].isdigit() else -1
            return len(self.articles.keys) + n if 0 <= n < len(self.errors) else None
        found = self.articles.index(key)
        if found is None or not self.reverse:
            return found
        return len(self.articles.keys) - 1 - found
