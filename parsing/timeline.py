"""The timeline across many articles: entries, their order, filters, and their histogram
(counted by ``histogram``).

Order (total and deterministic for a given list of articles):

1. Events with a date of their own, by ``earliest`` then ``latest`` (a missing side takes the other).
2. Undated events are placed at their article's publication date, after the dated events that share
   that day (and interval); undated events of an article without a publication date go last.
3. Ties: the article's place in the input, then the event's position in the body.

Plain Python, shared by the reader and the command line.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from .datefilter import DateRange
from .histogram import Histogram, SpanCount, Unit, histogram_of, precision_of
from .model import Article, Event
from .when import format_when

_KIND_LABEL = {"statement": "", "speech": "said", "reported": "reported"}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event with what the timeline shows of its article."""

    article_id: str
    article_title: str | None
    article_source: str | None
    article_path: str
    article_published: date | None
    event: Event
    speakers: tuple[str, ...] = ()
    entity_names: tuple[str, ...] = ()
    granularity: str = "none"

    @property
    def dated(self) -> bool:
        return self.event.earliest is not None or self.event.latest is not None

    @property
    def kind_label(self) -> str:
        """How the event is shown apart: "said" for a speech act, "reported" for what a speaker's
        words say happened, nothing for what the text itself says happened."""
        return _KIND_LABEL[self.event.kind]

    @property
    def when(self) -> str:
        """The event's date at its true precision ("Nov 2021", "Tue 23 Nov 2021", "undated")."""
        return format_when(self.event.earliest, self.event.latest, self.granularity)


def _entries(article: Article) -> Iterator[TimelineEntry]:
    """The article's events as timeline entries; its quotes, entities and times are indexed once."""
    quotes = {q.id: q for q in article.quotes}
    entities = {e.id: e.name for e in article.entities}
    times = {t.id: t for t in article.times}
    for event in article.events:
        speakers: list[str] = []
        for qid in event.quotes:
            q = quotes.get(qid)
            if q is not None and q.kind == "speech" and q.speaker and q.speaker not in speakers:
                speakers.append(q.speaker)
        names = tuple(entities[eid] for eid in event.entities if eid in entities)
        if event.date_from == "published":
            granularity = "day"
        else:
            t = times.get(event.time) if event.time else None
            granularity = t.granularity if t is not None else "none"
        yield TimelineEntry(
            article_id=article.id, article_title=article.title, article_source=article.source,
            article_path=article.path, article_published=article.published, event=event,
            speakers=tuple(speakers), entity_names=names, granularity=granularity,
        )


TimelineOrder = tuple[bool, date, date, int, int, int]


def _sort_key(entry: TimelineEntry, rank: int) -> TimelineOrder:
    ev = entry.event
    first = ev.earliest or ev.latest
    last = ev.latest or ev.earliest
    tier = 0
    if first is None or last is None:
        first = last = entry.article_published
        tier = 1
    return (first is None, first or date.max, last or date.max, tier, rank, ev.start)


def keyed_timeline(
    articles: Iterable[Article], first_rank: int = 0
) -> list[tuple[TimelineOrder, TimelineEntry]]:
    """The events of ``articles`` with their place in timeline order, unsorted; the articles are
    ranked from ``first_rank`` on (so the events of articles loaded later can be merged into place)."""
    return [
        (_sort_key(entry, rank), entry)
        for rank, article in enumerate(articles, first_rank)
        for entry in _entries(article)
    ]


def build_timeline(articles: Iterable[Article]) -> tuple[TimelineEntry, ...]:
    """Every event of every article, in timeline order (see the module docstring)."""
    keyed = keyed_timeline(articles)
    keyed.sort(key=lambda pair: pair[0])
    return tuple(entry for _, entry in keyed)


RangeMode = Literal["within", "overlap"]
RANGE_MODES: tuple[RangeMode, ...] = ("within", "overlap")


def within(entry: TimelineEntry, selected: DateRange) -> bool:
    """Whether the event's whole interval lies in the range (an open end never does)."""
    return selected.contains(entry.event.earliest, entry.event.latest)


def filter_range(
    entries: Iterable[TimelineEntry], selected: DateRange, mode: RangeMode = "within"
) -> tuple[TimelineEntry, ...]:
    """Entries in the range: wholly inside it (``within``, the default: what happened then), or
    meeting it at all (``overlap``: also "2021" or "until 2 Mar 2026" for a Nov 2021 range).
    Undated entries only when the range is open."""
    if selected.is_open:
        return tuple(entries)
    if mode == "within":
        return tuple(e for e in entries if within(e, selected))
    return tuple(
        e for e in entries if e.dated and selected.overlaps(e.event.earliest, e.event.latest)
    )


def filter_members(
    entries: Iterable[TimelineEntry], members: Collection[tuple[str, str]]
) -> tuple[TimelineEntry, ...]:
    """Events with a participant among ``members`` ((article id, entity id) pairs: an identity's)."""
    wanted = set(members)
    return tuple(e for e in entries if any((e.article_id, eid) in wanted for eid in e.event.entities))


def filter_quotes(
    entries: Iterable[TimelineEntry], quotes: Collection[tuple[str, str]]
) -> tuple[TimelineEntry, ...]:
    """Events that report one of ``quotes`` ((article id, quote id) pairs: a speaker's)."""
    wanted = set(quotes)
    return tuple(e for e in entries if any((e.article_id, qid) in wanted for qid in e.event.quotes))


def filter_article(entries: Iterable[TimelineEntry], article_id: str) -> tuple[TimelineEntry, ...]:
    return tuple(e for e in entries if e.article_id == article_id)


def filter_entity(
    entries: Iterable[TimelineEntry], article_id: str, entity_id: str
) -> tuple[TimelineEntry, ...]:
    """Events of one article in which one of its entities takes part."""
    return tuple(e for e in entries if e.article_id == article_id and entity_id in e.event.entities)


def _norm_name(name: str) -> str:
    return " ".join(name.casefold().split())


def filter_entity_name(entries: Iterable[TimelineEntry], name: str) -> tuple[TimelineEntry, ...]:
    """Events in any article with a participant of this canonical name (case and spacing ignored)."""
    wanted = _norm_name(name)
    return tuple(e for e in entries if any(_norm_name(n) == wanted for n in e.entity_names))


def newest(entries: Iterable[TimelineEntry]) -> date | None:
    """The newest publication date, else the newest event date: the anchor for "last 7 days"."""
    entries = tuple(entries)
    published = [e.article_published for e in entries if e.article_published is not None]
    if published:
        return max(published)
    ends = [d for e in entries for d in (e.event.latest, e.event.earliest) if d is not None]
    return max(ends, default=None)


def spans_of(entries: Iterable[TimelineEntry]) -> list[SpanCount]:
    return [(e.event.earliest, e.event.latest, e.granularity, 1) for e in entries]


def precision(entries: Iterable[TimelineEntry]) -> Unit:
    """The finest unit the dated entries are known to: a year when every one is only a year."""
    return precision_of(spans_of(entries))


def histogram(
    entries: Sequence[TimelineEntry], selected: DateRange | None = None, max_buckets: int = 60
) -> Histogram:
    """Counts of dated events per bucket (by their first day), across the whole span of ``entries``."""
    return histogram_of(spans_of(entries), selected, max_buckets)
