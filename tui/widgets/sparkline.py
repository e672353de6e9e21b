"""A one-line histogram of events over time; the buckets inside the date filter are highlighted."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.widgets import Static

from parsing.timeline import Histogram, sparkline
from parsing.when import month_abbr


def _label(day: date, unit: str) -> str:
    """A bucket's name at the histogram's unit: "1960s", "2014", "Mar 2026", "2026-03-02"."""
    if unit == "decade":
        return f"{day.year}s"
    if unit == "year":
        return str(day.year)
    if unit == "month":
        return f"{month_abbr(day.month)} {day.year}"
    return day.isoformat()


class Sparkline(Static):
    """Draws a :class:`parsing.timeline.Histogram`: one bar per bucket, selected buckets in accent."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"sparkline--inside", "sparkline--outside"}
    DEFAULT_CSS = """
    Sparkline { height: 2; }
    Sparkline > .sparkline--inside { color: $accent; text-style: bold; }
    Sparkline > .sparkline--outside { color: $foreground 40%; }
    """

    highlighted: int = 0
    """How many bars are drawn in the accent (inside the date filter) now."""

    def show(self, hist: Histogram) -> None:
        self.highlighted = 0
        if not hist.buckets:
            self.update(Text(f"no dated events ({hist.undated} undated)", style="dim"))
            return
        filtered = any(b.selected for b in hist.buckets)
        inside = self.get_component_rich_style("sparkline--inside")
        outside = self.get_component_rich_style("sparkline--outside")
        text = Text()
        for bucket, bar in zip(hist.buckets, sparkline(hist), strict=True):
            text.append(bar, style=inside if bucket.selected or not filtered else outside)
            self.highlighted += bucket.selected
        first, last = _label(hist.buckets[0].start, hist.unit), _label(hist.buckets[-1].start, hist.unit)
        legend = f"per {hist.unit}" + (f", {hist.undated} undated" if hist.undated else "")
        gap = max(1, len(hist.buckets) - len(first) - len(last))
        text.append(f"\n{first}{' ' * gap}{last}  {legend}", style="dim")
        self.update(text)
