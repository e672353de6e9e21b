"""Where the reader is in one article: the selected quote, entity mention, search match, target.

Pure logic (no Textual): every ``step_*`` moves relative to a position and returns the new span, or
None when there is nothing further that way (the app then rings the bell).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from parsing.model import Article, Entity, Mention, Quote, Span

T = TypeVar("T")
StepKind = Literal["quote", "same_speaker", "speaker", "mention", "match"]
Mark = tuple[int, int, str]
Window = tuple[int, int]


def _step(items: Sequence[T], start: Callable[[T], int], pos: int, direction: int) -> T | None:
    """The first item after ``pos`` (direction 1) or the last before it (direction -1)."""
    if direction > 0:
        return next((it for it in items if start(it) > pos), None)
    return next((it for it in reversed(items) if start(it) < pos), None)


def _origin(selected: int | None, direction: int, window: Window) -> int:
    """Where a step starts: the selection if on screen, else just outside the screen's edge."""
    top, bottom = window
    if selected is not None and top <= selected <= bottom:
        return selected
    return top - 1 if direction > 0 else bottom + 1


def speaker_key(quote: Quote) -> str | None:
    return quote.speaker_entity or (quote.speaker.casefold() if quote.speaker else None)


@dataclass
class Reading:
    """The reader's marks in one article."""

    article: Article
    quote: Quote | None = None
    entity: Entity | None = None
    mentions: list[Mention] = field(default_factory=list)
    mention: int | None = None
    query: str = ""
    matches: list[Span] = field(default_factory=list)
    match: int | None = None
    target: Span | None = None

    def step(self, kind: StepKind, direction: int, window: Window) -> Span | None:
        """Move to the next/previous item of ``kind``.

        From the selected item when it is on screen (``window`` is the first and last offset shown),
        else from the screen: forward picks the first item on screen, backward the last.
        """
        if kind == "mention":
            return self._step_mention(direction, window)
        if kind == "match":
            return self._step_match(direction, window)
        quotes: Sequence[Quote] = self.article.quotes
        here = self.quote
        pos = _origin(here.start if here else None, direction, window)
        if kind == "same_speaker":
            if here is None or speaker_key(here) is None:
                return None
            quotes = [q for q in quotes if speaker_key(q) == speaker_key(here)]
        elif kind == "speaker":
            current = speaker_key(here) if here else None
            quotes = [q for q in quotes if speaker_key(q) not in (None, current)]
        found = _step(quotes, lambda q: q.start, pos, direction)
        if found is None:
            return None
        self.quote = found
        return Span(found.start, found.end)

    def _step_mention(self, direction: int, window: Window) -> Span | None:
        mentions = self.mentions
        pos = _origin(mentions[self.mention].start if self.mention is not None else None, direction, window)
        found = _step(mentions, lambda m: m.start, pos, direction)
        if found is None:
            return None
        self.mention = mentions.index(found)
        return Span(found.start, found.end)

    def _step_match(self, direction: int, window: Window) -> Span | None:
        if not self.matches:
            return None
        pos = _origin(self.matches[self.match].start if self.match is not None else None, direction, window)
        found = _step(self.matches, lambda s: s.start, pos, direction)
        if found is None:
            return None
        self.match = self.matches.index(found)
        return found

    def search(self, query: str) -> int:
        """Set the search query (case-insensitive, literal); returns the match count."""
        self.query, self.match = query, None
        if not query:
            self.matches = []
            return 0
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        self.matches = [Span(m.start(), m.end()) for m in pattern.finditer(self.article.text)]
        return len(self.matches)

    def select_entity(self, entity: Entity | None) -> None:
        self.entity, self.mention = entity, None
        self.mentions = sorted(entity.mentions, key=lambda m: m.start) if entity else []

    def marks(self) -> list[Mark]:
        """Spans to highlight now, each with a component-class name of the article view."""
        out: list[Mark] = []
        if self.target is not None:
            out.append((self.target.start, self.target.end, "article--target"))
        if self.quote is not None:
            out.append((self.quote.start, self.quote.end, "article--selected"))
        if self.entity is not None:
            for i, m in enumerate(self.mentions):
                name = "article--current" if i == self.mention else "article--mention"
                out.append((m.start, m.end, name))
        for i, s in enumerate(self.matches):
            out.append((s.start, s.end, "article--current" if i == self.match else "article--match"))
        return out


def base_marks(article: Article) -> list[Mark]:
    """Styling that never changes for an article: quotes, speakers, entity names."""
    out: list[Mark] = [(m.start, m.end, "article--entity") for e in article.entities for m in e.mentions]
    for q in article.quotes:
        out.append((q.start, q.end, "article--quote"))
        if q.speaker_mention is not None:
            out.append((q.speaker_mention.start, q.speaker_mention.end, "article--speaker"))
    return out
