"""One HTTP(S) GET done carefully: limits, redirects, conditional GET and the kept copy.

:class:`Fetcher` is an async context manager around one ``httpx.AsyncClient``. ``get`` follows at
most ``max_redirects`` redirects itself (so that every hop is checked for its scheme and for a
loop), holds at most ``per_host`` requests to a host and ``in_all`` in total, reads the body as a
stream and stops past ``max_bytes`` (sent or decompressed), and revalidates a kept copy with
``If-None-Match``/``If-Modified-Since``. When the fetch fails and a copy is kept, that copy is
returned with a notice saying why; otherwise :class:`FetchFailed` carries the reason.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from types import TracebackType

import httpx

from .cache import FetchCache, Fetched, MemoryFetchCache
from .config import MB, SCHEMES, FetchConfig
from .inflate import ENCODINGS, Body, CorruptBody, TooLarge, decoder
from .reasons import FetchFailed, status_reason, transport_reason

_PLAIN_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,20}")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = ("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
           "application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.5")


@dataclass(frozen=True, slots=True)
class Response:
    """What fetching one URL gave: the body kept for it, and a notice when that is an older copy."""

    fetched: Fetched
    notice: str | None = None  # why the kept copy stands in for a fresh one
    not_modified: bool = False  # the server confirmed the kept copy (HTTP 304)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _scheme_problem(url: str) -> str | None:
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in SCHEMES:
        return f"{_scheme_of(url)} address; only http and https are fetched" if scheme else "not a valid URL"
    return None


def _scheme_of(url: str) -> str:
    """``a 'ftp:'`` — or, for a scheme that is not a plain word, words that do not repeat it."""
    scheme = url.split(":", 1)[0]
    return f"a '{scheme}:'" if _PLAIN_SCHEME.fullmatch(scheme) else "an unknown kind of"


def _host_key(url: str) -> str:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return url
    return f"{parsed.host}:{parsed.port or parsed.scheme}"


def _no_fragment(url: str) -> str:
    return url.split("#", 1)[0]


@dataclass(frozen=True, slots=True)
class _Hop:
    status: int
    headers: httpx.Headers
    body: bytes = b""


class Fetcher:
    def __init__(self, config: FetchConfig | None = None, cache: FetchCache | None = None,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.config = config or FetchConfig()
        self.cache: FetchCache = cache if cache is not None else MemoryFetchCache()
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._all: asyncio.Semaphore | None = None
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> Fetcher:
        c = self.config
        self._client = httpx.AsyncClient(
            headers={"User-Agent": c.user_agent, "Accept": _ACCEPT, "Accept-Encoding": ", ".join(ENCODINGS)},
            timeout=httpx.Timeout(c.response_timeout, connect=c.connect_timeout, pool=None),
            limits=httpx.Limits(max_connections=c.in_all, max_keepalive_connections=c.in_all),
            follow_redirects=False, trust_env=c.trust_env, transport=self._transport,
        )
        self._all = asyncio.Semaphore(c.in_all)
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def get(self, url: str) -> Response:
        """The body of ``url``: fresh, confirmed by a 304, or the kept copy with a notice."""
        problem = _scheme_problem(url)
        if problem:
            raise FetchFailed(problem)
        kept = self._kept(url)
        try:
            return await self._fetch(url, kept)
        except FetchFailed as exc:
            if kept is None:
                raise
            return Response(kept, notice=f"{exc}; using the copy fetched {_when(kept.fetched_at)}")

    def _kept(self, url: str) -> Fetched | None:
        try:
            return self.cache.get_fetched(url)
        except Exception:  # a failing store must not fail the fetch: go without the kept copy
            return None

    def _keep(self, fetched: Fetched) -> None:
        try:
            self.cache.put_fetched(fetched)
        except Exception:  # the copy is still used this time; it is only not kept
            pass

    async def _fetch(self, url: str, kept: Fetched | None) -> Response:
        current, seen = url, {_no_fragment(url)}
        for _ in range(self.config.max_redirects + 1):
            hop = await self._limited(current, kept)
            if hop.status in _REDIRECTS:
                current = self._next(current, hop, seen)
                continue
            if hop.status == 304 and kept is not None:
                fresh = replace(kept, final_url=current, fetched_at=_now(),
                                etag=hop.headers.get("etag") or kept.etag,
                                last_modified=hop.headers.get("last-modified") or kept.last_modified)
                self._keep(fresh)
                return Response(fresh, not_modified=True)
            if hop.status != 200:
                raise FetchFailed(status_reason(hop.status) if hop.status >= 300 else
                                  f"no content (HTTP {hop.status})")
            fetched = Fetched(url=url, final_url=current, status=200,
                              content_type=hop.headers.get("content-type"), etag=hop.headers.get("etag"),
                              last_modified=hop.headers.get("last-modified"), fetched_at=_now(),
                              body=hop.body)
            self._keep(fetched)
            return Response(fetched)
        raise FetchFailed(f"too many redirects (more than {self.config.max_redirects})")

    def _next(self, current: str, hop: _Hop, seen: set[str]) -> str:
        location = hop.headers.get("location")
        if not location:
            raise FetchFailed(f"redirect without a destination (HTTP {hop.status})")
        try:
            target = str(httpx.URL(current).join(location))
        except httpx.InvalidURL:
            raise FetchFailed("redirected to an invalid URL") from None
        if _scheme_problem(target):
            raise FetchFailed(f"redirected to {_scheme_of(target)} address; only http and https are fetched")
        if _no_fragment(target) in seen:
            raise FetchFailed("redirect loop (the server keeps sending dateline back to the same address)")
        seen.add(_no_fragment(target))
        return target

    async def _limited(self, url: str, kept: Fetched | None) -> _Hop:
        assert self._all is not None
        host = self._hosts.setdefault(_host_key(url), asyncio.Semaphore(self.config.per_host))
        async with host, self._all:
            return await self._one(url, kept)

    async def _one(self, url: str, kept: Fetched | None) -> _Hop:
        assert self._client is not None
        c = self.config
        headers = {}
        if kept is not None and kept.etag:
            headers["If-None-Match"] = kept.etag
        if kept is not None and kept.last_modified:
            headers["If-Modified-Since"] = kept.last_modified
        try:
            async with asyncio.timeout(c.response_timeout):
                async with self._client.stream("GET", url, headers=headers) as resp:
                    if resp.status_code != 200:
                        return _Hop(resp.status_code, resp.headers)
                    return _Hop(200, resp.headers, await self._body(resp))
        except TooLarge as exc:
            after = " once decompressed" if exc.args and exc.args[0] == "decompressed" else ""
            raise FetchFailed(f"too large (more than {_size(c.max_bytes)}{after})") from None
        except CorruptBody as exc:
            raise FetchFailed(f"the {exc} compressed body is corrupt") from None
        except FetchFailed:
            raise
        except (httpx.HTTPError, TimeoutError, OSError) as exc:
            raise FetchFailed(transport_reason(exc, c.connect_timeout, c.response_timeout)) from None

    async def _body(self, resp: httpx.Response) -> bytes:
        limit = self.config.max_bytes
        length = resp.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            raise TooLarge("sent")
        encoding = resp.headers.get("content-encoding")
        dec = decoder(encoding)
        if dec is None:
            raise FetchFailed(f"sent in a compression dateline cannot read ({encoding})")
        body = Body(dec, limit)
        async for chunk in resp.aiter_raw():
            body.add(chunk)
        return body.value()


def _size(n: int) -> str:
    return f"{n / MB:g} MB" if n >= MB else f"{n:,} bytes"


def _when(stamp: str) -> str:
    return stamp.replace("T", " ").replace("Z", " UTC")
