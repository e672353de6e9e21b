"""dateline's core: articles in, a typed model out. Never imports textual.

The model types are imported eagerly (they are cheap); the pipeline, which compiles the extractors'
vocabularies, only when first used, so that importing ``parsing.model`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import Article, Document, Entity, Event, LoadError, Mention, Quote, Span, TimeExpression

if TYPE_CHECKING:
    from .pipeline import load, parse_document, parse_text

_LAZY = frozenset({"load", "parse_document", "parse_text"})

__all__ = [
    "Article", "Document", "Entity", "Event", "LoadError", "Mention", "Quote", "Span",
    "TimeExpression", "load", "parse_document", "parse_text",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'parsing' has no attribute {name!r}")
