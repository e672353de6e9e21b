"""What the entity tests share: the entities one text gives, and their types by name."""

from __future__ import annotations

from parsing import entities, segment
from parsing.model import Entity


def extract_entities(text: str) -> tuple[Entity, ...]:
    """The entities of ``text``, paragraphs and sentences cut by the one splitter."""
    paras = segment.paragraphs(text)
    return entities.extract(text, paras, segment.sentences(text, paras))


def entity_types(text: str) -> dict[str, str]:
    """Each entity's type by its canonical name."""
    return {e.name: e.type for e in extract_entities(text)}
