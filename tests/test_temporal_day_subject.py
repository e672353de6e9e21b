"""A day as the subject of a present verb lies ahead: the present simple of a day's own happenings is
a schedule or a forecast ("Friday brings two more summit finishes", "Friday and Saturday bring …"),
and so is a scheduled change of the thing the day owns ("where Thursday's stage finishes on the
plateau"). A past verb keeps the day behind, and so does the present of what a past event does now,
a verb with an object ("Monday's vote leaves no party with a majority")."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2025, 7, 23)  # a Wednesday


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), PUB)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Friday brings another summit finish.", {"Friday": "2025-07-25"}),
    ("Friday and Saturday bring two more summit finishes.",
     {"Friday": "2025-07-25", "Saturday": "2025-07-26"}),
    ("He leads by two minutes going into the Pyrenees, where Thursday's stage finishes on the Plateau de "
     "Beille.", {"Thursday": "2025-07-24"}),
    ("Thursday's final stage starts in Pau at noon.", {"Thursday": "2025-07-24"}),
])
def test_a_day_that_is_the_subject_of_a_present_verb_lies_ahead(text: str, expected: dict[str, str]) -> None:
    found = _values(text)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Friday and Saturday were quiet on the roads.", {"Friday": "2025-07-18", "Saturday": "2025-07-19"}),
    ("Monday's vote leaves no party with a majority in the council.", {"Monday": "2025-07-21"}),
    ("Tuesday's results show a drop in sales.", {"Tuesday": "2025-07-22"}),
    ("Thursday's stage finished in the rain.", {"Thursday": "2025-07-17"}),
])
def test_a_day_of_a_past_event_stays_behind(text: str, expected: dict[str, str]) -> None:
    found = _values(text)
    assert {k: found.get(k) for k in expected} == expected
