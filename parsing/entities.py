"""Named entities (placeholder)."""

from __future__ import annotations

from .model import Entity, Span


def extract(text: str, paragraphs: tuple[Span, ...], sentences: tuple[Span, ...]) -> tuple[Entity, ...]:
    return ()
