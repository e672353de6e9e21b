"""Times that take their year or their start from the time the text named just before them:
``February of that year``, ``the following week``."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal
from parsing.model import Document
from parsing.pipeline import parse_document

PUB = date(2026, 3, 5)  # a Thursday


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), PUB)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Prices peaked in 2022, after the invasion in February of that year.", "February", "2022-02"),
    ("The firm was founded in 1998 and listed its shares in March of that year.", "March", "1998-03"),
    ("Output fell in the third quarter of 2019; by December of that year it had recovered.",
     "December", "2019-12"),
])
def test_month_of_that_year_takes_the_year_just_named(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_month_of_that_year_with_no_year_named_is_left_open() -> None:
    assert _values("The shares were listed in March of that year.")["March"] is None


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("He was detained on June 3, 2024, and charged the following week.", "the following week", "2024-W24"),
    ("The plant opened in June 2019. It was sold the following month.", "the following month", "2019-07"),
    ("Talks broke off in November 2022 and resumed the following year.", "the following year", "2023"),
])
def test_the_following_unit_counts_from_the_time_just_named(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "value"), [
    ("Officials said the plant would be sold the following month.", "2026-04"),  # nothing named: publication
    ("The plant opened in 2019. It was sold the following month.", "2026-04"),  # a year is too long
])
def test_the_following_unit_without_a_shorter_time_before_it(text: str, value: str) -> None:
    assert _values(text)["the following month"] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Rates have been on hold since May last year.", "May last year", "2025-05"),
    ("The plant will reopen in October next year.", "October next year", "2027-10"),
    ("Sales in June this year were the weakest on record.", "June this year", "2026-06"),
])
def test_month_with_last_next_this_year_is_that_years_month(text: str, expression: str, value: str) -> None:
    values = _values(text)
    assert values[expression] == value
    assert not any(key.endswith(" year") and key != expression for key in values)


def test_a_possessive_year_after_a_month_is_its_own_expression() -> None:
    values = _values("In May last year's winner was beaten.")
    assert values["May"] == "2026-05" and values["last year"] == "2025"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The union last struck in 1995, for 69 days in the spring of that year.", "spring of that year",
     "1995-SP"),
    ("Prices rose in 2001 and fell in the autumn of that year.", "autumn of that year", "2001-FA"),
    ("He sold the station in 1983, and it changed format the following spring.", "the following spring",
     "1984-SP"),
    ("The plant failed in October 2019; the following summer it was sold.", "the following summer",
     "2020-SU"),
    ("Land was revalued on 30 June 2008, though prices had fallen since the previous autumn.",
     "the previous autumn", "2007-FA"),
])
def test_season_counted_from_the_time_just_named(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The parties agreed to meet again in the autumn of next year.", "autumn of next year", "2027-FA"),
    ("The mill closed in the summer of last year.", "summer of last year", "2025-SU"),
    ("Work starts in the spring of this year.", "spring of this year", "2026-SP"),
    ("Prices rose in 2001, and the autumn of next year will tell.", "autumn of next year", "2027-FA"),
])
def test_season_of_a_year_named_from_publication_is_that_years(text: str, expression: str,
                                                               value: str) -> None:
    assert _values(text)[expression] == value


def test_season_of_that_year_with_no_year_named_is_left_open() -> None:
    assert _values("They met in the spring of that year.")["spring of that year"] is None


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("He described the mood at the office in the summer of 2008. On the morning of 3 July he was summoned.",
     "the morning of 3 July", "2008-07-03TMO"),
    ("Sales slumped in the fourth quarter of 2019, and on Nov. 12 the chief executive resigned.", "Nov. 12",
     "2019-11-12"),
    ("Protests spread in March 2021. On March 18 the police cleared the square.", "March 18", "2021-03-18"),
])
def test_a_day_without_its_year_in_the_period_just_named(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_period_named_in_the_paragraph_before_is_another_matter() -> None:
    """'It earned $64.3 million in the third quarter of 2024.' / 'The storm struck on Sept. 17': a
    new paragraph's day is not put in the period the one before ended on."""
    text = ("It earned $64.3 million, or 81 cents a share, in the third quarter of 2024.\n\n"
            "The hurricane struck the Caribbean on Sept. 17 and battered the islands.")
    assert _values(text)["Sept. 17"] == "2025-09-17"


def test_a_day_since_which_a_present_perfect_runs_is_read_from_now() -> None:
    """'one degree short of the record set in July 1905. Temperatures have not fallen below 80 since
    July 15': a state lasting up to now, not the period named before."""
    text = ("It was one degree short of the all-time record set in July 1905. Temperatures after dark have "
            "not fallen below 80 degrees since July 15, the office said.")
    assert _values(text)["July 15"] == "2025-07-15"


def test_a_day_in_a_past_clause_is_not_put_in_a_period_still_to_come() -> None:
    """'… which ends in December 2027. Since Dec. 1 savers have been allowed': the period just named
    is ahead of the report, and a past clause's day is not."""
    text = ("The new president will serve a term which ends in December 2027. Since Dec. 1 savers have "
            "been allowed to withdraw no more than 250 pesos a week.")
    assert _values(text)["Dec. 1"] == "2025-12-01"


def test_a_day_in_a_future_clause_is_not_put_in_the_period_just_named() -> None:
    text = "Rates were cut from June 2024 to March 2025. The next decision is due on March 20."
    assert _values(text)["March 20"] == "2026-03-20"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("He retired in 1977. He sold the paper in 1983, six years later, and moved south.", "six years later",
     "1983"),
    ("The first plant opened on May 4, 2010. The second followed on May 6, 2010, two days later, in Ohio.",
     "two days later", "2010-05-06"),
])
def test_a_count_later_set_beside_a_time_names_that_time(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_count_later_not_set_off_counts_on() -> None:
    assert _values("He retired in 1977 and sold the paper six years later.")["six years later"] == "1983"


def test_a_clock_time_and_its_equivalent_in_another_zone_take_the_day_after_them() -> None:
    text = ("The quake struck at 3:42 a.m. local time (0042 GMT) yesterday, when most people were "
            "asleep.")
    times = {t.text: t.value for t in temporal.extract(text, (), date(1998, 9, 24))}
    assert times["3:42 a.m. local time"] == "1998-09-23T03:42"
    assert times["0042 GMT"] == "1998-09-23T00:42Z"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # hours kept every day are a time of any day, whatever zone they are given in
    ("Consumers can reach Kestrel from 8 a.m. to 8 p.m. Eastern time daily, or on the Web.", "8 a.m.",
     "T08:00"),
    ("Consumers can reach Kestrel from 8 a.m. to 8 p.m. Eastern time daily, or on the Web.",
     "8 p.m. Eastern time", "T20:00"),
    # a set of days right before the hours makes them hours kept on those days
    ("The vote ended at 1 a.m. Wednesday. The market runs on Sundays from 9 a.m. until noon.", "9 a.m.",
     "T09:00"),
    # but a day named with the time dates it, and a habit in another clause leaves it alone
    ("The strike began at 6 a.m. Monday and pickets stood every day.", "6 a.m. Monday", "2026-03-02T06:00"),
])
def test_hours_kept_every_day_have_no_date(text: str, expression: str, value: str) -> None:
    assert {t.text: t.value for t in temporal.extract(text, (), PUB)}[expression] == value



def _parsed(body: str) -> dict[str, str | None]:
    article = parse_document(Document(path="a.md", format="text", body=body + "\n", published=PUB))
    return {t.text: t.value for t in article.times}


@pytest.mark.parametrize(("expression", "value"), [("10 a.m.", "T10:00"), ("5:30 p.m.", "T17:30")])
def test_hours_after_a_set_of_days_have_no_date_in_a_story_with_a_time_line(expression: str,
                                                                            value: str) -> None:
    text = ("The hearing ended shortly before 1 a.m. Wednesday, after six hours.\n\nParents asked the"
            " council to spare the library. The branch is open every Saturday from 10 a.m. to 5:30 p.m.,"
            " parents said.")
    assert _parsed(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a window of the clock in the simple present is a rule's hours, of every day it holds
    ("The council approved the curfew on Monday. It applies to anyone under 18 in the city centre between"
     " 6pm and 6am.", "6pm", "T18:00"),
    ("The council approved the curfew on Monday. It applies to anyone under 18 in the city centre between"
     " 6pm and 6am.", "6am", "T06:00"),
    ("The mayor signed the order on Monday. It keeps trucks off Main Street from 10 p.m. to 5 a.m.",
     "5 a.m.", "T05:00"),
    # in the past it is one night's: the day in the text's focus
    ("Crews began work on Monday. Police said the road was closed between 9 p.m. and 5 a.m.", "9 p.m.",
     "2026-03-02T21:00"),
])
def test_a_window_of_the_clock_in_the_present_has_no_date(text: str, expression: str, value: str) -> None:
    assert _parsed(text)[expression] == value
