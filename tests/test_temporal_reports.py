"""Times in reports of results: a bare half after the text has named a quarter or half is the year's;
"forecast" heading a noun phrase ("its earnings forecast for the year") is no verb looking ahead; the
present of expecting looks ahead whatever its subject; the hour of a news conference someone told
is the story's day, not one a quotation named before it; and "this quarter" in the past, said in a
quarter's first weeks, is the quarter just reported."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import pipeline, temporal


def _values(text: str, published: date) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), published)}


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    ("Daehan lost 410 billion won in the first half of the year and expects the second half to be "
     "at least as difficult.", date(1998, 7, 14), "the second half", "1998-H2"),
    ("Profit fell in the fourth quarter. Orders had steadied, he said, but he did not expect revenue "
     "to grow again until the second half.", date(1998, 1, 22), "the second half", "1998-H2"),
    ("Sales rose in the third quarter. The chief executive said the first half had been weak.",
     date(2005, 10, 20), "the first half", "2005-H1"),
])
def test_a_bare_half_after_a_quarter_is_this_years(text: str, published: date, expression: str,
                                                    value: str) -> None:
    assert _values(text, published)[expression] == value


@pytest.mark.parametrize("text", [
    "Hwang scored early in the first half and Park added a second after the break.",
    "The first half of the hearing dealt with the budget; the second half with the audit.",
])
def test_a_bare_half_in_a_text_of_no_quarters_is_no_time(text: str) -> None:
    assert not any("half" in t.text for t in temporal.extract(text, (), date(2020, 6, 1)))


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "its earnings forecast for": a noun; "cut" is the verb, and the day is the story's
    ("TOKYO, Oct. 25 - Mizuhara cut its earnings forecast for the business year ending in March on "
     "Thursday, blaming a collapse in demand since the Sept. 11 attacks. \"Orders simply stopped for "
     "several weeks after September 11,\" president Takeshi Naruse told a news conference at the "
     "Tokyo Stock Exchange at 3:30 p.m.", "3:30 p.m.", "2001-10-25T15:30"),
])
def test_the_hour_a_news_conference_was_told_is_the_storys_day(text: str, expression: str,
                                                                value: str) -> None:
    article = pipeline.parse_text(text, published=date(2001, 10, 25))
    assert [t.value for t in article.times if t.text == expression] == [value]


# guards: the noun "forecast" no longer looks ahead, so "expects" must
@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    ("Kaneda now expects group net profit of 38 billion yen for the year to March 31, down from its "
     "previous forecast of 72 billion yen, made in late October.", date(2004, 12, 2), "March 31",
     "2005-03-31"),
    ("For the fiscal year ending Jan. 31, Harwell & Pike now expects earnings of $2.55 a share, up "
     "from a previous forecast of $2.45.", date(1997, 11, 20), "Jan. 31", "1998-01-31"),
])
def test_expects_looks_ahead_whatever_its_subject(text: str, published: date, expression: str,
                                                   value: str) -> None:
    assert _values(text, published)[expression] == value


def test_its_forecast_for_is_a_noun_in_the_whole_pipeline() -> None:
    article = pipeline.parse_text("Mizuhara Electric cut its earnings forecast for the year on Thursday.",
                                  published=date(2001, 10, 25))
    assert [t.value for t in article.times if t.text == "Thursday"] == ["2001-10-25"]


def test_a_half_of_something_named_after_it_is_not_the_calendar_years() -> None:
    text = ("Sales rose in the third quarter. For the six months to December, the first half of its "
            "financial year, profit was A$79.3 million.")
    assert "the first half" not in _values(text, date(1999, 2, 10))


@pytest.mark.parametrize(("text", "expression", "value"), [
    # one year that straddles two, with no word of finance: one expression, no value TIMEX can give
    ("Crude will average US$68 a barrel in 2025-26, the government assumed.", "2025-26", None),
    ("Harrowgate finished third in the 2008-09 season.", "2008-09", None),
])
def test_a_year_that_straddles_two_is_one_expression(text: str, expression: str, value: str | None) -> None:
    found = [(t.text, t.value) for t in temporal.extract(text, (), date(2025, 2, 27))]
    assert found == [(expression, value)]


@pytest.mark.parametrize(("text", "found"), [
    ("The 1999 year was written at the bottom of the market.", [("1999", "1999")]),
    ("Settlements from the 2024 day of action were slow.", [("2024", "2024")]),
    ("The city was founded 2000 years ago.", [("2000 years ago", "0002")]),
])
def test_a_year_before_a_singular_unit_is_the_year(text: str, found: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in temporal.extract(text, (), date(2002, 3, 27))] == found


def test_a_comma_inside_a_number_is_no_clauses_edge() -> None:
    text = ("MeteoSwiss said a cold front expected on Wednesday night could bring 30 to 50 centimetres of "
            "snow above 1,200 metres by Friday, although temperatures were forecast to rise again.")
    assert _values(text, date(2007, 1, 8))["Friday"] == "2007-01-12"


@pytest.mark.parametrize(("text", "found"), [
    ("Cancellations peaked over the weekend of Nov. 29-30, when guests left.",
     [("the weekend of Nov. 29-30", "2008-W48-WE")]),
    ("Cancellations peaked over the weekend of Nov. 29.", [("the weekend of Nov. 29", "2008-W48-WE")]),
    ("Cancellations peaked over the weekend.", [("the weekend", "2008-W50-WE")]),
])
def test_the_weekend_of_a_day_is_that_days_weekend(text: str, found: list[tuple[str, str]]) -> None:
    article = pipeline.parse_text(text, published=date(2008, 12, 18))
    assert [(t.text, t.value) for t in article.times] == found


def test_the_half_of_the_calendar_year_is_the_years() -> None:
    text = "Sales fell in the fourth quarter and will recover in the second half of the calendar year."
    assert _values(text, date(2009, 1, 29))["the second half"] == "2009-H2"


@pytest.mark.parametrize(("text", "found"), [
    ("The House voted at a quarter to midnight on Thursday.", ("a quarter to midnight", "2021-07-29T23:45")),
    ("The lights went out at ten past midnight on Friday.", ("ten past midnight", "2021-07-30T00:10")),
    ("The session ended at half past noon on Friday.", ("half past noon", "2021-07-30T12:30")),
])
def test_minutes_to_or_past_noon_or_midnight_are_a_clock_time(text: str, found: tuple[str, str]) -> None:
    article = pipeline.parse_text(text, published=date(2021, 7, 30))
    assert (article.times[0].text, article.times[0].value) == found


def test_a_deadline_with_its_hour_before_the_day_is_still_to_come() -> None:
    text = "The president asked lawmakers to submit their claim by 5 p.m. on Sunday."
    article = pipeline.parse_text(text, published=date(2024, 7, 13))
    assert [(t.text, t.value) for t in article.times] == [("5 p.m.", "2024-07-14T17:00"),
                                                          ("Sunday", "2024-07-14")]


def test_the_same_week_a_year_earlier_is_that_week_a_year_back() -> None:
    text = "Receipts rose 2.8 percent last week compared with the same week a year earlier."
    assert _values(text, date(2001, 11, 27))["the same week a year earlier"] == "2000-W47"


def test_a_deadline_someone_is_invited_to_meet_is_still_to_come() -> None:
    text = "The ministry said the bidders had been invited to submit final offers by June 30."
    assert _values(text, date(2009, 3, 4))["June 30"] == "2009-06-30"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Remittances fell 4 percent in the second quarter from the same quarter of 2024.",
     "the same quarter of 2024", "2024-Q2"),
    ("Sales in March rose from the same month of 2024.", "the same month of 2024", "2024-03"),
    ("Revenue rose from the same period of 2024.", "the same period of 2024", "2024"),
])
def test_the_same_period_of_a_year_is_the_period_in_view_in_that_year(text: str, expression: str,
                                                                     value: str) -> None:
    assert _values(text, date(2025, 8, 1))[expression] == value


@pytest.mark.parametrize(("text", "value"), [
    ("The commission voted 3-2 last Thursday to postpone certification.", "2024-11-14"),  # not yesterday
    ("The commission voted last Tuesday to postpone certification.", "2024-11-19"),
])
def test_last_weekday_is_not_yesterday(text: str, value: str) -> None:
    assert [t.value for t in temporal.extract(text, (), date(2024, 11, 22))] == [value]


def test_a_deadline_set_for_a_named_body_is_still_to_come() -> None:
    text = "The Supreme Court ordered the Legislature to adopt a new map by Sept. 30."
    assert _values(text, date(2025, 6, 14))["Sept. 30"] == "2025-09-30"


def test_the_same_period_of_a_year_after_a_span_of_months_is_that_year() -> None:
    text = ("It cancelled 4,100 sailings between January and September, up from about 2,900 in the same "
            "period of 2023.")
    assert _values(text, date(2024, 10, 17))["the same period of 2023"] == "2023"


def test_a_days_closing_price_is_of_a_day_gone() -> None:
    text = ("Shareholders will receive 0.82 shares for each share they own, a premium of 27 percent over "
            "Friday's closing price.")
    assert _values(text, date(2000, 2, 29))["Friday"] == "2000-02-25"


def test_an_hour_that_night_is_in_the_evening_of_the_day_told_of() -> None:
    text = "I got home Sunday afternoon and by 9 o'clock that night I was on the bathroom floor, she said."
    article = pipeline.parse_text(text, published=date(1998, 6, 3))
    assert [t.value for t in article.times if t.text.startswith("9")] == ["1998-05-31T21:00"]


@pytest.mark.parametrize(("text", "published", "value"), [
    ('"Our brands held their ground this quarter," the chief executive said on a conference call.',
     date(2005, 10, 20), "2005-Q3"),
    ("This quarter was the calm before the storm, the chief financial officer said.", date(2009, 1, 15),
     "2008-Q4"),
])
def test_this_quarter_in_the_past_in_a_quarters_first_weeks_is_the_one_reported(
        text: str, published: date, value: str) -> None:
    assert _values(text, published)["this quarter" if "this" in text else "This quarter"] == value


@pytest.mark.parametrize(("text", "published", "value"), [
    ('"This is not the last filing we will see this quarter," the analyst said.', date(2002, 1, 23),
     "2002-Q1"),
    ("Sales this quarter were the best in a decade, the company said.", date(2005, 12, 1), "2005-Q4"),
    ("The chief financial officer said revenue in the current quarter would probably be flat.",
     date(1998, 1, 22), "1998-Q1"),
])
def test_this_quarter_ahead_or_late_in_a_quarter_is_the_current_one(
        text: str, published: date, value: str) -> None:
    assert _values(text, published)["the current quarter" if "current" in text else "this quarter"] == value


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # a month's statistics are released after it: in January, "its December figures" are last year's
    ("The Labor Department is scheduled to release its December employment figures on Friday.",
     date(2005, 1, 4), "December", "2004-12"),
    ("At the June sales pace, there was a 4.3-month supply of homes.", date(2005, 7, 26), "June", "2005-06"),
    # not a month still ahead of the figures ("the May data", said in April), nor a report named by
    # the month it comes out in
    ("Barring a surprise in the April and May data, June is close to a done deal.", date(2026, 4, 23),
     "May", "2026-05"),
    ("The late planting may not show up fully until our August report.", date(2009, 6, 30), "August",
     "2009-08"),
])
def test_the_figures_of_a_month_are_for_the_one_just_ended(text: str, published: date, expression: str,
                                                          value: str) -> None:
    assert _values(text, published)[expression] == value


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # the base of a change is a reading already taken, whatever the clause looks ahead to
    ("The report is expected to show the unemployment rate rising to 7.5 percent from 7.2 percent in "
     "December.", date(2009, 1, 26), "December", "2008-12"),
    ("Analysts expect the yield to climb to 4.4 percent from 4.29 percent on Monday.", date(2005, 1, 5),
     "Monday", "2005-01-03"),
])
def test_the_base_of_a_change_is_past(text: str, published: date, expression: str, value: str) -> None:
    assert _values(text, published)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # what a change reaches back to is past, whatever the clause looks ahead to
    ("The bill will put rebate checks in the mail this summer and lower tax rates retroactive to Jan. 1.",
     "Jan. 1", "2001-01-01"),
    ("The new contract will give workers a raise backdated to April.", "April", "2001-04"),
])
def test_what_a_change_reaches_back_to_is_past(text: str, expression: str, value: str) -> None:
    assert _values(text, date(2001, 5, 26))[expression] == value


def test_what_a_change_reaches_back_to_frames_no_clock_time() -> None:
    text = ("The House approved lower tax rates retroactive to Jan. 1. The vote came shortly before "
            "2 a.m., after leaders kept members in session.")
    assert _values(text, date(2001, 5, 26))["2 a.m."] != "2001-01-01T02:00"


def test_a_date_of_birth_frames_no_clock_time() -> None:
    text = ("Pensioners will wait longer under changes announced in Tuesday night's budget. Anyone born "
            "after July 1, 1958 will be affected, officials said. The treasurer, who rose to speak at 7:30 "
            "p.m., said the country could not afford the old rules.")
    assert _values(text, date(2001, 5, 16))["7:30 p.m."] == "2001-05-15T19:30"


def test_the_month_a_report_names_is_the_storys_not_a_year_earlier_base() -> None:
    text = ("Oregon's unemployment rate rose to 7.1 percent in October, up from 6.4 percent in September "
            "and 5.2 percent in October 2000. The October survey was the first to capture a full month "
            "of the fallout.")
    times = [(t.text, t.value) for t in temporal.extract(text, (), date(2001, 11, 20))]
    assert times[-1] == ("October", "2001-10")


@pytest.mark.parametrize(("text", "published", "value"), [
    # a quarter's results come out after it: said in January, the fourth quarter's are last year's
    ("Ridgeline said it would cut 20,000 jobs after reporting a 32 percent drop in fourth-quarter profit.",
     date(2009, 1, 26), "2008-Q4"),
    ("The retailer said it would update its guidance when it reports fourth-quarter results on Feb. 8.",
     date(2005, 1, 28), "2004-Q4"),
    # a quarter still to come is not held back by its results: next year's first quarter
    ("The company expects first-quarter profit to rise.", date(2008, 11, 26), "2009-Q1"),
])
def test_a_quarters_results_are_out_after_it(text: str, published: date, value: str) -> None:
    assert [t.value for t in temporal.extract(text, (), published) if "quarter" in t.text] == [value]


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a day before "weekend" names the weekend it gives its name to, as a holiday does
    ("The casino opened over the Fourth of July weekend.", "the Fourth of July weekend", "2004-W27-WE"),
    ("Traffic was heavy over the July 4 holiday weekend.", "July 4 holiday weekend", "2004-W27-WE"),
    ("Traffic was heavy over the Memorial Day holiday weekend.", "Memorial Day holiday weekend",
     "2004-W22-WE"),
])
def test_a_day_before_weekend_names_its_weekend(text: str, expression: str, value: str) -> None:
    times = temporal.extract(text, (), date(2004, 7, 6))
    assert [(t.text, t.value) for t in times] == [(expression, value)]
    assert times[0].latest is not None and times[0].earliest is not None
    assert (times[0].latest - times[0].earliest).days == 1


def test_a_change_from_a_year_earlier_is_the_reported_quarters() -> None:
    """'dropped 17 percent from a year earlier', after a sentence that named the fall of 2010: the
    quarter the report is about, a year back."""
    text = ("Lakeland Energy said Tuesday that its second-quarter profit fell 34 percent. The reactor is "
            "not due for another refueling until the fall of 2010.\n\nIndustrial sales dropped 17 percent "
            "from a year earlier.")
    times = {t.text: t.value for t in temporal.extract(text, (), date(2009, 8, 4))}
    assert times["a year earlier"] == "2008-Q2"


def test_a_change_from_a_year_earlier_keeps_a_month_named_beside_it() -> None:
    text = "Building approvals in December were down 34 percent from a year earlier."
    times = {t.text: t.value for t in temporal.extract(text, (), date(2001, 2, 7))}
    assert times["a year earlier"] == "1999-12"
