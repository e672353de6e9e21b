"""The public JSON contract of ``dateline parse``: schema ``dateline/1``.

Fields are only ever added, never renamed or removed, within one schema version. Added so far:
``events[].kind`` — ``"statement"`` (the text says something happened then), ``"speech"`` (someone
said something; dated when it was said: the day the text gives for the saying, else the publication
date) or ``"reported"`` (something a speaker's words say happened then; it has no quotes and no
speaker). Older output without it reads back as ``"statement"``.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from .model import Article, Entity, Event, Mention, Quote, Span, TimeExpression
from .readers.decode import clean

SCHEMA = "dateline/1"


def _day(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _mention(m: Mention | None) -> dict[str, Any] | None:
    return None if m is None else {"start": m.start, "end": m.end, "text": m.text}


def _span(s: Span) -> dict[str, int]:
    return {"start": s.start, "end": s.end}


def _quote(q: Quote) -> dict[str, Any]:
    return {
        "id": q.id, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
        "speaker": q.speaker, "speaker_entity": q.speaker_entity,
        "speaker_mention": _mention(q.speaker_mention), "cue": _mention(q.cue),
    }


def _entity(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id, "name": e.name, "type": e.type, "roles": list(e.roles),
        "aliases": list(e.aliases), "mentions": [_mention(m) for m in e.mentions],
    }


def _time(t: TimeExpression) -> dict[str, Any]:
    return {
        "id": t.id, "start": t.start, "end": t.end, "text": t.text, "type": t.type,
        "value": t.value, "earliest": _day(t.earliest), "latest": _day(t.latest),
        "granularity": t.granularity, "relative": t.relative,
    }


def _event(e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "start": e.start, "end": e.end, "summary": e.summary, "time": e.time,
        "earliest": _day(e.earliest), "latest": _day(e.latest), "date_from": e.date_from,
        "entities": list(e.entities), "quotes": list(e.quotes), "sentence": e.sentence,
        "kind": e.kind,
    }


def article_to_dict(a: Article) -> dict[str, Any]:
    """The contract object for one article."""
    return {
        "schema": SCHEMA,
        "id": a.id,
        "path": a.path,
        "format": a.format,
        "title": a.title,
        "byline": list(a.byline),
        "source": a.source,
        "url": a.url,
        "published": _day(a.published),
        "published_from": a.published_from,
        "captions": list(a.captions),
        "tags": list(a.tags),
        "text": a.text,
        "body_offset": a.body_offset,
        "paragraphs": [_span(p) for p in a.paragraphs],
        "sentences": [_span(s) for s in a.sentences],
        "quotes": [_quote(q) for q in a.quotes],
        "entities": [_entity(e) for e in a.entities],
        "times": [_time(t) for t in a.times],
        "events": [_event(e) for e in a.events],
        "warnings": list(a.warnings),
    }


# Line breaks to JSON, not to the many readers of JSON Lines that split lines on them too.
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}


def dumps(a: Article, *, pretty: bool = False) -> str:
    """One article as JSON text that any UTF-8 writer takes and that holds no line break but its own:
    U+2028, U+2029 and U+0085 are escaped, and a character that cannot be text (a file name's
    undecodable byte) is U+FFFD, as in the readers."""
    text = json.dumps(article_to_dict(a), ensure_ascii=False, indent=2 if pretty else None)
    text, _ = clean(text)
    for raw, escaped in _LINE_BREAKS.items():
        if raw in text:
            text = text.replace(raw, escaped)
    return text


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _mention_from(d: dict[str, Any] | None) -> Mention | None:
    return None if d is None else Mention(d["start"], d["end"], d["text"])


def article_from_dict(d: dict[str, Any]) -> Article:
    """The inverse of :func:`article_to_dict`: a dateline/1 object back to the model.

    Raises ``ValueError`` for another schema and ``KeyError``/``TypeError`` for a malformed one.
    """
    if d.get("schema") != SCHEMA:
        raise ValueError(f"not {SCHEMA}: {d.get('schema')!r}")
    return Article(
        id=d["id"], path=d["path"], format=d["format"], text=d["text"], title=d["title"],
        byline=tuple(d["byline"]), source=d["source"], url=d["url"], published=_date(d["published"]),
        published_from=d["published_from"], captions=tuple(d["captions"]), body_offset=d["body_offset"],
        tags=tuple(d["tags"]), paragraphs=tuple(Span(p["start"], p["end"]) for p in d["paragraphs"]),
        sentences=tuple(Span(s["start"], s["end"]) for s in d["sentences"]),
        quotes=tuple(
            Quote(q["id"], q["start"], q["end"], q["text"], q["kind"], q["speaker"], q["speaker_entity"],
                  _mention_from(q["speaker_mention"]), _mention_from(q["cue"]))
            for q in d["quotes"]),
        entities=tuple(
            Entity(e["id"], e["name"], e["type"], tuple(e["roles"]), tuple(e["aliases"]),
                   tuple(Mention(m["start"], m["end"], m["text"]) for m in e["mentions"]))
            for e in d["entities"]),
        times=tuple(
            TimeExpression(t["id"], t["start"], t["end"], t["text"], t["type"], t["value"],
                           _date(t["earliest"]), _date(t["latest"]), t["granularity"], t["relative"])
            for t in d["times"]),
        events=tuple(
            Event(e["id"], e["start"], e["end"], e["summary"], e["time"], _date(e["earliest"]),
                  _date(e["latest"]), e["date_from"], tuple(e["entities"]), tuple(e["quotes"]),
                  e["sentence"], e.get("kind", "statement"))  # "kind" was added within dateline/1
            for e in d["events"]),
        warnings=tuple(d["warnings"]),
    )
