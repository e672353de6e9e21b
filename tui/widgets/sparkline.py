"""A two-line histogram of events over time: bars, then the span shown, the unit and what is left out.

Unfiltered it covers every dated event. With a date filter it zooms to the filter's range (finer
buckets inside it); events vaguer than one bucket there (a month-wide event in a per-day zoom) are not
drawn but counted in the legend.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import RenderResult
from textual.widgets import Static

from parsing.datefilter import DateRange
from parsing.histogram import (
    Bucket,
    Histogram,
    SpanCount,
    bucket_start,
    choose_unit,
    histogram_of,
    next_bucket,
    sparkline,
)
from parsing.when import month_abbr


def _label(day: date, unit: str) -> str:
    """A bucket's name at the histogram's unit: "1960s", "2014", "Mar 2026", "2 Mar 2026"."""
    if unit == "decade":
        return f"{day.year}s"
    if unit == "year":
        return str(day.year)
    if unit == "month":
        return f"{month_abbr(day.month)} {day.year}"
    return f"{day.day} {month_abbr(day.month)} {day.year}"


def span_label(first: date, last: date, unit: str) -> str:
    """ "1 Nov – 30 Nov 2021", "1962 – 2027": the year said once when both ends share it."""
    a, b = _label(first, unit), _label(last, unit)
    if a == b:  # one bucket: "2014", not "1 Jan – 1 Jan 2014"
        return a
    if unit in ("day", "week", "month") and first.year == last.year:
        a = a.removesuffix(f" {first.year}")
    return f"{a} – {b}"


def range_title(selected: DateRange) -> str:
    """A date filter named briefly: "Nov 2021", "2019 – 2021", "3 Mar – 9 Mar 2026"."""
    first, last = selected.start, selected.end
    if first is None or last is None:
        return selected.label
    if first.day != 1 or (last + timedelta(days=1)).day != 1:
        return span_label(first, last, "day")
    if first.month == 1 and last.month == 12:
        return str(first.year) if first.year == last.year else span_label(first, last, "year")
    same = (first.year, first.month) == (last.year, last.month)
    return _label(first, "month") if same else span_label(first, last, "month")


@dataclass(frozen=True)
class Zoom:
    """The histogram inside a date filter; ``vague`` events span more than one of its buckets."""

    hist: Histogram
    first: date
    last: date
    vague: int


def zoom(spans: Sequence[SpanCount], selected: DateRange, max_buckets: int) -> Zoom | None:
    """Buckets across ``selected`` (an open side ends at the events); None when there is nothing.
    ``spans``: the events counted by span (``parsing.histogram.SpanCount``)."""
    ends = [(a or b, b or a, n) for a, b, _, n in spans]
    days = [(a, b, n) for a, b, n in ends if a is not None and b is not None]
    first = selected.start or min((a for a, _, _ in days), default=None)
    last = selected.end or max((b for _, b, _ in days), default=None)
    if first is None or last is None:
        return None
    unit = choose_unit(first, last, max_buckets)
    counts: dict[date, int] = {}
    vague = 0
    for a, b, n in days:
        key = bucket_start(max(a, first), unit)
        if a < first or b > last or bucket_start(b, unit) != key:
            vague += n
        else:
            counts[key] = counts.get(key, 0) + n
    buckets: list[Bucket] = []
    start = bucket_start(first, unit)
    while start <= last:
        after = next_bucket(start, unit)
        buckets.append(Bucket(start, after - timedelta(days=1) if after != date.max else date.max,
                              counts.get(start, 0), True))
        if after == date.max:
            break
        start = after
    undated = sum(n for *_, n in spans) - sum(n for *_, n in days)
    return Zoom(Histogram(unit, tuple(buckets), undated), first, last, vague)


class Sparkline(Static):
    """Draws the events of the timeline, all of them or zoomed to the date filter (in the accent).

    The bars are styled each time they are rendered, not when they are drawn: a style taken at
    ``draw`` kept the theme of that moment (its foreground and background), so after a change to a
    light theme the bars stayed a dark block. Only the component's colour and text style go on the
    bars; the background is the widget's own, the pane's."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"sparkline--all", "sparkline--zoomed"}
    DEFAULT_CSS = """
    Sparkline { height: 2; }
    Sparkline > .sparkline--all { color: $foreground 70%; }
    Sparkline > .sparkline--zoomed { color: $accent; text-style: bold; }
    """

    highlighted: int = 0
    """How many buckets are drawn in the accent (zoomed into the date filter) now."""

    _drawn: tuple[str, str, str] | None = None
    """What is shown: the bars, their component class and the legend below them; None for a message."""

    def draw(self, spans: Sequence[SpanCount], selected: DateRange, width: int) -> None:
        """All of ``spans`` (events counted by span) when ``selected`` is open, else zoomed to it
        (``spans`` already in it)."""
        self.highlighted = 0
        if selected.is_open:
            hist = histogram_of(spans, None, max_buckets=width)
            if not hist.buckets:
                self._message(f"no dated events ({hist.undated} undated)")
                return
            first, last = hist.buckets[0].start, hist.buckets[-1].start
            span = span_label(first, last, hist.unit)
            self._show(self._bars(hist, width), "sparkline--all", span, hist, "")
            return
        zoomed = zoom(spans, selected, width)
        if zoomed is None or not zoomed.hist.buckets:
            self._message(f"no dated events in {selected.label}")
            return
        self.highlighted = len(zoomed.hist.buckets)
        # not "5 vaguer": what they are (a month-wide event in a per-day zoom spans more than a day)
        vague = f", {zoomed.vague} spanning more than a {zoomed.hist.unit}" if zoomed.vague else ""
        self._show(self._bars(zoomed.hist, width), "sparkline--zoomed",
                   span_label(zoomed.first, zoomed.last, "day"), zoomed.hist, vague)

    @staticmethod
    def _bars(hist: Histogram, width: int) -> str:
        """One bar per bucket, widened to fill ``width`` when there are few buckets."""
        repeat = max(1, width // max(1, len(hist.buckets)))
        return "".join(bar * repeat for bar in sparkline(hist))

    def _message(self, message: str) -> None:
        self._drawn = None
        self.update(Text(message, style="dim"))

    def _show(self, bars: str, component: str, span: str, hist: Histogram, more: str) -> None:
        """The bars over their legend: the span they cover, the unit, what they leave out."""
        undated = f", {hist.undated} undated" if hist.undated else ""
        self._drawn = (bars, component, f"{span} · per {hist.unit}{more}{undated}")
        self.refresh()

    def render(self) -> RenderResult:
        if self._drawn is None:
            return super().render()
        bars, component, legend = self._drawn
        style = self.get_component_rich_style(component)  # in the theme of now, blended on the pane
        text = Text()  # the style on the bars only, not on the legend below them
        text.append(bars, style=Style(color=style.color, bold=style.bold, italic=style.italic))
        text.append(f"\n{legend}", style="dim")
        return text
