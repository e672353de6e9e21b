"""``until`` looks ahead, except where it bounds a state a past be-form set (``was closed until Friday``)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2022, 9, 3)  # a Saturday


def _values(text: str, published: date = PUB) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), published)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The highway was closed from Wednesday night until Friday, and crews cleared it.", "Friday",
     "2022-09-02"),
    ("The highway was closed from Wednesday night until Friday, and crews cleared it.", "Wednesday night",
     "2022-08-31TNI"),
    ("Schools were shut until Thursday because of the storm.", "Thursday", "2022-09-01"),
    # an adjective or a past perfect sets a past state as a participle does
    ("The polls were open until 8 p.m. Thursday.", "8 p.m. Thursday", "2022-09-01T20:00"),
    ("Evacuations had been voluntary until Thursday evening, when trucks arrived.", "Thursday evening",
     "2022-09-01TEV"),
])
def test_until_bounding_a_past_state_is_past(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text", [
    "The road is closed until Friday.",
    "Officials said the road will be closed until Friday.",
    "The government has continued to keep the markets closed until Friday.",  # a perfect runs on
    "The road was closed on Monday and will stay shut until Friday.",  # a future between
    "The bridge was to stay shut until Friday.",  # the future of a past: "was to"
    "The union said workers would keep the plant closed until Friday.",  # a future verb's object's state
])
def test_until_otherwise_looks_ahead(text: str) -> None:
    assert _values(text)["Friday"] == "2022-09-09"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a past verb right before "until" bounds what happened
    ("The talks resumed Monday and ran until late Friday night.", "Friday night", "2022-09-02TNI"),
    ("The vigil lasted until Friday.", "Friday", "2022-09-02"),
    # or with its object between
    ("The storm held much of its strength until late Friday, when dry air set in.", "Friday", "2022-09-02"),
    ("Officials kept the polls open until Friday.", "Friday", "2022-09-02"),
    ("An independent who kept both parties guessing until Friday voted yes.", "Friday", "2022-09-02"),
    ("The senator kept many colleagues waiting until Friday.", "Friday", "2022-09-02"),
    # or its particle ("held out until late Friday")
    ("The party held out until late on Friday for more money.", "Friday", "2022-09-02"),
    ("The rescuers carried on until Friday.", "Friday", "2022-09-02"),
    # or a manner adverb ("spoke freely until October")
    ("Residents spoke freely until Friday.", "Friday", "2022-09-02"),
    ("Residents spoke freely until July.", "July", "2022-07"),
    # or the start of the range between ("ran from November until late January")
    ("The dredging ran from June until late August.", "June", "2022-06"),
    ("The exhibit ran from Monday until Thursday.", "Thursday", "2022-09-01"),
    ("The grower ran his wind machines from 2 a.m. until 7 a.m. on Friday.", "Friday", "2022-09-02"),
])
def test_until_after_a_past_verb_is_past(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "until" opening the sentence bounds its main clause, whose verb tells which way the time lies
    ("Until July, residents spoke freely at every meeting.", "July", "2022-07"),
    ("Until Friday night the outcome was uncertain.", "Friday night", "2022-09-02TNI"),
    ("Until Friday, the office will stay closed.", "Friday", "2022-09-09"),
    ("Until Friday, the road is closed.", "Friday", "2022-09-09"),
])
def test_a_fronted_until_takes_the_main_clause_tense(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text", [
    "Candidates have until Friday to file.",  # possession, not a past
    "The bridge stays closed until Friday.",  # a participle after a linking verb: a state running on
])
def test_until_after_have_or_a_linking_verb_looks_ahead(text: str) -> None:
    assert _values(text)["Friday"] == "2022-09-09"


@pytest.mark.parametrize(("text", "value"), [
    # "until X to do": a deadline still to come, whatever the tense of the verb that set it
    ("The bidder gave the directors until 5 p.m. Friday to accept the offer.", "2022-09-09T17:00"),
    ("The judge gave lawyers until Friday to file briefs.", "2022-09-09"),
    # a past "until" without a deadline stays past
    ("The talks ran until Friday to no avail.", "2022-09-02"),
])
def test_a_deadline_is_ahead(text: str, value: str) -> None:
    assert [v for k, v in _values(text).items() if "Friday" in k] == [value]


def test_a_modal_of_obligation_and_a_passive_infinitive_look_ahead() -> None:
    text = ("The tickets go on sale Wednesday and must be bought by June 5 for travel between June 1 "
            "and Sept. 15.")
    found = _values(text, date(1992, 5, 26))
    days = [found[k] for k in ("Wednesday", "June 1", "Sept. 15")]
    assert days == ["1992-05-27", "1992-06-01", "1992-09-15"]


def test_a_present_passive_is_no_past_and_a_capitalised_word_no_verb() -> None:
    from parsing.temporal.cues import PAST, find_cues

    def past(text: str) -> list[str]:
        return [text[a:b] for a, b, p in find_cues(text) if p == PAST]

    assert past("The count goes on until the ballots are counted.") == []
    assert past("Mayor Drew Ames will meet the board.") == []
    assert past("The proposal drew 200 people.") == ["drew"]


def test_a_clock_time_followed_by_on_and_a_day_is_on_that_day() -> None:
    text = "Completed mail ballots must arrive by 7 p.m. on Election Day."
    found = _values(text, date(2019, 10, 3))
    assert found["7 p.m."] == "2019-11-05T19:00"


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    ("The odds of a delay would rise to 40 percent if the launch slipped to Monday.", date(1991, 11, 23),
     "Monday", "1991-11-25"),
    ("He said Cardenal would begin its offer on Monday unless Larkspur agreed to talk by Friday.",
     date(1988, 10, 20), "Friday", "1988-10-21"),
    # a past perfect in the condition of a perfect modal stays past
    ("He would have won on Monday if he had run.", date(1988, 10, 20), "Monday", "1988-10-17"),
])
def test_a_past_form_in_the_condition_of_a_would_clause_looks_ahead(
        text: str, published: date, expression: str, value: str) -> None:
    assert _values(text, published)[expression] == value


@pytest.mark.parametrize("text", [
    "Sales fell in the quarter.",  # no quarter named before: nothing to refer back to
    "Traders took profits before the quarter ends on Thursday.",  # the quarter now running
])
def test_the_quarter_with_none_in_view_is_left(text: str) -> None:
    assert not any(t.text == "the quarter" for t in temporal.extract(text, (), date(1994, 3, 30)))


@pytest.mark.parametrize(("text", "value"), [
    # a conjunct with no verb of its own lies the way the first conjunct's day does
    ("The 10-year notes go on the block Thursday and the bonds on Friday.", "1994-05-13"),
    ("Talks were held Thursday and the vote on Friday.", "1994-05-06"),
    # with a verb of its own, its own tense decides
    ("The school was closed Thursday and will remain closed Friday.", "1994-05-13"),
    # an aside between commas in the conjunct gives it no verb of its own
    ("Under the schedule released by his office, the president will receive the speakers of the Senate "
     "and the Chamber of Deputies on Thursday afternoon, the smaller parliamentary groups on Friday "
     "morning and the largest parties, ending with Marchetti's Brothers of Italy, on Friday evening.",
     "1994-05-13TEV"),
])
def test_a_day_in_a_conjunct_without_a_verb(text: str, value: str) -> None:
    values = _values(text, date(1994, 5, 10))
    assert values.get("Friday", values.get("Friday evening")) == value


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # a fragment woven into the writer's clause takes that clause's tense
    ('One lawmaker told the paper the decision had been taken "over the weekend, in a very small room."',
     date(2027, 10, 4), "the weekend", "2027-W39-WE"),
    ('She said the House would "do its job on Tuesday, whether or not the president does."',
     date(2029, 11, 16), "Tuesday", "2029-11-20"),
    # a verb of reporting before it times the telling, not the words
    ('Benavides says she is hoping for a vote "by spring," before the campaign.', date(2028, 1, 22), "spring",
     "2028-SP"),
    # a speaker's whole sentence, with no tense of its own, still looks ahead
    ('"Ask me again Tuesday," she said.', date(2029, 11, 16), "Tuesday", "2029-11-20"),
])
def test_a_quoted_fragment_takes_the_tense_of_the_clause_around_it(
        text: str, published: date, expression: str, value: str) -> None:
    assert _values(text, published)[expression] == value


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    ('"Ask me again on the 25th," he said.', date(2027, 10, 4), "the 25th", "2027-10-25"),
    ('"Nobody will sleep well until the tenth," one strategist said.', date(2026, 11, 28), "the tenth",
     "2026-12-10"),
    ("The vote was held on the 15th, officials said.", date(2026, 11, 28), "the 15th", "2026-11-15"),
])
def test_a_day_of_the_month_said_alone(text: str, published: date, expression: str, value: str) -> None:
    assert _values(text, published)[expression] == value


@pytest.mark.parametrize("text", [
    "Wait until the fourth or fifth day of the festival.",  # an ordinal of a noun after it
    "He works on the 25th floor.",
])
def test_an_ordinal_of_something_else_is_no_day(text: str) -> None:
    assert not any(t.value and t.value[:4].isdigit() for t in temporal.extract(text, (), date(2027, 3, 5)))


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # a present verb of intention with its infinitive looks ahead
    ("The carrier expects to list its new shares on the exchange in the fall.", date(1993, 6, 16), "fall",
     "1993-FA"),
    # a quarter two or more gone, in a clause looking ahead, is next year's; the one just ended is this
    ("Tolliver said the company would finish the analysis by the end of the first quarter.",
     date(2005, 12, 12), "the first quarter", "2006-Q1"),
    ("The insurer said it would post a loss for the third quarter.", date(1989, 10, 16), "the third quarter",
     "1989-Q3"),
    # a relative pronoun is the subject of the present that schedules the day
    ("Officials criticised the visit, which begins Saturday.", date(1987, 3, 26), "Saturday", "1987-03-28"),
])
def test_intentions_quarters_ahead_and_a_relative_clause_futurate(
        text: str, published: date, expression: str, value: str) -> None:
    assert _values(text, published)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a possessor's noun in -s is no present verb, and a cue in a what-clause after the day is its own
    ("Arce and Stroud clashed over each other's résumés Tuesday night in what is expected to be the only "
     "debate.", "Tuesday night", "2024-10-08TNI"),
])
def test_a_possessors_noun_and_a_what_clause_set_no_tense_for_the_day(text: str, expression: str,
                                                                      value: str) -> None:
    assert _values(text, date(2024, 10, 9))[expression] == value


def test_has_before_its_object_is_possession_no_past() -> None:
    text = '"She has my full support against Harrigan in November," he said.'
    assert _values(text, date(2026, 5, 20))["November"] == "2026-11"


@pytest.mark.parametrize(("text", "kept"), [
    ("Winter wheat output rose, and the spring wheat crop was poor.", []),  # crops named by their season
    ("The winter harvest was strong.", ["winter"]),
])
def test_a_season_naming_a_crop_is_no_time(text: str, kept: list[str]) -> None:
    assert [t.text for t in temporal.extract(text, (), date(1988, 8, 12))] == kept


def test_forecast_after_a_pronoun_is_a_verb_and_after_a_noun_a_compound() -> None:
    from parsing.temporal.cues import FUTURE, find_cues

    def future(text: str) -> list[str]:
        return [text[a:b] for a, b, p in find_cues(text) if p == FUTURE]

    assert future("Analysts said they forecast a recovery in March.") == ["forecast a"]
    assert future("The company cut its profit forecast in March.") == []


def test_until_points_its_own_time_ahead_not_one_past_its_phrase() -> None:
    text = ("Trustees have put off a decision on whether to close nine schools until the new year, after a "
            "marathon meeting Wednesday evening that stretched past 1 a.m.")
    values = _values(text, date(1994, 5, 13))
    assert values["Wednesday evening"] == "1994-05-11TEV"
