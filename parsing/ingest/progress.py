"""How far an ingest has got: count, rate and time left, and what each step added."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from parsing.model import LoadError
from parsing.store.queries import ArticleSummary


@dataclass(frozen=True, slots=True)
class Progress:
    """One step of an ingest. ``articles``/``errors`` are what this step added to the library."""

    done: int  # files settled (found in the store or parsed)
    total: int
    rate: float  # files parsed per second so far (0 before the first)
    eta: float | None  # seconds left, None while unknown
    articles: tuple[ArticleSummary, ...] = ()
    errors: tuple[LoadError, ...] = ()
    notice: str | None = None  # one line for the user (the store failed, …)
    finished: bool = False

    def describe(self) -> str:
        """"Loading 1,234/10,000 · 180/s · 49 s left" (the reader's status line)."""
        parts = [f"Loading {self.done:,}/{self.total:,}"]
        if self.rate > 0:
            parts.append(f"{self.rate:,.0f}/s")
        if self.eta is not None:
            parts.append(f"{_duration(self.eta)} left")
        return " · ".join(parts)


def _duration(seconds: float) -> str:
    s = max(0, round(seconds))
    return f"{s} s" if s < 90 else f"{s // 60} min {s % 60:02d} s"


@dataclass
class Clock:
    """Rate and time left over the files parsed so far (those found in the store cost nothing)."""

    to_parse: int
    start: float = field(default_factory=time.monotonic)
    parsed: int = 0

    def tick(self, n: int) -> tuple[float, float | None]:
        self.parsed += n
        elapsed = time.monotonic() - self.start
        if self.parsed == 0 or elapsed <= 0:
            return 0.0, None
        rate = self.parsed / elapsed
        return rate, (self.to_parse - self.parsed) / rate
