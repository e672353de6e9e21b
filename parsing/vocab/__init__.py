"""The vocabularies: word tables as JSON data files, and the one loader every extractor reads them with.

Each file is a JSON object whose values are lists of strings or objects of them (a few hold a
mapping of word to number). Nothing here is specific to any article: months, weekdays, speech
verbs, titles, countries, abbreviations. ``tests/test_vocab.py`` checks every file's integrity.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The JSON object of ``parsing/vocab/<name>``, read once per process. Callers must not mutate it."""
    raw = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    data = json.loads(raw)
    if not isinstance(data, dict):
        raise ValueError(f"vocabulary {name} is not a JSON object")
    return data


def typeset(word: str) -> str:
    """``word`` with its straight apostrophes typeset (``New Year’s Day``), as articles also write it."""
    return word.replace("'", "\u2019")


def names() -> list[str]:
    """Every vocabulary file's name."""
    return sorted(p.name for p in resources.files(__name__).iterdir() if p.name.endswith(".json"))
