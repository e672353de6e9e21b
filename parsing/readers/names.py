"""People in metadata: bylines as strings, lists or ``{name: ...}`` objects; name-shaped lines."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

_BY = re.compile(r"^\s*(?:written\s+)?by[:\s]+", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\||&|\band\b)\s*", re.I)
_NAME_WORD = re.compile(r"^(?:[A-Z][a-zA-Z'’\-]*\.?|[A-Z]\.(?:[A-Z]\.)*|(?:Mc|Mac|O')[A-Z][a-z]+)$")
_MAX_NAME_WORDS = 5


@cache
def layout_vocab() -> dict[str, list[str]]:
    """The word lists of ``parsing/vocab/text_layout.json``."""
    text = resources.files("parsing.vocab").joinpath("text_layout.json").read_text(encoding="utf-8")
    data: dict[str, list[str]] = json.loads(text)
    return data


def looks_like_name(line: str) -> bool:
    """A line that is a person's name and nothing else: ``Isabel van Brugen``, ``J. R. Smith``."""
    words = line.split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS or len(line) > 60:
        return False
    particles = set(layout_vocab()["name_particles"])
    if not _NAME_WORD.match(words[0]) or not _NAME_WORD.match(words[-1]):
        return False
    return all(_NAME_WORD.match(w) or w.lower() in particles for w in words)


def _is_person(part: str) -> bool:
    """Not an outlet or a job title: ``Associated Press``, ``Staff Writer``, ``Reuters``."""
    words = {w.lower().strip(".") for w in part.split()}
    return bool(part) and len(words) <= 2 * _MAX_NAME_WORDS and not words & set(layout_vocab()["not_names"])


def split_byline(text: str) -> tuple[str, ...]:
    """``By A, B and C`` -> (A, B, C); outlets and job titles after the names are dropped."""
    text = _BY.sub("", text.strip())
    parts = (p.strip(" .") for p in _SPLIT.split(text))
    return tuple(p for p in parts if _is_person(p))


def people(value: object) -> tuple[str, ...]:
    """Names from a metadata value: ``"A and B"``, ``["A", {"name": "B"}]``, ``{"name": "A"}``."""
    if isinstance(value, str):
        return split_byline(value)
    if isinstance(value, dict):
        name = value.get("name") or value.get("displayName") or value.get("title")
        return split_byline(name) if isinstance(name, str) else ()
    if isinstance(value, list | tuple):
        out: list[str] = []
        for item in value:
            out.extend(n for n in people(item) if n not in out)
        return tuple(out)
    return ()
