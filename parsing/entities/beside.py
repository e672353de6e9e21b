"""Names typed by the names beside them: a known place or organisation paired with a name by
"and"/"or" (``in Calgary and Banff``, ``Boeing and X``), listed before it (``Montreal, Laval and
…``), at the other end of a route (``from X to Melbourne``), or a place it is said to lie near
(``X, near London``). Names set side by side are of a kind."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .names import acronym

# "X and Boeing", "X or Airbus SE"; not an owner ("X and DAB's Y": DAB qualifies Y)
_AND_NAME = re.compile(r" (?:and|or) ((?:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*){0,2})(?![\w&.'’-])")
_LIST_GOES_ON = re.compile(r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},?)?\s+(?:and|or)\s")
_OWN_PLACE = re.compile(r"(?:'s|’s| in | at | of )")
_TO_NAME = re.compile(r" to ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})")
# where a place lies from another: "X, near London", "X, about 40 miles north of Y", "X outside Y"
_NEAR_A_PLACE = re.compile(r",?\s+(?:near|outside|(?:just\s+|about\s+\S+\s+(?:miles|kilometres|kilometers|km)"
                           r"\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of)"
                           r"\s+[A-Z]")


def _and_name(after: str) -> list[str] | None:
    """The words of the name that follows ``and``/``or`` right after a name; None if none does."""
    m = _AND_NAME.match(after) if after[:4] in (" and", " or ") else None
    return m.group(1).rstrip(".").split(" ") if m is not None else None


def and_org(after: str, gaz: Gazetteer) -> bool:
    """Whether an organisation's name (a known one, an acronym) follows ``and``/``or`` right after a name."""
    words = _and_name(after)
    if words is None:
        return False
    if len(words) == 1 and acronym(words[0]) and gaz.lookup(words[0]) is None:
        return True  # "Northrop Grumman and EADS": an unknown acronym names an organisation
    return _known_as(words, "ORG", gaz)


def and_place(after: str, gaz: Gazetteer) -> bool:
    """Whether a known place's name follows ``and``/``or`` right after a name (``Hammond or East
    Chicago``): places named side by side are alike."""
    words = _and_name(after)
    return words is not None and _known_as(words, "PLACE", gaz)


def _known_as(words: list[str], kind: str, gaz: Gazetteer) -> bool:
    """The capitalised words, or the longest run of them from the first that the gazetteer knows,
    name a ``kind`` (``Boeing Co`` for an organisation, ``Melbourne`` for a place)."""
    found = (gaz.lookup(" ".join(words[:k])) for k in range(len(words), 0, -1))
    return any(k is not None and k.type == kind for k in found)


def listed_with_a_place(listed: str, after: str, gaz: Gazetteer) -> bool:
    """A known place (``listed``) stands before the name in a list that goes on after it (``Montreal,
    Laval and the Montérégie region``: names listed are of a kind); not a name set beside a place
    (``Washington, Jean Roy, who``), nor a pair (``the Untied Nations and United States``, ``North and
    South Korea``, ``in Germany and Orbex in Scotland``): an organisation is paired with a country as
    often."""
    return bool(listed) and _LIST_GOES_ON.match(after) is not None \
        and getattr(gaz.lookup(listed), "type", "") == "PLACE"


def paired_with_a_place(name: str, paired: str, after: str, gaz: Gazetteer) -> bool:
    """A known place (``paired``) stands before the one-word name's ``and``/``or`` (``in Calgary and
    Banff``); not an acronym (``China and ASEAN``) nor a name placed on its own (``Germany and Orbex
    in Scotland``)."""
    return bool(paired) and not acronym(name) and _OWN_PLACE.match(after) is None \
        and getattr(gaz.lookup(paired), "type", "") == "PLACE"


def to_a_place(after: str, gaz: Gazetteer) -> bool:
    """A known place follows ``to`` right after the name (``from X to Melbourne``)."""
    m = _TO_NAME.match(after)
    return m is not None and _known_as(m.group(1).rstrip(".").split(" "), "PLACE", gaz)


def near_a_place(after: str) -> bool:
    """Where a place lies from another follows the name (``Northwood, near London``, ``Qarnet,
    about 20 miles north of Aleppo``): places are said to lie near places."""
    return _NEAR_A_PLACE.match(after) is not None
