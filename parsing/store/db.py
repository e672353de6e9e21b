"""The store: one SQLite connection, the writes of the one writer, and the library's scope.

Reads are in :mod:`.queries`, fetched pages and the user's own settings in :mod:`.userdata`.
Every method holds the store's lock, so one Store may be shared between threads; a second process
(or a second Store on the same file) works alongside through WAL and the busy timeout.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from .across import AcrossQueries
from .errors import BUSY_TIMEOUT_S, StoreError, describe
from .filtering import FilterQueries
from .queries import Queries
from .rows import FileResult
from .schema import SENTENCE_SLOTS
from .userdata import UserData


def connect(target: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_S, isolation_level=None,
                           check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    # per connection, so every connection (the reader's writer too): in WAL mode a commit is not
    # synced to disk (the store is parses kept to start faster: the last few may go in a power cut)
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


class Store(Queries, FilterQueries, AcrossQueries, UserData):
    """``path`` is None for a store that lives in memory for this run only."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn = conn
        self.path = path
        self.lock = threading.RLock()
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS scope (file TEXT PRIMARY KEY, rank INTEGER)")

    @property
    def persistent(self) -> bool:
        return self.path is not None

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def sibling(self) -> Store:
        """Another connection to the same file (the writer's own); the same Store in memory."""
        if self.path is None:
            return self
        return Store(connect(self.path), self.path)

    # -- what is stored for which file

    def digests(self) -> dict[str, str]:
        """Real path -> key digest of every file the store holds."""
        with self.lock:
            return dict(self.conn.execute("SELECT path, digest FROM files").fetchall())

    def digest_of(self, real: str) -> str | None:
        """The key digest the file ``real`` was stored under, None if it is not stored."""
        with self.lock:
            row = self.conn.execute("SELECT digest FROM files WHERE path = ?", (real,)).fetchone()
        return None if row is None else str(row[0])

    def put(self, results: Sequence[FileResult]) -> None:
        """Replace what is stored for each file by its new parse, in one transaction."""
        storable = [r for r in results if r.real is not None and r.digest is not None]
        if not storable:
            return
        with self.lock, self._transaction():
            self._drop([r.real for r in storable if r.real])
            for r in storable:
                self._insert(r)

    def drop(self, reals: Iterable[str]) -> None:
        """Forget files (removed from their folder)."""
        with self.lock, self._transaction():
            self._drop(list(reals))

    def set_scope(self, reals: Sequence[str]) -> None:
        """The files the library shows, in their order (queries read only these)."""
        with self.lock, self._transaction():
            self.conn.execute("DELETE FROM scope")
            self.conn.executemany("INSERT OR IGNORE INTO scope VALUES (?, ?)",
                                  ((r, n) for n, r in enumerate(reals)))

    def _transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    def _drop(self, reals: list[str]) -> None:
        c = self.conn
        for real in reals:
            for (aid,) in c.execute("SELECT id FROM articles WHERE file = ?", (real,)).fetchall():
                c.execute("DELETE FROM sentences WHERE rowid BETWEEN ? AND ?",
                          (aid * SENTENCE_SLOTS, aid * SENTENCE_SLOTS + SENTENCE_SLOTS - 1))
            c.execute("DELETE FROM files WHERE path = ?", (real,))  # cascades to the article rows

    def _insert(self, r: FileResult) -> None:
        c = self.conn
        c.execute("INSERT INTO files VALUES (?, ?, ?)", (r.real, r.digest, json.dumps(r.errors)))
        for a in r.articles:
            cur = c.execute(
                "INSERT INTO articles (file, ord, aid, path, title, source, published, published_from, "
                "format, n_quotes, n_entities, n_events, n_times, n_warnings) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (r.real, *a.summary))
            aid = cur.lastrowid
            assert aid is not None
            c.execute("INSERT INTO bodies VALUES (?, ?)", (aid, a.body))
            c.executemany(f"INSERT INTO events VALUES ({aid}, {', '.join('?' * 20)})", a.events)
            c.executemany(f"INSERT INTO entities VALUES ({aid}, ?, ?, ?, ?, ?, ?)", a.entities)
            c.executemany(f"INSERT INTO quotes VALUES ({aid}, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.quotes)
            c.executemany("INSERT INTO sentences (rowid, text) VALUES (?, ?)",
                          ((aid * SENTENCE_SLOTS + n, s) for n, s in enumerate(a.sentences[:SENTENCE_SLOTS])))


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error; sqlite errors become StoreError."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(describe(exc)) from exc

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        if exc is None:
            try:
                self.conn.execute("COMMIT")
                return
            except sqlite3.Error as err:
                exc = err
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise StoreError(describe(exc)) from exc
