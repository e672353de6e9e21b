"""A clock time's zone in its value: the offset a zone names (``EST``: ``-05:00``, ``CEST``:
``+02:00``); the US names that say neither standard nor daylight time (``ET``, ``Eastern time``)
by the US rule of the day's year; none for a zone that names several offsets, for ``local time``, or
for ET on a day not known."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal
from parsing.temporal.zones import us_daylight, zone


def _values(text: str, published: date) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), published)}


@pytest.mark.parametrize(("day", "daylight"), [
    (date(2007, 3, 10), False), (date(2007, 3, 11), True),  # the second Sunday of March, since 2007
    (date(2007, 11, 3), True), (date(2007, 11, 4), False),  # to the first Sunday of November
    (date(1998, 4, 4), False), (date(1998, 4, 5), True),  # the first Sunday of April, 1987 to 2006
    (date(2006, 10, 28), True), (date(2006, 10, 29), False),  # to the last Sunday of October
    (date(1985, 4, 27), False), (date(1985, 4, 28), True),  # the last Sunday of April before 1987
])
def test_us_daylight_time_follows_the_rule_of_its_year(day: date, daylight: bool) -> None:
    assert us_daylight(day) is daylight


@pytest.mark.parametrize(("tz", "day", "offset"), [
    ("EST", None, "-05:00"), ("PDT", None, "-07:00"), ("CEST", None, "+02:00"), ("AEST", None, "+10:00"),
    ("Eastern time", date(1999, 7, 21), "-04:00"), ("Eastern time", date(1999, 12, 1), "-05:00"),
    ("PT", date(2026, 2, 17), "-08:00"), ("CT", date(2025, 8, 7), "-05:00"),
    ("ET", None, ""),  # daylight or not is the day's, and no day is known
    ("IST", date(2024, 6, 6), ""),  # India's, Ireland's or Israel's: no one offset
    ("GMT", None, "Z"),
])
def test_a_zone_gives_its_offset(tz: str, day: date | None, offset: str) -> None:
    assert zone(tz, day) == offset


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    ("The Fed announced the cut at 1:13 p.m. EST, lowering its target rate.", date(2001, 1, 3),
     "1:13 p.m. EST", "2001-01-03T13:13-05:00"),
    ("The results were released at 4:15 p.m. Eastern time, after the market closed.", date(1997, 1, 30),
     "4:15 p.m. Eastern time", "1997-01-30T16:15-05:00"),
    ("The vote came at 1:12 a.m. Mountain time, roughly eight hours after the debate began.",
     date(2024, 9, 17), "1:12 a.m. Mountain time", "2024-09-17T01:12-06:00"),
    ("Polls in the state closed at 8 p.m. local time on Tuesday.", date(2024, 11, 6), "8 p.m. local time",
     "2024-11-05T20:00"),
])
def test_a_clock_times_zone_is_in_its_value(text: str, published: date, expression: str, value: str) -> None:
    assert _values(text, published)[expression] == value
