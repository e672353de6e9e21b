"""Fetch many URLs at once from synchronous code (the command line, a reader's worker thread)."""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

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


def iter_sources(urls: Sequence[str], **options: Any) -> Iterator[Source]:
    """Each URL's :class:`Source` as soon as it is fetched (not in the order given), so a consumer
    can parse one while the others download. ``options`` are those of :func:`fetch_sources`."""
    done: queue.Queue[Source | None] = queue.Queue()
    failure: list[BaseException] = []

    def fetch() -> None:
        try:
            fetch_sources(urls, on_source=done.put, **options)
        except BaseException as exc:  # handed to the consumer, not lost in the thread
            failure.append(exc)
        finally:
            done.put(None)

    threading.Thread(target=fetch, name="dateline-fetch", daemon=True).start()
    while (source := done.get()) is not None:
        yield source
    if failure:
        raise failure[0]
