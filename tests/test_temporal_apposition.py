"""Times the text names through another: a description beside a dated time, a run's latest day, a part of
the day said without its day, a day picked out by a clause, "today's" before a name, periods of a year
said in months ("the three months ended Dec. 31", "the first six months of the year"), "the date"."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal
from parsing.model import TimeExpression

PUB = date(2024, 9, 11)  # a Wednesday


def _times(text: str, published: date = PUB) -> tuple[TimeExpression, ...]:
    return temporal.extract(text, (), published)


def _value(text: str, expression: str, published: date = PUB) -> str | None:
    found = [t for t in _times(text, published) if t.text == expression]
    assert found, f"{expression!r} not found in {[t.text for t in _times(text, published)]}"
    return found[0].value


@pytest.mark.parametrize(("sentence", "description", "value"), [
    ("Yesterday, the second day of the county fair, the rain held off.",
     "the second day of the county fair", "2024-09-10"),
    ("Yesterday, day three of the 2024 chess olympiad, Norway drew with India.",
     "day three of the 2024 chess olympiad", "2024-09-10"),
    ("The band played on Saturday night, the closing night, to a full house.",
     "the closing night", "2024-09-07TNI"),
    ("Premiere night, September 6, 2024, of the new opera sold out within an hour.",
     "Premiere night", "2024-09-06"),
    ("The council met on Monday, the day after the referendum.", "the day after the referendum",
     "2024-09-09"),
    ("Talks ended on Tuesday, the deadline.", "the deadline", "2024-09-10"),
])
def test_a_description_beside_a_day_names_that_day(sentence: str, description: str, value: str) -> None:
    assert _value(sentence, description) == value


def test_a_time_inside_the_description_gives_way_to_it() -> None:
    times = _times("Yesterday, day three of the 2024 chess olympiad, Norway drew.")
    assert "2024" not in [t.text for t in times]
    assert [t.id for t in times] == ["t1", "t2"]


@pytest.mark.parametrize("sentence", [
    "On Friday, the deadline set by the court, he resigned.",  # more than a noun phrase: not taken
    "By Friday, the deadline for bids had passed.",
    "In 2008, the year of the crash, banks failed.",  # a year: not copied
    "On Friday, a spokesman said the night shift would end.",
])
def test_no_description_is_taken_where_none_is_set_beside(sentence: str) -> None:
    described = ("the day", "the deadline", "the year", "the night")
    assert all(t.value is None or not t.text.lower().startswith(described) for t in _times(sentence))
    assert len([t for t in _times(sentence) if t.value and t.value[:4].isdigit()]) == 1


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Markets close on Thursday, Sept. 12, for a holiday, and reopen Friday.", "for a holiday"),
    ("The lab shuts on Friday, Sept. 13, after the last day of testing.", "after the last day"),
    ("Crews worked on Tuesday, Sept. 10, through the night, to clear the road.", "through the night"),
])
def test_a_prepositional_phrase_beside_a_day_is_no_description(sentence: str, phrase: str) -> None:
    assert all(phrase not in t.text for t in _times(sentence))


@pytest.mark.parametrize(("sentence", "expression", "value"), [
    ("Trading was halted for a second consecutive day amid the turmoil.", "a second consecutive day",
     "2024-09-11"),
    ("On Monday, the index rose for the third straight session.", "the third straight session", "2024-09-09"),
    ("Exports fell for a fourth consecutive month.", "a fourth consecutive month", "2024-09"),
])
def test_the_latest_of_a_run_is_the_day_reported(sentence: str, expression: str, value: str) -> None:
    assert _value(sentence, expression) == value


def test_a_count_of_days_in_a_row_is_not_a_day() -> None:
    times = _times("Shares fell for six straight days.")
    assert not any(t.type == "DATE" and t.value and t.value[:1].isdigit() for t in times)


@pytest.mark.parametrize("sentence", [
    "If there ever came a day when I could not serve, I would leave.",
    "She dreamt of a day where no one went hungry.",
])
def test_a_day_picked_out_by_a_clause_is_not_a_length_of_time(sentence: str) -> None:
    assert not any(t.text == "a day" for t in _times(sentence))


def test_a_day_of_work_is_still_a_length_of_time() -> None:
    assert _value("The repairs took a day to finish.", "a day") == "P1D"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The station aired the footage on Tuesday evening. It ran the banner for much of the evening.",
     "the evening", "2024-09-10TEV"),
    # not a day still to come named before it: a past evening is the story's day's
    ("The council voted on Tuesday to ban the machines, with a March 1 deadline for owners. The vote "
     "followed four hours of testimony that stretched into the evening.", "the evening", "2024-09-10TEV"),
    ("Pickets went up at 6 a.m. on Monday. By mid-morning, twenty ships waited offshore.",
     "mid-morning", "2024-09-09TMO"),
    ("He conceded at 1:15 a.m. on Wednesday. The mood had soured over the course of the evening.",
     "the evening", "2024-09-10TEV"),  # the small hours close the evening before
    ("Pickets went up at 3 a.m. on Monday. By mid-morning, twenty ships waited offshore.",
     "mid-morning", "2024-09-09TMO"),  # but open the morning after
    ("The utility said early Tuesday that 640,000 customers were without power. By late afternoon "
     "the number had fallen to about 310,000.", "late afternoon", "2024-09-10TAF"),  # and the
    # afternoon reached after them ("by", "until", "after"), the same day's
    ("Farmers told reporters that they had driven overnight to reach the capital.", "overnight",
     "2024-09-10TNI"),
    # the night before the story's day (yesterday's trading), not before the report's
    ("The dollar slid yesterday against the mark. In New York, it closed at 1.82 marks. Dealers said the "
     "selling began overnight in Tokyo.", "overnight", "2024-09-09TNI"),
    # the market day the story reports: the day in view, else the story's day
    ("Shares of the grocer fell 9% in afternoon trading.", "afternoon", "2024-09-11TAF"),
    ("The bank reported a loss on Tuesday. Its shares slid in early morning trading.", "early morning",
     "2024-09-10TMO"),
    ("Shares of the grocer are up 2% in morning trading.", "morning", "2024-09-11TMO"),
    # a part with "early" or "late", or alone after "by"
    ("Rebels seized the radio on Saturday. Their last units gave up in the early afternoon.",
     "the early afternoon", "2024-09-07TAF"),
    ("The Dow fell on Tuesday after trading 70 points lower in early afternoon.", "early afternoon",
     "2024-09-10TAF"),
    ("Engineers released the telescope on Monday and reported by late afternoon that it was steady.",
     "late afternoon", "2024-09-09TAF"),
    ("The first bus crossed at 7:40 a.m. on Friday. By evening 1,000 men had been exchanged.", "evening",
     "2024-09-06TEV"),
    # the night: of the day in view, or before a day whose small hours end it
    ("The volcano erupted on Sunday. Families fled and waited through the night in a school gymnasium.",
     "the night", "2024-09-08TNI"),
    ("The Senate cleared the bill early Thursday after a standoff that stretched through the night.",
     "the night", "2024-09-04TNI"),
    ("Leaders agreed early on Thursday to tighten controls, ending a summit that ran through the night.",
     "the night", "2024-09-04TNI"),
    # a moment of the day: the day in view, or the day written right after it
    ("Workers struck on Thursday. Strikers blocked a depot before dawn, and police fired tear gas.", "dawn",
     "2024-09-05TMO"),
    ("The guns fell silent at dawn yesterday, the monitors said.", "dawn", "2024-09-10TMO"),
    ("Shelling resumed on Sunday. Troops attacked at first light on Saturday.", "first light",
     "2024-09-07TMO"),
    # an irregular past sets the clause in the past as a regular one does
    ("The volcano erupted on Sunday. She spent the night on a mat in a school gymnasium.", "the night",
     "2024-09-08TNI"),
    ("The Dow fell on Tuesday. It slid 70 points lower in early afternoon.", "early afternoon",
     "2024-09-10TAF"),
    # "every" or "each" before no unit of time is no habit
    ("The bill died early Thursday when every Republican voted no, after a fight that ran through the night.",
     "the night", "2024-09-04TNI"),
    ("The swap began on Friday. By evening 1,000 men had been handed over by each side.", "evening",
     "2024-09-06TEV"),
    # a clock time restated in another zone, in brackets, is the same moment: not the small hours
    ("Prisoners crossed on Friday. The first bus came at 7:40 a.m. local time (0310 GMT). By evening 1,000 "
     "men had crossed.", "evening", "2024-09-06TEV"),
])
def test_a_part_of_the_day_belongs_to_the_day_in_view(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # one of the part's events, ranked: the loudest applause of the night
    ("Commissioners met on Tuesday. Teel drew the loudest applause of the night.", "the night",
     "2024-09-10TNI"),
    # no day in view: the story's day, as the lede dates it
    ("The county board voted 5-2 on Monday to close the clinic. Nurses argued with members. Protesters "
     "chanted outside. Security guards stood by. Several speakers stayed through the night.", "the night",
     "2024-09-09TNI"),
    # a night gone, told on the day of the report: last night
    ("Engineers halted the countdown today. Crews worked through the night draining fuel. By dawn they had "
     "found a faulty valve. The launch director said the cause was clear. The next try is set for Friday.",
     "the night", "2024-09-10TNI"),
])
def test_a_part_of_the_day_with_no_day_in_view_is_the_storys(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


def test_a_speakers_night_is_no_night_of_the_story() -> None:
    text = ('Refugees crossed on Monday. Aid workers set up tents. Food ran short. Doctors treated the sick. '
            '"We have been working through the night," a spokesman said.')
    assert all(t.text != "the night" for t in _times(text))


@pytest.mark.parametrize("text", [
    "On Monday she said nurses often worked into the evening.",  # a habit
    "The board met on Monday. It will vote in the morning.",  # a plan
    "The board voted in the morning.",  # no day in view
    "Crews worked on Monday. They had not slept at night in years.",  # no article: a habit, no night
    "The storm came on Monday, as it had tonight.",  # "night" inside "tonight" is no part
    "The crowd met on Monday. It was every night the same.",  # a habit
    "They debated on Monday; in the night's sharpest exchange she hit back.",  # a possessor
])
def test_a_part_of_the_day_with_no_narrated_day_is_left(text: str) -> None:
    assert not any(t.text in ("the evening", "the morning", "night", "the night") for t in _times(text))


@pytest.mark.parametrize(("text", "value"), [
    ("Analysts say today's Russia is a different market.", "PRESENT_REF"),
    ("Today's vote was close.", "2024-09-11"),
])
def test_today_before_a_name_is_the_present(text: str, value: str) -> None:
    assert _value(text, "today" if "today's" in text else "Today") == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a reporting period closed by a quarter's last day: what "a year earlier" counts back from
    ("It earned $2 million in the three months ended Dec. 31, down from $3 million a year earlier.",
     "a year earlier", "2022-Q4"),
    ("Revenue for the six months to June 30 rose 4 percent from a year earlier.", "a year earlier",
     "2023-H1"),
    ("Sales in the three months to May 31 fell from a year earlier.", "a year earlier", "2023"),  # no quarter
    # a part of a year named by its months: a date, not a length of time
    ("Shares fell 22 percent in the first six months of the year.", "the first six months of the year",
     "2024-H1"),
    ("Orders doubled in the last three months of 2019.", "the last three months of 2019", "2019-Q4"),
    ("In 2008, exports shrank in the first six months of the year.", "the first six months of the year",
     "2008-H1"),
])
def test_periods_of_a_year_said_in_months(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Output fell in the final three months of 2023.", "the final three months of 2023", "2023-Q4"),
    ("Sales rose in the final six months of 2022.", "the final six months of 2022", "2022-H2"),
    ("Hiring slowed in the last three months of 2021.", "the last three months of 2021", "2021-Q4"),
])
def test_the_final_months_of_a_year_are_its_end(text: str, expression: str, value: str) -> None:
    times = _times(text)
    assert [(t.text, t.value) for t in times] == [(expression, value)]  # the year inside: no time


def test_the_final_days_of_a_campaign_stay_a_length() -> None:
    text = "Both sides spent heavily in the final three days of the race."
    assert _value(text, "the final three days") == "P3D"


def test_months_that_are_no_part_of_a_named_year_stay_a_length() -> None:
    assert _value("Prices rose over the last six months.", "over the last six months") == "P6M"


def test_the_date_is_the_day_just_named() -> None:
    text = "On April 12, 1981, the first shuttle lifted off. A ceremony marked the date at the hangar."
    assert _value(text, "the date") == "1981-04-12"


@pytest.mark.parametrize("text", [
    "Officials said the date would be announced soon.",  # no day in view
    "In 1981 the first shuttle flew. A ceremony marked the date.",  # a year is not a date
    "On Monday, officials set the date of the vote.",  # the date of something: not the day named
])
def test_the_date_with_no_day_just_named_is_left(text: str) -> None:
    assert not any(t.text.endswith("date") for t in _times(text))


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "to" and "be" between a future cue and its verb: the participle is governed, not a past cue
    ("Vance pleaded guilty in March. He is due to be sentenced in December.", "December", "2024-12"),
    # a participle between a determiner and its noun is an adjective, not a future cue
    ("The rivals clashed on Tuesday night in the only scheduled debate of the race.", "Tuesday night",
     "2024-09-10TNI"),
    # a US zone said alone after a clock time
    ("The company will host a call on Thursday at 8:30 a.m. Eastern.", "8:30 a.m. Eastern",
     "2024-09-12T08:30"),
    # a comparison does not become what the next comparison counts from
    ("Profit in the three months ended June 30 fell from a year earlier, and sales lagged the same "
     "period last year.", "the same period last year", "2023-Q2"),
])
def test_tense_cues_zones_and_comparisons(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


@pytest.mark.parametrize(("text", "published", "value"), [
    # a month before the noun of an event names the nearest such month, whatever the tense
    ("Roe won the primary on Tuesday, setting up a November contest against the attorney general.",
     date(2026, 6, 3), "2026-11"),
    ("He said the county installed six boxes before the May primary.", date(2025, 11, 21), "2026-05"),
    ("Voters rejected the levy in the November election.", date(2027, 2, 10), "2026-11"),
    # a day too: the nearest in a past clause, else one to come or a recent one
    ("The decision came two months ahead of the Sept. 23 deadline the agency had set.", date(2015, 7, 16),
     "2015-09-23"),
    ("The suit asks the court to order a new map in time for the Aug. 2 primary.", date(2022, 1, 31),
     "2022-08-02"),
    # or the one the text named before
    ("Two ceasefires, in 2013 and last March, collapsed. The March truce looked good.", date(2015, 9, 27),
     "2015-03"),
])
def test_a_month_or_day_naming_an_event(text: str, published: date, value: str) -> None:
    times = temporal.extract(text, (), published)
    assert times[-1].value == value


@pytest.mark.parametrize(("text", "published", "value"), [
    # a month a statistic measures has begun, whatever the tense: the latest such month
    ("The Commerce Department will release trade figures for April on Thursday.", date(1994, 6, 21),
     "1994-04"),
    ("Economists expect the jobs data for December to show a rise.", date(2027, 1, 5), "2026-12"),
    ("Sales for June will be reported next week.", date(2026, 6, 24), "2026-06"),
])
def test_a_month_a_statistic_measures(text: str, published: date, value: str) -> None:
    times = temporal.extract(text, (), published)
    assert next(t.value for t in times if t.text in ("April", "December", "June")) == value


@pytest.mark.parametrize(("text", "published", "value"), [
    # a limit that a present clause sets ("by", "until", "through") is ahead, after a past verb too
    ("Orbital Pacific has said it needs the satellite in service by the end of March.", date(1997, 12, 7),
     "1998-03"),
    ("The company said it expects the plant to stay closed until June.", date(2026, 11, 2), "2027-06"),
    # not a limit a past clause set
    ("The company said it finished the work by June.", date(2026, 11, 2), "2026-06"),
    # a condition in the present after its main clause is of what is to come
    ("Shareholders approved the merger, clearing the way for the deal to close early in the fourth "
     "quarter if regulators sign off.", date(1998, 6, 26), "1998-Q4"),
    ("The election is Nov. 4, with a runoff in December if no one wins a majority.", date(2025, 2, 11),
     "2025-12"),
    ("The plaintiffs won a clause that lets them go back to court if lawmakers do not fund the first year "
     "of the increase by July 1.", date(2022, 10, 18), "2023-07-01"),
    # not one in the past
    ("The deal closed in the fourth quarter, which was late, as if regulators had stalled.",
     date(1998, 6, 26), "1997-Q4"),
])
def test_a_limit_or_a_condition_a_present_clause_sets(text: str, published: date, value: str) -> None:
    times = temporal.extract(text, (), published)
    assert times[-1].value == value


@pytest.mark.parametrize(("text", "value"), [
    # the time someone has to do something is still to come
    ("Leaders traded blame, leaving Congress with three working days to avert a lapse in funding "
     "at midnight Wednesday.", "2026-01-28T24:00"),
    ("Officials said voters have two weeks to register for the primary on Tuesday.", "2026-01-27"),
    # the time something took is not
    ("It took crews three days to clear the road on Wednesday.", "2026-01-21"),
])
def test_the_time_left_to_do_something_looks_ahead(text: str, value: str) -> None:
    times = temporal.extract(text, (), date(2026, 1, 25))
    assert times[-1].value == value


@pytest.mark.parametrize(("text", "value"), [
    # a verb of forecasting after an article or a demonstrative is a noun: no future there
    ("The Treasury cut that forecast to 1.75 percent in December.", "2025-12"),
    ("The bank raised the forecast in December.", "2025-12"),
    # the verb still looks ahead
    ("Economists forecast a rebound in December.", "2026-12"),
    # a modal after "that" opens a relative clause, never a noun: its clause looks ahead
    ("The House passed a bill in January that would keep agencies open through December.", "2026-12"),
    ("Lawmakers backed a plan last week that could take effect in December.", "2026-12"),
])
def test_a_forecast_after_a_determiner_is_a_noun(text: str, value: str) -> None:
    times = temporal.extract(text, (), date(2026, 1, 25))
    assert [t.value for t in times if t.text == "December"] == [value]


@pytest.mark.parametrize("closed", ["the quarter ended Sept. 29", "the quarter that ended Sept. 29",
                                    "the quarter which ended on Sept. 29"])
def test_the_quarter_ended_a_day_is_that_quarter_and_what_a_year_earlier_counts_from(closed: str) -> None:
    # a fiscal quarter may end in its month's last week; "the quarter" is a time expression of its own
    text = (f"Sales in the current quarter will be flat. It earned $8 million for {closed}, down from $13 "
            "million a year earlier.")
    published = date(2024, 10, 24)
    assert (_value(text, "the quarter", published), _value(text, "a year earlier", published)) == (
        "2024-Q3", "2023-Q3")


@pytest.mark.parametrize(("text", "dated"), [
    ('He said so on NBC\'s "Today," where he spoke for ten minutes.', False),  # a programme's name
    ('She appeared on “Today” as well.', False),
    ('"Today, we won," she said.', True),  # the quotation's first word, not its only one
    ('He said the vote was today.', True),
])
def test_a_day_word_alone_in_quotation_marks_is_a_name(text: str, dated: bool) -> None:
    assert any(t.text.lower() == "today" for t in _times(text)) is dated


@pytest.mark.parametrize(("text", "value"), [
    # election night is the night of the election day the article names
    ("A recount of the Sept. 3 municipal election found the two tied, erasing the lead she held on "
     "election night.", "2024-09-03TNI"),
    ("Election night results on 7 September gave National 44 seats.", "2024-09-07TNI"),
    ("The party has been quiet since Saturday's election. On election night it claimed victory.",
     "2024-09-07TNI"),
])
def test_election_night_is_the_night_of_the_election_named(text: str, value: str) -> None:
    assert _value(text, "election night" if "election night" in text else "Election night") == value


def test_election_day_itself_names_the_night() -> None:
    text = "Her lead narrowed from 300 votes on election night as ballots sent by Election Day were counted."
    assert _value(text, "election night", date(2023, 11, 20)) == "2023-11-07TNI"


def test_election_night_with_no_election_dated_has_no_value() -> None:
    assert not any(t.text == "election night" and t.value for t in _times("Riot police broke up a rally "
                                                                          "on election night."))


def test_a_second_conjunct_is_no_description() -> None:
    text = "Sales rose between Nov. 29, the day after Thanksgiving, and Christmas Eve, analysts said."
    values = {t.text: t.value for t in _times(text, date(2002, 12, 27))}
    assert values["the day after Thanksgiving"] == "2002-11-29"
    assert values["Christmas Eve"] == "2002-12-24"


def test_the_close_of_a_fiscal_year_is_no_market_day() -> None:
    text = ("The chain now expects earnings of $2.18 a share for its fiscal year. Its fiscal year ends "
            "Jan. 30.\n\nIts shares rose 4.1 percent in afternoon trading on the New York Stock Exchange.")
    assert _value(text, "afternoon", date(2009, 11, 19)) == "2009-11-19TAF"


def test_an_indefinite_description_beside_a_day_names_no_time() -> None:
    times = _times("Whit Monday, a public holiday, falls on June 9.", date(2025, 6, 5))
    assert [(t.text, t.value) for t in times] == [("Whit Monday", "2025-06-09"), ("June 9", "2025-06-09")]


@pytest.mark.parametrize(("text", "value"), [
    ("Pentecost falls early this year.", "2025-06-08"),
    ("Ash Wednesday fell on March 5.", "2025-03-05"),
    ("The shops close on Ascension Day.", "2025-05-29"),
])
def test_feasts_counted_from_easter(text: str, value: str) -> None:
    assert _times(text, date(2025, 6, 5))[0].value == value


@pytest.mark.parametrize(("text", "value"), [
    ("The attack was discovered at 4:50 a.m. on July 28, a Friday, when a technician noticed it.",
     "2023-07-28"),
    ("The plant closed on July 21, a Friday, and reopened the next week.", "2023-07-21"),
])
def test_an_indefinite_weekday_beside_a_date_is_that_date(text: str, value: str) -> None:
    """"July 28, a Friday": the weekday says which day of the week the date was, and names it."""
    found = {t.text: t.value for t in temporal.extract(text, (), date(2023, 8, 9))}
    assert found["Friday"] == value


def test_a_weekday_the_date_does_not_fall_on_is_left_to_its_own_reading() -> None:
    found = {t.text: t.value for t in temporal.extract("It began on July 27, a Friday, at dawn.", (),
                                                        date(2023, 8, 9))}
    assert found["Friday"] != "2023-07-27"


def test_the_day_a_weekday_beside_a_date_names_is_the_day_in_view() -> None:
    """What follows counts from the date the weekday named: "that day" is July 28, not the Friday
    before publication."""
    text = ("The attack was discovered at 4:50 a.m. on July 28, a Friday, when a technician noticed it. "
            "The city shut its servers down at 10 a.m. that day.")
    found = {t.text: t.value for t in temporal.extract(text, (), date(2023, 8, 9))}
    assert found["that day"] == "2023-07-28"
