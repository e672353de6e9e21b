"""File or text in, Article out: reader, segmentation, extractors, in one direction."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from . import attribution, entities, events, segment, temporal
from .dateline import find_dateline
from .files import expand
from .manifest import apply_manifest
from .model import Article, Document, LoadError
from .readers import ReadError, read_path
from .readers.decode import DecodeError


def _article_id(path: str, body: str) -> str:
    digest = hashlib.sha1(f"{path}\0{body[:2000]}".encode()).hexdigest()
    return "a" + digest[:10]


def _date_doc(doc: Document, published: date | None) -> Document:
    if published is not None:
        return replace(doc, published=published, published_from="option")
    if doc.published is None:
        found = find_dateline(doc.body)
        if found is not None:
            return replace(doc, published=found, published_from="dateline")
    return doc


def parse_document(doc: Document, published: date | None = None) -> Article:
    """Run segmentation and every extractor over one document."""
    doc = _date_doc(doc, published)
    text = doc.body
    paras = segment.paragraphs(text)
    sents = segment.sentences(text, paras)
    ents = entities.extract(text, paras, sents)
    times = temporal.extract(text, sents, doc.published)
    qs = attribution.extract(text, paras, sents, ents)
    evs = events.extract(text, sents, times, ents, qs, doc.published)
    return Article(
        id=_article_id(doc.path, text), path=doc.path, format=doc.format, text=text,
        title=doc.title, byline=doc.byline, source=doc.source, url=doc.url,
        published=doc.published, published_from=doc.published_from, captions=doc.captions,
        body_offset=doc.body_offset, tags=doc.tags, paragraphs=paras, sentences=sents,
        quotes=qs, entities=ents, times=times, events=evs, warnings=doc.warnings,
    )


def parse_text(text: str, published: date | None = None, path: str = "<text>") -> Article:
    """Parse a bare body text (no metadata)."""
    return parse_document(Document(path=path, format="text", body=text, body_offset=0), published)


def load_file(path: str, published: date | None = None) -> list[Article | LoadError]:
    """Every article of one file, or one error naming the reason."""
    try:
        docs = read_path(path)
    except (ReadError, DecodeError) as exc:
        return [LoadError(path, str(exc))]
    except Exception as exc:  # a reader bug must not take the other files down
        return [LoadError(path, f"could not be read ({type(exc).__name__}: {exc})")]
    if not docs:
        return [LoadError(path, "no articles found")]
    out: list[Article | LoadError] = []
    for doc in docs:
        if isinstance(doc, LoadError):  # one entry of a feed or JSON Lines file that failed
            out.append(doc)
            continue
        try:
            out.append(parse_document(apply_manifest(doc, path), published))
        except Exception as exc:
            out.append(LoadError(doc.path, f"could not be parsed ({type(exc).__name__}: {exc})"))
    return out


def load(paths: Iterable[str], published: date | None = None) -> Iterator[Article | LoadError]:
    """Articles and errors for every path, in order; directories are expanded."""
    for path in expand(paths):
        yield from load_file(path, published)
