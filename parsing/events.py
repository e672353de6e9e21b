"""Events: one per sentence that carries a date or time, or reports speech.

An event's date is the sentence's most specific dated expression (a calendar date before a vague
"now"/"recently"; a day before a month before a year; the narrower interval first; the earlier in
the sentence on a tie). A speech act with no dated expression is dated by the publication date
(``date_from="published"``). The dateline at the top of a body (e.g. "June 13, 2005") is the
publication date, not something that happened: it never dates an event, and a sentence that holds
nothing but dates is not an event. Participants are the entities named in the sentence plus the
speakers of the speech acts it reports.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from datetime import date

from .model import Entity, Event, EventDateSource, Quote, Span, TimeExpression

SUMMARY_LIMIT = 200
_DATED_TYPES = frozenset({"DATE", "TIME"})
_DAY_LEVEL = frozenset({"day", "time"})
_WORD = re.compile(r"\w")
_DATELINE_GLUE = re.compile(r"[\s,;:.\-–—|/]*")


def summarize(text: str, limit: int = SUMMARY_LIMIT) -> str:
    """Whitespace collapsed; cut on a word boundary with "…" past ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    if cut < limit // 2:
        cut = limit
    return flat[:cut].rstrip(" ,;:-–—") + "…"


class _Sentences:
    """Positions to sentence indices."""

    def __init__(self, sentences: tuple[Span, ...]) -> None:
        self.spans = sentences
        self.starts = [s.start for s in sentences]

    def at(self, pos: int) -> int | None:
        i = bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.spans[i].end else None

    def overlapping(self, start: int, end: int) -> range:
        first = max(bisect_right(self.starts, start) - 1, 0)
        last = bisect_right(self.starts, max(end - 1, start))
        return range(first, last)

    def meets(self, i: int, start: int, end: int) -> bool:
        s = self.spans[i]
        return (start < s.end and end > s.start) or (start == end and s.start <= start < s.end)


def _dateline_ids(text: str, times: list[TimeExpression]) -> set[str]:
    """The run of time expressions that opens the body, joined only by punctuation."""
    ids: set[str] = set()
    pos = len(text) - len(text.lstrip())
    for t in times:
        glue = _DATELINE_GLUE.match(text, pos)
        if t.start < pos or glue is None or t.start != glue.end():
            break
        ids.add(t.id)
        pos = t.end
    return ids


def _choose(candidates: list[TimeExpression]) -> TimeExpression | None:
    """The most specific expression with an interval: calendar dates before vague references
    ("now", "recently"), day-level first, then the narrowest interval, then the first in the text.
    Without any interval, the first expression (its event stays undated)."""
    dated = [t for t in candidates if t.earliest is not None or t.latest is not None]
    if not dated:
        return candidates[0] if candidates else None

    def key(t: TimeExpression) -> tuple[bool, bool, int, int]:
        width = (t.latest - t.earliest).days if t.earliest and t.latest else 10**7
        vague = t.value is not None and t.value.endswith("_REF")
        return (vague, t.granularity not in _DAY_LEVEL, width, t.start)

    return min(dated, key=key)


def _only_dates(text: str, span: Span, times: list[TimeExpression]) -> bool:
    """Whether the sentence has no word character outside its time expressions."""
    pos = span.start
    for t in times:
        if t.start > pos and _WORD.search(text, pos, min(t.start, span.end)):
            return False
        pos = max(pos, t.end)
    return pos >= span.end or _WORD.search(text, pos, span.end) is None


_Dating = tuple[str | None, date | None, date | None, EventDateSource | None]


def _dating(chosen: TimeExpression | None, speech: bool, published: date | None) -> _Dating | None:
    """(time id, earliest, latest, date_from) for a sentence, or None when it is no event."""
    has_date = chosen is not None and (chosen.earliest is not None or chosen.latest is not None)
    if chosen is not None and (has_date or not speech or published is None):
        return chosen.id, chosen.earliest, chosen.latest, "text" if has_date else None
    if speech:
        return None, published, published, "published" if published else None
    return None  # its only dates are the dateline's: nothing dated happened here


def _speech_sentence(q: Quote, index: _Sentences) -> int | None:
    """The sentence that reports a speech quote: the one with its cue, else where it opens."""
    if q.cue is not None:
        found = index.at(q.cue.start)
        if found is not None:
            return found
    for i in index.overlapping(q.start, q.end):
        if index.meets(i, q.start, q.end):
            return i
    return None


def _group(
    items: Iterable[tuple[int, int, str]], index: _Sentences, n: int
) -> list[list[str]]:
    """For each sentence, the ids of the items (start, end, id) that overlap it, in order."""
    out: list[dict[str, None]] = [{} for _ in range(n)]
    for start, end, item_id in items:
        i = index.at(start)
        if i is not None and end <= index.spans[i].end:  # the usual case: inside one sentence
            out[i][item_id] = None
            continue
        for i in index.overlapping(start, end):
            if index.meets(i, start, end):
                out[i][item_id] = None
    return [list(ids) for ids in out]


def _times_by_sentence(times: list[TimeExpression], index: _Sentences, n: int) -> list[list[TimeExpression]]:
    out: list[list[TimeExpression]] = [[] for _ in range(n)]
    for t in times:
        i = index.at(t.start)
        if i is not None:
            out[i].append(t)
    return out


def extract(
    text: str,
    sentences: tuple[Span, ...],
    times: tuple[TimeExpression, ...],
    entities: tuple[Entity, ...],
    quotes: tuple[Quote, ...],
    published: date | None,
) -> tuple[Event, ...]:
    """Events in sentence order, with ids v1, v2, …"""
    n = len(sentences)
    index = _Sentences(sentences)
    dated = sorted((t for t in times if t.type in _DATED_TYPES), key=lambda t: (t.start, t.end))
    dateline = _dateline_ids(text, dated)
    by_sentence = _times_by_sentence(dated, index, n)
    quote_ids = _group(((q.start, q.end, q.id) for q in quotes), index, n)
    mentions = ((m.start, m.end, e.id) for e in entities for m in e.mentions)
    participants = _group(mentions, index, n)
    speech: list[list[Quote]] = [[] for _ in range(n)]
    for q in quotes:
        i = _speech_sentence(q, index) if q.kind == "speech" else None
        if i is not None:
            speech[i].append(q)

    events: list[Event] = []
    for i, span in enumerate(sentences):
        found, said = by_sentence[i], speech[i]
        if not said and (not found or _only_dates(text, span, found)):
            continue
        dating = _dating(_choose([t for t in found if t.id not in dateline]), bool(said), published)
        if dating is None:
            continue
        time_id, earliest, latest, date_from = dating
        qids = dict.fromkeys([*quote_ids[i], *(q.id for q in said)])  # dicts: linear in the quotes
        who = dict.fromkeys([*participants[i], *(q.speaker_entity for q in said if q.speaker_entity)])
        events.append(Event(
            id=f"v{len(events) + 1}", start=span.start, end=span.end,
            summary=summarize(text[span.start:span.end]), time=time_id,
            earliest=earliest, latest=latest, date_from=date_from,
            entities=tuple(who), quotes=tuple(qids), sentence=i,
        ))
    return tuple(events)
