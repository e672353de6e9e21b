"""A request or an order in the present perfect stands now, so what it asks for is still to come: "A
mediator has asked both sides to return to the table on Saturday". In the simple past (``asked both
sides to return on Saturday``) the request was made on a day of its own, and the day is left to the
tense: in the gold sets a past directive's infinitive points back about as often as ahead."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

_FRIDAY = date(2004, 11, 26)  # the Saturday before is Nov. 20, the one after Nov. 27


def _value(text: str, expression: str) -> str | None:
    return next(t.value for t in temporal.extract(text, (), _FRIDAY) if t.text == expression)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("A federal mediator has asked both sides to return to the table on Saturday morning.",
     "Saturday morning", "2004-11-27TMO"),
    ("The governor has ordered all state offices to close on Saturday.", "Saturday", "2004-11-27"),
    ("Union leaders have urged members to join the march on Saturday.", "Saturday", "2004-11-27"),
])
def test_a_standing_request_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


def test_a_request_made_in_the_past_is_left_to_the_tense() -> None:
    text = "The mediator had asked both sides to return to the table on Saturday, but talks collapsed."
    assert _value(text, "Saturday") == "2004-11-20"
