"""A local clock time restated in universal time in brackets with its weekday ("12:20 a.m. (2320 GMT
Monday)", "2:15 a.m. local time (1815 GMT Monday)") is on the universal time's day, or the day after or
before when the two readings are more than half a day apart: an hour ahead of GMT, 12:20 a.m. is
Tuesday's. The restatement in brackets does not move the story's day: the clock times after it are
local and run on from the local one. A local time that has a day of its own keeps it."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal


def _values(text: str, published: date) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), published)}


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("PIACENZA, Italy (Reuters) - Two wagons derailed at 12:20 a.m. (2320 GMT Monday) near the station. "
     "Rescuers freed the last survivor at around 6:45 a.m.", date(1997, 11, 18),
     {"12:20 a.m.": "1997-11-18T00:20", "6:45 a.m.": "1997-11-18T06:45"}),
    ("The tanker was boarded at about 2:15 a.m. local time (1815 GMT Monday) by armed men, the bureau "
     "said. The owner lost radio contact shortly before 3 a.m.", date(2000, 6, 14),
     {"2:15 a.m. local time": "2000-06-13T02:15", "3 a.m.": "2000-06-13T03:00"}),
    ("The quake struck at 11:50 p.m. local time (0350 GMT Wednesday) off the coast. Aftershocks "
     "continued until 2 a.m.", date(2009, 9, 30), {"11:50 p.m. local time": "2009-09-29T23:50"}),
])
def test_a_local_time_takes_the_day_of_its_universal_restatement(
        text: str, published: date, expected: dict[str, str]) -> None:
    values = _values(text, published)
    assert {k: values.get(k) for k in expected} == expected


def test_a_local_time_with_a_day_of_its_own_keeps_it() -> None:
    text = ("The company said on Tuesday that the rocket would try again on Thursday evening. It is "
            "targeting 7:42 p.m. EST (0042 UTC Friday) for the launch.")
    assert _values(text, date(2021, 12, 21))["7:42 p.m. EST"] == "2021-12-23T19:42-05:00"
