"""The sentences of an article as the time extractor reads them, and the quotation around a time."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .. import segment
from ..model import Span
from ..segment import marks

WORD = re.compile(r"(?:[^\W\d_]|['’])+")  # letters of any script: "Vītols" is one word
_FEW_WORDS = 3  # a quotation this short with every word capitalised is a name ("Black Tuesday")


class Sentences:
    """Finds the sentence around a position; the text's own sentences (``segment``) when none are given."""

    def __init__(self, text: str, sentences: tuple[Span, ...]) -> None:
        if not sentences:
            sentences = segment.sentences(text, segment.paragraphs(text)) or (Span(0, len(text)),)
        self.spans = sentences
        self._starts = [s.start for s in sentences]

    def index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def around(self, pos: int) -> Span:
        return self.spans[self.index(pos)]


@lru_cache(maxsize=4)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    """The text's quotations, as the one quotation finder (``segment.marks``, which the attribution
    reads too) pairs their marks: double ones, and single ones where the text quotes in single
    marks; not a label in single marks."""
    return tuple((q.start, q.end) for q in marks.find(text, segment.paragraphs(text)) if not q.single)


def quoted(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation that holds ``[start, end)``, if any, when it is someone's words (it may open
    sentences before, in the same paragraph). A name in quotation marks (a few words, each
    capitalised: ``calling the day "Black Tuesday"``) is the writer's: None."""
    spans = _quotations(text)
    k = bisect.bisect_right(spans, (start, len(text) + 1)) - 1
    if k < 0 or not spans[k][0] < start or spans[k][1] < end:
        return None
    opening, closing = spans[k]
    words = WORD.findall(text, opening, closing)
    if len(words) <= _FEW_WORDS and all(w[:1].isupper() for w in words):
        return None
    return opening, closing
