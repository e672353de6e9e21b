"""A present verb schedules the day it names ("Voters go to the polls on Sunday") even when a past verb
follows the day in a clause of its own that tells nothing of the day's: what came before or caused it
("after the coalition collapsed"), a relative clause in the present perfect ("that has been dominated
by crime"), a participle after a preposition's object ("a snap election called after …"). A past
relative or when-clause on the day itself still tells that the day is past."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

_WEDNESDAY = date(2025, 2, 19)  # the Sunday before is Feb. 16, the one after Feb. 23


def _value(text: str, expression: str) -> str | None:
    return next(t.value for t in temporal.extract(text, (), _WEDNESDAY) if t.text == expression)


@pytest.mark.parametrize("text", [
    "Voters go to the polls on Sunday in a snap federal election called after the coalition collapsed.",
    "Germans vote on Sunday in an election that has been dominated by migration and the economy.",
    "The ferry resumes service on Sunday because the storm damaged the pier.",
    "Residents return to their homes on Sunday in a town evacuated during the floods.",
    "The ship sails on Sunday for a port that has been closed since the spring.",
])
def test_a_clause_of_its_own_after_the_day_leaves_the_present_ahead(text: str) -> None:
    assert _value(text, "Sunday") == "2025-02-23"


@pytest.mark.parametrize("text", [
    "The senator testified at a hearing on Sunday that ran until midnight.",
    "It comes days after local elections on Sunday in which the party recorded its worst result.",
    "Holiday sales on Sunday were strong.",
])
def test_a_past_clause_about_the_day_keeps_it_past(text: str) -> None:
    assert _value(text, "Sunday") == "2025-02-16"
