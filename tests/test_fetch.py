"""Fetching URLs from a local server: pages, redirects, limits, and one plain line a failure."""

from __future__ import annotations

import asyncio
import socket
from collections import Counter
from pathlib import Path

import httpx
import pytest
from fetch_server import FERRY, Site, news_site

from parsing.fetch.cache import Fetched, MemoryFetchCache
from parsing.fetch.client import Fetcher
from parsing.fetch.config import FetchConfig, default_user_agent, is_url
from parsing.fetch.run import fetch_sources
from parsing.model import Document, LoadError

__all__ = ["news_site"]

# 1 MB (far above the test pages) so that the endless body ends at once; the usual timeouts, so that
# a loaded machine does not fail a page. SHORT is for the one answer that never comes.
FAST = FetchConfig(max_bytes=1024 * 1024, trust_env=False)
SHORT = FetchConfig(connect_timeout=0.5, response_timeout=0.5, trust_env=False)


def _reasons(site: Site, *paths: str, config: FetchConfig = FAST) -> dict[str, str]:
    urls = [site.url(p) for p in paths]
    out: dict[str, str] = {}
    for source in fetch_sources(urls, config=config):
        for e in source.entries:
            assert isinstance(e, LoadError), e
            assert e.path == source.url
            out[e.path.removeprefix(site.base)] = e.reason
    return out


def test_a_page_is_read_with_its_url_and_metadata(news_site: Site) -> None:
    (source,) = fetch_sources([news_site.url("/dam.html")], config=FAST)
    (doc,) = source.entries
    assert isinstance(doc, Document)
    assert doc.path == news_site.url("/dam.html") and doc.url == news_site.url("/dam.html")
    assert doc.format == "html" and doc.title == "Dam inspectors find cracks"
    assert doc.byline == ("Rosa Imrie",) and doc.source == "Valley Post"
    assert str(doc.published) == "2026-03-02"
    assert doc.body.startswith("Inspectors found new cracks") and "Copyright" not in doc.body
    assert source.notices == ()


def test_every_failure_is_one_plain_line_and_the_rest_loads(news_site: Site) -> None:
    paths = ["/dam.html", "/missing", "/broken", "/loop-a", "/endless", "/bomb.html",
             "/html-feed", "/report.pdf", "/hop/1", "/to-ftp", "/ferry.html"]
    sources = fetch_sources([news_site.url(p) for p in paths], config=FAST)
    assert [s.url for s in sources] == [news_site.url(p) for p in paths]  # the order given
    sources += fetch_sources([news_site.url("/slow")], config=SHORT)
    docs = [e for s in sources for e in s.entries if isinstance(e, Document)]
    assert [d.title for d in docs] == ["Dam inspectors find cracks", "Ferry service resumes"]
    errors = {e.path.removeprefix(news_site.base): e.reason for s in sources for e in s.entries
              if isinstance(e, LoadError)}
    assert errors == {
        "/missing": "not found (HTTP 404 Not Found)",
        "/broken": "server error (HTTP 500 Internal Server Error)",
        "/slow": "timed out (no complete response within 0.5 s)",
        "/loop-a": "redirect loop (the server keeps sending dateline back to the same address)",
        "/endless": "too large (more than 1 MB)",
        "/bomb.html": "too large (more than 1 MB once decompressed)",
        "/html-feed": "not a feed: the address serves a web page",
        "/report.pdf": "not a web page or feed (a PDF document)",
        "/hop/1": "too many redirects (more than 5)",
        "/to-ftp": "redirected to a 'ftp:' address; only http and https are fetched",
    }
    assert all("\n" not in r for r in errors.values())
    assert news_site.hits["/hop/6"] == 1 and news_site.hits["/hop/7"] == 0  # five redirects followed, no more


def test_what_a_server_says_is_not_echoed_into_a_reason(news_site: Site) -> None:
    assert _reasons(news_site, "/to-odd", "/odd-type") == {
        "/to-odd": "the server sent a malformed response",  # an escape in a header is refused outright
        "/odd-type": "not a web page or feed (a type dateline does not read)",
    }


def test_bombs_stop_within_the_default_limit(news_site: Site) -> None:
    config = FetchConfig(trust_env=False)
    bombs = ("/bomb.html", "/br-bomb.html", "/deflate-bomb.html")  # gzip, brotli, deflate
    assert _reasons(news_site, *bombs, config=config) == dict.fromkeys(
        bombs, "too large (more than 10 MB once decompressed)")


def test_compressed_pages_are_decoded(news_site: Site) -> None:
    paths = ("/gzip.html", "/deflate.html", "/raw-deflate.html", "/br.html")
    sources = fetch_sources([news_site.url(p) for p in paths], config=FAST)
    titles = [e.title for s in sources for e in s.entries if isinstance(e, Document)]
    assert titles == ["Dam inspectors find cracks", "Ferry service resumes", "Ferry service resumes",
                      "School roof to be replaced"]


def test_the_charset_the_server_declares_is_used(news_site: Site) -> None:
    (source,) = fetch_sources([news_site.url("/cp1251.html")], config=FAST)
    (doc,) = source.entries
    assert isinstance(doc, Document) and doc.title == "Мост закрыт" and doc.warnings == ()
    assert doc.body.startswith("Мост через реку закрыли в понедельник")


def test_a_redirect_is_followed_and_the_final_address_kept(news_site: Site) -> None:
    cache = MemoryFetchCache()
    (source,) = fetch_sources([news_site.url("/moved")], config=FAST, cache=cache)
    (doc,) = source.entries
    assert isinstance(doc, Document) and doc.title == "Ferry service resumes"
    kept = cache.get_fetched(news_site.url("/moved"))
    assert kept is not None and kept.final_url == news_site.url("/ferry.html")


def test_refused_and_unsupported_addresses() -> None:
    with socket.socket() as s:  # a port nobody listens on: bound, then closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sources = fetch_sources([f"http://127.0.0.1:{port}/x", "ftp://127.0.0.1/x", "file:///etc/passwd"],
                            config=FAST)
    assert [[str(e) for e in s.entries] for s in sources] == [
        [f"http://127.0.0.1:{port}/x: connection refused"],
        ["ftp://127.0.0.1/x: a 'ftp:' address; only http and https are fetched"],
        ["file:///etc/passwd: a 'file:' address; only http and https are fetched"],
    ]


def test_a_failed_dns_lookup_is_named() -> None:
    def no_such_host(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("lookup", request=request) from socket.gaierror(
            socket.EAI_NONAME, "Name or service not known")

    transport = httpx.MockTransport(no_such_host)
    (source,) = fetch_sources(["http://news.invalid/a"], config=FAST, transport=transport)
    assert [str(e) for e in source.entries] == ["http://news.invalid/a: host not found (DNS lookup failed)"]


def test_conditional_get_answered_by_304_uses_the_kept_copy(news_site: Site) -> None:
    cache = MemoryFetchCache()
    url = news_site.url("/etag.html")
    first = fetch_sources([url], config=FAST, cache=cache)
    second = fetch_sources([url], config=FAST, cache=cache)
    assert news_site.hits["/etag.html"] == 2 and news_site.conditional["/etag.html"] == 1
    titles = [[e.title for e in s.entries if isinstance(e, Document)] for s in (*first, *second)]
    assert titles == [["Ferry service resumes"], ["Ferry service resumes"]]
    assert second[0].notices == ()


def test_a_failing_fetch_uses_the_kept_copy_with_a_notice(news_site: Site) -> None:
    cache = MemoryFetchCache()
    url = news_site.url("/broken")
    cache.put_fetched(Fetched(url=url, final_url=url, status=200, content_type="text/html", etag=None,
                              last_modified=None, fetched_at="2026-03-01T10:00:00Z", body=FERRY))
    (source,) = fetch_sources([url], config=FAST, cache=cache)
    (doc,) = source.entries
    assert isinstance(doc, Document) and doc.title == "Ferry service resumes"
    notice = "server error (HTTP 500 Internal Server Error); using the copy fetched 2026-03-01 10:00:00 UTC"
    assert source.notices == (f"{url}: {notice}",)
    assert notice in doc.warnings


def test_requests_are_limited_per_host_and_in_all() -> None:
    """Twelve requests to two hosts through a transport that holds every request until all that can
    start have started: no more than ``per_host`` to one host and ``in_all`` together are ever open."""
    config = FetchConfig(per_host=4, in_all=6, trust_env=False)
    open_now: Counter[str] = Counter()
    most: Counter[str] = Counter()
    go = asyncio.Event()

    async def held(request: httpx.Request) -> httpx.Response:
        host = request.url.host
        open_now[host] += 1
        open_now["all"] += 1
        most[host] = max(most[host], open_now[host])
        most["all"] = max(most["all"], open_now["all"])
        await go.wait()
        open_now[host] -= 1
        open_now["all"] -= 1
        return httpx.Response(200, headers={"content-type": "text/html"}, stream=httpx.ByteStream(FERRY))

    async def run() -> list[int]:
        async with Fetcher(config, transport=httpx.MockTransport(held)) as fetcher:
            urls = [f"http://{h}.test/{n}" for h in ("a", "b") for n in range(6)]
            tasks = [asyncio.create_task(fetcher.get(u)) for u in urls]
            for _ in range(100):  # let every task run until it waits (no clock involved)
                await asyncio.sleep(0)
            go.set()
            return [r.fetched.status for r in await asyncio.gather(*tasks)]

    assert asyncio.run(run()) == [200] * 12
    assert most["all"] == 6 and max(most["a.test"], most["b.test"]) == 4


def test_the_user_agent_names_dateline() -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return httpx.Response(200, headers={"content-type": "text/html"}, stream=httpx.ByteStream(FERRY))

    fetch_sources(["http://example.test/"], config=FAST, transport=httpx.MockTransport(record))
    assert seen == [default_user_agent()] and default_user_agent().startswith("dateline/0.")


def test_urls_are_told_from_paths() -> None:
    assert is_url("https://example.com/a") and is_url("http://x") and is_url("ftp://x/y")
    assert not is_url("sample_articles/a.html") and not is_url("-") and not is_url("C:\\news\\a.txt")
    assert not is_url("notes:today.txt")


def test_copies_are_kept_in_the_library_store_between_runs(
        news_site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    from parsing.pipeline import fetch_urls

    monkeypatch.delenv("DATELINE_NO_CACHE", raising=False)
    url = news_site.url("/etag.html")
    first, second = fetch_urls([url]), fetch_urls([url])  # two runs: the store is opened anew each time
    assert news_site.conditional["/etag.html"] == 1  # the second asked "changed since?" and got 304
    assert [d.title for d in first[url] + second[url] if isinstance(d, Document)] == [
        "Ferry service resumes", "Ferry service resumes"]


def test_without_a_store_fetching_still_works(
        news_site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from parsing.pipeline import fetch_urls

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the store's folder should be", encoding="utf-8")
    monkeypatch.setenv("DATELINE_DATA_DIR", str(blocker / "data"))
    said: list[str] = []
    url = news_site.url("/etag.html")
    first, second = fetch_urls([url], said.append), fetch_urls([url], said.append)
    assert news_site.conditional["/etag.html"] == 0  # nothing was kept between the runs
    assert len(said) == 2 and all("library store" in s and "cannot create its folder" in s for s in said)
    assert all(isinstance(d, Document) for d in first[url] + second[url])
