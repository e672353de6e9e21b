"""A name mention before it is merged into an entity: its span, its words, what the gazetteer knows
of it and its votes for a type; and one candidate per span."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import EntityType
from .gazetteer import Known


@dataclass(slots=True)
class Cand:
    """One name mention with its type votes and what was said about it."""

    start: int
    end: int
    text: str
    words: list[str]
    known: Known | None
    votes: list[tuple[EntityType, float]]
    role: str | None = None
    same_as: int | None = None  # start of the candidate this one abbreviates ("(EADS)")
    group: int = -1
    title_only: bool = False  # "the President": a title standing for a person
    hidden: bool = False  # evidence for the entity's type, not a mention ("Airbus" in "the Airbus A380")


def dedupe(cands: list[Cand]) -> list[Cand]:
    """One candidate per span (a parenthesised acronym may also be found as a run)."""
    seen: set[tuple[int, int]] = set()
    out: list[Cand] = []
    for c in cands:
        if (c.start, c.end) in seen:
            continue
        seen.add((c.start, c.end))
        out.append(c)
    return out
