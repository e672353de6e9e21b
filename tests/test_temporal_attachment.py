"""Which verb a day belongs to: the past participle it follows at once ("the justices elected on
Sunday will take office"), not the main verb after the subject that participle ends; not a verb in a
whether-clause after it ("Asked on Friday whether he would …"); a stock's close is over once named
("its closing price of $17.75 on Friday"); a participle after "being" is a passive, no past; a past
perfect bounded by "until" ended then; a weekday with a month and day names the year; and "since"
a month names one already begun."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

SATURDAY = date(2025, 2, 1)


def _values(text: str, published: date) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), published)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Under the amendment, the nine justices elected on Sunday will take office on September 1.",
     "Sunday", "2025-01-26"),
    ("Fewer than one in six of the mayors elected on Sunday will be women, it said.",
     "Sunday", "2025-01-26"),
    ("He said the diesel subsidy announced on Friday would hurt villagers first.",
     "Friday", "2025-01-31"),
    ("The runners who finished late Sunday will be allowed to start again next year.",
     "Sunday", "2025-01-26"),
])
def test_a_day_right_after_a_past_participle_is_that_verbs(text: str, expression: str, value: str) -> None:
    assert _values(text, SATURDAY)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "in" and "at" bind a month or a clock time to the past verb before them as "on" binds a day
    ("The families who came in December will be out before the end of February.", "December", "2024-12"),
    ("Officials elected in November will take office in January.", "November", "2024-11"),
    ("The company said in December it will close the plant.", "December", "2024-12"),
])
def test_a_time_after_in_right_after_a_past_verb_is_its(text: str, expression: str, value: str) -> None:
    assert _values(text, SATURDAY)[expression] == value


@pytest.mark.parametrize("text", [
    "Schools in the county will remain closed on Monday, the superintendent said.",
    "A procedural vote on the rule is expected Monday, with final passage possible that evening.",
    "He is scheduled to be arraigned Monday in Pendleton.",
])
def test_a_day_after_a_future_or_passive_stays_ahead(text: str) -> None:
    assert _values(text, SATURDAY)["Monday"] == "2025-02-03"


@pytest.mark.parametrize("text", [
    "Asked on Friday whether a Flemish nationalist could credibly lead a federal state, he smiled.",
    "Asked Friday whether he would call lawmakers back this summer, the governor did not rule it out.",
])
def test_a_whether_clause_after_the_day_has_its_own_tense(text: str) -> None:
    assert _values(text, SATURDAY)["Friday"] == "2025-01-31"


@pytest.mark.parametrize(("text", "expression"), [
    ("Pellion will pay $24.50 for each Rosedale share, a premium of 38 percent over Rosedale's "
     "closing price of $17.75 on Friday.", "Friday"),
    ("It said it would pay 545 pence a share, 31 percent more than Glenmorven's closing price on "
     "Thursday.", "Thursday"),
    ("Shareholders will receive 0.62 Northway share for each share they hold, a premium of 31 percent "
     "to its closing price on Wednesday on the Nasdaq Stock Market.", "Wednesday"),
])
def test_a_closing_price_on_a_day_is_past(text: str, expression: str) -> None:
    assert _values(text, SATURDAY)[expression] < SATURDAY.isoformat()


def test_a_close_still_to_come_stays_ahead() -> None:
    text = "Traders who keep long positions through the close Friday must accept delivery."
    assert _values(text, date(2025, 1, 29))["Friday"] == "2025-01-31"


def test_a_participle_after_being_is_no_past() -> None:
    text = "The region is counting on that reputation being renewed on Saturday, Ceesay-Njie said."
    assert _values(text, date(2025, 1, 29))["Saturday"] == "2025-02-01"


def test_a_past_perfect_until_a_day_ended_then() -> None:
    text = "A person close to the family said several members had opposed the sale until Sunday afternoon."
    assert _values(text, date(2008, 7, 14))["Sunday afternoon"] == "2008-07-13TAF"


@pytest.mark.parametrize(("text", "published", "value"), [
    ("The mission took over from the transition mission on Wednesday, January 1.", date(2024, 12, 30),
     "2025-01-01"),
    ("The vote was held on Monday, Jan. 1, the commission said.", date(2024, 12, 30), "2024-01-01"),
])
def test_a_weekday_with_a_month_and_day_names_the_year(text: str, published: date, value: str) -> None:
    found = [t.value for t in temporal.extract(text, (), published) if "1" in t.text]
    assert found == [value]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The filing had been widely expected since November, when the company warned of doubt.", "November",
     "2008-11"),
    ("Prices have risen since early March.", "early March", "2009-03"),
])
def test_since_a_month_is_a_month_begun(text: str, expression: str, value: str) -> None:
    assert _values(text, date(2009, 4, 16))[expression] == value
