"""Which day a clock time takes, and which season or month a limit names: the report's own hour is
the story's day, a period's close or a span's start is no day in view, and a season a clause looks
ahead to is the coming one."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import segment, temporal


def _values(text: str, published: date) -> dict[str, str | None]:
    sentences = segment.sentences(text, segment.paragraphs(text))
    return {t.text: t.value for t in temporal.extract(text, sentences, published)}


TUESDAY = date(2025, 3, 4)
LEAD = ("NEW YORK, March 4 - Orland Mills agreed to sell its paper unit to a rival, the company said "
        "on Tuesday.\n\nThe board approved the sale late Monday, and Monday's closing price valued the "
        "unit at $400 million.\n\n")


@pytest.mark.parametrize("sentence", [
    '"We have found a buyer who wants the mills," Chief Executive Ada Marsh told investors on a '
    "conference call at 9 a.m.",
    'Marsh said on a call with analysts that began at 9 a.m. that the price was "fair."',
    "Marsh told reporters at a briefing at 9 a.m. that no mill would close.",
    'Marsh said at a news conference in Toledo that began at 9 a.m. that the price was "fair."',
    "At a briefing that began at 9 a.m., Marsh said no mill would close.",
    'The price was "fair," according to the minutes, which were released at 9 a.m.',
])
def test_the_hour_of_the_report_is_the_story_day(sentence: str) -> None:
    assert _values(LEAD + sentence, TUESDAY)["9 a.m."] == "2025-03-04T09:00"


def test_an_hour_in_what_was_reported_keeps_the_day_in_view() -> None:
    text = LEAD + "Marsh said the directors had signed the papers at 9 p.m."
    assert _values(text, TUESDAY)["9 p.m."] == "2025-03-03T21:00"


def test_the_close_of_a_period_reported_on_is_no_day_in_view() -> None:
    text = ("SAN JOSE, Calif., April 18 - Marwick Devices posted a loss of 19 cents a share for the "
            "quarter ended March 31.\n\nThe results, released after the market closed at 4 p.m., were "
            "better than analysts had expected.")
    assert _values(text, date(2001, 4, 19))["4 p.m."] == "2001-04-18T16:00"


def test_a_day_a_span_began_is_no_day_for_what_happened_next() -> None:
    text = ("Bus drivers in Leeford walked off the job on Tuesday, stranding thousands of commuters.\n\n"
            "The mayor said she had spoken with the union's leader twice since Monday night.\n\n"
            "At the central depot, a nurse waited for a bus before giving up at about 7:30.")
    assert _values(text, TUESDAY)["7:30"] == "2025-03-04T07:30"


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Analysts said more layoffs were possible before the winter.", date(2008, 9, 12), "2008-WI"),
    ("The union said its members were prepared to stay out through the winter.", date(2008, 10, 28),
     "2008-WI"),
    ('"We do not expect relief before the spring," the finance chief said.', date(2004, 11, 17), "2005-SP"),
    ("Officials said a vote was unlikely before spring.", date(2025, 1, 15), "2025-SP"),
    ("Diplomats said a deal was unlikely before March.", date(2024, 9, 11), "2025-03"),
    # a negation's contraction looks ahead as its "not" does
    ('"If this isn\'t resolved by the end of January, I\'d expect chaos," he said.', date(2023, 12, 5),
     "2024-01"),
    ("Officials said the new vaccine would not be ready before January.", date(2004, 10, 8), "2005-01"),
    ("The caucus was prepared to stay in session through the weekend.", date(2025, 6, 25), "2025-W26-WE"),
    # a directive or a commitment binds someone to an act after it, and so to its limit: a month or a
    # season after the binding is the coming one, in the writer's words or quoted
    ("The governors told their health departments to file reports by the autumn.", date(2025, 6, 17),
     "2025-FA"),
    ('The ministers had instructed officials to report back "by the spring" on the costs.', date(2011, 9, 2),
     "2012-SP"),
    ("The board asked the contractor to finish the roof before the winter.", date(2019, 6, 4), "2019-WI"),
    # what was done up to a season is in the one gone by, and so is what was not done until a month
    ("She coached the team through the fall.", date(2024, 2, 7), "2023-FA"),
    ("Congress did not agree on a budget until June.", date(1987, 10, 30), "1987-06"),
    ("The talks ran on through the weekend.", date(2025, 6, 25), "2025-W25-WE"),
])
def test_a_season_a_clause_looks_ahead_to_is_the_coming_one(text: str, published: date, value: str) -> None:
    (season,) = temporal.extract(text, (), published)
    assert season.value == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The weather service forecast heavy showers for Wednesday morning.", "Wednesday morning",
     "2006-05-03TMO"),
    ('Forecasters predicted "a clear improvement" from Thursday afternoon.', "Thursday afternoon",
     "2006-05-04TAF"),
    ("Early voting began Saturday and runs through Friday.", "Friday", "2006-05-05"),
    # when a change announced takes effect
    ("The bank lowered its deposit rate to 1.5 percent, with effect from Friday.", "Friday", "2006-05-05"),
    ("The exchange raised margin requirements effective Thursday.", "Thursday", "2006-05-04"),
    # when a state a decision imposes ends
    ("The government ordered schools closed until Monday.", "Monday", "2006-05-08"),
    ("The weather service posted flood watches through Saturday morning.", "Saturday morning",
     "2006-05-06TMO"),
    # what a past perfect forecast was for is gone by
    ("The agency had forecast rain for Monday, but it stayed dry.", "Monday", "2006-05-01"),
])
def test_what_a_forecast_or_a_running_state_reaches_is_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text, date(2006, 5, 2))[expression] == value  # a Tuesday


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("That is what happened on Christmas Day last year.", "Christmas Day last year", "2001-12-25"),
    ("The parade returns on Thanksgiving next year.", "Thanksgiving next year", "2003-11-27"),
])
def test_a_holiday_with_its_year_said_after_it_is_one_time(text: str, expression: str, value: str) -> None:
    assert _values(text, date(2002, 12, 5))[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a futures contract is named by its month, which is this month or one to come
    ("February crude on the New York Mercantile Exchange slipped 12 cents.", "February", "2000-02"),
    ("January heating oil rose 2 cents a gallon.", "January", "2000-01"),
])
def test_times_ahead_in_market_reports(text: str, expression: str, value: str) -> None:
    assert _values(text, date(1999, 12, 29))[expression] == value


def test_a_state_that_lasts_in_the_present_plural_runs_ahead() -> None:
    text = '"The agreements remain in force until the end of June," the minister said.'
    assert _values(text, date(1998, 11, 26))["the end of June"] == "1999-06"


def test_a_commodity_price_in_a_month_is_no_contract() -> None:
    assert _values("In November oil prices rose sharply.", date(1999, 12, 29))["November"] == "1999-11"


# A local election held on Sunday, reported on Monday morning: the count ran through Sunday night.
ELECTION = ("LYON, France - The sitting mayor fell short of a majority in Sunday's local election and "
            "faces a runoff, according to results released at 1:40 a.m. Monday.\n\n"
            "The Greens said they would begin talks with the mayor's list on Monday.\n\n")


def test_a_day_a_clause_looks_ahead_to_does_not_move_the_story_on() -> None:
    text = ELECTION + "Polling stations closed at 7 p.m., and turnout was higher than in 2014."
    assert _values(text, date(2020, 3, 16))["7 p.m."] == "2020-03-15T19:00"


def test_a_day_still_to_come_named_just_before_dates_no_hour_gone() -> None:
    text = (ELECTION + 'The challenger urged her voters to "finish what we started on March 22."\n\n'
            "Counting ended at 10:15 p.m. in most districts.")
    assert _values(text, date(2020, 3, 16))["10:15 p.m."] == "2020-03-15T22:15"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Exports reached $9 billion last month, down 12 percent from July 2019. The surplus was about "
     "the same as in the previous month.", "the previous month", "2020-07"),
    ("Sales so far this year are down 3 percent from the same period of 2019. The target for the full "
     "year is out of reach.", "the full year", "2020"),
    ("Output rose 2 percent compared with May 2019. Output fell in the previous month.",
     "the previous month", "2020-08"),
])
def test_the_base_of_a_change_is_not_the_period_reported(text: str, expression: str, value: str) -> None:
    assert _values(text, date(2020, 9, 1))[expression] == value


def test_four_digits_before_a_zone_are_the_24_hour_clock_whatever_came_before() -> None:
    # after an evening named before it, a bare "10:30" would be read as the evening's; "1030 GMT" is not
    text = ("The club conceded on Saturday evening that play could run late into the evening.\n\nPlay begins "
            "at 11:30 a.m. local time (1030 GMT), with Centre Court starting at 1 p.m.")
    assert _values(text, date(2001, 7, 1))["1030 GMT"].endswith("T10:30Z")


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a warning looks ahead to the limit it names
    ("Several large retailers warned last week of higher prices by summer.", "summer", "2025-SU"),
    ("Democrats cast the result as a warning for Republicans heading into November.", "November", "2025-11"),
])
def test_a_warning_looks_ahead_to_its_limit(text: str, expression: str, value: str) -> None:
    assert _values(text, date(2025, 4, 28))[expression] == value
