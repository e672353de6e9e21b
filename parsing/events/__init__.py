"""Events: one per sentence that carries a date or time, or reports speech.

An event's date is the sentence's most specific dated expression (a calendar date before a vague
"now"/"recently"; a day before a month before a year; the narrower interval first; the earlier in
the sentence on a tie). The dateline at the top of a body (e.g. "June 13, 2005") is the
publication date, not something that happened: it never dates an event, and a sentence that holds
nothing but dates is not an event. Participants are the entities named in the sentence plus the
speakers of the speech acts it reports.

A sentence that reports speech is a ``speech`` event dated when the words were said, not at a year
they mention: by a time in the reporting clause, next to the speech verb ("said on Monday", "told
reporters in Halden on Tuesday", "On Friday, the mayor said"), else by the publication date
(``date_from="published"``). The sentence's other times make events of their own, under what
happened and not under the speaker (one ``reported`` event for the times in the quoted words, one
``statement`` for those around them), only where the sentence asserts that something happened
then (``clauses``): a past verb in the same clause ("the dam, built in 1962", "in 2011 they patched
it"), the time a day or a period named with in/on/at/during (not "since 1984", not the modifier in "the 2019
review") and not after the publication date ("next year" never happened).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from datetime import date

from ..model import Entity, Event, EventDateSource, EventKind, Quote, Span, TimeExpression
from .clauses import asserts_happening, tied_to_cue

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


class _Quoted:
    """Quotes of one sentence, to ask whether a time is inside one (by bisection, not a scan)."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self._spans = sorted((q.start, q.end) for q in quotes)
        self._reach = []  # the furthest end among the spans so far (quotes may nest)
        far = -1
        for _, end in self._spans:
            far = max(far, end)
            self._reach.append(far)

    def holds(self, t: TimeExpression) -> bool:
        i = bisect_right(self._spans, (t.start, float("inf"))) - 1
        return i >= 0 and self._reach[i] > t.start


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

    by_id = {q.id: q for q in quotes}
    events: list[Event] = []

    def add(i: int, dating: _Dating, who: list[str], qids: list[str], kind: EventKind) -> None:
        span = sentences[i]
        time_id, earliest, latest, date_from = dating
        events.append(Event(
            id=f"v{len(events) + 1}", start=span.start, end=span.end,
            summary=summarize(text[span.start:span.end]), time=time_id,
            earliest=earliest, latest=latest, date_from=date_from,
            entities=tuple(who), quotes=tuple(qids), sentence=i, kind=kind,
        ))

    for i, span in enumerate(sentences):
        found, said = by_sentence[i], speech[i]
        if not said and (not found or _only_dates(text, span, found)):
            continue
        own = [t for t in found if t.id not in dateline]
        qids = list(dict.fromkeys([*quote_ids[i], *(q.id for q in said)]))  # dicts: linear in the quotes
        in_quotes = _Quoted([by_id[q] for q in qids])
        narration = [t for t in own if not in_quotes.holds(t)]
        speakers = dict.fromkeys(q.speaker_entity for q in in_quotes.quotes
                                 if q.kind == "speech" and q.speaker_entity)
        others = [e for e in participants[i] if e not in speakers]
        if said:
            cues = list({(q.cue.start, q.cue.end): q.cue for q in said if q.cue is not None}.values())
            saying = [t for t in narration if any(tied_to_cue(text, t, cue) for cue in cues)]
            who = list(dict.fromkeys([*participants[i], *speakers]))
            add(i, _dating(_choose(saying), True, published) or (None, None, None, None), who, qids, "speech")
            narration = [t for t in narration
                         if t not in saying and asserts_happening(text, t, span, published)]
        if narration:
            dating = _dating(_choose(narration), False, published)
            if dating is not None:
                add(i, dating, others if said else list(participants[i]), [] if said else qids, "statement")
        happened = [t for t in own if in_quotes.holds(t) and asserts_happening(text, t, span, published)]
        spoken = _Quoted([q for q in in_quotes.quotes if q.kind == "speech"])
        split: tuple[tuple[EventKind, list[TimeExpression]], ...] = (
            ("reported", [t for t in happened if spoken.holds(t)]),
            ("statement", [t for t in happened if not spoken.holds(t)]))
        for kind, times_of_kind in split:
            dating = _dating(_choose(times_of_kind), False, published) if times_of_kind else None
            if dating is not None:
                add(i, dating, others, [], kind)
    return tuple(events)
