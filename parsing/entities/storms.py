"""Storms: ``Hurricane Katrina``, ``Typhoon Sonamu``, ``hurricanes Katrina, Rita and Wilma``.

A storm is an event named like a person. It is no person, organisation or place, and nor is its name
said alone later in the text (``Marisol weakened over land``); an organisation named after the word
(``the Storm Prediction Center``, ``Hurricane Relief Fund``) still is one.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][a-z]+"
# the words for a storm that take a plural ("hurricanes Katrina, Rita and Wilma")
_KINDS = r"(?i:super\s+)?(?i:hurricane|typhoon|cyclone)|Tropical\s+(?:Storm|Depression)"
_STORM = re.compile(rf"\b(?:(?:{_KINDS})(?i:s)?|Superstorm|Storm)\s+"
                    rf"(?P<names>{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME})*)")
_ONE_STORM = re.compile(rf"(?:{_KINDS}|Superstorm|Storm)\s+(?P<names>{_NAME})")  # "Hurricane Marisol"
_ONE = re.compile(_NAME)
# words that make the phrase an organisation's or a thing's name, not a storm's
_NOT_STORMS = frozenset({"Center", "Centre", "Warning", "Warnings", "Prediction", "Research", "Hunters",
                         "Season", "Relief", "Fund", "Recovery", "Zone", "Watch", "Service", "Office",
                         "Agency", "Alley", "Shelter", "Shelters", "Lake", "City", "County", "Bay",
                         "Valley", "Island", "Creek", "Park", "Beach", "Point", "Hill"})  # "Storm Lake, Iowa"


def storm_names(text: str) -> frozenset[str]:
    """The names the text gives storms."""
    lower = text.lower()
    if "storm" not in lower and "hurrican" not in lower and "typhoon" not in lower and "cyclone" not in lower:
        return frozenset()  # most texts name none: no pattern run over them
    names: set[str] = set()
    for m in _STORM.finditer(text):
        for one in _ONE.findall(m.group("names")):
            if one in _NOT_STORMS:
                break
            names.add(one)
    return frozenset(names)


def is_storm(name: str, storms: frozenset[str]) -> bool:
    """``name`` is a storm's: its name alone, or with the word for it (``Hurricane Marisol``)."""
    named = _ONE_STORM.fullmatch(name)
    return (named.group("names") if named is not None else name) in storms
