"""The days a TIMEX3 value covers, and its granularity."""

from __future__ import annotations

from datetime import date

import pytest

from parsing.temporal.ranges import bounds

PUB = date(2021, 11, 23)
D = date


@pytest.mark.parametrize(("value", "earliest", "latest", "granularity"), [
    ("2021-11-23", D(2021, 11, 23), D(2021, 11, 23), "day"),
    ("2021-11-23T16:00Z", D(2021, 11, 23), D(2021, 11, 23), "time"),
    ("2021-11", D(2021, 11, 1), D(2021, 11, 30), "month"),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("2021", D(2021, 1, 1), D(2021, 12, 31), "year"),
    ("FY2007", D(2007, 1, 1), D(2007, 12, 31), "year"),
    ("2021-W47", D(2021, 11, 22), D(2021, 11, 28), "week"),
    ("2020-W53", D(2020, 12, 28), D(2021, 1, 3), "week"),
    ("2016-W35-WE", D(2016, 9, 3), D(2016, 9, 4), "week"),
    ("2021-Q4", D(2021, 10, 1), D(2021, 12, 31), "quarter"),
    ("2009-H2", D(2009, 7, 1), D(2009, 12, 31), "half"),
    ("2022-SU", D(2022, 6, 1), D(2022, 8, 31), "season"),
    ("2021-WI", D(2021, 12, 1), D(2022, 2, 28), "season"),
    ("199", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("19", D(1900, 1, 1), D(1999, 12, 31), "century"),
    ("PRESENT_REF", PUB, PUB, "none"),
    ("PAST_REF", None, PUB, "none"),
    ("FUTURE_REF", PUB, None, "none"),
    ("T16:00", None, None, "time"),
    ("2021-02-30", None, None, "none"),
    ("XXXX-XX-XX", None, None, "none"),
    (None, None, None, "none"),
])
def test_bounds(value: str | None, earliest: date | None, latest: date | None, granularity: str) -> None:
    assert bounds(value, PUB) == (earliest, latest, granularity)
