"""Quotes and their speakers (placeholder)."""

from __future__ import annotations

from .model import Entity, Quote, Span


def extract(
    text: str, paragraphs: tuple[Span, ...], sentences: tuple[Span, ...], entities: tuple[Entity, ...]
) -> tuple[Quote, ...]:
    return ()
