"""format_when shows an interval at the precision it really has."""

from __future__ import annotations

from datetime import date

import pytest

from parsing.when import format_when

D = date

CASES: list[tuple[date | None, date | None, str, str]] = [
    (None, None, "none", "undated"),
    (None, None, "day", "undated"),
    (D(2014, 1, 1), D(2014, 12, 31), "year", "2014"),
    (D(2014, 1, 1), D(2014, 12, 31), "none", "2014"),
    (D(2021, 11, 1), D(2021, 11, 30), "month", "Nov 2021"),
    (D(2024, 2, 1), D(2024, 2, 29), "month", "Feb 2024"),
    (D(2021, 11, 23), D(2021, 11, 23), "day", "Tue 23 Nov 2021"),
    (D(2021, 11, 23), D(2021, 11, 23), "time", "Tue 23 Nov 2021"),
    (D(2021, 10, 1), D(2021, 12, 31), "quarter", "Q4 2021"),
    (D(2021, 1, 1), D(2021, 3, 31), "quarter", "Q1 2021"),
    (D(2021, 10, 1), D(2021, 12, 31), "month", "Oct – Dec 2021"),
    (D(2021, 7, 1), D(2021, 12, 31), "half", "H2 2021"),
    (D(2021, 11, 22), D(2021, 11, 28), "week", "week of 22 Nov 2021"),
    (D(2020, 12, 28), D(2021, 1, 3), "week", "week of 28 Dec 2020"),
    (D(1990, 1, 1), D(1999, 12, 31), "decade", "1990s"),
    (D(1900, 1, 1), D(1999, 12, 31), "century", "20th century"),
    (D(2000, 1, 1), D(2099, 12, 31), "century", "21st century"),
    (D(2014, 1, 1), D(2016, 12, 31), "year", "2014–2016"),
    (D(2021, 6, 1), D(2021, 8, 31), "season", "Summer 2021"),
    (D(2021, 11, 23), D(2021, 11, 25), "day", "23–25 Nov 2021"),
    (D(2021, 11, 30), D(2021, 12, 2), "day", "30 Nov – 2 Dec 2021"),
    (D(2021, 12, 30), D(2022, 1, 2), "day", "30 Dec 2021 – 2 Jan 2022"),
    (D(2021, 11, 1), D(2021, 11, 10), "none", "~ early Nov 2021"),
    (D(2021, 11, 12), D(2021, 11, 18), "none", "~ mid Nov 2021"),
    (D(2021, 11, 21), D(2021, 11, 30), "month", "~ late Nov 2021"),
    (D(2021, 11, 5), D(2021, 11, 25), "none", "~ Nov 2021"),
    (D(2021, 10, 15), D(2021, 11, 15), "none", "~ Oct – Nov 2021"),
    (D(2020, 10, 15), D(2021, 11, 15), "none", "~ 2020–2021"),
    (D(2021, 11, 23), None, "none", "from 23 Nov 2021"),
    (None, D(2021, 11, 23), "none", "until 23 Nov 2021"),
    # a reversed interval is read the right way round
    (D(2021, 11, 30), D(2021, 11, 1), "month", "Nov 2021"),
    # a granularity that does not fit the interval does not win over the interval
    (D(2021, 11, 23), D(2021, 11, 29), "week", "~ late Nov 2021"),
    (D(2021, 11, 1), D(2021, 11, 30), "quarter", "Nov 2021"),
]


@pytest.mark.parametrize(("earliest", "latest", "granularity", "expected"), CASES)
def test_format_when(earliest: date | None, latest: date | None, granularity: str, expected: str) -> None:
    assert format_when(earliest, latest, granularity) == expected
