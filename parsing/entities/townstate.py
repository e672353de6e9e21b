"""A town and its state as the AP writes them: ``Roanoke, Va.,``, ``Jackson, Miss. —``; and its
province as the Canadian Press does: ``Sudbury, Ont.,``.

After a capitalised town and a comma, a state's abbreviation is the state even where it is also a
word or a title (``Miss.``, ``Wash.``, ``Ind.``), and the town before it is a place whatever its
name looks like (``Jackson``, ``Spokane``).
"""

from __future__ import annotations

import re
from functools import cache

from ..vocab import load as read_vocab

_TOWN_BEFORE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}$")  # up to three capitalised words
_TOWN_REACH = 60


@cache
def _after_a_town() -> dict[str, str]:
    """Abbreviation (with its full stop) -> state: those that collide with a word, and the dotted
    aliases of the other states."""
    places = read_vocab("gazetteer_places.json")
    out: dict[str, str] = dict(places["us_state_abbreviations_after_a_town"])
    out.update(places["province_abbreviations_after_a_town"])  # "Sudbury, Ont.,", "Westville, N.S."
    for item in places["us_states"]:
        canon, _, aliases = item.partition("|")
        out.update((a, canon) for a in aliases.split(",") if a.endswith("."))
    return out


@cache
def _pattern() -> re.Pattern[str]:
    abbreviations = sorted(_after_a_town(), key=len, reverse=True)
    alternation = "|".join(re.escape(a) for a in abbreviations)
    return re.compile(rf", (?P<ab>{alternation})(?=[\s,;:)\]—–-]|$)")


def town_states(text: str) -> tuple[dict[int, int], dict[int, tuple[str, int]]]:
    """The towns (end offset -> the offset of their first word) and the state abbreviations (start
    offset -> the state's canonical name and the abbreviation's end) in ``text``."""
    towns: dict[int, int] = {}
    states: dict[int, tuple[str, int]] = {}
    for m in _pattern().finditer(text):
        town = _TOWN_BEFORE.search(text, max(0, m.start() - _TOWN_REACH), m.start())
        if town is None:
            continue
        towns[m.start()] = town.start()
        states[m.start("ab")] = (_after_a_town()[m.group("ab")], m.end("ab"))
    return towns, states


def is_town(towns: dict[int, int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a town before its state, or its last words ("Kansas City, Mo."),
    not a longer name ending in one ("Fairmont Aircraft of Wichita, Kan.")."""
    first = towns.get(end)
    return first is not None and start >= first


def state_after_town(text: str, start: int) -> bool:
    """Whether a state's abbreviation begins at ``start``, right after a town and a comma (``Mo.`` in
    ``from league offices in Kansas City, Mo., called``): a place, never the one who speaks."""
    m = _pattern().match(text, start - 2) if start >= 2 else None
    return m is not None and m.start("ab") == start \
        and _TOWN_BEFORE.search(text, max(0, m.start() - _TOWN_REACH), m.start()) is not None
