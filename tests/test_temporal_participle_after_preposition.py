"""A past participle right after a preposition that is never a verb's particle, with its noun after it,
is an adjective (``a list of affected lot numbers``, ``aid to injured workers``): no finite verb follows
a preposition, so it sets no past for the clause. A participle after a preposition's object (``to
$4.30, issued in January``) is still a verb."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

_THURSDAY = date(2007, 11, 8)  # the Friday before is Nov. 2, the one after Nov. 9


def _value(text: str, expression: str) -> str | None:
    return next(t.value for t in temporal.extract(text, (), _THURSDAY) if t.text == expression)


@pytest.mark.parametrize("text", [
    "Health Canada said it would post a list of affected lot numbers on its website by Friday and that "
    "the company had set up a hotline.",
    "The county said it would send aid to injured workers by Friday and that the plant had reopened.",
    "The ministry will publish guidance for licensed pharmacies on Friday, an official said.",
    "Regulators will decide on Friday between revised proposals, officials said.",
])
def test_a_participle_after_a_preposition_sets_no_past(text: str) -> None:
    assert _value(text, "Friday") == "2007-11-09"


def test_a_participle_after_a_prepositions_object_is_a_verb() -> None:
    text = "The company raised its forecast to $4.60 a share, from guidance of $4.30, issued on Friday."
    assert _value(text, "Friday") == "2007-11-02"
