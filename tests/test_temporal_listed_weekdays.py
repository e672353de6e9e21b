"""Weekdays that a conjunction or a range joins (``for Thursday and Friday``, ``Friday through
Sunday``, ``Monday or Tuesday``) are listed forward: the second is the first such weekday after the day
the first names, whatever way the tense alone would send it. The same weekday twice (``about Sunday
until Sunday``) is one day, and a day moved ``from Saturday to Friday`` is no range."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

_THURSDAY = date(2025, 3, 6)


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in temporal.extract(text, (), _THURSDAY)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The department closed 37 schools across the region for Thursday and Friday.",
     [("Thursday", "2025-03-06"), ("Friday", "2025-03-07")]),
    ("The service declared total fire bans in 12 districts for Thursday and Friday.",
     [("Thursday", "2025-03-06"), ("Friday", "2025-03-07")]),
    ("Crews worked on Wednesday night and Thursday to shore up the levee.",
     [("Wednesday night", "2025-03-05TNI"), ("Thursday", "2025-03-06")]),
    ("Officials said the road would stay shut Saturday through Monday.",
     [("Saturday", "2025-03-08"), ("Monday", "2025-03-10")]),
])
def test_a_weekday_listed_after_another_follows_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


def test_the_same_weekday_twice_is_one_day() -> None:
    values = _values("\"Nobody can tell you anything about Sunday until Sunday,\" he said.")
    assert values == [("Sunday", "2025-03-09"), ("Sunday", "2025-03-09")]


def test_a_day_moved_from_one_to_another_is_no_range() -> None:
    values = dict(_values("The semifinals have been brought forward from Saturday to Friday evening."))
    assert values["Friday evening"] != "2025-03-14TEV"
