"""Vocabulary tables for time expressions, loaded once from ``parsing/vocab/time_*.json``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from ..vocab import load, typeset

_load = load


Trie = dict[str, "Trie"]
_END = "\0"  # marks a word's end in a trie node; the rest of the key is the word's tail pattern


def trie(tails: dict[str, str]) -> str:
    """A regex alternation of the words shaped as a trie (``Ja(?:n(?:uary|\\.|)|...)``), so the
    regex engine follows one branch per word instead of trying every word in turn; each word is
    followed by its own tail pattern, and a longer word is tried before a shorter one."""
    tree: Trie = {}
    for word, tail in tails.items():
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END + tail] = {}
    return _emit(tree) or "(?!)"


def _emit(node: Trie) -> str:
    branches = [re.escape(k) + _emit(child) for k, child in sorted(node.items()) if not k.startswith(_END)]
    branches += [k[1:] for k in node if k.startswith(_END)]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _with_curly_apostrophes(table: dict[str, str]) -> dict[str, str]:
    """Each name with a straight apostrophe also as typeset (``New Year’s Eve``)."""
    return table | {typeset(k): v for k, v in table.items() if "'" in k}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words (each escaped), shaped as a trie."""
    return trie(dict.fromkeys(words, ""))


class Gate(NamedTuple):
    """Where a bare word (``now``, ``currently``) is a present reference: after one of ``after`` or
    before one of ``before`` (``*`` in ``after``: anywhere), and never after one of ``unless_after`` or
    before one of ``unless_before``."""

    after: frozenset[str]
    before: frozenset[str]
    unless_after: frozenset[str]
    unless_before: frozenset[str]


@dataclass(frozen=True, slots=True)
class TimeVocab:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    season_months: dict[str, tuple[int, int]]
    parts_of_day: dict[str, str]
    numbers: dict[str, int]
    vague_numbers: frozenset[str]
    ordinals: dict[str, int]
    clock_offsets: dict[str, int]  # "quarter" -> 15: minutes to or past noon or midnight
    decade_words: dict[str, int]
    units: dict[str, str]
    holidays: dict[str, str]
    set_words: dict[str, str]
    weekday_name_tails: frozenset[str]
    time_zones: tuple[str, ...]
    zulu_zones: frozenset[str]
    zone_offsets: dict[str, str]  # EST -> -05:00; ET and the like: their standard time
    us_daylight_zones: frozenset[str]  # ET, Eastern time: daylight time by the US rule for the day
    deictic_days: dict[str, int]
    present_ref: frozenset[str]
    present_gated: dict[str, Gate]  # word -> where it is a present reference
    past_ref: frozenset[str]
    future_ref: frozenset[str]
    future_cues: tuple[str, ...]
    # present verbs whose object is the subject of a to-infinitive still to come ("expect it to draw")
    future_object_control: frozenset[str]
    past_cues: tuple[str, ...]
    futurate_not_verbs: frozenset[str]
    futurate_reporting_verbs: frozenset[str]
    futurate_not_ing: frozenset[str]
    futurate_event_verbs: frozenset[str]
    scheduling_verbs: frozenset[str]
    reporting_verbs: frozenset[str]  # "said Thursday": the telling's day
    day_measures: frozenset[str]  # "its figures for Friday": that day's count
    contract_words: frozenset[str]  # "January delivery"
    commodities: frozenset[str]  # "February crude"
    commodity_grades: frozenset[str]  # "November milling wheat"
    commodity_measures: frozenset[str]  # not "in May oil prices rose"
    guards_after: frozenset[str]
    range_openers: dict[str, frozenset[str]]  # "from" -> {"to", "until", ...}
    range_joiners: frozenset[str]
    guards_before: frozenset[str]
    appositive_heads: frozenset[str]

    def unit(self, word: str) -> tuple[str, int]:
        """A unit word's code and how many of that unit it holds (``weeks``: W, 1; ``fortnight``: W, 2)."""
        code = self.units[word.lower()]
        lead = len(code) - len(code.lstrip("0123456789"))
        return code[lead:], int(code[:lead] or 1)

    def number(self, word: str) -> float | None:
        """The value of a number word or numeral (``three``, ``twenty-five``, ``1,500``, ``3.5``)."""
        w = " ".join(word.lower().strip("[]").replace("\u2010", "-").replace(",", "").split())
        if w.replace(".", "", 1).isdigit():
            return float(w) if "." in w else int(w)
        if w in self.numbers:
            return self.numbers[w]
        tens, _, ones = w.partition("-")
        if ones and tens in self.numbers and ones in self.numbers:
            return self.numbers[tens] + self.numbers[ones]
        return None


@cache
def vocab() -> TimeVocab:
    words = _load("time_words.json")
    rel = _load("temporal_relative.json")
    gated = {
        word: Gate(*(frozenset(uses.get(k, ())) for k in Gate._fields))
        for word, uses in rel["present_ref_gated"].items() if not word.startswith("_")
    }
    return TimeVocab(
        months=dict(words["months"]),
        ambiguous_months=frozenset(words["ambiguous_months"]),
        weekdays=dict(words["weekdays"]),
        seasons=dict(words["seasons"]),
        season_months={k: (int(v[0]), int(v[1])) for k, v in words["season_months"].items()},
        parts_of_day=dict(words["parts_of_day"]),
        numbers=dict(words["numbers"]),
        vague_numbers=frozenset(words["vague_numbers"]),
        ordinals=dict(words["ordinals"]),
        clock_offsets=dict(words["clock_offsets"]),
        decade_words=dict(words["decade_words"]),
        units=dict(words["units"]),
        holidays=_with_curly_apostrophes(dict(words["holidays"])),
        set_words=dict(words["set_words"]),
        weekday_name_tails=frozenset(words["weekday_name_tails"]),
        time_zones=tuple(words["time_zones"]),
        zulu_zones=frozenset(words["zulu_zones"]),
        zone_offsets=dict(words["zone_offsets"]),
        us_daylight_zones=frozenset(words["us_daylight_zones"]),
        deictic_days=dict(rel["deictic_days"]),
        present_ref=frozenset(rel["present_ref"]) | frozenset(gated),
        present_gated=gated,
        past_ref=frozenset(rel["past_ref"]),
        future_ref=frozenset(rel["future_ref"]),
        future_cues=tuple(rel["future_cues"]),
        future_object_control=frozenset(rel["future_object_control"]),
        past_cues=tuple(rel["past_cues"]),
        futurate_not_verbs=frozenset(rel["futurate_not_verbs"]),
        futurate_reporting_verbs=frozenset(rel["futurate_reporting_verbs"]),
        futurate_not_ing=frozenset(rel["futurate_not_ing"]),
        futurate_event_verbs=frozenset(rel["futurate_event_verbs"]),
        scheduling_verbs=frozenset(rel["scheduling_verbs"]),
        reporting_verbs=frozenset(rel["reporting_verbs"]),
        day_measures=frozenset(rel["day_measures"]),
        contract_words=frozenset(rel["contract_words"]),
        commodities=frozenset(rel["commodities"]),
        commodity_grades=frozenset(rel["commodity_grades"]),
        commodity_measures=frozenset(rel["commodity_measures"]),
        guards_after=frozenset(w.lower() for w in rel["number_guards_after"]),
        range_openers={
            w: frozenset(joins) for w, joins in rel["range_openers"].items() if not w.startswith("_")
        },
        range_joiners=frozenset(rel["range_joiners"]),
        guards_before=frozenset(w.lower() for w in rel["number_guards_before"]),
        appositive_heads=frozenset(rel["appositive_heads"]),
    )
