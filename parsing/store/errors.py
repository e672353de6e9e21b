"""Store failures in the user's words: one line, never a traceback."""

from __future__ import annotations

import sqlite3

BUSY_TIMEOUT_S = 5.0


class StoreError(Exception):
    """A store operation that failed (disk full, locked, damaged); ``str()`` is one line."""


def describe(exc: sqlite3.Error) -> str:
    """A sqlite error in the user's words."""
    text = str(exc)
    low = text.lower()
    if "full" in low:
        return "the disk is full"
    if "locked" in low or "busy" in low:
        return f"another program has held it locked for more than {BUSY_TIMEOUT_S:g} s"
    if "readonly" in low or "read-only" in low or "unable to open" in low:
        return "it cannot be written (a read-only folder or file)"
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return "it is damaged"
    return text
