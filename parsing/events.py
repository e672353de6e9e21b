"""Events (placeholder)."""

from __future__ import annotations

from datetime import date

from .model import Entity, Event, Quote, Span, TimeExpression


def extract(
    text: str,
    sentences: tuple[Span, ...],
    times: tuple[TimeExpression, ...],
    entities: tuple[Entity, ...],
    quotes: tuple[Quote, ...],
    published: date | None,
) -> tuple[Event, ...]:
    return ()
