"""Times counted from the time the text named just before: anaphoric ``that time`` / ``the whole
year`` and ``N units earlier / later``."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2026, 3, 5)  # a Thursday


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), PUB)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "that time" takes the time named just before it
    ("The lease runs out on April 30. If no buyer is found by that time, the site closes.", "that time",
     "2026-04-30"),
    ("The museum opened in 1998. At that time it held only maps.", "that time", "1998"),
    ("Fares rose in March 2024, and until that time no one had complained.", "that time", "2024-03"),
    # ... and with nothing before it, "at that time" is a past reference like "at the time"
    ("At that time, few homes had a telephone.", "that time", "PAST_REF"),
    # "at the time" is the past time just named, in this paragraph, that something happened at
    ("The firms announced the deal on May 8, 2023, and said at the time that it would close soon.",
     "at the time", "2023-05-08"),
    ("The union struck in the spring of 1995. At the time, the plant was owned by a Swiss group.",
     "At the time", "1995-SP"),
    ("The union struck in 1995.\n\nAt the time, the plant was owned by a Swiss group.", "At the time",
     "PAST_REF"),  # a new paragraph: no antecedent
    ("The tax code has not changed like this since 1986. Critics said at the time it was rushed.",
     "at the time", "PAST_REF"),  # a bound is no time something happened at
    ("The vote is set for June 30. At the time, he said, he will be abroad.", "At the time",
     "PAST_REF"),  # a time ahead is no antecedent of a past reference
    # "the entire / whole / full year" is the year of the period just named
    ("The mill lost money in the third quarter of 2019 and for the whole year.", "the whole year", "2019"),
    ("Rain fell in June 2012, and the full year was the wettest on record.", "the full year", "2012"),
    ("Profits rose in the first half of 2016; the entire year was strong.", "the entire year", "2016"),
])
def test_anaphoric_times(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text", [
    "By that time the shop had closed.",  # nothing named before: left out, not guessed
    "At that time of year the pass is shut.",  # a time named after it
    "The team played well the whole year.",  # no period named before
    "Sales rose on Monday and fell for the entire year.",  # a day is not a year's antecedent
])
def test_anaphoric_times_without_an_antecedent_are_left_out(text: str) -> None:
    found = _values(text)
    assert not {k for k in found if k.endswith(("that time", "year"))}, found


@pytest.mark.parametrize(("text", "expression", "value"), [
    # counted from the time just named, in its unit
    ("The bridge opened in 2015 and was closed a year later.", "a year later", "2016"),
    ("The plant shut on March 3, 2024. Two days later, it reopened.", "Two days later", "2024-03-05"),
    ("She left the band in May 2019 and rejoined six months later.", "six months later", "2019-11"),
    ("The firm was founded in 1990; a decade later, it was sold.", "a decade later", "2000"),
    # a year before a quarter or a month is that quarter or month
    ("Revenue grew in the second quarter of 2025, against a loss a year earlier.", "a year earlier",
     "2024-Q2"),
    ("Exports rose in October 2023 after falling a year before.", "a year before", "2022-10"),
    # with nothing named before, from the publication day
    ("Prices are up 4 percent from a year earlier.", "a year earlier", "2025"),
    ("The suspect had been seen three days before, police said.", "three days before", "2026-03-02"),
    # a vague count names a date it cannot give
    ("Several years later, the case was reopened.", "Several years later", None),
])
def test_counted_from_the_time_named(text: str, expression: str, value: str | None) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # before/after an event or a comparison: an amount of time, as TimeML has it
    ("Three years after the merger, the brand is gone.", "Three years", "P3Y"),
    ("The jet arrived two days later than planned.", "two days", "P2D"),
    ("The order came a week before the launch.", "a week", "P1W"),
])
def test_durations_before_an_event_stay_durations(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a part of the day counted from the day just named, or from the publication day
    ("The ceasefire was broken the night before.", "the night before", "2026-03-04TNI"),
    ("Rescuers reached the village on Monday and found survivors the next morning.", "the next morning",
     "2026-03-03TMO"),
    ("The vote was held on Saturday. That night, crowds filled the square.", "That night", "2026-02-28TNI"),
    ("The minister resigned on Friday. The same evening, the party met.", "The same evening",
     "2026-02-27TEV"),
    ("The barge struck the bridge on Monday, and the Coast Guard closed the river the same morning.",
     "the same morning", "2026-03-02TMO"),
    ("The minister resigned the previous evening.", "the previous evening", "2026-03-04TEV"),
    ("The rally ended on March 1 and the following afternoon police left.", "the following afternoon",
     "2026-03-02TAF"),
    # a day counted from a named event is not a day we can date; "the day" in "late in the day" is
    ("Stocks closed higher late in the day after falling sharply.", "the day", "2026-03-05"),
])
def test_parts_of_a_day_named_before(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_day_counted_from_an_event_is_left_out() -> None:
    found = _values("The day after the vote, markets rallied.")
    assert not any(k.lower().startswith("the day") for k in found)


def test_a_day_counted_from_a_holiday_is_dated_from_it() -> None:
    # Election Day 2025 was Tuesday, Nov. 4: the day before it, Nov. 3
    found = _values("The day before Election Day, turnout was high.")
    assert found["The day before Election Day"] == "2025-11-03"


def test_a_narrative_day_in_a_relative_clause_frames_the_clock_times_after_a_report_day() -> None:
    """"investigators said Thursday" dates the report; the crash "which went down on July 19" is the
    day the clock times, "the next morning" and "that Sunday" are told from."""
    text = ("The captain had been awake for 19 hours, investigators said Thursday.\n\n"
            "The findings give the fullest account of Flight 2217, which went down on July 19, killing "
            "all 14 aboard.\n\n"
            "Controllers warned the crew at 9:46 p.m. Central Daylight Time. At 9:50, the plane dropped. "
            "The recorder stopped soon after. The wreckage was spotted the next morning, and the "
            "recorders were pulled from the mud that Sunday.")
    values = {t.text: t.value for t in temporal.extract(text, (), date(1997, 9, 26))}
    assert values["9:46 p.m. Central Daylight Time"] == "1997-07-19T21:46-05:00"
    assert values["9:50"] == "1997-07-19T21:50"
    assert values["the next morning"] == "1997-07-20TMO"
    assert values["Sunday"] == "1997-07-20"  # "that Sunday": the one nearest the day in view


@pytest.mark.parametrize(("text", "expression", "value"), [
    # minutes or hours later than the clock time just given: a time of its day
    ("Controllers warned the crew at 9:46 p.m. Monday. Four minutes later, the plane dropped.",
     "Four minutes later", "2026-03-02T21:50"),
    ("The bank announced the cut at 9:45 a.m. Wednesday. The governor spoke an hour later.", "an hour later",
     "2026-03-04T10:45"),
    ("The last train left at 11:30 p.m. Tuesday. Two hours later, the station flooded.", "Two hours later",
     "2026-03-04T01:30"),
])
def test_a_shift_of_minutes_or_hours_counts_from_the_clock_time_in_view(text: str, expression: str,
                                                                       value: str) -> None:
    assert _values(text)[expression] == value


def test_minutes_later_with_no_clock_time_in_view_is_a_duration() -> None:
    assert _values("Rescuers arrived. Four minutes later, the roof fell.")["Four minutes"] == "PT4M"


def test_a_day_in_a_where_clause_sets_the_scene_for_the_clock_time_after_it() -> None:
    """"In Port Lavaca, where water stood waist-deep this morning, crews had rescued 40 people by 9
    o'clock": the clause of place sets the day (a which/who clause about someone would not)."""
    text = ("Evacuation orders went out Thursday morning. In Port Lavaca, where water stood waist-deep "
            "this morning, the mayor said crews had rescued 40 people by 9 o'clock.")
    values = {t.text: t.value for t in temporal.extract(text, (), date(2015, 9, 18))}
    assert values["9 o'clock"] == "2015-09-18T09:00"


@pytest.mark.parametrize("text", [
    ("Members will vote in a ballot running until March 12, she said, with the result announced the "
     "following day."),
    "Members voted until March 12, and the result was announced the following day.",
])
def test_the_following_day_counts_from_the_day_named_in_its_sentence(text: str) -> None:
    assert _values(text)["the following day"] == "2026-03-13"


def test_the_day_in_a_past_clause_is_not_a_day_still_to_come_just_named() -> None:
    text = ("OPEC said it would bring forward an emergency meeting to Oct. 24. "
            "Earlier in the day, Brent crude fell $2.")
    values = {t.text: t.value for t in temporal.extract(text, (), date(2008, 10, 17))}
    assert values["Oct. 24"] == "2008-10-24"
    assert next(v for k, v in values.items() if "day" in k) == "2008-10-17"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "N days earlier/later" before a prepositional phrase is still the day counted from the one named
    ("The truce took hold on Sept. 19 under an agreement signed two days earlier in Geneva.",
     "two days earlier", "2025-09-17"),
    ("The plant closed in March 2020 and reopened a year later with new owners.", "a year later", "2021-03"),
])
def test_a_shift_before_a_prepositional_phrase_is_a_date(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value



@pytest.mark.parametrize(("text", "expression", "value"), [
    # days are counted from a day: past a month named since, from the day named before it
    ("The jet crashed on Monday. It had passed an inspection in February and flown without a fault "
     "two days earlier.", "two days earlier", "2026-02-28"),
    ("The boat sank on Feb. 20. It was checked in January and had left port three days earlier.",
     "three days earlier", "2026-02-17"),
])
def test_days_counted_back_from_a_month_count_from_the_day_named_before_it(text: str, expression: str,
                                                                           value: str) -> None:
    assert _values(text)[expression] == value


def test_days_counted_back_from_a_month_with_no_day_named_are_left_open() -> None:
    assert _values("It passed an inspection in February and left port two days earlier.")[
        "two days earlier"] is None


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The plant closed on March 3. Two days later it reopened.", "Two days later", "2026-03-05"),
    ("The mill shut in 1989 and three years later both sites were sold.", "three years later", "1992"),
    ("The strike began on Feb. 2. A week later Ms Osei resigned.", "A week later", "2026-02-09"),
])
def test_a_shift_before_the_clause_it_dates_is_a_date(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The bus now leaves 25 minutes earlier each day.", "25 minutes", "PT25M"),
    ("The line opened two years later than planned.", "two years", "P2Y"),
])
def test_a_shift_compared_or_repeated_stays_a_duration(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_months_counted_from_a_month_still_count_from_it() -> None:
    assert _values("Sales rose in March 2020 and fell two months later.")["two months later"] == "2020-05"


def test_a_day_in_a_participle_clause_about_a_noun_is_an_aside() -> None:
    """"The plan, released April 30, would close …": the day dates the plan, not the evening narrated."""
    text = ("More than 200 people crowded into the chambers Tuesday night for the hearing. "
            "The plan, released April 30, would close branch libraries. "
            "The mayor opened the hearing at 6:02 p.m.")
    values = {t.text: t.value for t in temporal.extract(text, (), date(2024, 5, 15))}
    assert values["6:02 p.m."] == "2024-05-14T18:02"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "the previous month/week" is the one before the period just named, as "the following" is after
    ("Water use in July fell 22 percent from the previous month.", "the previous month", "2025-06"),
    ("Payrolls grew in November, after a jump the previous month.", "the previous month", "2025-10"),
    ("The company filed on May 14, 2025. The previous week, it missed a payment.", "The previous week",
     "2025-W19"),
])
def test_the_previous_unit_counts_back_from_the_time_just_named(text: str, expression: str,
                                                                value: str) -> None:
    assert _values(text)[expression] == value



@pytest.mark.parametrize(("text", "expression", "value"), [
    # "half a"/"half an" is a number: half an hour is 30 minutes, half a century 50 years
    ("The meeting lasted nearly half an hour.", "half an hour", "PT30M"),
    ("The firm has existed for half a century.", "half a century", "P50Y"),
    ("The plant closed half a century ago.", "half a century ago", "1976"),
    ("The decision was announced at 14:15 on Thursday. A news conference began half an hour later.",
     "half an hour later",
     "2026-03-05T14:45"),
])
def test_half_a_unit_is_half_of_it(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a time in a speaker's words anchors no count in the writer's sentence after it
    ('"It costs more now than it did a decade ago," he said. He noted that the government had promised a '
     'year earlier to cut the deficit in half.', "a year earlier", "2025"),
    # but the writer's time anchors a count in the words quoted after it
    ('The plant opened in 2010. "Two years later, we doubled it," he said.', "Two years later", "2012"),
    ("The plant opened in 2010. Two years later it doubled.", "Two years later", "2012"),
    # and a speaker's time one in their own words after it
    ('"Since 2010 we have heard promises," he said. "Two years later, nothing has changed."',
     "Two years later", "2012"),
])
def test_a_count_is_from_a_time_in_the_same_voice(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "the following June" is the first June after the time just named
    ("He went on a hunt in October 2023 and on a fishing trip the following June.", "the following June",
     "2024-06"),
    ("The firm was founded in 1990 and listed the following March.", "the following March", "1991-03"),
    ("It rained on Jan. 5, 2020. The following December was dry.", "The following December", "2020-12"),
])
def test_the_following_month_is_after_the_time_just_named(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "value"), [
    ("The line reported a net loss for the fourth quarter of 2008 on Thursday. It had earned a profit in "
     "the same quarter a year earlier.", "2007-Q4"),
    ("Borrowing in June was the highest on record, the office said on Thursday, up from the same month "
     "last year.", "2007-06"),
])
def test_the_same_quarter_or_month_is_the_one_in_view_though_a_day_came_since(text: str, value: str) -> None:
    """"the same quarter a year earlier" counts from the quarter the report is about, not from the day
    of the report named after it."""
    same = [t for t in temporal.extract(text, (), date(2009, 3, 5)) if t.text.startswith("the same")]
    assert [t.value for t in same] == [value]
