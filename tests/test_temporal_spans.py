"""Ranges: two expressions, one per end, each covering the days of the whole range."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import pipeline, temporal

PUB = date(2021, 11, 23)  # a Tuesday

# (sentence, [(text, value, earliest, latest)]) with days as ISO strings
CASES: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    ("The plan ran from 2009 to 2011.",
     [("2009", "2009", "2009-01-01", "2011-12-31"), ("2011", "2011", "2009-01-01", "2011-12-31")]),
    ("Steel was made there 2009-2010.",
     [("2009", "2009", "2009-01-01", "2010-12-31"), ("2010", "2010", "2009-01-01", "2010-12-31")]),
    ("Sales grew between March and May.",
     [("March", "2021-03", "2021-03-01", "2021-05-31"), ("May", "2021-05", "2021-03-01", "2021-05-31")]),
    ("Prices fell between July 2003 and December 2004.",
     [("July 2003", "2003-07", "2003-07-01", "2004-12-31"),
      ("December 2004", "2004-12", "2003-07-01", "2004-12-31")]),
    ("The show runs from January 23 through March 9, 2014.",
     [("January 23", "2014-01-23", "2014-01-23", "2014-03-09"),
      ("March 9, 2014", "2014-03-09", "2014-01-23", "2014-03-09")]),
    ("The office is open Monday to Friday.",
     [("Monday", "2021-11-22", "2021-11-22", "2021-11-26"),
      ("Friday", "2021-11-26", "2021-11-22", "2021-11-26")]),
    ("The festival will run from December to February.",
     [("December", "2021-12", "2021-12-01", "2022-02-28"),
      ("February", "2022-02", "2021-12-01", "2022-02-28")]),
    # a clock time said alone opening a range is on the second end's day, the day before across midnight
    ("A crest is expected between 8 p.m. and 2 a.m. Friday.",
     [("8 p.m.", "2021-11-25T20:00", "2021-11-25", "2021-11-26"),
      ("2 a.m. Friday", "2021-11-26T02:00", "2021-11-25", "2021-11-26")]),
    ("The office opens from 8 a.m. to 2 p.m. Saturday.",
     [("8 a.m.", "2021-11-27T08:00", "2021-11-27", "2021-11-27"),
      ("2 p.m. Saturday", "2021-11-27T14:00", "2021-11-27", "2021-11-27")]),
    # not ranges: words between the ends, a reference as an end, different units without an opener
    ("He moved to Paris in 2009 and to Rome in 2011.",
     [("2009", "2009", "2009-01-01", "2009-12-31"), ("2011", "2011", "2011-01-01", "2011-12-31")]),
    ("Sales rose between 2009 and now.", [("2009", "2009", "2009-01-01", "2009-12-31")]),
    ("It closed in March 2009 - the 1990s were over.",
     [("March 2009", "2009-03", "2009-03-01", "2009-03-31"),
      ("the 1990s", "199", "1990-01-01", "1999-12-31")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_range_ends(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    times = [t for t in temporal.extract(sentence, (), PUB) if t.value != "PRESENT_REF"]
    got = [(t.text, t.value, str(t.earliest), str(t.latest)) for t in times]
    assert got == expected


def test_a_range_dates_its_event_over_the_whole_range() -> None:
    article = pipeline.parse_text("The firm will take delivery of six jets from 2009 to 2011.", PUB)
    (event,) = article.events
    assert (event.earliest, event.latest) == (date(2009, 1, 1), date(2011, 12, 31))
    first = article.time(event.time or "")
    assert first is not None and first.text == "2009" and first.value == "2009"


def test_reversed_written_ends_are_no_range() -> None:
    times = temporal.extract("It ran from 2011 to 2009.", (), PUB)
    assert [(t.earliest, t.latest) for t in times] == [
        (date(2011, 1, 1), date(2011, 12, 31)), (date(2009, 1, 1), date(2009, 12, 31))]


@pytest.mark.parametrize(("sentence", "published", "ends"), [
    ("The show ran from October to January.", "2021-12-15", ("2020-10", "2021-01")),
    ("The show runs from October to January.", "2021-12-15", ("2021-10", "2022-01")),
    ("The office was shut from Saturday to Wednesday.", "2021-11-23", ("2021-11-13", "2021-11-17")),
    # the futurate: a scheduled closure, both ends ahead and in order
    ("The office closes from Saturday to Wednesday.", "2021-11-23", ("2021-11-27", "2021-12-01")),
    # a past clause's range that starts on the day of publication runs on from it, not a week back
    ("The city imposed a curfew from 9 p.m. Tuesday to 6 a.m. Wednesday.", "2021-11-23",
     ("2021-11-23T21:00", "2021-11-24T06:00")),
    # nor one whose first end a forecast, a warning or a schedule has set after that day
    ("The weather service issued a warning, forecasting heavy snow and winds gusting to "
     "60 mph from Saturday evening through midday Sunday.", "2007-03-02",
     ("2007-03-03TEV", "2007-03-04T12:00")),
    ("The weather service has issued a red flag warning from 11 a.m. Friday until 8 p.m. Saturday.",
     "2024-08-15", ("2024-08-16T11:00", "2024-08-17T20:00")),
])
def test_an_end_without_a_year_moves_to_put_the_range_in_order(
        sentence: str, published: str, ends: tuple[str, str]) -> None:
    times = temporal.extract(sentence, (), date.fromisoformat(published))
    assert tuple(t.value for t in times) == ends
    assert times[0].earliest is not None and times[1].latest is not None
    assert all((t.earliest, t.latest) == (times[0].earliest, times[1].latest) for t in times)


def test_a_clock_time_said_alone_moves_by_a_day_not_a_year() -> None:
    # the first end takes the day of "tomorrow", the second the story's: the second moves on a day
    text = ("Smit said it expected to begin pumping the cargo into a barge tomorrow, an operation that could"
            " take a week. Until then the fairway into Tallinn will be open only to vessels with a pilot"
            " aboard, and only between 7 a.m. and 7 p.m., the maritime administration said.")
    values = [t.value for t in temporal.extract(text, (), date(2003, 3, 5))]
    assert all(not v.startswith("2004") for v in values if v), values
