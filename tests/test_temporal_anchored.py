"""Times that take their year or their start from the time the text named just before them:
``February of that year``, ``the following week``."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2026, 3, 5)  # a Thursday


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), PUB)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Prices peaked in 2022, after the invasion in February of that year.", "February", "2022-02"),
    ("The firm was founded in 1998 and listed its shares in March of that year.", "March", "1998-03"),
    ("Output fell in the third quarter of 2019; by December of that year it had recovered.",
     "December", "2019-12"),
])
def test_month_of_that_year_takes_the_year_just_named(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_month_of_that_year_with_no_year_named_is_left_open() -> None:
    assert _values("The shares were listed in March of that year.")["March"] is None
