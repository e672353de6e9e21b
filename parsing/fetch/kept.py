"""Where fetched copies are kept between runs: the library store's ``fetched`` table.

When the store cannot be opened (or ``DATELINE_NO_CACHE=1``), copies last this run only; the
store's one-line reason goes to ``on_notice``. Fetching never fails because of the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from .cache import FetchCache, MemoryFetchCache


@contextmanager
def kept_copies(on_notice: Callable[[str], None] | None = None) -> Iterator[FetchCache]:
    """:func:`open_fetch_cache` for a ``with`` block, closed at its end."""
    cache = open_fetch_cache(on_notice)
    try:
        yield cache
    finally:
        close = getattr(cache, "close", None)
        if callable(close):
            close()


def open_fetch_cache(on_notice: Callable[[str], None] | None = None) -> FetchCache:
    """The store (it implements :class:`FetchCache`), or a cache in memory when it will not open."""
    try:
        from ..store import open_store

        opened = open_store()
    except Exception as exc:  # the store's own bug must not stop fetching
        if on_notice is not None:
            on_notice(f"dateline: the library store could not be opened ({type(exc).__name__}); "
                      "fetched pages are not kept this time")
        return MemoryFetchCache()
    if opened.notice and on_notice is not None:
        on_notice(opened.notice)
    return opened.store
