"""The season a thing is for is the current or the next one, whatever the tense of the clause: a
board that "approved increases of up to 3.5% for the fall" in June raised this fall's fees, and
students who "have left for the summer" in May are away this summer. A season after any other word
keeps the tense's reading ("began in the summer": the last one begun)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal


def _values(text: str, published: date) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), published)}


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    ("Iowa's Board of Regents approved increases of up to 3.5% for the fall.", date(2025, 6, 13), "fall",
     "2025-FA"),
    ("Final exams ended on April 30 and most undergraduates have left for the summer.", date(2024, 5, 13),
     "summer", "2024-SU"),
    ("Hotels had reported stronger bookings for the autumn, the agency said.", date(2025, 6, 2), "autumn",
     "2025-FA"),
])
def test_the_season_a_thing_is_for_is_the_current_or_next(
        text: str, published: date, expression: str, value: str) -> None:
    assert _values(text, published)[expression] == value


def test_a_season_a_past_clause_tells_of_is_the_last_begun() -> None:
    assert _values("Exports began to fall in the summer.", date(2025, 6, 13))["summer"] == "2025-SU"
    assert _values("Exports fell sharply in the autumn.", date(2025, 6, 13))["autumn"] == "2024-FA"
