"""``the year``: a definite description of a year, TimeML's DATE. It is the year named in its own
sentence, else the year of the report ("the 13th storm of the year"); not "the year earlier" (a
year counted back), "the year 2000" (the year written), "the year he retired" (one a clause picks
out), "the year ended March 31" (a period a date closes), nor an award ("album of the year")."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import segment, temporal

PUB = date(2009, 8, 20)


def _values(text: str) -> dict[str, str | None]:
    sentences = segment.sentences(text, segment.paragraphs(text))
    return {t.text: t.value for t in temporal.extract(text, sentences, PUB)}


@pytest.mark.parametrize(("text", "value"), [
    ("Kalmaegi is the ninth typhoon of the year, forecasters said.", "2009"),
    ('"We will end the year with a deficit," the minister said.', "2009"),
    ("Shares fell 4 percent in 2008, a bad end to the year for the bank.", "2008"),
])
def test_the_year_is_the_one_in_view(text: str, value: str) -> None:
    assert _values(text)["the year"] == value


@pytest.mark.parametrize("text", [
    "Profit rose 12 percent from the year earlier.",
    "The bug was meant to strike in the year 2000.",
    "It was the year he retired from the bench.",
    "Sales for the year ended March 31 rose.",
    "The band won album of the year on Sunday.",
])
def test_the_year_that_is_no_year_in_view(text: str) -> None:
    assert "the year" not in _values(text)
