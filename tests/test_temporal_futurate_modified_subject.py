"""The futurate's verb after a subject with a prepositional phrase: "Nominations for the first phase open
on Friday", "Polls in South Carolina open at 7 a.m. Saturday" (a plural head before the phrase, a verb
of a scheduled change after it), and "Debate on the budget begins Thursday" (the -s form of such a verb
right before the day, after a preposition's object). A noun in such a place is no verb: "three days of
torrential rain burst their banks", "each other's records Tuesday night", "the withdrawal of troops
from Iranian territory on Friday"."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

_WEDNESDAY = date(2026, 2, 18)  # the days before: Feb. 12 to 17; after: Feb. 19 to 24


def _value(text: str, expression: str) -> str | None:
    return next(t.value for t in temporal.extract(text, (), _WEDNESDAY) if t.text == expression)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Nominations for the first phase open on Friday and close on March 6.", "Friday", "2026-02-20"),
    ("Polls in the northern districts open on Saturday at 7 a.m.", "Saturday", "2026-02-21"),
    ("Debate on the budget begins Thursday and runs for about four weeks.", "Thursday", "2026-02-19"),
    ("Talks between the two unions resume Monday in Ottawa.", "Monday", "2026-02-23"),
])
def test_a_modified_subjects_present_schedules_the_day(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Rivers swollen by three days of torrential rain burst their banks on Sunday night.", "Sunday night",
     "2026-02-15TNI"),
    ("The candidates traded attacks over housing costs and each other's records Tuesday night.",
     "Tuesday night", "2026-02-17TNI"),
    ("Iraq accepted the terms, including the withdrawal of troops from Iranian territory on Friday.",
     "Friday", "2026-02-13"),
])
def test_a_noun_in_that_place_is_no_verb(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value
