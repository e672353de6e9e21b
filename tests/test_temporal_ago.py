"""``N units ago``: counted back from publication, named at the unit's own precision."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2026, 3, 5)  # a Thursday of ISO week 10


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), PUB)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Two weeks ago he started cutting the crop for silage.", "Two weeks ago", "2026-W08"),
    ("The board met three weeks ago to discuss the offer.", "three weeks ago", "2026-W07"),
    ("She said the talks had stalled 2 weeks ago.", "2 weeks ago", "2026-W08"),
])
def test_weeks_ago_is_that_week(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_week_ago_is_the_day() -> None:
    assert _values("Prices were higher a week ago.")["a week ago"] == "2026-02-26"
