"""An article as the store's rows: computed where the article was parsed (a worker process), so
the one writer only inserts.

:func:`encode_file` is the pure per-file function the ingest maps over files: it parses one file
and returns everything the store keeps of it, picklable and small.
"""

from __future__ import annotations

import json
import os
import zlib
from dataclasses import dataclass
from datetime import date
from functools import partial

from parsing.contract import article_from_dict, article_to_dict
from parsing.model import Article, LoadError

from .keys import FileKey, UserDays, file_key
from .schema import WIDE_DAYS

SEP = "\x1f"  # joins names inside one column
Row = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class EncodedArticle:
    summary: Row  # ord, aid, path, title, source, published, published_from, format, counts ×5
    body: bytes  # zlib(dateline/1 JSON)
    events: tuple[Row, ...]
    entities: tuple[Row, ...]
    quotes: tuple[Row, ...]
    sentences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FileResult:
    """One input file parsed: its key (None: not storable), its articles and its errors."""

    path: str  # as given
    real: str | None
    digest: str | None
    articles: tuple[EncodedArticle, ...]
    errors: tuple[tuple[str, str], ...]


def _day(d: date | None) -> str | None:
    return d.isoformat() if d else None


def encode_body(article: Article) -> bytes:
    raw = json.dumps(article_to_dict(article), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(raw.encode("utf-8", "surrogatepass"), 6)


def decode_body(blob: bytes) -> Article:
    """The stored article back; ``ValueError`` (or ``zlib.error``) when the blob is damaged."""
    data = json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass"))
    if not isinstance(data, dict):
        raise ValueError("not an article object")
    return article_from_dict(data)


def _events(article: Article) -> tuple[Row, ...]:
    from parsing.timeline import build_timeline  # the writer's (the reader starts without it)

    rows: list[Row] = []
    for ord_, entry in enumerate(build_timeline([article])):
        ev = entry.event
        first, last, tier = ev.earliest or ev.latest, ev.latest or ev.earliest, 0
        if first is None:
            first = last = article.published
            tier = 1
        wide = ev.earliest is None or ev.latest is None or (ev.latest - ev.earliest).days > WIDE_DAYS
        rows.append((
            ord_, ev.id, ev.start, ev.end, ev.sentence, ev.summary, ev.time, _day(ev.earliest),
            _day(ev.latest), ev.date_from, entry.granularity, SEP.join(entry.speakers),
            SEP.join(ev.entities), SEP.join(ev.quotes), SEP.join(entry.entity_names),
            _day(first), _day(last), tier, int(wide), ev.kind,
        ))
    return tuple(rows)


def encode_article(ord_: int, article: Article) -> EncodedArticle:
    from parsing.crossref.said import said_on  # the writer's (the reader starts without it)

    a = article
    names = {e.id: e.name for e in a.entities}
    said = said_on(a)
    summary: Row = (ord_, a.id, a.path, a.title, a.source, _day(a.published), a.published_from, a.format,
                    len(a.quotes), len(a.entities), len(a.events), len(a.times), len(a.warnings))
    return EncodedArticle(
        summary=summary,
        body=encode_body(a),
        events=_events(a),
        entities=tuple((e.id, e.name, e.type, len(e.mentions), SEP.join(e.roles), SEP.join(e.aliases))
                       for e in a.entities),
        quotes=tuple((q.id, q.speaker, q.kind, names.get(q.speaker_entity or ""), q.start, q.end, q.text,
                      q.speaker_entity, _day(said.get(q.id))) for q in a.quotes),
        sentences=tuple(a.text[s.start:s.end] for s in a.sentences),
    )


def encode_items(path: str, key: FileKey | None, items: list[Article | LoadError]) -> FileResult:
    """``items`` parsed from ``path`` whose key was ``key`` before it was read."""
    articles = [i for i in items if isinstance(i, Article)]
    errors = tuple((i.path, i.reason) for i in items if isinstance(i, LoadError))
    return FileResult(
        path=path, real=key.real if key else None, digest=key.digest() if key else None,
        articles=tuple(encode_article(n, a) for n, a in enumerate(articles)), errors=errors,
    )


def _user_date(days: UserDays, article_path: str) -> date | None:
    found = days.get(os.path.realpath(article_path))
    try:
        return date.fromisoformat(found) if found else None
    except ValueError:
        return None


def encode_file(path: str, published: date | None = None, user: UserDays | None = None) -> FileResult:
    """Parse one file and encode it for the store (the pure function the ingest distributes);
    ``user``: the publication dates the user set (``Store.user_days``), below ``published``."""
    from parsing.pipeline import load_file

    key = file_key(path, published, user)  # before reading: a change while parsing parses again next run
    days = user if user and published is None else None
    return encode_items(path, key, load_file(path, published, partial(_user_date, days) if days else None))
