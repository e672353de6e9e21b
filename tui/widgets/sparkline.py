"""A one-line histogram of events over time; the buckets inside the date filter are highlighted."""

from __future__ import annotations

from datetime import date, timedelta
from typing import ClassVar

from rich.text import Text
from textual.widgets import Static

BARS = " ▁▂▃▄▅▆▇█"
_UNITS: tuple[tuple[str, int], ...] = (("day", 1), ("week", 7), ("month", 31), ("year", 366))


def _bucket_start(d: date, unit: str) -> date:
    if unit == "day":
        return d
    if unit == "week":
        return d - timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    return d.replace(month=1, day=1)


def _next(d: date, unit: str) -> date:
    if unit in ("day", "week"):
        return d + timedelta(days=1 if unit == "day" else 7)
    if unit == "month":
        return (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return d.replace(year=d.year + 1)


def buckets(days: list[date], width: int) -> tuple[str, list[tuple[date, int]]]:
    """Counts of ``days`` per calendar unit, the finest unit that fits in ``width`` columns."""
    if not days:
        return "day", []
    first, last = min(days), max(days)
    unit = next((u for u, n in _UNITS if (last - first).days // n + 1 <= width), "year")
    starts: list[date] = []
    d = _bucket_start(first, unit)
    while d <= last:
        starts.append(d)
        d = _next(d, unit)
    counts = dict.fromkeys(starts, 0)
    for day in days:
        counts[_bucket_start(day, unit)] += 1
    return unit, list(counts.items())


class Sparkline(Static):
    """Bars of event counts; ``set_data`` redraws with the filter's buckets highlighted."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"sparkline--inside", "sparkline--outside"}
    DEFAULT_CSS = """
    Sparkline { height: 2; }
    Sparkline > .sparkline--inside { color: $accent; text-style: bold; }
    Sparkline > .sparkline--outside { color: $foreground 50%; }
    """

    def set_data(self, days: list[date], start: date | None, end: date | None) -> None:
        width = max(1, self.size.width or 40)
        unit, counts = buckets(days, width)
        if not counts:
            self.update(Text("no dated events", style="dim"))
            return
        top = max(n for _, n in counts) or 1
        filtered = start is not None or end is not None
        inside_style = self.get_component_rich_style("sparkline--inside")
        outside_style = self.get_component_rich_style("sparkline--outside") if filtered else None
        text = Text()
        for day, n in counts:
            inside = (start is None or _next(day, unit) > start) and (end is None or day <= end)
            bar = BARS[0 if n == 0 else max(1, round(n / top * (len(BARS) - 1)))]
            text.append(bar, style=inside_style if inside else outside_style)
        left, right = counts[0][0].isoformat(), counts[-1][0].isoformat()
        gap = max(1, len(counts) - len(left) - len(right))
        text.append("\n" + left + " " * gap + right + f"  per {unit}", style="dim")
        self.update(text)
