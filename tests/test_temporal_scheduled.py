"""A day named with a present-tense verb of a scheduled event, or after a verb that schedules it, is ahead."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2025, 10, 20)  # a Monday


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), PUB)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The new mayor takes office on Jan. 2 for a four-year term.", "Jan. 2", "2026-01-02"),
    ("The tax year, which for most households begins on Jan. 1, brings new rates.", "Jan. 1", "2026-01-01"),
    ("The governor signs the budget on Feb. 14 at the capitol.", "Feb. 14", "2026-02-14"),
    ("The ferry service resumes on March 3 after repairs.", "March 3", "2026-03-03"),
    # "is in March", as "is on Friday": the time of something still to come
    ("The qualifying deadline for the primaries is in March.", "March", "2026-03"),
    # a name set beside a noun between the verb and the day is no verb, nor a clause's edge
    ("Prado, who hands over to his successor, Luiz Carvalho Neto, on Jan. 1, has said he will act.",
     "Jan. 1", "2026-01-01"),
])
def test_a_present_tense_schedule_puts_the_day_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The governor signed the budget on Feb. 14 at the capitol.", "Feb. 14", "2025-02-14"),
    ("Harris, who joined the firm on Jan. 15, leads the team.", "Jan. 15", "2025-01-15"),
    ("The qualifying deadline for the primaries was in March.", "March", "2025-03"),
])
def test_a_past_verb_keeps_the_day_behind(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


LATE_SPRING = date(2026, 5, 14)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The judge set sentencing for Aug. 20 and ordered him to stay home.", "Aug. 20", "2026-08-20"),
    ("The council postponed the vote until Feb. 9 after a long debate.", "Feb. 9", "2027-02-09"),
    ("Organizers rescheduled the race for Feb. 28 because of snow.", "Feb. 28", "2027-02-28"),
    ("The agency pushed the deadline back to March.", "March", "2027-03"),
    # or the time of the event whose infinitive follows its object
    ("The judge set the recount to begin at 9 a.m. Monday.", "9 a.m. Monday", "2026-05-18T09:00"),
    ("The board scheduled its final hearing to start on Monday.", "Monday", "2026-05-18"),
])
def test_a_scheduling_verb_puts_its_time_ahead(text: str, expression: str, value: str) -> None:
    found = {t.text: t.value for t in temporal.extract(text, (), LATE_SPRING)}
    assert found[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The board set a record on March 3.", "March 3", "2026-03-03"),  # no for/until/to before the day
    ("Rain delayed the start on April 30.", "April 30", "2026-04-30"),
    ("The company set out to expand on Monday.", "Monday", "2026-05-11"),  # no object: "set out to"
])
def test_a_scheduling_verb_without_its_time_is_no_schedule(text: str, expression: str, value: str) -> None:
    found = {t.text: t.value for t in temporal.extract(text, (), LATE_SPRING)}
    assert found[expression] == value


NOVEMBER = date(2023, 11, 17)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Crude futures for January delivery fell 2 percent.", "January", "2024-01"),
    ("Gold for February delivery settled lower on the day.", "February", "2024-02"),
    ("The March contract rose to its highest in a month.", "March", "2024-03"),
    ("The December futures slipped in thin trade.", "December", "2023-12"),  # this year's: still ahead
])
def test_a_delivery_month_is_ahead(text: str, expression: str, value: str) -> None:
    assert {t.text: t.value for t in temporal.extract(text, (), NOVEMBER)}[expression] == value


def test_a_month_without_a_delivery_keeps_the_tense() -> None:
    times = temporal.extract("Sales rose in January.", (), NOVEMBER)
    assert [t.value for t in times] == ["2023-01"]


@pytest.mark.parametrize("text", [
    "Vītols spent Tuesday trying to win back the party.",
    "Gonçalves spent Tuesday meeting donors in the capital.",
    "Piñeros spent Tuesday at the embassy.",
])
def test_a_name_with_letters_beyond_ascii_is_one_word(text: str) -> None:
    """A name in -s with a letter beyond ASCII is no present-tense verb ("tols"): the day is past."""
    published = date(2026, 3, 5)  # a Thursday
    assert {t.text: t.value for t in temporal.extract(text, (), published)}["Tuesday"] == "2026-03-03"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Wheat rose 2 percent, and soybeans set a record on Thursday before easing.", "Thursday", "2025-10-16"),
    ("Bidders bid $40 million on Saturday.", "Saturday", "2025-10-18"),
    ("Voters cast their ballots on Friday in a calm election.", "Friday", "2025-10-17"),
])
def test_a_verb_whose_past_is_its_base_is_no_schedule(text: str, expression: str, value: str) -> None:
    """set, bid, cast after a plural subject read as well in the past: not a futurate present."""
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "value"), [
    # a comma inside a list of names bounds no clause: the verb before the list governs the day
    ("The state declared an emergency in Tolliver, Boone and Lincoln counties on Friday.", "2025-10-17"),
    ("Talks resume in Paris, Rome and Berlin on Friday.", "2025-10-24"),
    # a comma before a new clause still does
    ("Rain fell on Monday, and in Paris the streets close on Friday.", "2025-10-24"),
])
def test_a_list_of_names_is_one_clause(text: str, value: str) -> None:
    assert _values(text)["Friday"] == value


@pytest.mark.parametrize(("text", "value"), [
    # a day that opens its clause, then a pronoun and its present verb: an itinerary, ahead
    ("On Friday she travels to Busan, then flies to Tokyo.", "2025-10-24"),
    ("Friday, they fly home.", "2025-10-24"),
    ("On Friday she is in Paris.", "2025-10-24"),
    # a past verb, or none, after it: the day before
    ("On Friday she traveled to Busan.", "2025-10-17"),
    ("On Friday she was in Paris.", "2025-10-17"),
])
def test_a_day_opening_an_itinerary_clause_is_ahead(text: str, value: str) -> None:
    assert _values(text)["Friday"] == value


@pytest.mark.parametrize(("text", "value"), [
    # a month that opens its clause (after "in", "starting in", "beginning in"), then a pronoun and its
    # present verb: what runs on from the month, ahead
    ('"Starting in February, it ends," the mayor said of the program.', "2026-02"),
    ("Beginning in March, they pay the new fare.", "2026-03"),
    ("In February, she moves to Ottawa.", "2026-02"),
    # an irregular past after the pronoun is the clause's own past
    ("In September, they said October.", "2025-09"),
    ("In February, they paid the old fare.", "2025-02"),
])
def test_a_month_opening_a_clause_with_a_present_verb_is_ahead(text: str, value: str) -> None:
    (month, *_) = [t for t in temporal.extract(text, (), date(2025, 10, 21)) if "-" in (t.value or "")]
    assert month.value == value


SATURDAY = date(1997, 1, 11)


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a weekday that a scheduling verb fixes (until/for/to after it) is ahead, whatever the verb's tense
    ("The kidnappers extended the deadline until noon Monday.", "noon Monday", "1997-01-13T12:00"),
    ("The judge postponed the hearing until Monday.", "Monday", "1997-01-13"),
    ("The board moved the vote to Tuesday.", "Tuesday", "1997-01-14"),
    # with no scheduling verb the past tense keeps the day behind
    ("The meeting ran until Monday.", "Monday", "1997-01-06"),
    # calling or convening an event fixes its time with "for"
    ("The union called a rally in central Seoul for Friday.", "Friday", "1997-01-17"),
    ("The strikers' union has called a general assembly for Thursday.", "Thursday", "1997-01-16"),
    ("The chairman convened an emergency meeting for Monday.", "Monday", "1997-01-13"),
    # "called for" is a demand: the tense decides
    ("The union called for a rally on Friday.", "Friday", "1997-01-10"),
])
def test_a_scheduling_verb_sends_a_weekday_ahead(text: str, expression: str, value: str) -> None:
    assert {t.text: t.value for t in temporal.extract(text, (), SATURDAY)}[expression] == value


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # "I'd like to": would, ahead
    ('"I\'d like to vote in November and have it mean something."', date(2026, 1, 28), "November", "2026-11"),
    # a modal's perfect speaks of the past ("could have"), but not "would have to"
    ("It could have had them in September if anyone had asked.", date(2027, 11, 10), "September", "2027-09"),
    ("A recount would have to be finished well before Christmas.", date(2021, 12, 4), "Christmas",
     "2021-12-25"),
    # a hyphenated compound ending in -ed is an adjective, not a past verb; "leaves office" is a schedule
    ("The governor, who is term-limited and leaves office in January, said nothing.", date(2026, 9, 18),
     "January", "2027-01"),
])
def test_modals_and_compounds_point_the_way_they_mean(text: str, published: date, expression: str,
                                                       value: str) -> None:
    assert {t.text: t.value for t in temporal.extract(text, (), published)}[expression] == value


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # a day inside the object of a scheduling verb, and a day a present state runs to, are ahead
    ("A federal judge on Thursday set an Oct. 16 trial date for the former chief.", date(2017, 6, 23),
     "Oct. 16", "2017-10-16"),
    ("Delphine is the fourth hurricane of a season that began June 1 and runs through Nov. 30.",
     date(2015, 9, 18), "Nov. 30", "2015-11-30"),
    ("A first sampling attempt is penciled in for October.", date(2026, 3, 5), "October", "2026-10"),
    # a day a past state ran to stays behind
    ("The exhibition ran through Nov. 30 and drew 40,000 visitors.", date(2016, 1, 8), "Nov. 30",
     "2015-11-30"),
])
def test_a_day_fixed_or_run_to_is_ahead(text: str, published: date, expression: str, value: str) -> None:
    assert {t.text: t.value for t in temporal.extract(text, (), published)}[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a directive, a commitment or a vote binds someone to an act: its deadline is still to come
    ("The judge ordered both sides to file their briefs by 5 p.m. Thursday.", "5 p.m. Thursday",
     "2025-10-23T17:00"),
    ("Officials urged residents of the low-lying streets to leave before Wednesday.", "Wednesday",
     "2025-10-22"),
    ("The company agreed to repay the customers by Nov. 14, regulators said.", "Nov. 14", "2025-11-14"),
    ("The board voted to close the pool starting Saturday.", "Saturday", "2025-10-25"),
    ("The utility asked customers not to run dryers during peak hours through Thursday.", "Thursday",
     "2025-10-23"),
    # no deadline: the day may be the binding's own, which is past
    ("The authority asked customers to cut back on Oct. 14.", "Oct. 14", "2025-10-14"),
    ("The judge ordered him to appear in court on Friday.", "Friday", "2025-10-17"),
    # a holiday or a month may have passed since the order: no rule
    ("The Senate ordered the department to hand over the papers before Christmas.", "Christmas",
     "2024-12-25"),
])
def test_a_deadline_someone_is_bound_to_is_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a holiday's name typeset with a curly apostrophe is the same holiday
    ("The governor signed the pardons on New Year’s Eve.", "New Year’s Eve", "2024-12-31"),
    ("Offices close for Presidents’ Day.", "Presidents’ Day", "2026-02-16"),
])
def test_a_holiday_with_a_typeset_apostrophe(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


MID_JANUARY = date(2026, 1, 14)
LATE_MAY = date(2026, 5, 24)


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # a month the present simple or progressive schedules is the one to come, ten months off or not
    ("Marchetti, who is seeking a second term in November, has vetoed two budgets.", MID_JANUARY,
     "November", "2026-11"),
    ("Their paychecks stop in October, the company told 340 workers on Tuesday.", MID_JANUARY, "October",
     "2026-10"),
    ("The city faces a shortfall once federal relief money runs out in September.", MID_JANUARY,
     "September", "2026-09"),
    # a present in a clause a subordinator opens, or a verb after "and", is the event to come
    ("The group urged Congress to act before lawmakers adjourn in October.", LATE_MAY, "October", "2026-10"),
    ("The company has launched one rocket so far this year, in March, and plans five more flights before "
     "December.", LATE_MAY, "December", "2026-12"),
    # "from", "since" and a verb of sequence look back from the present
    ("The mayor's approval rating stands at 44 percent, down four points from the fall.", MID_JANUARY,
     "fall", "2025-FA"),
    ("The ruling follows a similar decision in November against Japanese producers.", MID_JANUARY,
     "November", "2025-11"),
    ("The state's jobless rate, which peaked in October, falls for a third month.", MID_JANUARY, "October",
     "2025-10"),
    # a bare plural's present is a habit of the kind: the month of this year, as a habit has no one year
    ("Retail sales peak in March.", LATE_MAY, "March", "2026-03"),
])
def test_a_present_schedules_a_month_unless_it_looks_back_or_tells_a_habit(
        text: str, published: date, expression: str, value: str) -> None:
    assert {t.text: t.value for t in temporal.extract(text, (), published)}[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a participle right after the verb a future cue governs is the object's adjective, no past verb
    ("Alana Whitmore said her department would issue updated guidance to counties by Friday.", "Friday",
     "2025-10-24"),
    ("She said organizers would refile revised language by Friday.", "Friday", "2025-10-24"),
    # but not after the cue's own comma or before a particle: "revised up its figures" is a past verb
    ("The department reported that payrolls rose, well above forecasts, and revised up its figures for "
     "Friday.", "Friday", "2025-10-17"),
])
def test_a_participle_after_a_future_verb_is_its_objects_adjective(text: str, expression: str,
                                                                    value: str) -> None:
    assert _values(text)[expression] == value


def test_a_month_naming_an_event_named_before_is_that_one_in_any_tense() -> None:
    text = ("The ruling follows a similar decision in November against Japanese producers. An official said "
            "Japan would ask the WTO to review the November ruling.")
    found = [(t.text, t.value) for t in temporal.extract(text, (), date(1999, 2, 12))]
    assert found == [("November", "1998-11"), ("November", "1998-11")]


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a plan or a hope binds its act as a directive does: the deadline is still to come
    ("Both chains said they hoped to have all 96 stores fully stocked by Wednesday.", "Wednesday",
     "2025-10-22"),
    ("The ministry said it planned to publish the figures by Friday.", "Friday", "2025-10-24"),
    # not in the past perfect, told from after the deadline may have passed
    ("Debate began Thursday morning. Leaders had hoped to finish by Wednesday evening, but a dispute "
     "delayed the vote.", "Wednesday evening", "2025-10-15TEV"),
])
def test_a_plan_or_a_hope_sets_a_deadline_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a present verb of wanting or expecting, its object, and a to-infinitive: still to come
    ("Both parties expect it to draw record spending before November.", "November", "2025-11"),
    ("Analysts expect the bank to cut rates in December.", "December", "2025-12"),
    ("Democrats want Pryor to resign by Friday.", "Friday", "2025-10-24"),
    ("The rules require companies to report in March.", "March", "2026-03"),
    # an infinitive of such a verb after a past one is no present: the past decides
    ("A committee voted 22 to 14 on Tuesday to urge the governor to act.", "Tuesday", "2025-10-14"),
])
def test_an_object_and_an_infinitive_after_a_verb_of_wanting_are_ahead(text: str, expression: str,
                                                                       value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a gerund after a preposition takes an object: the -s word is no present verb
    ("She said the campaign had changed after hearing complaints over the summer.", "summer", "2025-SU"),
    ("The firm had cut jobs after losing contracts in March.", "March", "2025-03"),
    # a gerund subject with its verb right before the day is still a verb's schedule
    ("The board ordered the firm to cut its holdings before trading ends Friday.", "Friday", "2025-10-24"),
])
def test_a_gerund_after_a_preposition_takes_its_object(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # the earliest a thing still to come may be: ahead even after a past verb
    ("Leaders filed cloture on Thursday, setting up a vote as early as Tuesday.", "Tuesday", "2025-10-21"),
    ("Aides said the Senate could act as soon as Wednesday.", "Wednesday", "2025-10-22"),
])
def test_as_early_as_a_weekday_is_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # an -s noun that "during", "throughout" or "amid" opens is no present verb
    ("About 4,000 people an hour had been crossing, farther north, during the busiest stretches of Tuesday.",
     "Tuesday", "2025-10-14"),
    ("Officials said prices had climbed throughout the talks on Thursday.", "Thursday", "2025-10-16"),
])
def test_a_noun_after_during_is_no_present_verb(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a phrasal verb's -s form after a plural noun, in a clause "as" opens: still to come
    ("The secretary blamed Democrats as funding for federal agencies runs out at 12:01 a.m. Wednesday.",
     "12:01 a.m. Wednesday", "2025-10-22T00:01"),
    # an -s noun after a possessor's noun is no verb
    ("The premier resigned, taking responsibility for the party's heavy losses in Sunday's election.",
     "Sunday", "2025-10-19"),
    # a short regular past ("sued") is a past verb
    ("The clerk sued her own county commissioners on Wednesday, saying she needs the money.",
     "Wednesday", "2025-10-15"),
])
def test_present_verbs_told_from_nouns_and_short_pasts(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_as_in_a_comparison_opens_no_clause() -> None:
    text = "Seismographs recorded as many as 40 volcanic tremors an hour on Sunday evening."
    assert _values(text)["Sunday evening"] == "2025-10-19TEV"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # the day an event is set for lies ahead, whatever the tense of the verb that set it
    ("The union called a strike for Thursday.", "Thursday", "2025-10-23"),
    ("The union has called a general assembly for Friday.", "Friday", "2025-10-24"),
    # what is meant for a day is ahead in a past perfect too, and after a plural or a capital
    ("The airline said it had added 14 extra flights to the islands for Friday.", "Friday", "2025-10-24"),
    ("A hotelier said he had been forced to offer waiters triple pay for Saturday.", "Saturday",
     "2025-10-25"),
    ("Forecasters gave a 70 percent chance of acceptable conditions for Thursday.", "Thursday",
     "2025-10-23"),
    ("He has called an emergency meeting of the City Council for Thursday night.", "Thursday night",
     "2025-10-23TNI"),
    # a warning is of what is still to come
    ("The agency expects drier weather, but warned of heavy rain on Thursday and Friday.", "Friday",
     "2025-10-24"),
])
def test_a_day_an_event_is_set_for_or_warned_of_is_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Rescuers searched for Friday's missing hikers.", "Friday", "2025-10-17"),  # a possessor's day
    ("The department revised up its figures for Friday.", "Friday", "2025-10-17"),  # a count's day
    ("The county released its turnout for Saturday.", "Saturday", "2025-10-18"),
    ("Officials warned of the dangers of the storm that hit on Sunday.", "Sunday", "2025-10-19"),
])
def test_a_day_of_a_count_or_a_possessor_is_not_set_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a relative pronoun opens a clause of its own: its present is the futurate, whatever came before
    ("Democrats have demanded that any stopgap extend health subsidies that expire Dec. 31.", "Dec. 31",
     "2025-12-31"),
    ("Officials said the contracts that ended Dec. 31 were renewed.", "Dec. 31", "2024-12-31"),  # a past
    # a relative clause set off by commas: its plural antecedent stands before the comma, out of the
    # clause, so a verb of a scheduled change after the pronoun is its present
    ("The cuts, which take effect on Thursday, leave the mill at a third of its capacity.", "Thursday",
     "2025-10-23"),
    ("The new rules, which begin Friday, were approved last month.", "Friday", "2025-10-24"),
    ("The filings, which cover Oct. 1 through Oct. 15, were released.", "Oct. 15", "2025-10-15"),  # a state
])
def test_a_present_in_a_relative_clause_after_a_past_is_a_schedule(text: str, expression: str,
                                                                      value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a quarter a scheduling verb sets is ahead whatever its tense, as a month or a season is
    ("The city postponed some park maintenance until the second quarter.", "the second quarter", "2026-Q2"),
    ("The board delayed the vote to the first quarter.", "the first quarter", "2026-Q1"),
    # told of in the past with no schedule, it is the one behind
    ("The plant ran at half capacity in the second quarter.", "the second quarter", "2025-Q2"),
])
def test_a_quarter_a_scheduling_verb_sets_is_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a past verb right after the time: the -s word before it is a plural noun, the verb's subject
    ("But housing starts in January plunged 8.9 percent.", "January", "2025-01"),
    ("Shipments in January fell for a third month.", "January", "2025-01"),
    # a verb of a scheduled change in the present still looks ahead
    ("The new fare starts in January.", "January", "2026-01"),
])
def test_a_plural_noun_before_a_month_and_its_past_verb_is_no_schedule(
        text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value
