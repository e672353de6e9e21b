"""Counting events by date: buckets of a day, week, month, year or decade, and a sparkline.

It counts spans, ``(earliest, latest, granularity, how many)``, so a store can group its events and
hand over the groups: one pass over the groups, never over every event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .datefilter import DateRange

Unit = str  # "day" | "week" | "month" | "year" | "decade"
UNITS: tuple[Unit, ...] = ("day", "week", "month", "year", "decade")
_SPARKS = "▁▂▃▄▅▆▇█"


@dataclass(frozen=True, slots=True)
class Bucket:
    """Events whose start falls in ``[start, end]``; ``selected`` if it meets the filter range."""

    start: date
    end: date
    count: int
    selected: bool = False


@dataclass(frozen=True, slots=True)
class Histogram:
    unit: Unit
    buckets: tuple[Bucket, ...]
    undated: int = 0


def bucket_start(d: date, unit: Unit) -> date:
    """The first day of the bucket of ``unit`` holding ``d``."""
    if unit == "day":
        return d
    if unit == "week":
        return d - timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    if unit == "year":
        return date(d.year, 1, 1)
    return date(max(1, d.year - d.year % 10), 1, 1)


def next_bucket(start: date, unit: Unit) -> date:
    """The first day of the bucket after the one starting at ``start`` (``date.max`` past the end)."""
    try:
        if unit in ("day", "week"):
            return start + timedelta(days=1 if unit == "day" else 7)
        if unit == "month":
            return date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return date(start.year + 1 if unit == "year" else start.year - start.year % 10 + 10, 1, 1)
    except (ValueError, OverflowError):
        return date.max


def _count(first: date, last: date, unit: Unit) -> int:
    if unit == "day":
        return (last - first).days + 1
    if unit == "week":
        return (bucket_start(last, unit) - bucket_start(first, unit)).days // 7 + 1
    if unit == "month":
        return (last.year - first.year) * 12 + last.month - first.month + 1
    step = 1 if unit == "year" else 10
    return (last.year // step) - (first.year // step) + 1


def choose_unit(first: date, last: date, max_buckets: int = 60, finest: Unit = "day") -> Unit:
    """The finest unit (no finer than ``finest``) that shows the span in at most ``max_buckets``."""
    return next((u for u in UNITS[UNITS.index(finest):] if _count(first, last, u) <= max_buckets), UNITS[-1])


_UNIT_OF: dict[str, Unit] = {
    "time": "day", "day": "day", "week": "week", "month": "month", "season": "month", "quarter": "month",
    "half": "month", "year": "year", "decade": "decade", "century": "decade",
}


SpanCount = tuple[date | None, date | None, str, int]
"""Events counted by span: (earliest, latest, granularity, how many) — what a store can group."""


def precision_of(spans: Iterable[SpanCount]) -> Unit:
    units = {_UNIT_OF.get(g, "day") for a, b, g, _ in spans if a is not None or b is not None}
    return next((u for u in UNITS if u in units), "day")


def histogram_of(
    spans: Sequence[SpanCount], selected: DateRange | None = None, max_buckets: int = 60
) -> Histogram:
    """:func:`histogram` of events counted by span (a pass over the spans, not the events)."""
    starts = [(a or b, n) for a, b, _, n in spans]
    days = sorted((d, n) for d, n in starts if d is not None)
    undated = sum(n for d, n in starts if d is None)
    if not days:
        return Histogram("day", (), undated)
    unit = choose_unit(days[0][0], days[-1][0], max_buckets, precision_of(spans))
    counts: dict[date, int] = {}
    for d, n in days:
        key = bucket_start(d, unit)
        counts[key] = counts.get(key, 0) + n
    buckets: list[Bucket] = []
    start = bucket_start(days[0][0], unit)
    while start <= days[-1][0]:
        after = next_bucket(start, unit)
        end = after - timedelta(days=1) if after != date.max else date.max
        chosen = selected is not None and not selected.is_open and selected.overlaps(start, end)
        buckets.append(Bucket(start, end, counts.get(start, 0), chosen))
        if after == date.max:
            break
        start = after
    return Histogram(unit, tuple(buckets), undated)


def sparkline(hist: Histogram) -> str:
    """One block character per bucket, height by count (empty buckets show as a space)."""
    top = max((b.count for b in hist.buckets), default=0)
    if top == 0:
        return " " * len(hist.buckets)
    return "".join(
        _SPARKS[min(len(_SPARKS) - 1, (b.count * len(_SPARKS) - 1) // top)] if b.count else " "
        for b in hist.buckets
    )
