"""File or text in, Article out: reader, segmentation, extractors, in one direction."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date

from . import attribution, entities, events, segment, temporal
from .dateline import find_dateline
from .fetch.config import is_url
from .files import expand
from .manifest import apply_manifest
from .model import Article, Document, LoadError
from .readers import Entry, ReadError, read_path
from .readers.decode import DecodeError, clean_document
from .segment.marks import MAX_QUOTES

# What a reader's or extractor's own failure says: the input is not at fault, so no reason about it.
BUG = "dateline failed on this input (a bug in dateline; please report it with the file)"


def _article_id(path: str, body: str) -> str:
    key = f"{path}\0{body[:2000]}".encode("utf-8", "surrogatepass")  # a path may hold any byte
    digest = hashlib.sha1(key).hexdigest()
    return "a" + digest[:10]


UserDates = Callable[[str], date | None]
"""An article's path -> the publication date the user gave it (``tui`` keeps them), or None."""


def _date_doc(doc: Document, published: date | None, user: UserDates | None = None) -> Document:
    """The one place that decides the publication date: ``--published``, then the user's own date
    for this article, then the file's (metadata, manifest), then a dateline found in the body (one
    without a year takes the year that puts it nearest the reader's ``date_hint``, if any)."""
    if published is not None:
        return replace(doc, published=published, published_from="option")
    mine = user(doc.path) if user is not None else None
    if mine is not None:
        return replace(doc, published=mine, published_from="user")
    if doc.published is None:
        found = find_dateline(doc.body, doc.date_hint)
        if found is not None:
            return replace(doc, published=found, published_from="dateline")
    return doc


def parse_document(doc: Document, published: date | None = None, user: UserDates | None = None) -> Article:
    """Run segmentation and every extractor over one document."""
    doc = _date_doc(clean_document(doc), published, user)
    text = doc.body
    paras = segment.paragraphs(text)
    sents = segment.sentences(text, paras)
    ents = entities.extract(text, paras, sents)
    times = temporal.extract(text, sents, doc.published)
    qs = attribution.extract(text, paras, sents, ents)
    evs = events.extract(text, sents, times, ents, qs, doc.published)
    warnings = doc.warnings
    if len(qs) >= MAX_QUOTES:
        warnings += (f"more than {MAX_QUOTES:,} quotations; only the first are marked",)
    return Article(
        id=_article_id(doc.path, text), path=doc.path, format=doc.format, text=text,
        title=doc.title, byline=doc.byline, source=doc.source, url=doc.url,
        published=doc.published, published_from=doc.published_from, captions=doc.captions,
        body_offset=doc.body_offset, tags=doc.tags, paragraphs=paras, sentences=sents,
        quotes=qs, entities=ents, times=times, events=evs, warnings=warnings,
    )


def parse_text(text: str, published: date | None = None, path: str = "<text>") -> Article:
    """Parse a bare body text (no metadata)."""
    return parse_document(Document(path=path, format="text", body=text, body_offset=0), published)


def parse_entries(entries: Iterable[Entry], published: date | None = None,
                  manifest_of: str | None = None, user: UserDates | None = None) -> list[Article | LoadError]:
    """Parse what a reader gave (documents, or errors for single entries); ``manifest_of`` is the
    file whose folder's manifest fills missing metadata (None for a URL); ``user``: see
    :data:`UserDates`."""
    out: list[Article | LoadError] = []
    for doc in entries:
        if isinstance(doc, LoadError):  # one entry of a feed or JSON Lines file that failed
            out.append(doc)
            continue
        try:
            if manifest_of is not None:
                doc = apply_manifest(doc, manifest_of)
            out.append(parse_document(doc, published, user))
        except Exception:
            out.append(LoadError(doc.path, f"could not be parsed: {BUG}"))
    return out


def load_file(
    path: str, published: date | None = None, user: UserDates | None = None
) -> list[Article | LoadError]:
    """Every article of one file, or one error naming the reason (``user``: see :data:`UserDates`)."""
    try:
        docs = read_path(path)
    except (ReadError, DecodeError) as exc:
        return [LoadError(path, str(exc))]
    except Exception:  # a reader bug must not take the other files down
        return [LoadError(path, f"could not be read: {BUG}")]
    if not docs:
        return [LoadError(path, "no articles found")]
    return parse_entries(docs, published, path, user)


def load(paths: Iterable[str], published: date | None = None,
         on_notice: Callable[[str], None] | None = None) -> Iterator[Article | LoadError]:
    """Articles and errors for every path or URL, in order; directories are expanded.

    URLs are fetched first, all at once (``parsing.fetch``); ``on_notice`` hears what is not a
    failure but should be said (an older copy used because the fetch failed).
    """
    paths = list(paths)
    fetched = fetch_urls([p for p in paths if is_url(p)], on_notice)
    for path in paths:
        if path in fetched:
            yield from parse_entries(fetched[path], published)
        else:
            for file in expand([path]):
                yield from load_file(file, published)


def fetch_urls(urls: Iterable[str], on_notice: Callable[[str], None] | None = None) -> dict[str, list[Entry]]:
    """What each URL gave (documents, or errors naming the URL), all fetched at once."""
    wanted = list(dict.fromkeys(urls))
    if not wanted:
        return {}
    from .fetch.kept import kept_copies
    from .fetch.run import fetch_sources

    fetched: dict[str, list[Entry]] = {}
    with kept_copies(on_notice) as cache:
        sources = fetch_sources(wanted, cache=cache)
    for source in sources:
        fetched[source.url] = list(source.entries)
        for notice in source.notices:
            if on_notice is not None:
                on_notice(notice)
    return fetched


def load_urls(urls: Iterable[str], published: date | None = None, feeds_only: bool = False,
              on_notice: Callable[[str], None] | None = None,
              ) -> Iterator[tuple[str, list[Article | LoadError]]]:
    """Each URL with its articles and errors, as soon as it is fetched and parsed (so in the order
    they finish); ``feeds_only`` refuses what is not a feed (subscriptions). ``on_notice`` as
    for :func:`load`."""
    from .fetch.kept import kept_copies
    from .fetch.run import iter_sources

    expect = "feed" if feeds_only else "any"
    with kept_copies(on_notice) as cache:
        for source in iter_sources(list(dict.fromkeys(urls)), cache=cache, expect=expect):
            if on_notice is not None:
                for notice in source.notices:
                    on_notice(notice)
            yield source.url, parse_entries(source.entries, published)
