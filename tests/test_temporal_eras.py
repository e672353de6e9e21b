"""Years and periods of an era, as TIMEX3 writes them: ``3000 BC`` is BC3000, ``AD 43`` is 0043, ``the
24th century BC`` is BC23 and ``the ninth millennium BC`` BC8 (the digits the period's years open
with). Two years joined before one era (``between 1971 and 1926 BC``, ``between AD 600 and 900``) are
both of it. "BC" that is no era (``BC Hydro``, the radio station ``4BC``) dates nothing."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2025, 5, 27)


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), PUB)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The earliest walls were built around 3000 BC, the excavators said.", "3000 BC", "BC3000"),
    ("The coins were struck in about 60 BC by an Iceni ruler.", "60 BC", "BC0060"),
    ("A second hoard was buried in 8600 B.C. near the pillar.", "8600 B.C.", "BC8600"),
    ("Rome invaded Britain in AD 43 under Claudius.", "AD 43", "0043"),
    ("The tomb was sealed around A.D. 350, the team said.", "A.D. 350", "0350"),
    ("The town was founded in 1200 BCE on the river.", "1200 BCE", "BC1200"),
    ("The coins date to 60 B.C. The hoard is the largest found in Norfolk.", "60 B.C.", "BC0060"),
])
def test_a_year_of_an_era(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "values"), [
    ("The most precise result fell between 1971 and 1926 BC.", {"1971": "BC1971", "1926 BC": "BC1926"}),
    ("The city flourished between AD 600 and 900 before it emptied.", {"AD 600": "0600", "900": "0900"}),
    ("Dates of 3100 to 2950 BC put it among the oldest.", {"3100": "BC3100", "2950 BC": "BC2950"}),
])
def test_two_years_joined_before_one_era_are_both_of_it(text: str, values: dict[str, str]) -> None:
    found = _values(text)
    assert {k: found.get(k) for k in values} == values


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The scribe lived in the 24th century BC, under the Fifth Dynasty.", "the 24th century BC", "BC23"),
    ("The pillar was carved in the ninth millennium BC by hunters.", "the ninth millennium BC", "BC8"),
    ("The city was abandoned by the 10th century AD, the survey found.", "the 10th century AD", "09"),
    ("The manor was rebuilt in the 19th century after a fire.", "the 19th century", "18"),
    ("Work on the third millennium plan began in the spring.", "the third millennium", "2"),
])
def test_a_century_or_a_millennium_of_an_era(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text", [
    "About 900 BC Hydro workers walked off the job on the coast.",
    "The deputy premier spoke to 4BC within hours of the announcement.",
])
def test_bc_that_is_no_era_dates_nothing(text: str) -> None:
    assert not any((v or "").startswith("BC") for v in _values(text).values())
