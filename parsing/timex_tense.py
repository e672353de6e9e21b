"""Which way a relative expression points: the tense cue nearest to it in its sentence.

Cues are found once per article by walking its words (no per-expression regex scans): future
cues (``will``, ``is due to``, ``expected to`` and the verb they govern) and past cues (``said``,
``was``, regular ``-ed`` forms).
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from .model import Span
from .timex_vocab import vocab

PAST, UNKNOWN, FUTURE = -1, 0, 1
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z“\"])|\n\s*\n")
_WORD = re.compile(r"[A-Za-z'’]+")
_AUX = frozenset("not be have also then now likely probably again only soon formally officially".split())
_NOT_PAST = frozenset("hundred sacred naked wicked kindred".split())


@cache
def _phrases(polarity: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the cue phrases starting with it (word tuples, longest first)."""
    v = vocab()
    words = v.future_cues if polarity == FUTURE else v.past_cues
    out: dict[str, list[tuple[str, ...]]] = {}
    for cue in words:
        parts = tuple(cue.lower().split())
        out.setdefault(parts[0], []).append(parts)
    return {k: tuple(sorted(ps, key=len, reverse=True)) for k, ps in out.items()}


def _match(words: list[str], i: int, table: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """How many words of a cue phrase start at ``words[i]`` (0: none)."""
    for phrase in table.get(words[i], ()):
        if tuple(words[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _is_past_form(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and word[-3] != "e" and word not in _NOT_PAST


def find_cues(text: str) -> list[tuple[int, int, int]]:
    """(start, end, PAST|FUTURE) for every tense cue in ``text``, in order."""
    future, past = _phrases(FUTURE), _phrases(PAST)
    spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    lower = [w.lower() for _s, _e, w in spans]
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(spans):
        n = _match(lower, i, future) or int(lower[i].endswith(("'ll", "’ll")) or lower[i] == "won't")
        if n:
            j = i + n
            while j < len(spans) and lower[j] in _AUX:
                j += 1
            j = min(j + 1, len(spans))  # the verb governed by the future cue
            out.append((spans[i][0], spans[j - 1][1], FUTURE))
            i = j
            continue
        n = _match(lower, i, past)
        if n or _is_past_form(spans[i][2]):
            n = max(n, 1)
            out.append((spans[i][0], spans[i + n - 1][1], PAST))
            i += n
            continue
        i += 1
    return out


class Sentences:
    """Finds the sentence around a position; falls back to a simple split when none are given."""

    def __init__(self, text: str, sentences: tuple[Span, ...]) -> None:
        if not sentences:
            spans, pos = [], 0
            for m in _SENTENCE_END.finditer(text):
                spans.append(Span(pos, m.end()))
                pos = m.end()
            spans.append(Span(pos, len(text)))
            sentences = tuple(spans)
        self.spans = sentences
        self._starts = [s.start for s in sentences]

    def index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def around(self, pos: int) -> Span:
        return self.spans[self.index(pos)]


class Tense:
    """Tense cues of one article, computed on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cues: list[tuple[int, int, int]] | None = None
        self._starts: list[int] = []

    def at(self, sentence: Span, start: int, end: int) -> int:
        """PAST or FUTURE from the cue nearest ``[start, end)`` in ``sentence`` (cues after count double)."""
        if self._cues is None:
            self._cues = find_cues(self.text)
            self._starts = [c[0] for c in self._cues]
        lo = bisect.bisect_left(self._starts, max(sentence.start, start - 200))
        best, best_dist = UNKNOWN, 10**9
        for c_start, c_end, polarity in self._cues[lo:]:
            if c_start >= min(sentence.end, end + 120):
                break
            if c_start < end and c_end > start:
                continue  # a word inside the expression itself is not a cue
            dist = start - c_end if c_end <= start else (c_start - end) * 2
            if dist < best_dist:
                best, best_dist = polarity, dist
        return best
