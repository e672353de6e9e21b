"""Fetch many URLs at once from synchronous code (the command line, a reader's worker thread)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

import httpx

from .articles import Source, fetch_source
from .cache import FetchCache
from .client import Fetcher
from .config import FetchConfig
from .kinds import Expect


def fetch_sources(urls: Sequence[str], *, config: FetchConfig | None = None, cache: FetchCache | None = None,
                  expect: Expect = "any", on_source: Callable[[Source], None] | None = None,
                  transport: httpx.AsyncBaseTransport | None = None) -> list[Source]:
    """One :class:`Source` a URL, in the order given; ``on_source`` is called as each one is done.

    Runs its own event loop, so call it where none is running (a thread worker, not a coroutine;
    coroutines use :class:`Fetcher` and :func:`fetch_source` directly).
    """

    async def fetch_all() -> list[Source]:
        async with Fetcher(config, cache, transport) as fetcher:

            async def one(url: str) -> Source:
                source = await fetch_source(fetcher, url, expect)
                if on_source is not None:
                    on_source(source)
                return source

            return list(await asyncio.gather(*(one(u) for u in urls)))

    if not urls:
        return []
    return asyncio.run(fetch_all())
