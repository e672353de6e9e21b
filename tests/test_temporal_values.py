"""Table-driven tests: one sentence, a publication date, the expression expected and its value."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal
from parsing.model import TimeExpression
from parsing.pipeline import parse_text

PUB = date(2021, 11, 23)  # a Tuesday

# (sentence, published, expression text, value, type, earliest, latest); days as ISO strings, "" = None
CASES: list[tuple[str, date | str | None, str, str | None, str, str, str]] = [
    # absolute dates
    ("The hearing was held on Sept. 28, 2021.", PUB, "Sept. 28, 2021",
     "2021-09-28", "DATE", "2021-09-28", "2021-09-28"),
    ("It opened on 28 September 2021 in Paris.", PUB, "28 September 2021",
     "2021-09-28", "DATE", "2021-09-28", "2021-09-28"),
    ("The file is dated 2021-09-28.", PUB, "2021-09-28", "2021-09-28", "DATE", "2021-09-28", "2021-09-28"),
    ("Sales fell in September 2021.", PUB, "September 2021", "2021-09", "DATE", "2021-09-01", "2021-09-30"),
    ("The invasion began in 2014.", PUB, "2014", "2014", "DATE", "2014-01-01", "2014-12-31"),
    ("Prices rose in the 1990s.", PUB, "the 1990s", "199", "DATE", "1990-01-01", "1999-12-31"),
    ("Art of the 20th century.", PUB, "the 20th century", "19", "DATE", "1900-01-01", "1999-12-31"),
    ("Friday, July 21, 2017", PUB, "Friday, July 21, 2017", "2017-07-21", "DATE", "2017-07-21", "2017-07-21"),
    ("June 13, 2005\n\nAirbus has won an order.", None, "June 13, 2005",
     "2005-06-13", "DATE", "2005-06-13", "2005-06-13"),
    ("The meeting was held on 7/8/07.", PUB, "7/8/07", "2007-07-08", "DATE", "2007-07-08", "2007-07-08"),
    ("Filed on 2021/11/23.", PUB, "2021/11/23", "2021-11-23", "DATE", "2021-11-23", "2021-11-23"),
    ("Filed on 23/11/2021.", PUB, "23/11/2021", "2021-11-23", "DATE", "2021-11-23", "2021-11-23"),
    ("Filed on 1.5.2021.", PUB, "1.5.2021", "2021-05-01", "DATE", "2021-05-01", "2021-05-01"),
    ("Art of the 1800s.", PUB, "the 1800s", "18", "DATE", "1800-01-01", "1899-12-31"),
    ("Revenue for fiscal 2007 fell.", PUB, "fiscal 2007", "FY2007", "DATE", "2007-01-01", "2007-12-31"),
    ("The deal adds to earnings in its 2001 fiscal year.", PUB, "2001 fiscal year", "FY2001", "DATE",
     "2001-01-01", "2001-12-31"),
    ("In 2001 fiscal policy changed.", PUB, "2001", "2001", "DATE", "2001-01-01", "2001-12-31"),
    ("The first half of 2009 was bad.", PUB, "The first half of 2009",
     "2009-H1", "DATE", "2009-01-01", "2009-06-30"),
    ("Early 2009 was bad.", PUB, "Early 2009", "2009", "DATE", "2009-01-01", "2009-12-31"),
    # a month and day take the publication year, or the nearest plausible one
    ("The vote took place on March 22.", PUB, "March 22", "2021-03-22", "DATE", "2021-03-22", "2021-03-22"),
    ("The plant closed on 11 December.", "2010-01-25", "11 December",
     "2009-12-11", "DATE", "2009-12-11", "2009-12-11"),
    # a present-tense verb of a scheduled change puts the month ahead (the futurate)
    ("The law takes effect in March.", PUB, "March", "2022-03", "DATE", "2022-03-01", "2022-03-31"),
    ("Their term starts in January.", PUB, "January", "2022-01", "DATE", "2022-01-01", "2022-01-31"),
    ("The museum reopens to the public in the spring.", PUB, "spring", "2022-SP", "DATE",
     "2022-03-01", "2022-05-31"),
    ("The museum reopened in March.", PUB, "March", "2021-03", "DATE", "2021-03-01", "2021-03-31"),
    ("Sales peak in March.", PUB, "March", "2021-03", "DATE", "2021-03-01", "2021-03-31"),
    ("Tenants will be told after October of next year.", "2009-05-15", "October",
     "2010-10", "DATE", "2010-10-01", "2010-10-31"),
    # the year at a span's end; each end covers the whole span (see test_temporal_spans)
    ("Sales fell between March and April 2009.", PUB, "March", "2009-03", "DATE", "2009-03-01", "2009-04-30"),
    ("It ran from June 3 to July 5, 2008.", PUB, "June 3", "2008-06-03", "DATE", "2008-06-03", "2008-07-05"),
    ("In 2008, sales fell in March and rose on June 3.", PUB, "June 3", "2008-06-03", "DATE",
     "2008-06-03", "2008-06-03"),
    ("Founded in 1998, the shop grew fast as of February.", "2008-04-09", "February", "2008-02", "DATE",
     "2008-02-01", "2008-02-29"),
    ("They met last September.", "2009-10-12", "last September",
     "2009-09", "DATE", "2009-09-01", "2009-09-30"),
    # times of day
    ("The call started at 16:00 UTC.", PUB, "16:00 UTC",
     "2021-11-23T16:00Z", "TIME", "2021-11-23", "2021-11-23"),
    ("He spoke at 4 p.m. on Tuesday.", PUB, "4 p.m.",
     "2021-11-23T16:00", "TIME", "2021-11-23", "2021-11-23"),
    ("It was 6:00am when the alarm rang.", PUB, "6:00am", "T06:00", "TIME", "", ""),
    ("The bells rang at midnight.", PUB, "midnight", "T24:00", "TIME", "", ""),
    ("At a briefing at 09:30 UTC, June 1st, she spoke.", "2009-06-04", "09:30 UTC",
     "2009-06-01T09:30Z", "TIME", "2009-06-01", "2009-06-01"),
    # weekdays: past tense -> the most recent such day (the publication day itself when it matches)
    ("The generals spoke by phone on Tuesday.", PUB, "Tuesday", "2021-11-23", "DATE",
     "2021-11-23", "2021-11-23"),
    ("The spokeswoman said on Monday that the talks failed.", PUB, "Monday",
     "2021-11-22", "DATE", "2021-11-22", "2021-11-22"),
    ("The minister will travel on Monday.", PUB, "Monday", "2021-11-29", "DATE", "2021-11-29", "2021-11-29"),
    # "next Friday" is next week's (said on a Tuesday: not this Friday, which is "Friday"/"this Friday")
    ("He will speak next Friday.", PUB, "next Friday", "2021-12-03", "DATE", "2021-12-03", "2021-12-03"),
    ("He will speak next Monday.", PUB, "next Monday", "2021-11-29", "DATE", "2021-11-29", "2021-11-29"),
    ("He will speak this Friday.", PUB, "this Friday", "2021-11-26", "DATE", "2021-11-26", "2021-11-26"),
    ("He will speak next Tuesday.", PUB, "next Tuesday", "2021-11-30", "DATE", "2021-11-30", "2021-11-30"),
    ("The markets stay closed until Friday.", "2008-09-18", "Friday",
     "2008-09-19", "DATE", "2008-09-19", "2008-09-19"),
    ("The outage began on Wednesday, engineers said.", "2008-01-20", "Wednesday",
     "2008-01-16", "DATE", "2008-01-16", "2008-01-16"),
    # deictic days
    ("Yesterday the index fell.", PUB, "Yesterday", "2021-11-22", "DATE", "2021-11-22", "2021-11-22"),
    ("Shares rose today.", PUB, "today", "2021-11-23", "DATE", "2021-11-23", "2021-11-23"),
    ("The launch is tomorrow.", PUB, "tomorrow", "2021-11-24", "DATE", "2021-11-24", "2021-11-24"),
    ("The game is tonight.", PUB, "tonight", "2021-11-23TNI", "TIME", "2021-11-23", "2021-11-23"),
    # calendar units counted from the publication date
    ("They met last week.", "2017-07-21", "last week", "2017-W28", "DATE", "2017-07-10", "2017-07-16"),
    ("Prices rose this week.", PUB, "this week", "2021-W47", "DATE", "2021-11-22", "2021-11-28"),
    ("The minister suggested earlier this month that talks may resume.", PUB, "earlier this month",
     "2021-11", "DATE", "2021-11-01", "2021-11-30"),
    ("Claims made this month were denied.", PUB, "this month", "2021-11", "DATE", "2021-11-01", "2021-11-30"),
    ("Sales fell last month.", PUB, "last month", "2021-10", "DATE", "2021-10-01", "2021-10-31"),
    ("The talks resume next month.", PUB, "next month", "2021-12", "DATE", "2021-12-01", "2021-12-31"),
    ("Sales rose last year.", PUB, "last year", "2020", "DATE", "2020-01-01", "2020-12-31"),
    ("Sales are flat this year.", PUB, "this year", "2021", "DATE", "2021-01-01", "2021-12-31"),
    ("Sales will rise next year.", PUB, "next year", "2022", "DATE", "2022-01-01", "2022-12-31"),
    ("He left two days ago.", PUB, "two days ago", "2021-11-21", "DATE", "2021-11-21", "2021-11-21"),
    ("The plant closed a decade ago.", "2011-03-08", "a decade ago",
     "2001", "DATE", "2001-01-01", "2001-12-31"),
    ("The fair was held this weekend.", "2016-09-07", "this weekend",
     "2016-W35-WE", "DATE", "2016-09-03", "2016-09-04"),
    ("We went there last summer.", "2023-02-23", "last summer",
     "2022-SU", "DATE", "2022-06-01", "2022-08-31"),
    ("Profit rose in the fourth quarter.", "2007-03-13", "the fourth quarter",
     "2006-Q4", "DATE", "2006-10-01", "2006-12-31"),
    ("Profit fell in the third quarter of this year.", "2009-11-03", "the third quarter of this year",
     "2009-Q3", "DATE", "2009-07-01", "2009-09-30"),
    ("The carmaker announced cuts during the fourth quarter.", "2006-08-19", "the fourth quarter",
     "2006-Q4", "DATE", "2006-10-01", "2006-12-31"),
    ("Polls closed at 22:30 on Saturday and counting ended at 2:30 the next day.", PUB,
     "2:30 the next day", "2021-11-21T02:30", "TIME", "2021-11-21", "2021-11-21"),
    ("The plane landed on Monday. The next day it left.", PUB, "The next day", "2021-11-23", "DATE",
     "2021-11-23", "2021-11-23"),
    ("Shares rose on March 3. That day was calm.", PUB, "That day", "2021-03-03", "DATE",
     "2021-03-03", "2021-03-03"),
    ("Sales rose over Christmas.", "2021-09-01", "Christmas", "2020-12-25", "DATE", "2020-12-25",
     "2020-12-25"),
    # a day said as an ordinal word: "the fifth of November"
    ("Voters go to the polls on the fifth of November.", "2019-10-03", "the fifth of November", "2019-11-05",
     "DATE", "2019-11-05", "2019-11-05"),
    ("It happened on the twenty-third of March.", "2019-10-03", "the twenty-third of March", "2019-03-23",
     "DATE", "2019-03-23", "2019-03-23"),
    # "the September quarter": the quarter that ends that month
    ("Growth slowed in the September quarter.", "2027-02-18", "the September quarter", "2026-Q3", "DATE",
     "2026-07-01", "2026-09-30"),
    ("Profits rose in the June quarter of 2025.", PUB, "the June quarter of 2025", "2025-Q2", "DATE",
     "2025-04-01", "2025-06-30"),
    # a quarter or a half said by its first and last months
    ("The economy grew in the July-September period.", "2001-10-31", "the July-September period", "2001-Q3",
     "DATE", "2001-07-01", "2001-09-30"),
    ("Exports fell in the January-June period of 2004.", PUB, "the January-June period of 2004", "2004-H1",
     "DATE", "2004-01-01", "2004-06-30"),
    ("Cases fell in the April-to-June quarter.", "2008-07-10", "the April-to-June quarter", "2008-Q2",
     "DATE", "2008-04-01", "2008-06-30"),
    # "the year-earlier period": the quarter just named, a year before
    ("Corvane earned $41 million in the third quarter, up from $29.9 million in the year-earlier period.",
     "1997-10-15", "the year-earlier period", "1996-Q3", "DATE", "1996-07-01", "1996-09-30"),
    # the weekend a holiday names: before a Monday holiday, after a Thursday one
    ("Fares were cut before the Memorial Day weekend.", "1992-05-26", "Memorial Day weekend", "1992-W21-WE",
     "DATE", "1992-05-23", "1992-05-24"),
    ("Stores were busy over the Thanksgiving weekend.", "2003-01-09", "Thanksgiving weekend", "2002-W48-WE",
     "DATE", "2002-11-30", "2002-12-01"),
    # holidays by their rule: the first weekday on or after a day, or days from Easter
    ("Sales rose after Labor Day.", PUB, "Labor Day", "2021-09-06", "DATE", "2021-09-06", "2021-09-06"),
    ("Stores will open on Thanksgiving.", "2026-06-10", "Thanksgiving", "2026-11-26", "DATE",
     "2026-11-26", "2026-11-26"),
    ("He died on Good Friday.", "2019-05-01", "Good Friday", "2019-04-19", "DATE", "2019-04-19",
     "2019-04-19"),
    ("Parades filled the streets on Memorial Day.", "2027-06-02", "Memorial Day", "2027-05-31", "DATE",
     "2027-05-31", "2027-05-31"),
    ("The dispute comes two weeks after Mardi Gras.", "2026-03-03", "Mardi Gras", "2026-02-17", "DATE",
     "2026-02-17", "2026-02-17"),
    ("Police will decide before Australia Day.", "2026-01-20", "Australia Day", "2026-01-26", "DATE",
     "2026-01-26", "2026-01-26"),
    ("Stores close early on Victoria Day.", "2025-05-01", "Victoria Day", "2025-05-19", "DATE", "2025-05-19",
     "2025-05-19"),
    # no tense either way: the nearer one
    ("The bill must pass by Labor Day.", "2026-06-10", "Labor Day", "2026-09-07", "DATE", "2026-09-07",
     "2026-09-07"),
    ("They will meet on New Year's Eve.", PUB, "New Year's Eve", "2021-12-31", "DATE", "2021-12-31",
     "2021-12-31"),
    ("“At 7 o'clock this morning we found out,” he said.", PUB, "7 o'clock this morning",
     "2021-11-23T07:00", "TIME", "2021-11-23", "2021-11-23"),
    ("The vote is at nine o'clock tonight.", PUB, "nine o'clock tonight", "2021-11-23T21:00", "TIME",
     "2021-11-23", "2021-11-23"),
    # a bare hour after a preposition, before tonight / this morning: a clock time
    ("A hearing is scheduled for 7 tonight at the school.", PUB, "7 tonight", "2021-11-23T19:00", "TIME",
     "2021-11-23", "2021-11-23"),
    ("Crews began work at 6 this morning.", PUB, "6 this morning", "2021-11-23T06:00", "TIME",
     "2021-11-23", "2021-11-23"),
    ("“Ten years from now, nobody will remember,” she said.", PUB, "Ten years from now", "2031", "DATE",
     "2031-01-01", "2031-12-31"),
    ("The law takes effect two weeks from today.", PUB, "two weeks from today", "2021-12-07", "DATE",
     "2021-12-07", "2021-12-07"),
    ("Results were released at 10:15 a.m. Eastern time.", "2026-11-05", "10:15 a.m. Eastern time",
     "2026-11-05T10:15-05:00", "TIME", "2026-11-05", "2026-11-05"),
    ("Forecasters warned that more rain could arrive by the weekend.", "2026-09-30", "the weekend",
     "2026-W40-WE", "DATE", "2026-10-03", "2026-10-04"),
    ("Another storm might reach the coast on Saturday.", "2026-09-30", "Saturday", "2026-10-03", "DATE",
     "2026-10-03", "2026-10-03"),
    # references without a calendar value
    ("The future is bright.", PUB, "The future", "FUTURE_REF", "DATE", "2021-11-23", ""),
    ("He recently resigned.", PUB, "recently", "PAST_REF", "DATE", "", "2021-11-23"),
    ("Prices have climbed in recent weeks.", PUB, "recent weeks", "PAST_REF", "DATE", "", "2021-11-23"),
    ("Inflation should ease in the coming months.", PUB, "the coming months", "FUTURE_REF", "DATE",
     "2021-11-23", ""),
    ("A decision is due in the coming days.", PUB, "the coming days", "FUTURE_REF", "DATE", "2021-11-23", ""),
    ("Talks resume in the coming week.", PUB, "the coming week", "2021-W48", "DATE", "2021-11-29",
     "2021-12-05"),  # one week: the next
    ("Floods have grown worse over recent decades.", PUB, "recent decades", "PAST_REF", "DATE", "",
     "2021-11-23"),
    # a day and "last year" or "next year" after it: one expression, in that year
    ("The talks began on Sept. 27 last year.", "1994-03-17", "Sept. 27 last year", "1993-09-27", "DATE",
     "1993-09-27", "1993-09-27"),
    ("The plant opens on June 1 next year.", "1994-03-17", "June 1 next year", "1995-06-01", "DATE",
     "1995-06-01", "1995-06-01"),
    # a financial year across two calendar years is named for the one it ends in
    ("The bank expects growth in the 2012-13 financial year.", "2012-05-01", "the 2012-13 financial year",
     "FY2013", "DATE", "2013-01-01", "2013-12-31"),  # bounds: the calendar year, as for any FY
    # a clock on the 24-hour dial after an afternoon time keeps its hour
    ("The decision, announced at 2:30 p.m. Sydney time (0430 GMT), lowers the rate.", "2012-05-01",
     "0430 GMT", "2012-05-01T04:30Z", "TIME", "2012-05-01", "2012-05-01"),
    # a part of this week already gone, in a clause looking ahead: next week's (6 September: a Sunday)
    ("A storm could form by the middle of the week.", "2026-09-06", "the middle of the week", "2026-W37",
     "DATE", "2026-09-07", "2026-09-13"),
    ("Talks stalled in the middle of the week.", "2026-09-06", "the middle of the week", "2026-W36", "DATE",
     "2026-08-31", "2026-09-06"),
    # "ago" with no count: some time before, as TimeML marks it
    ("Suppliers stopped shipping weeks ago.", PUB, "weeks ago", "PAST_REF", "DATE", "", "2021-11-23"),
    ("We resolved those complaints long ago.", PUB, "long ago", "PAST_REF", "DATE", "", "2021-11-23"),
    # durations and sets
    ("It took a month.", PUB, "a month", "P1M", "DURATION", "", ""),
    ("He served three years.", PUB, "three years", "P3Y", "DURATION", "", ""),
    ("Over the past 30 days sales fell.", PUB, "Over the past 30 days", "P30D", "DURATION", "", ""),
    ("Delays of almost two and a half years.", PUB, "two and a half years", "P2.5Y", "DURATION", "", ""),
    ("The empire lasted 1,500 years.", PUB, "1,500 years", "P1500Y", "DURATION", "", ""),
    ("It took 3.5 years.", PUB, "3.5 years", "P3.5Y", "DURATION", "", ""),
    ("It is held every year.", PUB, "every year", "P1Y", "SET", "", ""),
    ("The show changes each season.", PUB, "each season", "P3M", "SET", "", ""),
    ("The paper is published weekly.", PUB, "weekly", "P1W", "SET", "", ""),
]


def _find(times: tuple[TimeExpression, ...], text: str) -> TimeExpression:
    found = [t for t in times if t.text == text]
    assert found, f"{text!r} not found in {[t.text for t in times]}"
    return found[0]


def _day(iso: str) -> date | None:
    return date.fromisoformat(iso) if iso else None


@pytest.mark.parametrize(("sentence", "published", "text", "value", "typ", "earliest", "latest"), CASES)
def test_value(sentence: str, published: date | str | None, text: str, value: str | None, typ: str,
               earliest: str, latest: str) -> None:
    pub = date.fromisoformat(published) if isinstance(published, str) else published
    t = _find(temporal.extract(sentence, (), pub), text)
    assert (t.value, t.type, t.earliest, t.latest) == (value, typ, _day(earliest), _day(latest))
    assert sentence[t.start:t.end] == t.text


@pytest.mark.parametrize(("sentence", "text", "granularity"), [
    ("Sales fell in September 2021.", "September 2021", "month"),
    ("They met last week.", "last week", "week"),
    ("Prices rose in the 1990s.", "the 1990s", "decade"),
    ("The call started at 16:00 UTC.", "16:00 UTC", "time"),
    ("He recently resigned.", "recently", "none"),
    ("Profit rose in the fourth quarter.", "the fourth quarter", "quarter"),
])
def test_granularity(sentence: str, text: str, granularity: str) -> None:
    assert _find(temporal.extract(sentence, (), PUB), text).granularity == granularity


def test_recent_before_a_noun_is_a_past_reference_but_not_the_superlative() -> None:
    """"the recent floods": PAST_REF, as MEANTIME's TimeML gold marks it; "their most recent model" is
    the latest one, no time."""
    times = parse_text("The recent floods hit their most recent model harder than in recent years.",
                       date(2021, 11, 23)).times
    assert [(t.text, t.value) for t in times] == [("recent", "PAST_REF"), ("recent years", "PAST_REF")]


def test_several_units_after_the_are_no_single_period() -> None:
    """"the past weeks", "the last months of his life": several units, not last week or last month."""
    times = parse_text("In the past weeks, and in the last months of his life, he wrote daily.",
                       date(2021, 11, 23)).times
    assert [t.text for t in times if "week" in t.text or "month" in t.text] == []


def test_relative_flag_follows_the_anchor() -> None:
    times = temporal.extract("On Monday, a year after the 2014 invasion, they met.", (), PUB)
    assert [(t.text, t.relative) for t in times if t.type == "DATE"] == [("Monday", True), ("2014", False)]


def test_a_count_before_tonight_is_no_clock_time() -> None:
    times = parse_text("He scored 7 tonight, a season high.", date(2021, 11, 23)).times
    assert [(t.text, t.value) for t in times] == [("tonight", "2021-11-23TNI")]


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a recurring day, month or part of day is a set, never one date (nor an event on the timeline)
    ("The council meets every Tuesday.", "every Tuesday", "XXXX-WXX-2"),
    ("She played there every Tuesday night.", "every Tuesday night", "XXXX-WXX-2TNI"),
    ("The report comes out every other Friday.", "every other Friday", "XXXX-WXX-5"),
    ("The family holds a vigil every November.", "every November", "XXXX-11"),
    ("Each morning the trucks come.", "Each morning", "XXXX-XX-XXTMO"),
    ("The tribe gathers herring eggs each spring.", "each spring", "XXXX-SP"),
    ("The trawlers come back every winter.", "every winter", "XXXX-WI"),
    ("Every day counts.", "Every day", "P1D"),
])
def test_every_recurring_time_is_a_set(text: str, expression: str, value: str) -> None:
    article = parse_text(text, date(2026, 3, 5))
    assert [(t.text, t.value, t.type) for t in article.times] == [(expression, value, "SET")]
    assert not article.events


@pytest.mark.parametrize(("text", "published", "value"), [
    # a holiday takes the year a month and day without one would (calendar.year_for): this year's
    # when it is at most two months ahead, whatever the tense of the sentence that names it
    ("A backup opportunity is available on Christmas Eve, the company said.", date(2021, 12, 21),
     "2021-12-24"),
    ("The governor said the rebates would arrive by Labor Day.", date(2032, 8, 29), "2032-09-06"),
    ("She said she could not vote to shut down the government six weeks before Election Day.",
     date(2026, 9, 26), "2026-11-03"),
    ("Three weeks before Election Day, the race has turned into a fight.", date(2024, 10, 15), "2024-11-05"),
    # but one further ahead in a past sentence is last year's
    ("The plant closed on Christmas Eve, workers said.", date(2021, 9, 30), "2020-12-24"),
])
def test_a_holiday_takes_the_year_of_a_month_and_day(text: str, published: date, value: str) -> None:
    assert parse_text(text, published).times[-1].value == value  # the holiday closes each sentence


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a day, a weekday, a week or a weekend after or before a holiday, counted from the holiday
    ("Sales jumped on the day after Thanksgiving.", "the day after Thanksgiving", "2000-11-24"),
    ("Stores opened early on the Friday after Thanksgiving.", "the Friday after Thanksgiving", "2000-11-24"),
    ("Traffic fell the weekend after Thanksgiving.", "the weekend after Thanksgiving", "2000-W47-WE"),
    ("The week before Christmas was slow.", "The week before Christmas", "2000-W51"),
    ("The Thursday before Christmas was busy.", "The Thursday before Christmas", "2000-12-21"),
    ("Shoppers crowded the malls on Black Friday.", "Black Friday", "2000-11-24"),
])
def test_a_day_beside_a_holiday(text: str, expression: str, value: str) -> None:
    found = {t.text: t.value for t in temporal.extract(text, (), date(2001, 1, 5))}
    assert found[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # the nth (or last) weekday of a month, as holidays are defined
    ("One email, sent on the last Sunday in August, asked for money.", "the last Sunday in August",
     "2025-08-31"),
    ("The vote is on the first Tuesday of November.", "the first Tuesday of November", "2025-11-04"),
])
def test_an_ordinal_weekday_of_a_month(text: str, expression: str, value: str) -> None:
    found = {t.text: t.value for t in temporal.extract(text, (), date(2025, 10, 16))}
    assert found[expression] == value


@pytest.mark.parametrize("text", [
    # an ordinal after an ordinal with a noun leaves the noun out: no day of the month
    "Nwosu overtook him on the second ballot and widened her lead on the third, as delegates shifted.",
    "Qureshi was dropped after the first count, and O'Driscoll after the second; his support moved.",
])
def test_an_ordinal_that_leaves_its_noun_out_is_no_day(text: str) -> None:
    assert temporal.extract(text, (), date(2025, 10, 16)) == ()


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # "the new year": the calendar year about to begin, or, in its first months, the one just begun
    ("He has suggested waiting until the new year.", date(2021, 9, 16), "the new year", "2022"),
    ("The new year began quietly.", date(2024, 1, 5), "The new year", "2024"),
    ("It takes effect in the first quarter of the new year.", date(2023, 11, 20),
     "the first quarter of the new year", "2024-Q1"),
])
def test_the_new_year(text: str, published: date, expression: str, value: str) -> None:
    assert {t.text: t.value for t in temporal.extract(text, (), published)}[expression] == value


@pytest.mark.parametrize(("text", "expression"), [
    ("The vessel sent a distress call at 3:12 a.m. Alaska time Sunday, reporting flooding.",
     "3:12 a.m. Alaska time Sunday"),
    ("The eruption began at 11:40 p.m. Hawaii time Sunday.", "11:40 p.m. Hawaii time Sunday"),
])
def test_a_clock_time_in_a_named_zone_takes_the_day_after_it(text: str, expression: str) -> None:
    times = parse_text(text, date(2008, 3, 25)).times
    assert [t.text for t in times] == [expression] and times[0].value is not None
    assert times[0].value.startswith("2008-03-23T")


@pytest.mark.parametrize(("text", "published", "value"), [
    ("I can't wait around till next December to find out, she said.", date(2006, 11, 21), "2007-12"),
    ("The vote was moved to next November.", date(2021, 10, 22), "2022-11"),
    ("The plant will close next March.", date(2006, 11, 21), "2007-03"),
])
def test_next_and_a_month_is_next_years(text: str, published: date, value: str) -> None:
    (t,) = parse_text(text, published).times
    assert t.value == value


@pytest.mark.parametrize(("text", "value"), [
    ("Rides are free through Sunday.", "2008-12-14"),  # a present state running up to the day
    ("Officials extended the curfew through Sunday.", "2008-12-14"),  # made to run on to it
    ("The road was closed through Sunday.", "2008-12-07"),  # a past one: the day gone
    ("Through Sunday, the stock had fallen 9 percent.", "2008-12-07"),  # opening its clause
    ("Trains improved, with 93.8 percent on time through Sunday.", "2008-12-07"),  # a count up to it
])
def test_through_a_day_runs_the_way_its_clause_does(text: str, value: str) -> None:
    (t,) = parse_text(text, date(2008, 12, 13)).times
    assert t.value == value
