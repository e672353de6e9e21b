"""Within one sentence clock times run forward: the small hours after a later time are the next day's."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import segment, temporal

PUB = date(2020, 2, 16)  # a Sunday


def _values(text: str) -> dict[str, str | None]:
    sentences = segment.sentences(text, segment.paragraphs(text))  # "a.m. Saturday" ends no sentence
    return {t.text: t.value for t in temporal.extract(text, sentences, PUB)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Talks resumed at 10 a.m. Saturday and went on for 15 hours before ending at about 1:30 a.m.",
     "1:30 a.m.", "2020-02-16T01:30"),
    ("The march began at 2 p.m. Saturday and lasted until 3 a.m.", "3 a.m.", "2020-02-16T03:00"),
    ("Voting opened at 7 a.m. Saturday, and counting went on to 4:15 a.m.", "4:15 a.m.", "2020-02-16T04:15"),
])
def test_small_hours_after_a_later_time_are_the_next_day(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Rescuers arrived at 9 a.m. Saturday, six hours after the quake struck at 3 a.m.", "3 a.m.",
     "2020-02-15T03:00"),  # looks back
    ("The vote opened at 8 a.m. Saturday and closed at 5 p.m.", "5 p.m.", "2020-02-15T17:00"),
])
def test_times_that_do_not_cross_midnight_keep_the_day(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Officials said this morning the cabinet had fallen. The talks broke down on Thursday, and the "
     "following afternoon the finance minister quit. It was the first such resignation in a decade. "
     "The premier met the president at 6 p.m.", "6 p.m.", "2020-02-14T18:00"),
    ("Police said today the suspect was arrested on Wednesday. No one was hurt in the raid. "
     "Officers had entered the flat at 4:30 p.m.", "4:30 p.m.", "2020-02-12T16:30"),
])
def test_a_clock_time_keeps_the_day_narrated_over_a_sentence_of_comment(
        text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The launch will have to wait until at least Friday, after the countdown was halted last night. "
     "The company said a sensor failed at 10:51 p.m.", "10:51 p.m.", "2020-02-15T22:51"),
    ("The match will be replayed on Wednesday after floodlights failed on Saturday. "
     "The lights went out at 8:20 p.m.", "8:20 p.m.", "2020-02-15T20:20"),
])
def test_a_past_clock_time_takes_the_past_day_beside_a_coming_one(
        text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The plane crashed on Tuesday night, investigators said today. The recorder, which was read out in "
     "Ottawa yesterday, showed the torque falling at 9:44 p.m.", "9:44 p.m.", "2020-02-11T21:44"),
    ("The ferry sank on Tuesday evening, the coast guard said Thursday. Its last call came at 8:15 p.m.",
     "8:15 p.m.", "2020-02-11T20:15"),
    ("Fire broke out at the mill on Wednesday. The alarm, which was tested on Friday, sounded at 11:20 p.m.",
     "11:20 p.m.", "2020-02-12T23:20"),
])
def test_a_day_of_the_report_or_of_a_relative_clause_is_no_frame(
        text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_the_date_in_a_dateline_frames_no_clock_time() -> None:
    text = ("FUZHOU, China, Aug. 11 (Wire) — The storm killed 100 people after slamming into the coast "
            "Thursday, state media said Friday.\n\nIt made landfall near Fuding at 5:20 p.m. (0920 GMT).")
    sentences = segment.sentences(text, segment.paragraphs(text))
    found = {t.text: t.value for t in temporal.extract(text, sentences, date(2006, 8, 11))}
    assert (found["5:20 p.m."], found["0920 GMT"]) == ("2006-08-10T17:20", "2006-08-10T09:20Z")


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The jury saw an email sent at 11.52pm on 2 July 2008.", "11.52pm", "2008-07-02T23:52"),
    ("The station signed on at 6 a.m. on Oct. 1, 1946, with him at the microphone.", "6 a.m.",
     "1946-10-01T06:00"),
    ("The tanker left port at 18:30 GMT on 4 February.", "18:30 GMT", "2020-02-04T18:30Z"),
])
def test_a_clock_time_takes_the_date_written_after_it(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_day_naming_an_event_is_no_narrated_day() -> None:
    """'the Feb. 4 municipal election' names an event; the clock time after it stays on the day the
    story narrates (Saturday), not on the election's day."""
    text = ("The race was settled on Saturday afternoon by a coin toss. A recount of the Feb. 4 municipal "
            "election found the two tied. The law says a tie is broken by lot. "
            "The clerk tossed the coin shortly after 3:30 p.m.")
    assert _values(text)["3:30 p.m."] == "2020-02-15T15:30"


def test_a_modal_after_that_opens_a_relative_clause_that_looks_ahead() -> None:
    text = ("The countdown, which began at 11 p.m. Wednesday, was being held for a 14-hour pause that "
            "will end at 4:18 a.m. Sunday.")
    found = {t.text: t.value for t in temporal.extract(text, (), date(1991, 11, 23))}
    assert found["4:18 a.m. Sunday"] == "1991-11-24T04:18"


def test_a_day_to_come_named_far_back_frames_no_clock_time_of_what_happened() -> None:
    text = ("Workers struck at midnight Thursday. The minister said the Senate is due to vote on June 22. "
            "The bill would raise the retirement age. Pension spending has grown. It was the third strike "
            "since March 1990. Police reported incidents. Riot police fired tear gas shortly after 6 a.m.")
    found = {t.text: t.value for t in temporal.extract(text, (), date(1993, 6, 10))}
    assert found["6 a.m."] == "1993-06-10T06:00"


def test_the_quarter_is_the_one_named_just_before_else_the_first_the_report_named() -> None:
    text = ("Corvane posted a third-quarter profit on Tuesday. It expects a weaker fourth quarter. Analysts "
            "were surprised. Chip sales fell 9 percent during the quarter, the company said.")
    sentences = segment.sentences(text, segment.paragraphs(text))
    found = {t.text: t.value for t in temporal.extract(text, sentences, date(1997, 10, 15))}
    assert found["the quarter"] == "1997-Q3"


def test_a_clock_time_in_a_clause_looking_ahead_takes_no_day_gone() -> None:
    text = ("The order came at 4 p.m. on Monday. Engineers first noticed the seepage on Sunday evening. "
            "The company said the wall was safe. Officials were calm. Marsh said buses would run until "
            "midnight.")
    sentences = segment.sentences(text, segment.paragraphs(text))
    found = {t.text: t.value for t in temporal.extract(text, sentences, date(2026, 3, 2))}
    assert found["midnight"] == "2026-03-02T24:00"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a story pegged to a day's small hours: an evening in its past is the evening before
    ("The Senate passed the spending package early Sunday, after letting a midnight deadline pass.",
     "midnight", "2020-02-15T24:00"),
    ("Dockworkers walked off the job early Sunday. Talks had broken down at about 10 p.m.", "10 p.m.",
     "2020-02-15T22:00"),
    # the same day named again by its afternoon frames its own evening
    ("The jet landed early Sunday. A replacement flew in on Sunday afternoon, and the passengers left at "
     "7:30 p.m.", "7:30 p.m.", "2020-02-16T19:30"),
])
def test_an_evening_before_a_story_pegged_to_small_hours_is_the_day_before(text: str, expression: str,
                                                                          value: str) -> None:
    assert _values(text)[expression] == value
