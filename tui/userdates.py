"""The publication dates the user sets in the reader, kept as the user's own metadata.

One small interface (:class:`UserDates`) so the reader does not care where they live: today the
library store of :mod:`parsing.store` (its ``user_meta`` table, by the article's real path). Dates
apply below ``--published`` and above the file's own date (see ``parsing.pipeline._date_doc``).
"""

from __future__ import annotations

import os
from datetime import date
from typing import Protocol


class UserDates(Protocol):
    def user_published(self, path: str) -> date | None: ...

    def set_user_published(self, path: str, day: date | None) -> None: ...


def open_user_dates() -> tuple[UserDates, str | None]:
    """Where the user's dates are kept, and one line for the user when that is not the usual place."""
    from parsing.store import open_store

    opened = open_store()
    return opened.store, opened.notice


def source_file(article_path: str) -> str:
    """The file an article came from (``feed.rss#2`` is entry 2 of ``feed.rss``)."""
    if os.path.exists(article_path) or "#" not in article_path:
        return article_path
    return article_path.rsplit("#", 1)[0]


def existing_user_dates() -> UserDates | None:
    """The user's dates when a store is already there (reading never creates one)."""
    from parsing.store.location import store_disabled, store_path

    if store_disabled() or not store_path().exists():
        return None
    return open_user_dates()[0]


def kept(dates: UserDates) -> bool:
    """Whether the dates outlive this run (not when the store is in memory: DATELINE_NO_CACHE)."""
    return bool(getattr(dates, "persistent", True))
