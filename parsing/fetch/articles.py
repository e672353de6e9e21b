"""From a URL to the same ``Document``s a file gives: a page, or a feed's entries.

A page goes through the HTML reader with its URL. A feed gives its entries; an entry that carries
only a summary (a link and fewer than ``SUMMARY_WORDS`` words) gets its linked page fetched for
the full text, and the feed's title, date, author, source and tags still win over the page's.
An entry of a fetched feed is named by its link (stable as the feed changes), not ``feed#N``.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass, replace

from ..model import Document, LoadError
from ..readers import Entry, ReadError, read_bytes
from ..readers.decode import DecodeError
from .client import Fetcher, Response
from .config import SCHEMES
from .kinds import Expect, reader_format, text_bytes
from .reasons import FetchFailed, NotAFeed

SUMMARY_WORDS = 150


@dataclass(frozen=True, slots=True)
class Source:
    """Everything one URL gave: its entries (documents, or errors naming a URL and reason) and
    notices (an older copy used, a summary kept because its page failed) that are not failures."""

    url: str
    entries: tuple[Entry, ...]
    notices: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()  # where a feed was wanted and a page came: the feeds it names


def _is_web(url: str | None) -> bool:
    return url is not None and url.split(":", 1)[0].lower() in SCHEMES


def _read(resp: Response, path: str, expect: Expect) -> list[Entry]:
    fetched = resp.fetched
    fmt = reader_format(fetched, expect)
    entries = read_bytes(text_bytes(fetched), path, fmt)
    out: list[Entry] = []
    for e in entries:
        if isinstance(e, Document):
            if e.url is None and e.format == "html":
                e = replace(e, url=fetched.final_url)
            if resp.notice:
                e = replace(e, warnings=(*e.warnings, resp.notice))
        out.append(e)
    return out


def _by_link(entries: list[Entry]) -> list[Entry]:
    """Feed entries named by their link where it is a web address no other entry shares."""
    links = Counter(e.url for e in entries if isinstance(e, Document))
    out: list[Entry] = []
    for e in entries:
        if isinstance(e, Document) and e.url is not None and _is_web(e.url) and links[e.url] == 1:
            e = replace(e, path=e.url)
        out.append(e)
    return out


def _merge(entry: Document, page: Document) -> Document:
    """The entry with the page's text; the feed's metadata first, the page's where the feed has none."""
    longer = len(page.body) > len(entry.body)
    published = entry.published or page.published
    return replace(
        entry, body=page.body if longer else entry.body, title=entry.title or page.title,
        byline=entry.byline or page.byline, source=entry.source or page.source,
        published=published, published_from=entry.published_from if entry.published else page.published_from,
        captions=page.captions if longer else entry.captions, tags=entry.tags or page.tags,
        warnings=(*entry.warnings, *page.warnings),
    )


def _summary_only(e: Entry) -> bool:
    return isinstance(e, Document) and _is_web(e.url) and len(e.body.split()) < SUMMARY_WORDS


async def _full_text(fetcher: Fetcher, entry: Document) -> tuple[Document, str | None]:
    assert entry.url is not None
    try:
        resp = await fetcher.get(entry.url)
        pages = _read(resp, entry.url, "any")
    except (FetchFailed, ReadError, DecodeError) as exc:
        note = f"{entry.url}: {exc}; the feed's summary is used"
        return replace(entry, warnings=(*entry.warnings, note)), note
    page = next((p for p in pages if isinstance(p, Document)), None)
    if page is None or page.format != "html":
        note = f"{entry.url}: not a web page; the feed's summary is used"
        return replace(entry, warnings=(*entry.warnings, note)), note
    return _merge(entry, page), resp.notice and f"{entry.url}: {resp.notice}"


async def fetch_source(fetcher: Fetcher, url: str, expect: Expect = "any") -> Source:
    """The entries of one URL (never raises: a failure is a ``LoadError`` naming the URL)."""
    try:
        resp = await fetcher.get(url)
        entries = _read(resp, url, expect)
    except NotAFeed as exc:
        return Source(url, (LoadError(url, str(exc)),), feeds=exc.feeds)
    except (FetchFailed, ReadError, DecodeError) as exc:
        return Source(url, (LoadError(url, str(exc)),))
    notices = [f"{url}: {resp.notice}"] if resp.notice else []
    if not any(isinstance(e, Document) and e.format in ("rss", "atom") for e in entries):
        return Source(url, tuple(entries), tuple(notices))
    entries = _by_link(entries)
    wanted = [i for i, e in enumerate(entries) if _summary_only(e)]
    done = await asyncio.gather(*(_full_text(fetcher, entries[i]) for i in wanted))  # type: ignore[arg-type]
    for i, (doc, note) in zip(wanted, done, strict=True):
        entries[i] = doc
        if note:
            notices.append(note)
    return Source(url, tuple(entries), tuple(notices))
