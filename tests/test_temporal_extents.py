"""Which spans are time expressions: ranges, false positives, ids and offsets, no publication date."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2021, 11, 23)


def _texts(sentence: str, published: date | None = PUB) -> list[str]:
    return [t.text for t in temporal.extract(sentence, (), published)]


@pytest.mark.parametrize("sentence", [
    "Now that you are here, you may go.",
    "Troops march to the capital.",
    "Theresa May spoke to reporters.",
    "April Ryan asked a question.",
    "It cost $2014 in total.",
    "About 1,000 people came.",
    "Call 555-2014 for details.",
    "The Second World War ended.",
    "They won a 2-1 win.",
    "A Boeing 747 landed.",
    "Section 2014 of the code applies.",
    "People in their 80s voted.",
    "The party won 2014 seats.",
    "Page 1999 is blank.",
    "A 14-year-old boy was arrested.",
    "He told The Village Weekly about it.",
    "The ratio rose to 3.5 per cent.",
    "The Russell 2000 Index fell.",
    "He flew to Christmas Island.",
    "He met the singer Jo Christmas.",
    "The firm will close about a quarter, of its shops.",
    "Thousands joined the march to the capital.",
    "Britain's May said the deal was done.",  # a possessive before a name, then its verb
    "Britain's May will travel to Brussels.",
])
def test_no_false_positives(sentence: str) -> None:
    assert _texts(sentence) == []


@pytest.mark.parametrize(("sentence", "month"), [
    ("“It's October,” she said. “Nobody hands out medals yet.”", "October"),
    ("Officials said the March ballot is mostly local.", "March"),
    ("The May elections were close.", "May"),
    ("Traders pared bets on a cut at the Fed's March meeting.", "March"),  # a possessive's noun, dated
    ("The party's June conference will decide.", "June"),
])
def test_months_after_a_contraction_or_before_the_noun_they_date(sentence: str, month: str) -> None:
    assert month in _texts(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The plan ran from 2009 to 2011.", [("2009", "2009"), ("2011", "2011")]),
    ("Costs were projected over 2030 - 2060.", [("2030", "2030"), ("2060", "2060")]),
    ("Sales grew between March and May.", [("March", "2021-03"), ("May", "2021-05")]),
])
def test_ranges_are_two_dated_ends(sentence: str, expected: list[tuple[str, str]]) -> None:
    times = temporal.extract(sentence, (), PUB)
    assert [(t.text, t.value) for t in times] == expected


@pytest.mark.parametrize(("sentence", "one"), [
    ("Trading resumed at 16:00 UTC today.", "16:00 UTC today"),
    ("He spoke on Friday, July 21, 2017 in Kabul.", "Friday, July 21, 2017"),
    ("Profit in the fourth quarter of last year fell.", "the fourth quarter of last year"),
    ("It rained on Saturday night.", "Saturday night"),
])
def test_one_expression_is_not_split(sentence: str, one: str) -> None:
    assert _texts(sentence) == [one]


def test_ids_offsets_and_order() -> None:
    text = "On Monday, June 1, 2009 GM filed. Two days ago it said it would in 2010."
    times = temporal.extract(text, (), PUB)
    assert [t.id for t in times] == [f"t{i}" for i in range(1, len(times) + 1)]
    assert all(text[t.start:t.end] == t.text for t in times)
    assert [t.start for t in times] == sorted(t.start for t in times)
    assert [t.text for t in times] == ["Monday, June 1, 2009", "Two days ago", "2010"]


def test_without_publication_date_relative_values_are_none() -> None:
    times = temporal.extract("On Tuesday, a month after the 2014 vote, he left yesterday.", (), None)
    by_text = {t.text: t for t in times}
    assert by_text["Tuesday"].value is None and by_text["Tuesday"].earliest is None
    assert by_text["yesterday"].value is None
    assert by_text["2014"].value == "2014"
    assert by_text["a month"].value == "P1M"


def test_hostile_text_is_kept_verbatim() -> None:
    text = "\x1b[31m[bold]On Tuesday[/bold] at 4 p.m.\x00 shares fell."
    times = temporal.extract(text, (), PUB)
    assert all(text[t.start:t.end] == t.text for t in times)
    assert [t.value for t in times] == ["2021-11-23", "2021-11-23T16:00"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A survey of 1850 pupils was run.", []),
    ("The city was founded in 1850.", ["1850"]),
    ("Only a quarter of citizens agreed.", []),
    ("Farmers sowed winter wheat.", []),
    ("Talks resume in the spring.", ["spring"]),
    ("The Autumn meetings were held.", ["Autumn"]),
])
def test_context_guards(sentence: str, expected: list[str]) -> None:
    assert _texts(sentence) == expected


@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31)])
def test_calendar_edges_do_not_raise(published: date) -> None:
    text = "Last year, two days ago, next month, last week, on Monday, in March, the 1990s, this weekend."
    times = temporal.extract(text, (), published)
    assert len(times) == 8
    assert all(text[t.start:t.end] == t.text for t in times)


def test_abbreviated_weekdays_only_inside_dates() -> None:
    assert _texts("He told The Sun. He left on Tue., Nov. 30.") == ["Tue., Nov. 30"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He recalled the fall of the Berlin Wall.", []),
    ("She won gold at the 2012 Summer Olympics.", ["2012"]),
    ("Prices rose in the fall of 2009.", ["fall of 2009"]),
    ("Sales slowed last summer.", ["last summer"]),
])
def test_season_names_and_nouns(sentence: str, expected: list[str]) -> None:
    assert _texts(sentence) == expected


def test_a_year_written_across_two_is_one_expression() -> None:
    # "2009-10" names one season (or fiscal year) that straddles two calendar years; every such span
    # in the gold sets is one expression
    times = temporal.extract("The 2009-10 season was long.", (), PUB)
    assert [(t.text, t.value) for t in times] == [("2009-10", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a colon after the day opens what happened on it (a list of key dates), not a clock's minutes
    ("Key dates:\n\n- Oct. 6: the premier announces emergency powers.\n- Nov. 19: the board approves "
     "the loan.", ["Oct. 6", "Nov. 19"]),
    ("October 6: the premier announces emergency powers.", ["October 6"]),
    ("The polls close at 6:30 p.m.", ["6:30 p.m."]),
])
def test_a_day_before_a_colon_is_a_day(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(("sentence", "published", "values"), [
    # a season joined to a season is a season too, in the year of the first, or the next one when it
    # comes earlier in the year
    ("Analysts warned prices would stay high well into the spring and summer.", date(2003, 1, 20),
     {"spring": "2003-SP", "summer": "2003-SU"}),
    ("The group collected signatures over the spring and summer.", date(2024, 10, 16),
     {"spring": "2024-SP", "summer": "2024-SU"}),
    ("Reservoirs ran low over the winter and spring.", date(2024, 6, 3),
     {"winter": "2023-WI", "spring": "2024-SP"}),
    # "all summer": the season through
    ("Bookings had been strong all autumn.", date(2024, 12, 16), {"autumn": "2024-FA"}),
])
def test_a_season_joined_to_a_season_or_after_all(sentence: str, published: date,
                                                   values: dict[str, str]) -> None:
    found = {t.text: t.value for t in temporal.extract(sentence, (), published)}
    assert {k: found.get(k) for k in values} == values


def test_a_season_after_and_with_no_season_before_is_no_time() -> None:
    assert "spring" not in _texts("The valley was hit by drought and spring flooding.")


@pytest.mark.parametrize("sentence", [
    # "overnight" before a noun, after a determiner, a possessive or a preposition, is its adjective
    "Eight coaches of an overnight express jumped the tracks.",
    "The central bank lowered its overnight rate to 2.5 percent.",
    "She was working the overnight shift at a petrol station.",
    "Banks charge each other on overnight loans.",
])
def test_overnight_as_an_adjective_is_no_time(sentence: str) -> None:
    assert "overnight" not in _texts(sentence)


@pytest.mark.parametrize("sentence", [
    "Heavy rain overnight kept helicopters on the ground.",
    "The fire raced out of the canyon overnight, forcing 6,000 people to flee.",
])
def test_overnight_as_an_adverb_is_the_night(sentence: str) -> None:
    assert "overnight" in _texts(sentence)


@pytest.mark.parametrize("sentence", [
    # "the day" a clause describes, or the day shift: no day in view
    '"Halloween is the day we\'re looking at," the meteorologist said.',
    "The first stoppages begin at 11:30 a.m. Friday for the day shift.",
])
def test_the_day_a_clause_describes_is_no_time(sentence: str) -> None:
    assert "the day" not in _texts(sentence)


def test_the_day_after_a_preposition_is_the_day_in_view() -> None:
    assert "the day" in _texts("Shares fell 6 percent on the day it was announced.")
