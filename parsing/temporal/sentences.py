"""The sentences of an article as the time extractor reads them, and the quotation around a time."""

from __future__ import annotations

import bisect
import re

from .. import segment
from ..model import Span

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


def quoted(text: str, sentence: Span, start: int, end: int) -> tuple[int, int] | None:
    """The quotation of the sentence that holds ``[start, end)``, if any, when it is someone's words:
    curly marks, else an odd number of straight ones before it. A name in quotation marks (a few
    words, each capitalised: ``calling the day "Black Tuesday"``) is the writer's: None."""
    # a quotation may open sentences before this one, in the same paragraph ("… right now. The real
    # horse-trading happens at the weekend," he said)
    lo = text.rfind("\n", 0, sentence.start) + 1
    opening = text.rfind("“", lo, start)
    if opening != -1 and text.rfind("”", lo, start) < opening:
        closing = text.find("”", end, sentence.end)
    elif opening == -1 and text.count('"', lo, start) % 2 == 1:
        opening, closing = text.rfind('"', lo, start), text.find('"', end, sentence.end)
    else:
        return None
    if closing == -1:
        return opening, sentence.end  # the quotation runs on past the sentence: someone's words
    words = WORD.findall(text, opening, closing)
    if len(words) <= _FEW_WORDS and all(w[:1].isupper() for w in words):
        return None
    return opening, closing
