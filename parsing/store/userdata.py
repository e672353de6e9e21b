"""What the store keeps besides parsed articles: fetched pages and feeds (the ``FetchCache`` of
:mod:`parsing.fetch.cache`), and what the user sets by hand, by file (e.g. a publication date)."""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import date

from parsing.fetch.cache import Fetched
from parsing.fetch.config import is_url

from .errors import StoreError, describe


def _where(path: str) -> str:
    """A file by its real path; a URL (a subscribed article) as it is."""
    return path if is_url(path) else os.path.realpath(path)


class UserData:
    conn: sqlite3.Connection
    lock: threading.RLock

    def get_fetched(self, url: str) -> Fetched | None:
        with self.lock:
            row = self.conn.execute(
                "SELECT url, final_url, status, content_type, etag, last_modified, fetched_at, body "
                "FROM fetched WHERE url = ?", (url,)).fetchone()
        return None if row is None else Fetched(*row)

    def _write(self, sql: str, params: tuple[object, ...]) -> None:
        try:
            with self.lock:
                self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(describe(exc)) from exc

    def put_fetched(self, fetched: Fetched) -> None:
        f = fetched
        self._write("INSERT OR REPLACE INTO fetched VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (f.url, f.final_url, f.status, f.content_type, f.etag, f.last_modified, f.fetched_at,
                     f.body))

    def set_meta(self, path: str, key: str, value: str | None) -> None:
        """Set (or with None, clear) one of the user's own values for a file."""
        real = _where(path)
        if value is None:
            self._write("DELETE FROM user_meta WHERE path = ? AND key = ?", (real, key))
        else:
            self._write("INSERT OR REPLACE INTO user_meta VALUES (?, ?, ?)", (real, key, value))

    def meta(self, path: str, key: str) -> str | None:
        with self.lock:
            row = self.conn.execute("SELECT value FROM user_meta WHERE path = ? AND key = ?",
                                    (_where(path), key)).fetchone()
        return None if row is None else str(row[0])

    def set_user_published(self, path: str, day: date | None) -> None:
        """The publication date the user gave a file (None forgets it)."""
        self.set_meta(path, "published", day.isoformat() if day else None)

    def user_days(self) -> dict[str, str]:
        """Every publication date the user set: real path -> ISO day (``keys.UserDays``)."""
        with self.lock:
            return dict(self.conn.execute("SELECT path, value FROM user_meta WHERE key = 'published'"))

    def user_published(self, path: str) -> date | None:
        value = self.meta(path, "published")
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None
