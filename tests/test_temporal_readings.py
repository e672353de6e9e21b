"""Words that read as times in one place and not another: a clock time before "last night" is that
night's; "a year-end deadline" is the end of the year, no year's length; "fiscal" before a noun is an
adjective ("the next fiscal update"), no fiscal year; "in her forties" and "the low forties" are ages and
numbers, "the forties" a decade; "the Christmas quarter" is the fourth; a day set against another
("Dec. 18, rather than the day after Thanksgiving") is no apposition; a clock time before a day takes
the year that day is read in; and a quoted "since four in the morning" is the speaker's day."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

SUNDAY = date(2025, 10, 19)


def _values(text: str, published: date = SUNDAY) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), published)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Turnout figures released shortly after 11pm last night showed a narrow win.",
     "11pm last night", "2025-10-18T23:00"),
    ("The count was suspended at 11.47pm last night after a power cut.",
     "11.47pm last night", "2025-10-18T23:47"),
    ("The first results came in at ten o'clock last night.", "ten o'clock last night", "2025-10-18T22:00"),
])
def test_a_clock_time_before_last_night_is_that_nights(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_year_end_deadline_is_no_years_length() -> None:
    found = _values("Lawmakers set a year-end deadline for the spending bill.")
    assert found.get("year-end") == "2025" and "a year" not in found


@pytest.mark.parametrize(("text", "absent"), [
    ("The government's next fiscal update is due in December.", "next fiscal"),
    ("She said the current fiscal framework would not survive another downturn.", "the current fiscal"),
])
def test_fiscal_before_a_noun_is_no_fiscal_year(text: str, absent: str) -> None:
    assert absent not in _values(text)


def test_fiscal_as_a_noun_is_still_the_fiscal_year() -> None:
    found = _values("Exports rose 8 percent in the last fiscal, the ministry said.", date(2025, 6, 2))
    assert found.get("the last fiscal") == "FY2024"


@pytest.mark.parametrize("text", [
    '"If we are still polling in the low forties by Christmas, people will start counting," he said.',
    "The victim, a woman in her forties, was taken to hospital.",
    "Most of the new recruits are in their 30s and 40s.",
])
def test_ages_and_numbers_are_no_decades(text: str) -> None:
    assert not any(v is not None and len(v) == 3 for v in _values(text).values())


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Jazz clubs thrived in the forties and fifties.", "the forties", "194"),
    ("Jazz clubs thrived in the forties and fifties.", "fifties", "195"),
    ("Detroit built boxy sedans through the 70s and 80s.", "80s", "198"),
])
def test_decades_named_with_the_and_their_conjuncts(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_the_christmas_quarter_is_the_fourth() -> None:
    found = _values("Chains will report results for the Christmas quarter in January.", date(2024, 11, 5))
    assert found.get("the Christmas quarter") == "2024-Q4"


def test_a_day_set_against_another_is_no_apposition() -> None:
    text = ("Retailers expect the busiest day to be Saturday, Dec. 18, rather than the day after "
            "Thanksgiving.")
    found = _values(text, date(1999, 10, 19))
    assert found.get("the day after Thanksgiving") == "1999-11-26"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Gifts ordered by 5 p.m. Eastern time on Dec. 20 will arrive by Christmas Eve, the retailer said.",
     "5 p.m. Eastern time", "1999-12-20T17:00-05:00"),
    ("The store will stay open until 10 p.m. Dec. 31.", "10 p.m. Dec. 31", "1999-12-31T22:00"),
])
def test_a_clock_time_before_a_day_takes_that_days_year(text: str, expression: str, value: str) -> None:
    assert _values(text, date(1999, 10, 19))[expression] == value


def test_since_an_hour_in_a_quotation_is_the_speakers_day() -> None:
    text = '"We have been queueing here since five in the morning," said a taxi driver in La Paz.'
    assert _values(text, date(2024, 10, 30))["five in the morning"] == "2024-10-30T05:00"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Sales in the week ended Dec. 20 rose 3.4 percent from the comparable week last year.",
     "the comparable week last year", "2002-W51"),
    ("Sales in November rose 2 percent from the corresponding month a year earlier.",
     "the corresponding month a year earlier", "2002-11"),
])
def test_the_comparable_period_last_year(text: str, expression: str, value: str) -> None:
    assert _values(text, date(2003, 12, 27))[expression] == value


def test_a_morning_named_in_the_sentence_keeps_a_bare_hour_in_the_morning() -> None:
    text = ("The central bank placed two banks under supervision on Monday after a run on deposits.\n\n"
            "The central bank said in a statement released at noon that it had named administrators.\n\n"
            "At the head office on Monday morning, about 150 people waited for the doors to open at "
            "9 o'clock. When a guard taped the order to the glass at 9:20, some began shouting.")
    found = _values(text, date(1996, 5, 20))
    assert found["9 o'clock"] == "1996-05-20T09:00" and found["9:20"] == "1996-05-20T09:20"


@pytest.mark.parametrize("text", [
    "The closure will affect about 290 hourly workers at the mill.",
    "The company is eliminating about 2,600 hourly and salaried jobs.",
])
def test_hourly_pay_is_no_recurring_time(text: str) -> None:
    assert "hourly" not in _values(text)


def test_hourly_updates_are_a_recurring_time() -> None:
    assert _values("Officials said they would give updates hourly through the night.")["hourly"] == "PT1H"


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # a list of months runs forward: one before the month it is joined to is in the year after
    ("Companies were scrambling to repay debts maturing in December and January.", date(1997, 12, 4),
     "January", "1998-01"),
    ("The agency expects a decision in November or January.", date(2024, 10, 14), "January", "2025-01"),
    ("Output fell from November 2008 through February.", date(2009, 6, 1), "February", "2009-02"),
])
def test_a_month_joined_to_a_later_one_is_in_the_year_after(text: str, published: date, expression: str,
                                                           value: str) -> None:
    assert _values(text, published)[expression] == value
