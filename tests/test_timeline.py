"""The cross-article timeline: order, filters, histogram (hand-made articles)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing.datefilter import CLEARED, DateRange, parse
from parsing.histogram import Bucket, Histogram, bucket_start, choose_unit, sparkline
from parsing.model import Article, Entity, Event, Quote, TimeExpression
from parsing.timeline import (
    build_timeline,
    filter_article,
    filter_entity,
    filter_entity_name,
    filter_members,
    filter_quotes,
    filter_range,
    histogram,
    newest,
)

D = date


def ev(eid: str, start: int, earliest: date | None = None, latest: date | None = None, *,
       entities: tuple[str, ...] = (), quotes: tuple[str, ...] = (), time: str | None = None) -> Event:
    return Event(eid, start, start + 5, f"event {eid}", time=time, earliest=earliest,
                 latest=latest if latest is not None else earliest,
                 date_from="text" if earliest or latest else None,
                 entities=entities, quotes=quotes)


def article(aid: str, published: date | None, events: tuple[Event, ...], **kw: object) -> Article:
    return Article(id=aid, path=f"{aid}.md", format="markdown", text="x" * 500, title=f"Title {aid}",
                   published=published, events=events, **kw)  # type: ignore[arg-type]


A = article(
    "a", D(2021, 11, 23),
    (
        ev("v1", 0, D(2021, 11, 23), entities=("e1",), quotes=("q1",)),
        ev("v2", 10, D(2021, 1, 1), D(2021, 12, 31), entities=("e2",), time="t1"),
        ev("v3", 20),  # undated: placed at the publication date
        ev("v4", 30, D(2021, 11, 23), entities=("e1", "e2")),
    ),
    entities=(Entity("e1", "Mark Milley", "PERSON"), Entity("e2", "Pentagon", "ORG")),
    quotes=(Quote("q1", 0, 4, '"hi"', "speech", speaker="Mark Milley", speaker_entity="e1"),),
    times=(TimeExpression("t1", 0, 4, "2021", "DATE", "2021", D(2021, 1, 1), D(2021, 12, 31), "year"),),
)
B = article(
    "b", None,
    (
        ev("v1", 0, D(2020, 5, 4), entities=("e1",)),
        ev("v2", 10),  # undated in an undated article: last
    ),
    entities=(Entity("e1", "mark  MILLEY", "PERSON"),),
)
C = article("c", D(2021, 11, 23), (ev("v1", 5, D(2021, 11, 23)),))


def keys(entries: tuple[object, ...]) -> list[str]:
    return [f"{e.article_id}.{e.event.id}" for e in entries]  # type: ignore[attr-defined]


def test_order_is_by_interval_then_article_then_position() -> None:
    tl = build_timeline([A, B, C])
    assert keys(tl) == ["b.v1", "a.v2", "a.v1", "a.v4", "c.v1", "a.v3", "b.v2"]


def test_order_does_not_depend_on_event_order_inside_an_article() -> None:
    shuffled = article("a", A.published, tuple(reversed(A.events)), entities=A.entities,
                       quotes=A.quotes, times=A.times)
    assert keys(build_timeline([shuffled, B, C])) == keys(build_timeline([A, B, C]))


def test_entry_carries_article_speakers_names_and_precision() -> None:
    first = {f"{e.article_id}.{e.event.id}": e for e in build_timeline([A])}
    assert first["a.v1"].speakers == ("Mark Milley",)
    assert first["a.v1"].article_title == "Title a" and first["a.v1"].article_path == "a.md"
    assert first["a.v4"].entity_names == ("Mark Milley", "Pentagon")
    assert first["a.v2"].when == "2021"
    assert first["a.v3"].when == "undated" and not first["a.v3"].dated


def test_filter_range_overlap_and_open_ends() -> None:
    tl = build_timeline([A, B, C])
    nov = parse("nov 2021", D(2021, 11, 23))
    assert keys(filter_range(tl, nov, "overlap")) == ["a.v2", "a.v1", "a.v4", "c.v1"]
    assert keys(filter_range(tl, parse("before 2021", D(2021, 11, 23)), "overlap")) == ["b.v1"]
    assert keys(filter_range(tl, DateRange(D(2021, 12, 31), None, "x"), "overlap")) == ["a.v2"]
    assert filter_range(tl, CLEARED) == tl


def test_filter_range_within_is_the_default_and_leaves_coarser_events_out() -> None:
    tl = build_timeline([A, B, C])
    nov = parse("nov 2021", D(2021, 11, 23))
    assert keys(filter_range(tl, nov)) == ["a.v1", "a.v4", "c.v1"]  # "2021" merely overlaps Nov
    assert keys(filter_range(tl, parse("2021", D(2021, 11, 23)))) == ["a.v2", "a.v1", "a.v4", "c.v1"]
    assert keys(filter_range(tl, DateRange(D(2021, 12, 31), None, "x"))) == []
    assert filter_range(tl, CLEARED, "within") == tl


def test_open_ended_events_are_never_within_a_range() -> None:
    open_end = article("o", D(2026, 3, 2), (ev("v1", 0, None, D(2026, 3, 2)),))
    tl = build_timeline([open_end])
    march = parse("mar 2026", D(2026, 3, 2))
    assert keys(filter_range(tl, march, "overlap")) == ["o.v1"]
    assert filter_range(tl, march) == ()


def test_histogram_unit_is_never_finer_than_the_events() -> None:
    only_year = article("y", None, (ev("v1", 0, D(2014, 1, 1), D(2014, 12, 31), time="t1"),),
                        times=(TimeExpression("t1", 0, 4, "2014", "DATE", "2014", D(2014, 1, 1),
                                              D(2014, 12, 31), "year"),))
    hist = histogram(build_timeline([only_year]))
    assert hist.unit == "year"
    assert [(b.start, b.count) for b in hist.buckets] == [(D(2014, 1, 1), 1)]
    mixed = histogram(build_timeline([only_year, C]))
    assert mixed.unit != "decade" and mixed.unit in ("month", "year")


def test_filter_article_and_entity() -> None:
    tl = build_timeline([A, B, C])
    assert keys(filter_article(tl, "b")) == ["b.v1", "b.v2"]
    assert keys(filter_entity(tl, "a", "e1")) == ["a.v1", "a.v4"]
    assert keys(filter_entity(tl, "b", "e2")) == []
    assert keys(filter_entity_name(tl, "Mark Milley")) == ["b.v1", "a.v1", "a.v4"]
    assert filter_entity_name(tl, "Milley") == ()


def test_newest_prefers_publication_dates() -> None:
    assert newest(build_timeline([A, B])) == D(2021, 11, 23)
    assert newest(build_timeline([B])) == D(2020, 5, 4)
    assert newest(()) is None


@pytest.mark.parametrize(("first", "last", "unit"), [
    (D(2021, 11, 1), D(2021, 11, 30), "day"),
    (D(2021, 1, 1), D(2021, 6, 30), "week"),
    (D(2015, 1, 1), D(2019, 6, 30), "month"),
    (D(1990, 1, 1), D(2021, 6, 30), "year"),
    (D(1700, 1, 1), D(2021, 6, 30), "decade"),
])
def test_unit_follows_the_span(first: date, last: date, unit: str) -> None:
    assert choose_unit(first, last) == unit


def test_histogram_counts_and_marks_the_range() -> None:
    tl = build_timeline([A, B, C])
    hist = histogram(tl, parse("2021", D(2021, 11, 23)))
    assert hist.unit == "month"
    assert hist.undated == 2
    assert sum(b.count for b in hist.buckets) == len(tl) - 2
    assert hist.buckets[0].start == D(2020, 5, 1) and hist.buckets[-1].start == D(2021, 11, 1)
    by_start = {b.start: b for b in hist.buckets}
    assert by_start[D(2021, 11, 1)].count == 3 and by_start[D(2021, 1, 1)].count == 1
    assert [b.start for b in hist.buckets if b.selected] == [D(2021, m, 1) for m in range(1, 12)]
    for before, after in zip(hist.buckets, hist.buckets[1:], strict=False):
        assert (after.start - before.end).days == 1
    assert not any(b.selected for b in histogram(tl).buckets)


def test_histogram_of_nothing_dated() -> None:
    hist = histogram(build_timeline([article("z", None, (ev("v1", 0),))]))
    assert hist.buckets == () and hist.undated == 1
    assert sparkline(hist) == ""


def test_sparkline_heights() -> None:
    hist = Histogram("day", tuple(Bucket(D(2021, 1, d), D(2021, 1, d), c) for d, c in
                                  ((1, 0), (2, 1), (3, 8), (4, 4))))
    line = sparkline(hist)
    assert len(line) == 4 and line[0] == " " and line[2] == "█" and line[1] < line[3] < line[2]


@pytest.mark.parametrize(("d", "unit", "start"), [
    (D(2021, 11, 25), "week", D(2021, 11, 22)),
    (D(2021, 11, 25), "month", D(2021, 11, 1)),
    (D(2021, 11, 25), "decade", D(2020, 1, 1)),
])
def test_bucket_start(d: date, unit: str, start: date) -> None:
    assert bucket_start(d, unit) == start


def test_decade_buckets_at_the_start_of_the_calendar() -> None:
    early = article("e", None, (ev("v1", 0, D(1, 1, 1)), ev("v2", 5, D(25, 6, 1))))
    hist = histogram(build_timeline([early]), max_buckets=2)
    assert hist.unit == "decade"
    got = [(b.start.year, b.end.year, b.count) for b in hist.buckets]
    assert got == [(1, 9, 1), (10, 19, 0), (20, 29, 1)]


def test_filter_members_and_quotes_take_pairs_of_article_and_id() -> None:
    tl = build_timeline([A, B, C])
    assert keys(filter_members(tl, {("a", "e2")})) == ["a.v2", "a.v4"]
    assert keys(filter_members(tl, {("a", "e1"), ("b", "e1")})) == ["b.v1", "a.v1", "a.v4"]
    assert keys(filter_members(tl, {("c", "e1")})) == []
    assert keys(filter_quotes(tl, {("a", "q1")})) == ["a.v1"]
    assert filter_quotes(tl, {("b", "q1")}) == ()
