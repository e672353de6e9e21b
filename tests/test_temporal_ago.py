"""``N units ago``: counted back from publication, named at the unit's own precision."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2026, 3, 5)  # a Thursday of ISO week 10


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), PUB)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Two weeks ago he started cutting the crop for silage.", "Two weeks ago", "2026-W08"),
    ("The board met three weeks ago to discuss the offer.", "three weeks ago", "2026-W07"),
    ("She said the talks had stalled 2 weeks ago.", "2 weeks ago", "2026-W08"),
])
def test_weeks_ago_is_that_week(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_week_ago_is_the_day() -> None:
    assert _values("Prices were higher a week ago.")["a week ago"] == "2026-02-26"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a fortnight is two weeks, told as one unit: "a fortnight ago" is a day, as "a week ago" is
    ("The council voted a fortnight ago.", "a fortnight ago", "2026-02-19"),
    ("A fortnight later, he resigned.", "A fortnight later", "2026-03-19"),
    ("The bill returns a fortnight from today.", "a fortnight from today", "2026-03-19"),
    ("Talks lasted two fortnights.", "two fortnights", "P4W"),
    ("He stayed for a fortnight.", "a fortnight", "P2W"),
    ("The paper appears every fortnight.", "every fortnight", "P2W"),
])
def test_a_fortnight_is_two_weeks(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "that year", "that month": the year (month) of the time named just before
    ("Halvorsen ran in 2022. Turnout that year was low.", "that year", "2022"),
    ("The strike began on March 3, 2022. That month, prices rose.", "That month", "2022-03"),
    ("It earned $3 a share in fiscal 2001. That year, sales fell.", "That year", "FY2001"),
    ("The plant opened in 1994 and closed later that year.", "later that year", "1994"),
])
def test_that_year_is_the_year_just_named(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text", [
    "That year was hard, she said.",  # no time named before it: a null beats a guess
    "Grisby died in office in January of that year, after the 1994 vote.",  # the month's own "of that year"
])
def test_that_year_with_no_time_before_it_is_left(text: str) -> None:
    assert "that year" not in {k.lower() for k in _values(text)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("One year ago today, the central bank let the currency float.", "One year ago today", "2025-03-05"),
    ("Fifty years ago tomorrow, the first train crossed the bridge.", "Fifty years ago tomorrow",
     "1976-03-06"),
    ("Two months ago yesterday, the mine flooded.", "Two months ago yesterday", "2026-01-04"),
])
def test_an_anniversary_counted_from_a_day_is_that_day(text: str, expression: str, value: str) -> None:
    """"One year ago today": the day so many units before today, not the year."""
    assert _values(text)[expression] == value
