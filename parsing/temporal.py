"""Time expressions (placeholder)."""

from __future__ import annotations

from datetime import date

from .model import Span, TimeExpression


def extract(text: str, sentences: tuple[Span, ...], published: date | None) -> tuple[TimeExpression, ...]:
    return ()
