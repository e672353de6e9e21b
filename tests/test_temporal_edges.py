"""Edges of calendar units said with 'in the' (earlier in the year) and the clause a weekday's
tense is read from."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal
from parsing.pipeline import parse_text

PUB = date(2026, 3, 5)  # a Thursday


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), PUB)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The bridge reopened earlier in the year.", "earlier in the year", "2026"),
    ("Talks resume later in the month.", "later in the month", "2026-03"),
    ("Early in the week, shares slid.", "Early in the week", "2026-W10"),
    ("Fares rose late in the year.", "late in the year", "2026"),
])
def test_an_edge_in_the_unit(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text", ["She took up painting later in life.", "Early in the game, they scored."])
def test_an_edge_of_something_else_is_not_a_time(text: str) -> None:
    assert _values(text) == {}


@pytest.mark.parametrize(("text", "value"), [
    # the tense of the clause between the same commas decides, not a nearer verb outside them
    ("The bank, which reported losses Monday, plans to cut jobs.", "2026-03-02"),
    ("The airline, which will resume flights Monday, said demand was weak.", "2026-03-09"),
    # with no cue between its commas, the nearest one anywhere in the sentence
    ("On Monday, the council closed the road.", "2026-03-02"),
    ("On Monday, the council will close the road.", "2026-03-09"),
])
def test_a_weekday_takes_its_own_clause_tense(text: str, value: str) -> None:
    assert _values(text)["Monday"] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a verb after "and" is another conjunct's: the sentence's tense decides, not it
    ("It said it had halted the plant in Flint, Mich., on Sunday night and would idle its Louisville, Ky., "
     "line on Saturday.", "Sunday night", "2026-03-01TNI"),
    ("It said it had halted the plant in Flint, Mich., on Sunday night and would idle its Louisville, Ky., "
     "line on Saturday.", "Saturday", "2026-03-07"),
])
def test_a_later_conjuncts_verb_does_not_set_the_tense(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "last Tuesday" after a clock time is an expression of its own, and the clock time's day
    ("Workers walked out at 6 a.m. last Tuesday after talks broke down.", "6 a.m.", "2026-03-03T06:00"),
    ("Workers walked out at 6 a.m. last Tuesday after talks broke down.", "last Tuesday", "2026-03-03"),
    ("The vote is set for 9 p.m. next Monday.", "9 p.m.", "2026-03-09T21:00"),
    # a range's first end takes the day written after its second
    ("Polls will be open from 6:30 a.m. to 7:30 p.m. next Tuesday.", "6:30 a.m.", "2026-03-10T06:30"),
])
def test_a_clock_time_takes_the_weekday_after_it_with_last_or_next(text: str, expression: str,
                                                                   value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "did not … until" tells when it came about: in the past
    ("The two chambers did not agree on a budget until June.", "June", "2025-06"),
    ("The board will not vote until June.", "June", "2026-06"),
    # an adverb between a modal and its verb: the modal still governs ("put" is no past here)
    ("Its leaders said they would nonetheless put the veto to a vote on Saturday.", "Saturday", "2026-03-07"),
])
def test_the_clause_verb_past_adverbs_and_negation(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a clock time and the same moment in another zone, in brackets, then "on" and the day: both that day
    ("The truce takes effect at 6am local time (04:00 GMT) on Saturday.", "6am local time",
     "2026-03-07T06:00"),
    ("The truce takes effect at 6am local time (04:00 GMT) on Saturday.", "04:00 GMT", "2026-03-07T04:00Z"),
    # the bracketed reading more than half a day from the first is the day after (or before)
    ("The launch is set for 7:42 p.m. EST (0042 UTC) on Saturday.", "0042 UTC", "2026-03-08T00:42Z"),
    ("The launch is set for 7:42 p.m. EST (0042 UTC Sunday).", "0042 UTC Sunday", "2026-03-08T00:42Z"),
])
def test_a_clock_time_restated_in_brackets_is_the_same_moment(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a day's possessive after the sentence's own day is background: clock times later keep the own day
    ("Ganbold held a narrow lead on Thursday as officials counted ballots from Monday's election.\n\n"
     "With most votes tallied by 1100 GMT, he had 48 percent.", "1100 GMT", "2026-03-05T11:00Z"),
    # a possessive day a sentence opens with is the day its clause tells of
    ("Talks resumed on Thursday. Both sides described Tuesday's session, which ran until nearly 11 p.m., "
     "as businesslike.", "11 p.m.", "2026-03-03T23:00"),
])
def test_a_days_possessive_after_the_sentences_day_is_background(text: str, expression: str,
                                                                   value: str) -> None:
    assert _values(text)[expression] == value


def test_a_four_digit_clock_time_before_local_time_is_a_time() -> None:
    values = _values("On Thursday the first raid hit at about 0900 local time (0600 GMT), killing five.")
    assert values["0900 local time"] == "2026-03-05T09:00"
    assert values["0600 GMT"] == "2026-03-05T06:00Z"


def test_a_year_before_local_is_still_a_year() -> None:
    assert _values("In 1990 local officials changed the zones.")["1990"] == "1990"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a clock time with a full stop, as British papers write it, after "at" and before a day word
    ("The first flight left at 11.40 yesterday morning (0940 GMT).", "11.40 yesterday morning",
     "2026-03-04T11:40"),
    ("The index closed on Monday at 14.30 local time.", "14.30 local time", "2026-03-02T14:30"),
])
def test_a_clock_time_written_with_a_full_stop(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_an_amount_before_a_day_word_is_no_clock_time() -> None:
    assert "2.30 today" not in _values("Prices rose 2.30 today.")


@pytest.mark.parametrize(("text", "expression", "value"), [
    # an hour with the part of the day it falls in is a clock time, the part of the day its half
    ("The count ended at two in the morning on Wednesday.", "two in the morning", "2026-03-04T02:00"),
    ("The doors opened at five in the afternoon on Tuesday.", "five in the afternoon", "2026-03-03T17:00"),
    ("The bars closed at ten at night on Saturday.", "ten at night", "2026-02-28T22:00"),
    ("She left at 2 in the morning on Monday.", "2 in the morning", "2026-03-02T02:00"),
    # the same with o'clock: "11 o'clock at night" is 23:00, "six o'clock in the morning" 06:00
    ("The deal took shape at 11 o'clock at night on Thursday.", "11 o'clock at night", "2026-03-05T23:00"),
    ("Crews started at six o'clock in the morning on Monday.", "six o'clock in the morning",
     "2026-03-02T06:00"),
    ("The polls shut at eight o'clock in the evening on Tuesday.", "eight o'clock in the evening",
     "2026-03-03T20:00"),
    # in a speaker's words with no day, an hour of any day
    ('"You walk out there at six in the morning and the leaves are rolled up," he said.',
     "six in the morning", "T06:00"),
    # hours and minutes take the part as the hour alone does: "3:30 in the afternoon" is 15:30
    ("The hearing began at 3:30 in the afternoon on Tuesday.", "3:30 in the afternoon", "2026-03-03T15:30"),
    ("The count ended at 11:45 at night on Saturday.", "11:45 at night", "2026-02-28T23:45"),
    ('"Kids need somewhere to go at 3:30 in the afternoon," she said.', "3:30 in the afternoon", "T15:30"),
    # a part of the day after the day word is the hour's half too: "4 o'clock Tuesday afternoon" is 16:00
    ("The bidding closed at 4 o'clock yesterday afternoon.", "4 o'clock yesterday afternoon",
     "2026-03-04T16:00"),
    ("The council met at seven o'clock Monday evening.", "seven o'clock Monday evening", "2026-03-02T19:00"),
    ("The ferry left at 9 o'clock Tuesday morning.", "9 o'clock Tuesday morning", "2026-03-03T09:00"),
    # a written part keeps the hour where it is, though a later hour was named before it
    ("The session opened at 3 p.m. on Monday. At 4:15 in the morning on Tuesday it broke up.",
     "4:15 in the morning", "2026-03-03T04:15"),
])
def test_an_hour_in_a_part_of_the_day_is_a_clock_time(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text", ["Two in the morning session voted no.", "He has 2 in the bank."])
def test_a_number_before_in_is_no_clock_time_without_a_preposition(text: str) -> None:
    assert _values(text) == {}


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a clock time in the small hours after a night named as the story's frame ends that night
    ('The council voted 4-2 Tuesday night to rezone the lot. "We can\'t say no," Szabo said from the dais '
     'shortly before 1 a.m.', "1 a.m.", "2026-03-04T01:00"),
    ("Rescuers worked through Saturday evening. The last survivor was pulled out at 3:30 a.m.", "3:30 a.m.",
     "2026-03-01T03:30"),
    # not an hour of the day itself
    ("The council met Tuesday night. Members had arrived at 5 p.m.", "5 p.m.", "2026-03-03T17:00"),
])
def test_the_small_hours_after_a_named_night_end_it(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a bare hour after a day named with its night is that evening's
    ("The town hall began on Tuesday night. The event was scheduled to end at 8:30. It ended a little "
     "before 9:15.", "8:30", "2026-03-03T20:30"),
    ("The town hall began on Tuesday night. The event was scheduled to end at 8:30. It ended a little "
     "before 9:15.", "9:15", "2026-03-03T21:15"),
    # not after a morning
    ("The council met on Tuesday morning. The vote came at 9:30.", "9:30", "2026-03-03T09:30"),
])
def test_a_bare_hour_after_a_named_night_is_that_evening(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_clock_time_after_a_night_that_ran_into_the_next_day_is_that_days() -> None:
    text = ("Soldiers regained control early Thursday. Residents said the shooting erupted shortly before "
            "11 p.m. Wednesday and continued, with brief pauses, until about 4 a.m. For a while the radio "
            "played only music.\n\nIn an address broadcast at 9 a.m., the minister said all was calm.")
    found = _values(text)
    assert found["4 a.m."] == "2026-03-05T04:00" and found["9 a.m."] == "2026-03-05T09:00"


def test_a_past_clock_time_after_a_deadline_ahead_is_on_the_storys_day() -> None:
    # the lead dates the story (Wednesday); a deadline ahead is named in between
    text = ("A federal judge on Wednesday sentenced former state Sen. Gregory Talbot to 30 months in "
            "prison.\n\nHe must report to the Bureau of Prisons by Sept. 7.\n\nThe judge told Talbot he had "
            "failed his district before announcing the sentence shortly after 2 p.m.")
    assert _values(text)["2 p.m."] == "2026-03-04T14:00"


def test_a_day_in_a_future_clause_of_the_lede_does_not_peg_the_story() -> None:
    # published Thursday: the story is Wednesday's ballots; tonight's meetings are Wednesday's evening
    text = ("The House will try again at noon Thursday to elect a speaker after two ballots on Wednesday "
            "failed to produce a winner.\n\nThe majority leader spent the evening meeting holdouts.\n\n"
            "\"I'm not going anywhere,\" he told reporters as he left one of those meetings a little after "
            "10 p.m.")
    found = {t.text: t.value for t in parse_text(text, PUB).times}
    assert found["the evening"] == "2026-03-04TEV" and found["10 p.m."] == "2026-03-04T22:00"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a city's name and "time" after a clock time name its zone, as "local time" does
    ("The deadline was extended to 5 p.m. New York time on March 14.", "5 p.m. New York time",
     "2026-03-14T17:00"),
    ("At 9 a.m. Tokyo time on Monday, the yen rose.", "9 a.m. Tokyo time", "2026-03-02T09:00"),
])
def test_a_city_and_time_after_a_clock_name_its_zone(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text", [
    "Speaking on BBC Radio 4's Today programme this morning, she said ministers had failed.",
    'The owner of a coach company told Wales Politics Today: "Nobody has told us anything."',
    "The figures were first reported by USA Today.",
])
def test_today_in_a_title_is_no_day(text: str) -> None:
    assert "Today" not in _values(text)


@pytest.mark.parametrize("text", [
    "Today the court ruled against the city.",
    'He said: "Today we start again."',
    "The minister said on Monday that Today is the deadline.",
])
def test_today_opening_a_sentence_or_a_clause_is_the_day(text: str) -> None:
    assert _values(text)["Today"] == "2026-03-05"
