"""A fixed, hand-built set of articles for TUI snapshot tests, independent of the extractors.

Snapshots must change only when the TUI changes, so the articles are built here as model objects
(offsets computed from the text) and handed to the app through its ``loader`` hook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from parsing.model import Article, Entity, EntityType, Event, LoadError, Mention, Quote, Span, TimeExpression


@dataclass(frozen=True)
class Dated:
    """An event: the sentence starting with ``sentence``, dated by ``phrase`` inside it."""

    sentence: str
    phrase: str
    earliest: date
    latest: date
    granularity: str
    value: str


def _spans(text: str, pattern: str) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end()) for m in re.finditer(pattern, text))


def build(aid: str, path: str, title: str, source: str, published: date | None, byline: tuple[str, ...],
          paragraphs: list[str], quotes: list[tuple[str, str | None]],
          entities: list[tuple[str, EntityType, tuple[str, ...]]], events: list[Dated]) -> Article:
    text = "\n\n".join(paragraphs)
    paras = _spans(text, r"[^\n]+")
    sentences = _spans(text, r"[^\s][^\n]*?(?:[.!?][”\"]?(?=\s|$)|(?=\n)|$)")
    ents = tuple(
        Entity(f"e{i}", name, kind, roles=roles,
               mentions=tuple(Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)))
        for i, (name, kind, roles) in enumerate(entities, 1))
    qs = []
    for i, (quoted, speaker) in enumerate(quotes, 1):
        start = text.index(quoted)
        ent = next((e for e in ents if e.name == speaker), None)
        qs.append(Quote(f"q{i}", start, start + len(quoted), quoted, speaker=speaker,
                        speaker_entity=ent.id if ent else None))
    times, evs = [], []
    for i, ev in enumerate(events, 1):
        at = text.index(ev.sentence)
        span = next(s for s in sentences if s.start <= at < s.end)
        t_at = text.index(ev.phrase, span.start)
        times.append(TimeExpression(f"t{i}", t_at, t_at + len(ev.phrase), ev.phrase, "DATE", ev.value,
                                    ev.earliest, ev.latest, ev.granularity))  # type: ignore[arg-type]
        in_sentence = tuple(e.id for e in ents if any(span.start <= m.start < span.end for m in e.mentions))
        said = tuple(q.id for q in qs if span.start <= q.start < span.end)
        evs.append(Event(f"v{i}", span.start, span.end, text[span.start:span.end], f"t{i}", ev.earliest,
                         ev.latest, "text", in_sentence, said, sentences.index(span)))
    return Article(aid, path, "text", text, title=title, byline=byline, source=source, published=published,
                   published_from="metadata" if published else None, paragraphs=paras, sentences=sentences,
                   quotes=tuple(qs), entities=ents, times=tuple(times), events=tuple(evs))


BRIDGE = build(
    "a1bridge", "articles/bridge.txt", "Harbour bridge reopens after six months of repairs",
    "The Coast Gazette", date(2021, 11, 20), ("Ana Pereira",),
    [
        "The Harbour Bridge in Port Ellis reopened to traffic on November 19, 2021, six months after "
        "inspectors found corroded cables. Mayor Lina Ortiz cut the ribbon at noon.",
        "“We promised the town a safe bridge, and today we kept that promise,” Lina Ortiz said. "
        "The Harbour Authority said repairs cost $12 million.",
        "Inspectors first raised concerns in March 2019. “Nobody should have waited this long,” said "
        "Tomas Reyes, who leads the residents’ association.",
        "Control text kept inert: \x1b[2J and [bold]not bold[/bold] stay visible as written.",
    ],
    [("“We promised the town a safe bridge, and today we kept that promise,”", "Lina Ortiz"),
     ("“Nobody should have waited this long,”", "Tomas Reyes")],
    [("Lina Ortiz", "PERSON", ("Mayor",)), ("Port Ellis", "PLACE", ()), ("Harbour Authority", "ORG", ()),
     ("Tomas Reyes", "PERSON", ())],
    [Dated("The Harbour Bridge in Port Ellis reopened", "November 19, 2021", date(2021, 11, 19),
           date(2021, 11, 19), "day", "2021-11-19"),
     Dated("Inspectors first raised", "March 2019", date(2019, 3, 1), date(2019, 3, 31), "month", "2019-03")],
)

STORM = build(
    "b2storm", "articles/storm.txt", "Storm closes schools across the coast",
    "Valley Wire", date(2021, 12, 2), (),
    [
        "Schools in Port Ellis and Westhaven closed on December 1, 2021 as a winter storm brought gusts "
        "of 140 km/h. The Harbour Authority shut the bridge for the night.",
        "“It is the strongest storm since 1998,” said forecaster Mei Tanaka.",
    ],
    [("“It is the strongest storm since 1998,”", "Mei Tanaka")],
    [("Port Ellis", "PLACE", ()), ("Westhaven", "PLACE", ()), ("Harbour Authority", "ORG", ()),
     ("Mei Tanaka", "PERSON", ("forecaster",))],
    [Dated("Schools in Port Ellis", "December 1, 2021", date(2021, 12, 1), date(2021, 12, 1), "day",
           "2021-12-01"),
     Dated("“It is the strongest", "1998", date(1998, 1, 1), date(1998, 12, 31), "year", "1998")],
)

BUDGET = build(
    "c3budget", "articles/budget.txt", "Council passes budget with money for flood walls",
    "Port Ellis Herald", date(2021, 11, 5), ("Sam Okoro",),
    [
        "The Port Ellis council approved its 2022 budget on November 4, 2021 by seven votes to two. "
        "Councillor Rhea Dunn said the flood walls could not wait.",
    ],
    [],
    [("Port Ellis", "PLACE", ()), ("Rhea Dunn", "PERSON", ("Councillor",))],
    [Dated("The Port Ellis council approved", "November 4, 2021", date(2021, 11, 4), date(2021, 11, 4),
           "day", "2021-11-04")],
)

BROKEN = LoadError("articles/broken.json", "not valid JSON (line 1, column 2)")
BY_PATH: dict[str, list[Article | LoadError]] = {i.path: [i] for i in (BRIDGE, STORM, BUDGET, BROKEN)}
"""Paths to give the app (they need not exist: the loader answers for them)."""


def loader(path: str, published: date | None) -> list[Article | LoadError]:
    """The app's per-file loader, answering from the fixed set."""
    return BY_PATH[path]
