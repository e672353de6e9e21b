"""``the week of Jan. 12``: a week named by one of its days is that ISO week, the whole expression;
``the week`` alone is the week in view: one just named, else the week of publication."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2026, 1, 20)  # a Tuesday of ISO week 4


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), PUB)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Clinics gave the shots during the week of Jan. 12.", "the week of Jan. 12", "2026-W03"),
    ("The League plans forums during the week of April 6.", "the week of April 6", "2026-W15"),
    ("The trial is set for the week of Feb. 9, 2026.", "the week of Feb. 9, 2026", "2026-W07"),
    # a Sunday belongs to the ISO week that began the Monday before it
    ("Ballots went out the week of Jan. 11.", "the week of Jan. 11", "2026-W02"),
    # a week across a new year is counted in the year its Thursday falls in
    ("Sales slowed the week of Dec. 29, 2025.", "the week of Dec. 29, 2025", "2026-W01"),
])
def test_the_week_of_a_day_is_its_iso_week(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_day_alone_is_still_the_day() -> None:
    values = _values("Clinics gave the shots on Jan. 12 and the week after.")
    assert values["Jan. 12"] == "2026-01-12"



def _all(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in temporal.extract(text, (), PUB)]


@pytest.mark.parametrize(("text", "days"), [
    # "of next week" puts its days in the week after publication's, whatever the verb's tense
    ("The court has added hearing days for Wednesday and Friday of next week.", ["2026-01-28", "2026-01-30"]),
    ("Crews worked on Monday, Tuesday and Thursday of last week.",
     ["2026-01-12", "2026-01-13", "2026-01-15"]),
    ("The board met on Friday of last week.", ["2026-01-16"]),
])
def test_days_of_a_named_week_are_that_weeks(text: str, days: list[str]) -> None:
    values = [v for t, v in _all(text) if t.endswith("day")]
    assert values == days


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("For the week, the Dow gave up 3.6 percent.", "the week", "2026-W04"),
    ("Parents had spent much of the week lining up child care.", "the week", "2026-W04"),
    ("The index was on track to end the week slightly lower.", "the week", "2026-W04"),
    ("Next week brings the jobs report, the last major release of the week.", "the week", "2026-W05"),
])
def test_the_week_alone_is_the_week_in_view(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "absent"), [
    ("He campaigns any day of the week.", "the week"),  # no one week
    ("Sales rose in the week ended Jan. 10.", "the week"),  # the week a day closes: its own expression
    ("They talked through the week between Christmas and New Year.", "the week"),
])
def test_the_week_that_is_no_week_in_view(text: str, absent: str) -> None:
    assert absent not in _values(text)
