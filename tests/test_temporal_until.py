"""``until`` looks ahead, except where it bounds a state a past be-form set (``was closed until Friday``)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2022, 9, 3)  # a Saturday


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), PUB)}


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
])
def test_until_otherwise_looks_ahead(text: str) -> None:
    assert _values(text)["Friday"] == "2022-09-09"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a past verb right before "until" bounds what happened
    ("The talks resumed Monday and ran until late Friday night.", "Friday night", "2022-09-02TNI"),
    ("The vigil lasted until Friday.", "Friday", "2022-09-02"),
])
def test_until_after_a_past_verb_is_past(text: str, expression: str, value: str) -> None:
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
