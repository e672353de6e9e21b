"""Pieces every query module shares: the scope join, a list of article keys, and reading columns back."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .rows import SEP

IN_SCOPE = "FROM articles a JOIN scope s ON s.file = a.file"


def id_list(keys: Iterable[int]) -> str:
    """Article keys as the inside of ``IN (…)`` (``NULL`` when there are none: nothing matches)."""
    return ",".join(str(int(k)) for k in keys) or "NULL"


def read_day(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def read_names(s: str) -> tuple[str, ...]:
    """A column of names joined by ``SEP``."""
    return tuple(s.split(SEP)) if s else ()


def norm_name(name: str) -> str:
    """How names are compared in queries: case and spacing folded."""
    return " ".join(name.casefold().split())
