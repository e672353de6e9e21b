"""Calendar helpers and tense cues behind relative time expressions."""

from __future__ import annotations

from datetime import date

import pytest

from parsing.model import Span
from parsing.temporal import calendar as cal
from parsing.temporal.sentences import Sentences
from parsing.temporal.tense import FUTURE, PAST, UNKNOWN, Tense

TUE = date(2021, 11, 23)


@pytest.mark.parametrize(("wd", "direction", "strict", "expected"), [
    (1, PAST, False, date(2021, 11, 23)),   # Tuesday said on a Tuesday, past: that day
    (1, FUTURE, False, date(2021, 11, 23)),  # ... future: that day too
    (1, PAST, True, date(2021, 11, 16)),   # "last Tuesday"
    (1, FUTURE, True, date(2021, 11, 30)),  # "next Tuesday"
    (0, PAST, False, date(2021, 11, 22)),
    (0, FUTURE, False, date(2021, 11, 29)),
    (6, PAST, False, date(2021, 11, 21)),
])
def test_weekday(wd: int, direction: int, strict: bool, expected: date) -> None:
    assert cal.weekday(TUE, wd, direction, strict) == expected


@pytest.mark.parametrize(("anchor", "direction", "expected"), [
    (date(2016, 9, 7), PAST, "2016-W35-WE"),
    (date(2016, 9, 7), FUTURE, "2016-W36-WE"),
    (date(2016, 9, 10), PAST, "2016-W36-WE"),  # said on the Saturday itself
])
def test_weekend(anchor: date, direction: int, expected: str) -> None:
    assert cal.weekend(anchor, direction) == expected


@pytest.mark.parametrize(("anchor", "month", "day", "direction", "year"), [
    (date(2010, 1, 25), 12, 11, PAST, 2009),
    (date(2010, 1, 25), 12, 11, UNKNOWN, 2009),
    (date(2015, 5, 7), 11, 20, FUTURE, 2015),
    (date(2014, 1, 28), 1, 23, FUTURE, 2014),  # a few days back, said in the future tense
    (date(2021, 11, 23), 2, 1, FUTURE, 2022),
    (date(2009, 5, 28), 6, 1, PAST, 2009),  # a deadline days ahead, past-tense sentence
    # with no tense, the nearer: within four months ahead rather than eight or more back
    (date(2005, 12, 30), 1, 10, UNKNOWN, 2006),
    (date(2024, 11, 12), 1, 20, UNKNOWN, 2025),
    (date(2012, 8, 7), 1, 1, UNKNOWN, 2012),  # seven months back, five ahead: this year's still
])
def test_year_for(anchor: date, month: int, day: int, direction: int, year: int) -> None:
    assert cal.year_for(anchor, month, day, direction) == year


def test_a_month_alone_with_no_tense_keeps_the_year_it_is_in() -> None:
    """"Sales peak in March", said in November: a habit's month, not sent to next year."""
    assert cal.year_for(date(2021, 11, 23), 3, 1, UNKNOWN, day_named=False) == 2021


@pytest.mark.parametrize(("unit", "n", "value"), [
    ("W", -1, "2021-W46"), ("M", -1, "2021-10"), ("Y", 1, "2022"), ("DE", -1, "201"),
    ("CE", 0, "20"), ("Q", -1, "2021-Q3"), ("D", -2, "2021-11-21"),
])
def test_shift_and_value(unit: str, n: int, value: str) -> None:
    assert cal.value_for(cal.shift(TUE, unit, n), unit) == value


@pytest.mark.parametrize(("sentence", "target", "expected"), [
    ("The minister will travel to Kyiv on Monday.", "Monday", FUTURE),
    ("The minister said on Monday that talks failed.", "Monday", PAST),
    ("He said on Monday that he will resign.", "Monday", PAST),
    ("The meeting will be held on Monday.", "Monday", FUTURE),
    ("Markets stay closed until Friday.", "Friday", FUTURE),
    ("The plant reopened on Friday.", "Friday", PAST),
    ("The talks are expected to resume on Friday.", "Friday", FUTURE),
    ("On Friday the markets.", "Friday", UNKNOWN),
])
def test_tense_cue_nearest_the_expression(sentence: str, target: str, expected: int) -> None:
    start = sentence.index(target)
    sentences = Sentences(sentence, ())
    assert Tense(sentence).at(sentences.around(start), start, start + len(target)) == expected


def test_sentences_fallback_split() -> None:
    text = "First one. Second one.\n\nThird."
    s = Sentences(text, ())
    assert [text[x.start:x.end].strip() for x in s.spans] == ["First one.", "Second one.", "Third."]
    assert s.around(text.index("Second")) == s.spans[1]
    given = Sentences(text, (Span(0, 10), Span(11, 22)))
    assert given.index(15) == 1
