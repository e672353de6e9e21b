"""What a fetched copy is, and the interface of whatever keeps it between runs.

The library store implements :class:`FetchCache`; :class:`MemoryFetchCache` serves tests and
the no-store mode (``DATELINE_NO_CACHE=1``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Fetched:
    """One response body kept for a URL, with what a conditional GET needs to revalidate it."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    content_type: str | None
    etag: str | None
    last_modified: str | None
    fetched_at: str  # ISO 8601, UTC
    body: bytes


class FetchCache(Protocol):
    def get_fetched(self, url: str) -> Fetched | None: ...

    def put_fetched(self, fetched: Fetched) -> None: ...


class MemoryFetchCache:
    """A FetchCache that lives as long as the process."""

    def __init__(self) -> None:
        self._items: dict[str, Fetched] = {}

    def get_fetched(self, url: str) -> Fetched | None:
        return self._items.get(url)

    def put_fetched(self, fetched: Fetched) -> None:
        self._items[fetched.url] = fetched
