"""What the quotation tests share: the speech quotes the whole pipeline finds in a text."""

from __future__ import annotations

from parsing import pipeline
from parsing.model import Quote


def speech(text: str) -> list[Quote]:
    """The quotes of ``text`` that are someone's words (not titles, labels or scare quotes)."""
    return [q for q in pipeline.parse_text(text).quotes if q.kind == "speech"]
