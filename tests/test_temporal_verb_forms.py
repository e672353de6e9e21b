"""Verb forms that say which way a time points: "expected since the spring" is a wait that began then;
a past perfect "as early as Sunday" is the earliest a thing was done (but "had offered to resume talks
as early as Monday" offers a thing to come); "was to" / "were to" and a verb is a plan still ahead
("were to have begun" is not); a present verb of a scheduled event joined to a past one ("opened on
Sunday and closes on Thursday") keeps its own present; and a participle after a present "have" or
"want" and its object ("have the text agreed by Christmas") is the object's state to come, no past."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

WEDNESDAY = date(2004, 9, 15)


def _values(text: str, published: date = WEDNESDAY) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), published)}


def test_expected_since_a_season_is_a_wait_begun_then() -> None:
    found = _values("The merger had been expected since the spring, when both boards approved it.",
                    date(1999, 8, 14))
    assert found.get("spring") == "1999-SP"


@pytest.mark.parametrize(("text", "value"), [
    ("Several operators had begun moving staff ashore as early as Sunday.", "2004-09-12"),
    ("The union said the company had offered to resume talks as early as Monday.", "2004-09-20"),
])
def test_as_early_as_after_a_past_perfect(text: str, value: str) -> None:
    assert next(v for k, v in _values(text).items() if k.endswith("day")) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Several of those leases were to begin Jan. 1.", "Jan. 1", "2005-01-01"),
    ("The committee was to meet in Geneva on Friday.", "Friday", "2004-09-17"),
    ("The new schedule was to have begun on Monday.", "Monday", "2004-09-13"),
])
def test_was_to_and_a_verb_is_a_plan_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The trade fair opened on Sunday and closes on Thursday.", "Thursday", "2004-09-16"),
    ("The strike began Monday and ends Friday, the union said.", "Friday", "2004-09-17"),
])
def test_a_scheduled_present_joined_to_a_past_keeps_its_own_tense(text: str, expression: str,
                                                                   value: str) -> None:
    assert _values(text)[expression] == value


def test_a_joined_plural_noun_is_no_scheduled_present() -> None:
    assert _values("The talks and meetings on Thursday went well.")["Thursday"] == "2004-09-09"


@pytest.mark.parametrize(("text", "value"), [
    ('"If we have the text agreed by Christmas, we will be happy," a diplomat said.', "2004-12-25"),
    ("The governor wants the budget signed by Christmas.", "2004-12-25"),
    ("By then the firm had the plant closed by Christmas.", "2003-12-25"),
])
def test_a_participle_after_have_and_its_object(text: str, value: str) -> None:
    assert _values(text)["Christmas"] == value


@pytest.mark.parametrize(("text", "value"), [
    ("The new council faces a difficult first quarter. State aid has been cut.", "2010-Q1"),
    ("Sales fell in the first quarter, the company said.", "2009-Q1"),
])
def test_a_quarter_long_over_in_the_present_is_next_years(text: str, value: str) -> None:
    found = _values(text, date(2009, 12, 4))
    assert next(v for k, v in found.items() if "quarter" in k) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ('A spokeswoman said the donors "believe Renee is the only candidate who can win in November."',
     "November", "2028-11"),
    ('"Now let\'s unite and win in November," Castellanos wrote.', "November", "2028-11"),
])
def test_a_modal_before_a_month_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text, date(2028, 3, 9))[expression] == value


def test_the_month_may_is_no_modal() -> None:
    text = '"We sowed in May after good rain in April, and then it just stopped," she said.'
    assert _values(text, date(1997, 10, 8))["April"] == "1997-04"


def test_super_tuesday_is_the_first_tuesday_of_march() -> None:
    found = _values("Candidates spent the week campaigning before Super Tuesday.", date(2028, 1, 10))
    assert found["Super Tuesday"] == "2028-03-07"


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # the comma of a number is no clause's bound: "ties" is the object of "replaced", not a present
    ("Crews replaced about 38,000 railroad ties in June.", date(2009, 10, 29), "June", "2009-06"),
    # "as high as" compares, it opens no clause of its own for "meters" to be the verb of
    ("Columns of ash rose as high as 5,000 meters (16,000 feet) on Wednesday afternoon.",
     date(1996, 8, 29), "Wednesday afternoon", "1996-08-28TAF"),
    # a forecast's participle looks ahead as its finite forms do
    ("The weather service issued a warning, forecasting heavy snow from Saturday.", date(2007, 3, 2),
     "Saturday", "2007-03-03"),
])
def test_numbers_comparisons_and_forecasts_in_a_past_clause(text: str, published: date, expression: str,
                                                             value: str) -> None:
    assert _values(text, published)[expression] == value


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # a noun's infinitive ("a pledge to finish") looks ahead from the noun, not for the clause's times
    ("Leaders ended their summit in Kuwait on Sunday with a pledge to finish a railway.",
     date(2024, 12, 2), "Sunday", "2024-12-01"),
    ("The heads of government opened the summit on Sunday evening with a pledge to meet the deadline.",
     date(2025, 7, 7), "Sunday evening", "2025-07-06TEV"),
    # but it does for the times in the infinitive
    ("The union is resisting a plan to have workers hired after July 1 pay more.", date(2020, 2, 16),
     "July 1", "2020-07-01"),
    ("The company announced a plan to open a plant in March.", date(2024, 12, 2), "March", "2025-03"),
])
def test_a_nouns_infinitive_looks_ahead_only_after_it(text: str, published: date, expression: str,
                                                      value: str) -> None:
    assert _values(text, published)[expression] == value


def test_a_participles_clause_after_the_time_keeps_its_cues() -> None:
    """'would move a ship to Galveston, Texas, for the winter, replacing capacity lost in New
    Orleans': 'lost' is in the participle's clause, not a past that reaches back to 'the winter'."""
    text = ("The company also said it would move one ship from Europe to Galveston, Texas, for the "
            "winter, replacing capacity lost in New Orleans.")
    assert _values(text, date(2005, 9, 22))["winter"] == "2005-WI"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # has/have and a plural object: possession, a present state, no perfect
    ('"The crew is healthy, and we have consumables through Saturday," he said.', "Saturday", "2004-11-20"),
    ("The airline has seats on flights through Friday.", "Friday", "2004-11-19"),
    # a perfect keeps its past; an adverb in -s is no object
    ("The company has always said it closed on Monday.", "Monday", "2004-11-15"),
])
def test_has_and_a_plural_object_is_possession_not_a_perfect(text: str, expression: str, value: str) -> None:
    assert _values(text, date(2004, 11, 18))[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # the clause after a colon has its own verb
    ("Both chairs agreed on one thing: the spring campaign will be expensive.", "spring", "2005-SP"),
    ("The chairs agreed: the budget vote in March will be close.", "March", "2005-03"),
    # with none, the verb before the colon still tells the tense
    ("Officials announced the schedule: voting on Monday, counting on Tuesday.", "Monday", "2004-11-15"),
])
def test_a_clause_after_a_colon_is_read_by_its_own_verb(text: str, expression: str, value: str) -> None:
    assert _values(text, date(2004, 11, 20))[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # keep/leave and their object in the state a participle names: no past act of its own
    ("The district closed 11 schools Tuesday and will keep them shut through Thursday.", "Thursday",
     "2004-11-25"),
    ("Officials will keep the plant closed until Friday.", "Friday", "2004-11-26"),
    # the past of keeping stays past
    ("They kept the roads closed on Monday.", "Monday", "2004-11-15"),
])
def test_a_participle_after_keep_and_its_object_is_no_past(text: str, expression: str, value: str) -> None:
    assert _values(text, date(2004, 11, 20))[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a participle opening an aside after a noun is a reduced relative: no tense past its aside
    ("The government said it will issue a new currency, provisionally named the peso, to pay public "
     "wages from January.", "January", "2005-01"),
    ("The central bank will sell a bond, backed by gold reserves, to savers in March.", "March", "2005-03"),
    # the verb after the comma that closes a subject's aside is the clause's own, with its object
    ("Hotels in the city, where the parks had closed on Monday, reported a wave of cancellations in "
     "the summer.", "summer", "2004-SU"),
    # with no other cue, the aside's tense is the only one the sentence has
    ("The collapse, announced late at night, leaves the country without a government four months "
     "after the Sept. 29 election.", "Sept. 29", "2004-09-29"),
])
def test_a_participles_aside_sets_no_tense_past_it(text: str, expression: str, value: str) -> None:
    assert _values(text, date(2004, 11, 20))[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "likely" said of what is to come points ahead, as "likely to" does
    ("The coalition collapsed last week, with early elections now likely in the autumn.", "autumn",
     "2005-FA"),
    ("The committee met last week; a final vote is likely in December.", "December", "2005-12"),
    # not the adjective before a noun: "the most likely cause of the crash on 10 January" is past
    ("A faulty signal was the most likely cause of the crash on 10 January, the inquiry heard.",
     "10 January", "2005-01-10"),
])
def test_likely_of_what_is_to_come_points_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text, date(2005, 2, 3))[expression] == value


@pytest.mark.parametrize("text", [
    "Approached by reporters outside the Treasury on Monday, the governor offered only a smile.",
    "Questioned by lawmakers behind closed doors on Monday, the chief declined to comment.",
])
def test_a_preposition_after_a_plural_is_no_present_verb(text: str) -> None:
    assert _values(text, date(2026, 1, 22))["Monday"] == "2026-01-19"


@pytest.mark.parametrize("text", [
    "The staff wrote in its December forecast that revenue would fall.",
    "The board said its December forecast had been too optimistic.",
])
def test_forecast_after_a_possessive_and_a_month_is_a_noun(text: str) -> None:
    assert _values(text, date(2026, 3, 2))["December"] == "2025-12"


def test_a_verb_after_an_independent_possessive_is_no_adjective() -> None:
    """"a canvas of his sold in Cologne": "his" stands alone, so "sold" is the past verb (no noun
    follows it), and the month is the one gone."""
    text = ("His paintings rarely appear at auction; a smaller canvas of his sold in Cologne in November "
            "for 1.2 million euros.")
    assert _values(text, date(2023, 3, 16))["November"] == "2022-11"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ('The conference closes on Friday with a panel titled "Hard Security in a Soft Region."', "Friday",
     "2004-09-17"),
    ("The summit ends on Friday with a session dubbed the leaders' hour.", "Friday", "2004-09-17"),
    # a finite past stays one: "named" is left out, and a pronoun's "titled" is its verb
    ("The board named Ruth Okafor chief executive on Monday.", "Monday", "2004-09-13"),
    ("She titled the memoir on Monday, her editor said.", "Monday", "2004-09-13"),
])
def test_a_participle_naming_a_noun_is_no_past_of_its_clause(text: str, expression: str, value: str) -> None:
    """"a panel titled "…"": the participle names the noun (a reduced relative); the clause's present
    ("closes on Friday") still looks ahead."""
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # "left" after a span of time is what remains to run, no past of "leave": the clause's verb says
    ("With 90 days left until Nov. 3, both parties are expected to pour money into the state.",
     date(2026, 8, 5), "Nov. 3", "2026-11-03"),
    ("With two weeks left before Dec. 12, donors are still writing checks.", date(2026, 11, 20),
     "Dec. 12", "2026-12-12"),
    ("The countdown was halted with five minutes left on the clock at 11:51 p.m. on Monday.",
     date(2004, 9, 15), "Monday", "2004-09-13"),  # told in the past, it stays there
])
def test_time_left_is_no_past_of_leave(text: str, published: date, expression: str, value: str) -> None:
    assert _values(text, published)[expression] == value
