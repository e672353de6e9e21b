"""Whether an article is a sports report: match results ("Belgium 3 – 0 Panama") in the text, where a
country's name is its team, an organisation."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, key

_SCORE = re.compile(r"\b\d{1,2} ?[–-] ?\d{1,2}\b")
# "3-0", "3 – 0" anywhere: the dash first, so that the regex engine skips from dash to dash.
_SCORE_HINT = re.compile(r"[–-](?:(?<=\d[–-])|(?<=\d [–-])) ?\d")
_SCORE_BEFORE = re.compile(r"([A-Z]\w+) $")
_SCORE_AFTER = re.compile(r" ([A-Z]\w+)")
_SPORTS_MIN_SCORES = 2


def sports_report(text: str, gaz: Gazetteer) -> bool:
    """Match results ("Belgium 3 – 0 Panama") in the text: a sports report."""
    if _SCORE_HINT.search(text) is None:  # most texts: no "3-0" anywhere
        return False
    scores = 0
    for m in _SCORE.finditer(text):
        before = _SCORE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        side = before or _SCORE_AFTER.match(text, m.end())
        if side is not None and key(side.group(1)) not in gaz.calendar:
            scores += 1
    return scores >= _SPORTS_MIN_SCORES
