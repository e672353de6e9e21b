"""Which subscribed articles have been read, kept in the library store (by the article's URL).

Without a store (``DATELINE_NO_CACHE=1``, or one that will not open) it lasts the session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

KEY = "read"


class _Meta(Protocol):
    def set_meta(self, path: str, key: str, value: str | None) -> None: ...

    def meta(self, path: str, key: str) -> str | None: ...


class ReadState:
    def __init__(self, on_notice: Callable[[str], None] | None = None) -> None:
        self._read: set[str] = set()
        self._store: _Meta | None = None
        try:
            from parsing.store import open_store

            opened = open_store()
            self._store = opened.store
            if opened.notice and on_notice is not None:
                on_notice(opened.notice)
        except Exception:  # read marks are a convenience: without the store they last the session
            self._store = None

    def is_read(self, key: str) -> bool:
        if key in self._read:
            return True
        try:
            found = self._store is not None and self._store.meta(key, KEY) is not None
        except Exception:
            found = False
        if found:
            self._read.add(key)
        return found

    def mark_read(self, key: str) -> None:
        if key in self._read:
            return
        self._read.add(key)
        try:
            if self._store is not None:
                self._store.set_meta(key, KEY, "1")
        except Exception:  # kept for the session only
            pass
