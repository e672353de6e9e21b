"""Opening the store, and what happens when that goes wrong.

A damaged file is moved aside (``library.sqlite3.corrupt-<time>``, with its WAL files) and a new
store is built. A store that is locked for too long, from a newer dateline, read-only or on a full
disk is left as it is and the run carries on with a store in memory. Either way the caller gets
one line saying so. ``DATELINE_NO_CACHE=1`` gives a store in memory without a word.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from .db import Store, connect
from .errors import describe
from .location import store_disabled, store_path
from .schema import VERSION, NewerSchema, ensure

__all__ = ["Opened", "connect", "memory_store", "open_store", "peek_store"]

PEEK_TIMEOUT_S = 0.05  # a glance waits no longer than this for a writer's lock


@dataclass
class Opened:
    store: Store
    notice: str | None = None  # one line for the user, when the store is not what they had


def memory_store() -> Store:
    conn = connect(":memory:")
    ensure(conn)
    return Store(conn, None)


def _open_file(path: Path) -> Store:
    conn = connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a damaged file fails here
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        if found > VERSION:  # before anything writes to it, even the journal mode
            raise NewerSchema(found)
        conn.execute("PRAGMA journal_mode = WAL")
        ensure(conn)
        return Store(conn, path)
    except BaseException:
        conn.close()
        raise


def _damaged(exc: sqlite3.Error) -> bool:
    return describe(exc) == "it is damaged"


def _move_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            part.replace(Path(f"{aside}{suffix}"))
    return aside


def open_store(path: Path | None = None) -> Opened:
    """The library store at ``path`` (default: the user's data folder), or one in memory."""
    if store_disabled():
        return Opened(memory_store())
    path = path or store_path()
    where = f"dateline: library store {path}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return Opened(memory_store(), f"{where}: cannot create its folder ({exc.strerror}); "
                                      "parsing in memory this time")
    try:
        return Opened(_open_file(path))
    except NewerSchema as exc:
        return Opened(memory_store(), f"{where} is from a newer dateline ({exc}); left as it is, "
                                      "parsing in memory this time")
    except sqlite3.Error as exc:
        if not _damaged(exc):
            return Opened(memory_store(), f"{where}: {describe(exc)}; parsing in memory this time")
    try:
        aside = _move_aside(path)
        return Opened(_open_file(path), f"{where} was damaged: kept as {aside.name}, building a new one")
    except (OSError, sqlite3.Error, NewerSchema) as exc:
        reason = describe(exc) if isinstance(exc, sqlite3.Error) else str(exc)
        return Opened(memory_store(), f"{where} was damaged and could not be rebuilt ({reason}); "
                                      "parsing in memory this time")


def peek_store(path: Path | None = None) -> Store | None:
    """The store read-only, if it can be read at once: None when there is none (or it is disabled),
    or it is locked, damaged, or of another schema version. For a glance before the store is opened
    for good (the reader shows the article read last in its first frame); never changes the file."""
    if store_disabled():
        return None
    path = path or store_path()
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=PEEK_TIMEOUT_S,
                               isolation_level=None, check_same_thread=False)
    except (sqlite3.Error, ValueError):
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] == VERSION:
            return Store(conn, path)
    except sqlite3.Error:
        pass
    conn.close()
    return None
