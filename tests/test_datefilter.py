"""The date-filter grammar of the reader's prompt."""

from __future__ import annotations

from datetime import date

import pytest

from parsing.datefilter import CLEARED, DateFilterError, DateRange, parse

NEWEST = date(2021, 11, 23)
D = date

ACCEPTED: list[tuple[str, date | None, date | None]] = [
    ("2021-11", D(2021, 11, 1), D(2021, 11, 30)),
    ("2021", D(2021, 1, 1), D(2021, 12, 31)),
    ("2021-11-23", D(2021, 11, 23), D(2021, 11, 23)),
    ("2021-11-20..2021-11-25", D(2021, 11, 20), D(2021, 11, 25)),
    ("2021-11..2021-12", D(2021, 11, 1), D(2021, 12, 31)),
    ("2021-11 .. 2022", D(2021, 11, 1), D(2022, 12, 31)),
    ("nov 2021", D(2021, 11, 1), D(2021, 11, 30)),
    ("November 2021", D(2021, 11, 1), D(2021, 11, 30)),
    ("  NOV   2021 ", D(2021, 11, 1), D(2021, 11, 30)),
    ("sept 2020", D(2020, 9, 1), D(2020, 9, 30)),
    ("feb 2024", D(2024, 2, 1), D(2024, 2, 29)),
    ("23 nov 2021", D(2021, 11, 23), D(2021, 11, 23)),
    ("nov 23 2021", D(2021, 11, 23), D(2021, 11, 23)),
    ("November 23, 2021", D(2021, 11, 23), D(2021, 11, 23)),
    ("since 2014", D(2014, 1, 1), None),
    ("from nov 2021", D(2021, 11, 1), None),
    ("after 2014-03", D(2014, 4, 1), None),
    ("before 2020", None, D(2019, 12, 31)),
    ("until nov 2021", None, D(2021, 11, 30)),
    ("last 7 days", D(2021, 11, 17), NEWEST),
    ("last day", NEWEST, NEWEST),
    ("last 2 weeks", D(2021, 11, 10), NEWEST),
    ("last month", D(2021, 10, 24), NEWEST),
    ("last 3 months", D(2021, 8, 24), NEWEST),
    ("past 3 months", D(2021, 8, 24), NEWEST),
    ("last year", D(2020, 11, 24), NEWEST),
    ("today", NEWEST, NEWEST),
    ("yesterday", D(2021, 11, 22), D(2021, 11, 22)),
    ("1990s", D(1990, 1, 1), D(1999, 12, 31)),
    ("Q4 2021", D(2021, 10, 1), D(2021, 12, 31)),
    ("2021-q1", D(2021, 1, 1), D(2021, 3, 31)),
    ("2021-W47", D(2021, 11, 22), D(2021, 11, 28)),
    ("2014-2016", D(2014, 1, 1), D(2016, 12, 31)),
    ("from 2014 to 2016", D(2014, 1, 1), D(2016, 12, 31)),
    ("between may 2020 and june 2020", D(2020, 5, 1), D(2020, 6, 30)),
    ("1 nov 2021 – 3 nov 2021", D(2021, 11, 1), D(2021, 11, 3)),
]


@pytest.mark.parametrize(("text", "start", "end"), ACCEPTED)
def test_accepted(text: str, start: date | None, end: date | None) -> None:
    got = parse(text, NEWEST)
    assert (got.start, got.end) == (start, end)
    assert got.label


def test_relative_phrases_follow_newest() -> None:
    leap = date(2024, 3, 31)
    got = parse("last month", leap)
    assert (got.start, got.end) == (date(2024, 3, 1), leap)
    assert parse("today", leap).start == leap


LABELS = [
    ("2021-11", "Nov 2021"),  # at the range's own precision, not "1 Nov 2021 – 30 Nov 2021"
    ("2014", "2014"),
    ("2019..2021", "2019–2021"),
    ("2021-11-20..2021-11-25", "20–25 Nov 2021"),
    ("23 nov 2021", "23 Nov 2021"),
    ("since 2014", "from 1 Jan 2014"),
    ("before 2020", "until 31 Dec 2019"),
    ("", "all dates"),
]


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_label_says_what_was_understood(text: str, label: str) -> None:
    assert parse(text, NEWEST).label == label


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_empty_clears(text: str) -> None:
    got = parse(text, NEWEST)
    assert got == CLEARED
    assert got.is_open


REJECTED = [
    ("novem 2021", "unknown month"),
    ("2021-02-30", "no such day"),
    ("2021-13", "no such day"),
    ("2021-12..2021-11", "ends before it starts"),
    ("blah", "not a date"),
    ("2021-W60", "no such week"),
    ("2021..2022..2023", "two ends"),
    ("last 0 days", "at least 1"),
    ("last 5000 years", "out of range"),
    ("after 9999", "out of range"),
    ("since", "not a date"),
    ("0000", "no such day"),
]


@pytest.mark.parametrize(("text", "reason"), REJECTED)
def test_rejected_with_one_line_reason(text: str, reason: str) -> None:
    with pytest.raises(DateFilterError) as info:
        parse(text, NEWEST)
    message = str(info.value)
    assert reason in message
    assert "\n" not in message


OVERLAPS = [
    ((D(2021, 11, 1), D(2021, 11, 30)), (D(2021, 11, 30), D(2021, 12, 5)), True),
    ((D(2021, 11, 1), D(2021, 11, 30)), (D(2021, 12, 1), D(2021, 12, 5)), False),
    ((D(2021, 11, 1), D(2021, 11, 30)), (D(2021, 10, 1), D(2021, 10, 31)), False),
    ((D(2021, 11, 1), None), (D(2030, 1, 1), D(2030, 1, 1)), True),
    ((None, D(2021, 11, 1)), (D(2021, 11, 2), D(2021, 11, 3)), False),
    ((D(2021, 11, 1), D(2021, 11, 30)), (None, D(2021, 11, 3)), True),
    ((D(2021, 11, 1), D(2021, 11, 30)), (D(2021, 12, 3), None), False),
]


@pytest.mark.parametrize(("bounds", "interval", "expected"), OVERLAPS)
def test_overlaps(
    bounds: tuple[date | None, date | None], interval: tuple[date | None, date | None], expected: bool
) -> None:
    assert DateRange(bounds[0], bounds[1], "x").overlaps(*interval) is expected
