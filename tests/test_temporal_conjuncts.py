"""A time in the first of two coordinated clauses takes its tense from its own verb, not the second's."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2026, 5, 14)


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), PUB)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Rusk pleaded guilty in October and is due to be sentenced on May 28.", "October", "2025-10"),
    ("The firm announced plans for a new plant in September and will hire staff soon.", "September",
     "2025-09"),
    ("She resigned from the board of the bank in August but is expected to stay on.", "August", "2025-08"),
])
def test_a_later_conjuncts_future_does_not_reach_back(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # no verb before the time: the second conjunct's is the nearest there is
    ("In October and again in November the board will meet.", "November", "2026-11"),
    # the future verb is the time's own, not a second conjunct's
    ("The company said sales in October will rise.", "October", "2026-10"),
])
def test_a_future_cue_of_the_times_own_clause_still_counts(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The premier told reporters late on Monday that he would step down.", "Monday", "2026-05-11"),
    ("The minister gave the cabinet notice on Tuesday that she would resign.", "Tuesday", "2026-05-12"),
    ("The company sent its staff an email in November that the plant would close.", "November", "2025-11"),
])
def test_a_that_clause_after_the_time_does_not_set_its_tense(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_future_verb_before_the_time_still_sends_it_ahead() -> None:
    assert _values("The board will decide on Monday that the plant closes.")["Monday"] == "2026-05-18"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The next launch would come no earlier than the second week of January, he said.",
     "the second week of January", "2027-W02"),
    ("A decision is not expected earlier than February.", "February", "2027-02"),
])
def test_earlier_than_is_a_comparison_not_a_past(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The bank now sees a cut in 2027, later than it forecast in February.", "February", "2026-02"),
    ("Growth was weaker than she forecast in January.", "January", "2026-01"),
    ("He forecast in November that prices would fall.", "November", "2025-11"),
    # a participle of comparison: the forecast was made then
    ("The deficit would come in $9 billion smaller than forecast in December.", "December", "2025-12"),
    ("The shortfall will be wider than previously forecast in December.", "December", "2025-12"),
])
def test_forecast_after_he_she_it_is_past(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Borrowing was higher than the watchdog had forecast in March.", "March", "2026-03"),
    ("The bank has forecast on Tuesday that rates would fall.", "Tuesday", "2026-05-12"),
    ("Analysts have forecast last month that sales would slow.", "last month", "2026-04"),
])
def test_a_perfect_forecast_with_its_time_right_after_it_is_the_act_of_forecasting(
        text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_perfect_forecast_with_an_object_still_looks_ahead() -> None:
    assert _values("The watchdog has forecast a recession in November.")["November"] == "2026-11"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The minister said she hoped to name the winner by the autumn.", "autumn", "2026-FA"),
    ("The rebels vowed to return to the talks in September.", "September", "2026-09"),
    ("The union pledged to end the strike by Friday, officials said.", "Friday", "2026-05-15"),
    ("Leaders said they intended to hold a vote in June.", "June", "2026-06"),
])
def test_the_past_of_an_intention_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("NASA had hoped to launch the shuttle on Tuesday.", "Tuesday", "2026-05-12"),  # given up
    ("At the March 11 hearing, she pledged to follow the law.", "March 11", "2026-03-11"),  # the pledge's day
    ("On Tuesday the mayor vowed to rebuild.", "Tuesday", "2026-05-12"),
    # a plan in the past perfect: made then, and given up since
    ("Spending was cut to $210 million from the $340 million it had planned in March.", "March", "2026-03"),
])
def test_an_intention_given_up_or_the_day_it_was_declared_is_past(text: str, expression: str,
                                                                  value: str) -> None:
    assert _values(text)[expression] == value


def test_a_past_perfect_forecast_is_no_cue_of_what_is_to_come() -> None:
    text = ("Growth fell short of the 2.0 percent that economists had forecast and followed growth of "
            "2.0 percent in the April-June period.")
    assert _values(text)["the April-June period"] == "2026-Q2"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The company also agreed to reopen talks on severance terms on Friday.", "Friday", "2026-05-15"),
    ("Both delegations agreed to meet again in September.", "September", "2026-09"),
    ("The sides agreed to a ceasefire on Tuesday.", "Tuesday", "2026-05-12"),  # no verb: an agreement made
    ("The unions had agreed to cut pay in March.", "March", "2026-03"),  # had: given up or done
])
def test_agreeing_to_do_something_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_forecast_after_a_plural_subject_still_looks_ahead() -> None:
    assert _values("Economists forecast a cut in November.")["November"] == "2026-11"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("If the rocket has not flown by Christmas Eve, the crew will take a break.", "Christmas Eve",
     "2026-12-24"),
    ("If the talks have not succeeded by Friday, the union will strike.", "Friday", "2026-05-15"),
    ("Unless a deal is reached by Friday, workers will walk out.", "Friday", "2026-05-15"),
])
def test_a_condition_before_a_future_clause_is_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_past_condition_stays_past() -> None:
    assert _values("If the talks failed on Monday, nobody said so.")["Monday"] == "2026-05-11"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("He said the sensor would be replaced today and the rocket refuelled on Friday.", "Friday",
     "2026-05-15"),
    ("The road will be closed and the old bridge repainted on Saturday.", "Saturday", "2026-05-16"),
    ("Officials said the ballots would be counted and the results certified on Monday.", "Monday",
     "2026-05-18"),
    # the same subject: the participle right after "and" shares the auxiliary too
    ("The new trains will be tested in June and delivered in March.", "March", "2027-03"),
    ("If the plan passes, the wardens would be trained first and posted in March.", "March",
     "2027-03"),
])
def test_a_participle_after_and_shares_the_future_passive_left_out(
        text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_participle_after_a_past_passive_stays_past() -> None:
    assert _values("The road was closed and the bridge repainted on Monday.")["Monday"] == "2026-05-11"
    assert _values("The mill was sold in 2019 and closed in March.")["March"] == "2026-03"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "and now" opens a conjunct in the present: the first conjunct's past does not reach it
    ("Traders pared bets on a cut at the last meeting and now see the first move coming in September.",
     "September", "2026-09"),
    ("The firm lowered its forecast and now expects sales to recover in September.", "September",
     "2026-09"),  # a future cue of its own after "now" still counts
])
def test_a_conjunct_set_in_the_present_by_now_is_not_the_past_verbs(text: str, expression: str,
                                                                     value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # the starting point of a change was read before the reading reported, whatever the clause's tense
    ("Markets now price an 80% chance of a cut at the bank's next meeting, up from around 65% on "
     "Tuesday.", "Tuesday", "2026-05-12"),
    ("Forecasters will revise the count, which is expected to be down from 400 on Monday.", "Monday",
     "2026-05-11"),
])
def test_the_starting_point_of_a_change_lies_before(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_plural_possessive_makes_its_next_word_a_noun_not_a_future_verb() -> None:
    text = "The chipmaker reported revenue above analysts' forecasts on Wednesday."
    assert _values(text)["Wednesday"] == "2026-05-13"  # "forecasts" is no verb looking ahead


@pytest.mark.parametrize(("text", "expression", "value"), [
    # what something is done ahead of lies after it: in news of what has just been done, ahead
    ('An official called it "a political stunt" ahead of the general election in February.', "February",
     "2027-02"),
    ("Speculators rushed to cut positions ahead of the holiday in March.", "March", "2027-03"),
])
def test_what_is_done_ahead_of_lies_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_after_midnight_on_the_day_of_the_report_is_the_midnight_that_began_it() -> None:
    values = _values("The Knesset sat late on Thursday. It approved the measure 63 to 57 shortly after "
                     "midnight.")
    assert values["midnight"] == "2026-05-13T24:00"  # published May 14: not the one that ends it


def test_past_midnight_on_the_day_of_the_report_is_the_midnight_that_began_it() -> None:
    values = _values("The Knesset sat late on Thursday. Debate ran well past midnight before the measure "
                     "passed 63 to 57.")
    assert values["midnight"] == "2026-05-13T24:00"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a perfect infinitive after a future cue looks back
    ("The economy is widely expected to have returned to growth in the fourth quarter.", "the fourth quarter",
     "2025-Q4"),
    ("Economists expect prices to have risen 0.3% in February.", "February", "2026-02"),
    # "to have" with an object owned, or a causative's object, is no perfect
    ("The company is expected to have a record year in September.", "September", "2026-09"),
])
def test_a_perfect_infinitive_after_a_future_cue_looks_back(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a present verb of wanting or expecting after its subject looks ahead, though reported by a past
    ("Republicans have said they want the package on the president's desk by Labor Day.", "Labor Day",
     "2026-09-07"),
    ("The mayor said she needs the money by Christmas.", "Christmas", "2026-12-25"),
])
def test_a_present_want_after_its_subject_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value
