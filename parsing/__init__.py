"""dateline's core: articles in, a typed model out. Never imports textual."""

from .model import Article, Document, Entity, Event, LoadError, Mention, Quote, Span, TimeExpression
from .pipeline import load, parse_document, parse_text

__all__ = [
    "Article", "Document", "Entity", "Event", "LoadError", "Mention", "Quote", "Span",
    "TimeExpression", "load", "parse_document", "parse_text",
]
