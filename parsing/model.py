"""The article model: frozen, typed dataclasses that every other part of dateline reads.

Offsets are Python ``str`` indices (code points) into ``Article.text`` (the body). For plain-text
input the body is a verbatim slice of the file and ``body_offset`` says where it starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

EntityType = Literal["PERSON", "ORG", "PLACE", "OTHER"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["speech", "other"]
DateSource = Literal["metadata", "dateline", "option", "user"]
EventDateSource = Literal["text", "published"]
EventKind = Literal["statement", "speech", "reported"]
"""statement: the text says something happened then; speech: someone said something, dated when it
was said; reported: something a speaker said happened then (dated by their words, not their own act)."""
Granularity = Literal[
    "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "time", "none"
]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into the body text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


@dataclass(frozen=True, slots=True)
class Mention:
    """A span with its text (``text == body[start:end]``)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: the span includes its quotation marks."""

    id: str
    start: int
    end: int
    text: str
    kind: QuoteKind = "speech"
    speaker: str | None = None
    speaker_entity: str | None = None
    speaker_mention: Mention | None = None
    cue: Mention | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world referent within an article, with every name mention of it."""

    id: str
    name: str
    type: EntityType
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression with its TIMEX3-style value and the days it may cover."""

    id: str
    start: int
    end: int
    text: str
    type: TimeType
    value: str | None
    earliest: date | None = None
    latest: date | None = None
    granularity: Granularity = "none"
    relative: bool = False


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened, anchored to a sentence: a dated statement or a speech act."""

    id: str
    start: int
    end: int
    summary: str
    time: str | None = None
    earliest: date | None = None
    latest: date | None = None
    date_from: EventDateSource | None = None
    entities: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    sentence: int = 0
    kind: EventKind = "statement"


@dataclass(frozen=True, slots=True)
class Document:
    """What a reader produces: metadata and the body, before any extraction."""

    path: str
    format: str
    body: str
    title: str | None = None
    byline: tuple[str, ...] = ()
    source: str | None = None
    url: str | None = None
    published: date | None = None
    published_from: DateSource | None = None
    captions: tuple[str, ...] = ()
    body_offset: int | None = None
    tags: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    date_hint: date | None = None
    """Not a publication date: a day near it that the document's context gives (the date in its URL,
    else that of the other entries of its file), against which a dateline without a year is read."""


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article: metadata, segmentation and everything extracted from it."""

    id: str
    path: str
    format: str
    text: str
    title: str | None = None
    byline: tuple[str, ...] = ()
    source: str | None = None
    url: str | None = None
    published: date | None = None
    published_from: DateSource | None = None
    captions: tuple[str, ...] = ()
    body_offset: int | None = None
    tags: tuple[str, ...] = ()
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def time(self, time_id: str) -> TimeExpression | None:
        return next((t for t in self.times if t.id == time_id), None)


@dataclass(frozen=True, slots=True)
class LoadError:
    """An input that could not be parsed, with a one-line reason."""

    path: str
    reason: str

    def __str__(self) -> str:
        """``PATH: reason`` on one line: a newline or escape sequence in a file name is shown escaped."""
        return f"{one_line(self.path)}: {one_line(self.reason)}"


def one_line(text: str) -> str:
    """``text`` with every character that is not printable (line breaks, control and format
    characters, lone surrogates) written as its escape: ``a\\nb``, ``\\x1b``, ``\\u202e``."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
