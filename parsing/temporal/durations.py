"""Resolvers for durations (``three years`` -> P3Y) and sets (``every year``, ``weekly``)."""

from __future__ import annotations

import re

from .context import Context, Found, one
from .relative import shifted
from .vocab import vocab

_SCALE = {"DE": (10, "Y"), "CE": (100, "Y")}
_CLOCK = {"H": "H", "MIN": "M", "S": "S"}


def period(n: float | None, unit: str) -> str:
    """ISO 8601 / TIMEX3 period: P3Y, P2.5Y, PT30M, P10Y for a decade, PXY when vague."""
    if n is None:
        amount = "X"
        unit = {"DE": "DE", "CE": "CE"}.get(unit, unit)
    else:
        scale, unit = _SCALE.get(unit, (1, unit))
        n *= scale
        amount = str(int(n)) if n == int(n) else f"{n:g}"
    if unit in _CLOCK:
        return f"PT{amount}{_CLOCK[unit]}"
    return f"P{amount}{unit}"


_CALENDAR = frozenset({"CE", "DE", "Y", "M", "W", "D"})


def duration(m: re.Match[str], ctx: Context) -> list[Found]:
    v = vocab()
    unit = v.units[m.group("unit").lower()]
    end = m.end()
    if m.group("dir"):  # "a year later,": a date, unless the amount is not a calendar one
        if unit in _CALENDAR and not m.group("pre") and "and a half" not in m.group(0):
            return shifted(m, ctx)
        end = m.start("dir")
        while m.string[end - 1].isspace():
            end -= 1
    if unit == "WE":
        return []
    n: float | None = v.number(m.group("n"))
    if n is not None and "and a half" in m.group(0):
        n += 0.5
    if n is not None and n <= 0:
        return []
    return [Found(m.start(), end, "DURATION", period(n, unit))]


def every(m: re.Match[str], ctx: Context) -> list[Found]:
    v = vocab()
    if m.group("word"):
        return one(m, "SET", v.set_words[m.group("word").lower()])
    word = m.group("unit").lower()
    if word in v.seasons:
        return one(m, "SET", "P1Y")
    if word.startswith("season"):
        return one(m, "SET", "P3M")
    unit = v.units[word]
    n = v.number(m.group("n")) if m.group("n") else 1
    return one(m, "SET", period(n, "D" if unit == "WE" else unit))
