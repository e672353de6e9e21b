"""Properties of extraction on arbitrary text built from date-like pieces."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import temporal

PIECES = [
    "May", "March", "Monday", "Sept.", "28", "2021", "1990s", "'80s", "the", "last", "next", "week",
    "weekend", "year", "ago", "two", "a", "days", "16:00", "UTC", "4", "p.m.", "$", "1,000", "-",
    "/", "of", "quarter", "fourth", "every", "today", "yesterday", "recently", "[", "]", "\n\n", ",",
    ".", "said", "will", "on", "in", "FY2007", "Q3", "mid", "early", "\x1b[1m", "½", "2009-2010",
]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join),
    st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))),
)
def test_spans_are_consistent(text: str, published: date | None) -> None:
    times = temporal.extract(text, (), published)
    assert [t.id for t in times] == [f"t{i}" for i in range(1, len(times) + 1)]
    for t in times:
        assert text[t.start:t.end] == t.text and t.start < t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if t.earliest is not None and t.latest is not None:
            assert t.earliest <= t.latest
        if published is None and t.relative and t.type == "DATE":
            assert t.value in (None, "PAST_REF", "PRESENT_REF", "FUTURE_REF")
    starts = [t.start for t in times]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in pairwise(times))
