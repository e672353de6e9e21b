"""Every speech quote of a library with its speaker's identity and its date; speakers with totals.

A quote is dated when it was said: the day the text gives for the saying (the reporting sentence's
event is dated to a day, not after publication: "said on Monday"), else the article's publication
date. A year or a month the sentence mentions is what was talked about, not when ("I have lived here
since 1984"). Quotes of undated articles with no such day come last.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ..model import Article, Quote
from ..when import format_when
from .identity import Identities, Identity, norm


@dataclass(frozen=True, slots=True)
class QuoteEntry:
    """One quote with what a list of quotes across articles shows of it."""

    article_id: str
    article_title: str | None
    article_source: str | None
    article_path: str
    quote: Quote
    speaker: str | None  # the identity's name, else the name the article gives
    speaker_id: str | None  # the identity's id, else "?:" and the name
    earliest: date | None = None
    latest: date | None = None
    granularity: str = "none"

    @property
    def when(self) -> str:
        return format_when(self.earliest, self.latest, self.granularity)


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    """A speaker across the library: how many quotes, from when to when, in how many articles."""

    id: str
    name: str
    quotes: int
    first: date | None
    last: date | None
    articles: int

    @property
    def span(self) -> str:
        if self.first is None or self.last is None:
            return "undated"
        return format_when(self.first, self.last, "day")


_DAY_LEVEL = frozenset({"day", "time"})


def said_on(article: Article) -> dict[str, date]:
    """Quote id -> the day its reporting sentence gives (a day, not after publication)."""
    times = {t.id: t.granularity for t in article.times}
    out: dict[str, date] = {}
    for ev in article.events:
        day = ev.earliest
        if ev.date_from != "text" or day is None or ev.latest != day:
            continue
        if times.get(ev.time or "") not in _DAY_LEVEL or (article.published and day > article.published):
            continue
        for qid in ev.quotes:
            out.setdefault(qid, day)
    return out


def _speaker(article: Article, q: Quote, identities: Identities) -> tuple[str | None, str | None]:
    if q.speaker_entity is not None:
        ident = identities.of(article.id, q.speaker_entity)
        if ident is not None:
            return ident.name, ident.id
    if not q.speaker:
        return None, None
    wanted = norm(q.speaker)
    for e in article.entities:
        if norm(e.name) == wanted:
            ident = identities.of(article.id, e.id)
            if ident is not None:
                return ident.name, ident.id
    return q.speaker, "?:" + wanted


def library_quotes(articles: Iterable[Article], identities: Identities) -> tuple[QuoteEntry, ...]:
    """Every speech quote, in date order (then the article's place, then the quote's)."""
    keyed: list[tuple[tuple[bool, date, int, int], QuoteEntry]] = []
    for rank, article in enumerate(articles):
        said = said_on(article)
        for q in article.quotes:
            if q.kind != "speech":
                continue
            day = said.get(q.id, article.published)
            name, sid = _speaker(article, q, identities)
            entry = QuoteEntry(article.id, article.title, article.source, article.path, q, name, sid,
                               day, day, "day" if day else "none")
            keyed.append(((day is None, day or date.max, rank, q.start), entry))
    keyed.sort(key=lambda pair: pair[0])
    return tuple(e for _, e in keyed)


def speakers(quotes: Iterable[QuoteEntry]) -> list[SpeakerRow]:
    """Every speaker of ``quotes``, the most quoted first."""
    rows: dict[str, list[QuoteEntry]] = {}
    for q in quotes:
        if q.speaker_id is not None:
            rows.setdefault(q.speaker_id, []).append(q)
    out: list[SpeakerRow] = []
    for sid, said in rows.items():
        days = [d for q in said for d in (q.earliest, q.latest) if d is not None]
        out.append(SpeakerRow(sid, said[0].speaker or "", len(said), min(days, default=None),
                              max(days, default=None), len({q.article_id for q in said})))
    out.sort(key=lambda r: (-r.quotes, r.name.casefold()))
    return out


def by_speaker(quotes: Sequence[QuoteEntry], speaker_ids: Iterable[str]) -> tuple[QuoteEntry, ...]:
    wanted = set(speaker_ids)
    return tuple(q for q in quotes if q.speaker_id in wanted)


def speaker_identities(quotes: Iterable[QuoteEntry], identities: Identities) -> list[Identity]:
    """Every speaker of ``quotes`` as an identity to look up by name; a speaker no entity stands for
    (a name the attribution found but the entities did not) is an identity of its own."""
    out: list[Identity] = []
    for row in speakers(quotes):
        known = identities.get(row.id)
        out.append(known or Identity(row.id, row.name, "OTHER", articles=row.articles, mentions=row.quotes))
    return out
