"""A perfect infinitive looks back ("prices are expected to have risen by 3% in September") unless a
deadline follows its participle: "expect the ships to have passed through by Thursday" is a future
perfect, done by a time still to come. A passive participle after a be-form stays no past verb when a
manner adverb stands between ("said it expected the system to be fully restored by Thursday"), and
an object a quantifier opens ("expect all the delayed vessels to …") still hands its infinitive the
future."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2025, 10, 14)  # a Tuesday


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), PUB)}


@pytest.mark.parametrize("text", [
    '"We expect all the delayed vessels to have passed through by Thursday," the chairman said.',
    "The vote is expected to have concluded by Thursday, officials said.",
    "The company said it expected the pharmacy system to be fully restored by Thursday.",
])
def test_done_by_a_day_still_to_come(text: str) -> None:
    assert _values(text)["Thursday"] == "2025-10-16"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Prices are expected to have risen by 3% in September.", "September", "2025-09"),
    ("The bridge was expected to have been hit by the storm on Thursday.", "Thursday", "2025-10-09"),
])
def test_a_perfect_infinitive_without_a_deadline_looks_back(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value
