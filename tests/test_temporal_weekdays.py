"""Weekdays: a date set beside one names its day; ``this`` + weekday is the day of the current week."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import pipeline, temporal

PUB = date(2019, 10, 3)  # a Thursday


def _values(text: str, published: date = PUB) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), published)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("A second debate is set for Oct. 24, and a third for the following Wednesday, Oct. 30.",
     "the following Wednesday", "2019-10-30"),
    ("The board meets next Monday, Oct. 14, to vote.", "next Monday", "2019-10-14"),
    ("The hearing was moved to the following Tuesday, the 12th of November.", "the following Tuesday",
     "2019-11-12"),
    ("Voting closes the following Friday, Jan. 3, 2020.", "the following Friday", "2020-01-03"),
])
def test_a_date_beside_a_weekday_names_its_day(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # the date does not fall on the weekday: the weekday is read as before
    ("The board meets next Monday, Oct. 15, to vote.", "next Monday", "2019-10-07"),
    # no year given and the date is far from publication: not taken
    ("The council voted last Tuesday, Oct. 30.", "last Tuesday", "2019-10-01"),
])
def test_a_date_that_does_not_fit_is_not_taken(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


MONDAY, FRIDAY = date(2021, 6, 21), date(2021, 6, 25)


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # said on a Monday, in a past clause: still the Thursday of the current week
    ("The journal released the paper on Monday, ahead of its print edition this Thursday.", MONDAY,
     "this Thursday", "2021-06-24"),
    ("The firm said it filed the papers before the hearing this Wednesday.", MONDAY, "this Wednesday",
     "2021-06-23"),
    # said on a Friday about a day already gone: the current week's too
    ("The report, released this Tuesday, showed gains.", FRIDAY, "this Tuesday", "2021-06-22"),
    # ... unless the clause looks ahead: then the coming one
    ("The team will play this Monday.", FRIDAY, "this Monday", "2021-06-28"),
])
def test_this_weekday_is_the_current_weeks(text: str, published: date, expression: str, value: str) -> None:
    assert _values(text, published)[expression] == value


@pytest.mark.parametrize(("text", "published", "value"), [
    # said on a Friday, in a past clause: the weekend to come
    ("Analysts said traders were reluctant to hold positions ahead of the weekend.", date(2023, 11, 17),
     "2023-W46-WE"),
    ("Shoppers stocked up before the weekend, grocers said.", date(2023, 11, 16), "2023-W46-WE"),
    # said on a Monday about Friday's trading: the weekend after the day narrated
    ("Oil fell on Friday as traders were reluctant to hold positions ahead of the weekend.",
     date(2023, 11, 20), "2023-W46-WE"),
])
def test_ahead_of_the_weekend_is_the_next_one(text: str, published: date, value: str) -> None:
    assert _values(text, published)["the weekend"] == value


def test_the_weekend_in_a_past_clause_is_the_last_one() -> None:
    assert _values("Sales rose over the weekend.", date(2023, 11, 16))["the weekend"] == "2023-W45-WE"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Workers walked out at 12:01 a.m. Wednesday, Feb. 25. They had voted the previous Sunday to strike.",
     "the previous Sunday", "2026-02-22"),
    ("The deal was signed on Feb. 18. It took effect the following Monday.", "the following Monday",
     "2026-02-23"),
    ("The bridge reopened on Feb. 12, a week after it shut on the preceding Thursday.",
     "the preceding Thursday", "2026-02-05"),
])
def test_the_previous_or_following_weekday_counts_from_the_day_just_named(
        text: str, expression: str, value: str) -> None:
    assert _values(text, date(2026, 3, 5))[expression] == value


@pytest.mark.parametrize(("text", "value"), [
    # an adjective of readiness or likelihood before "to" points its clause ahead, even in a past report
    ("The company said on Tuesday its rocket was ready to fly on Saturday.", "2019-10-05"),
    ("Officials said the bill was likely to pass on Saturday.", "2019-10-05"),
    ("The union was poised to walk out on Saturday, its leaders said.", "2019-10-05"),
    # without one, a past report's weekday is the one before
    ("The company said its rocket flew on Saturday.", "2019-09-28"),
])
def test_a_clause_of_readiness_or_likelihood_points_ahead(text: str, value: str) -> None:
    assert _values(text)["Saturday"] == value


def test_the_next_weekday_counts_from_the_day_just_narrated() -> None:
    text = "I visited on Saturday night, the opening night. I went back the next Tuesday night."
    assert _values(text, date(2019, 10, 16))["next Tuesday night"] == "2019-10-15TNI"
    # "next Tuesday" with no "the": next week's, from the publication day
    assert _values("He returns next Tuesday.", date(2019, 10, 16))["next Tuesday"] == "2019-10-22"


def test_an_attitude_recounted_does_not_send_the_day_ahead() -> None:
    """"was willing to skip class Thursday night": a feature recounting a past evening."""
    text = "She admitted she was willing to skip class Thursday night to attend."
    assert _values(text)["Thursday night"] == "2019-10-03TNI"


@pytest.mark.parametrize("verb", ["agreed", "freed", "guaranteed", "fled", "fed", "laid", "shrank"])
def test_pasts_in_eed_and_irregular_ones_are_past(verb: str) -> None:
    """"need", "proceed" end in -eed too, so these pasts are listed, not guessed from the ending."""
    text = f"The negotiators {verb} late Saturday to resume talks next week."
    assert _values(text)["Saturday"] == "2019-09-28"


def test_any_such_day_is_counted_from_no_publication_date() -> None:
    (found,) = pipeline.parse_text("The clinic is busiest on a Monday.", None).times
    assert found.value == "XXXX-WXX-1" and not found.relative


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "a"/"any" before a weekday that heads its phrase: any such day, no date
    ("The single mom needs $300 on a Thursday and cannot wait.", "Thursday", "XXXX-WXX-4"),
    ("What if it had been a Tuesday afternoon?", "Tuesday afternoon", "XXXX-WXX-2TAF"),
    # a weekday before a noun names the day of that thing; after a date and a comma, that date's day
    ("In a Wednesday media event, Apple spoke.", "Wednesday", "2026-03-04"),
])
def test_a_weekday_after_a_is_any_such_day(text: str, expression: str, value: str) -> None:
    times = {t.text: t.value for t in pipeline.parse_text(text, date(2026, 3, 5)).times}
    assert times[expression] == value


def test_a_weekday_after_next_week_in_its_sentence_is_next_weeks() -> None:
    text = ("Foreign buyers will play a large role again next week, when the Government will sell notes on "
            "Tuesday, bonds on Wednesday and more on Thursday.")
    times = {t.text: t.value for t in pipeline.parse_text(text, date(1989, 11, 8)).times}  # a Wednesday
    days = (times["Tuesday"], times["Wednesday"], times["Thursday"])
    assert days == ("1989-11-14", "1989-11-15", "1989-11-16")


def test_an_irregular_past_before_a_will_clause_keeps_the_day_behind() -> None:
    text = "Stocks slid as a strong jobs report on Friday fed fears that the Fed will raise rates."
    assert _values(text)["Friday"] == "2019-09-27"


@pytest.mark.parametrize(("published", "value"), [
    (date(2005, 2, 4), "2005-W05-WE"),  # a Friday: the coming weekend, though the verb is past
    (date(2005, 2, 3), "2005-W05-WE"),  # a Thursday
    (date(2005, 1, 31), "2005-W04-WE"),  # a Monday: in a past clause, the one just gone
])
def test_this_weekend_in_a_past_clause_late_in_the_week_is_the_coming_one(published: date,
                                                                          value: str) -> None:
    text = "The agency said it was sending two more epidemiologists to the south this weekend."
    assert _values(text, published)["this weekend"] == value


def _found(text: str, published: date = PUB) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in temporal.extract(text, (), published)]


@pytest.mark.parametrize("text", [
    # the meeting to come is dated first; a past clause then names it by its day's possessive
    "Leaders meet in Ottawa on Friday. The premier said he was prepared to leave Friday's meeting early.",
    "The board votes Friday on the bid. Two directors said they had been told of Friday's session by e-mail.",
])
def test_a_weekdays_possessive_names_the_day_already_given(text: str) -> None:
    assert _found(text)[-1] == ("Friday", "2019-10-04")


@pytest.mark.parametrize(("text", "day", "value"), [
    # "since" points back, whatever day was named to come
    ("The window expires next Tuesday. Tension has remained high since Tuesday's vote.", "Tuesday",
     "2019-10-01"),
    # two Fridays named: the tense decides
    ("The talks ended last Friday and resume on Friday. Officials said Friday's talks went well.", "Friday",
     "2019-09-27"),
])
def test_a_weekdays_possessive_with_no_one_day_given_is_read_by_its_clause(text: str, day: str,
                                                                            value: str) -> None:
    assert _found(text)[-1] == (day, value)
