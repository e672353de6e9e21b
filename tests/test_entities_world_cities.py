"""The gazetteer knows the world's large cities and the towns often in the news, so a city named
with no cue around it is a place ("Floods hit Valencia on Tuesday"), written with or without its
accents ("Almeria", "Almería"). Cities whose name is as often a person's (Toledo, Kingston,
Morioka), a company's (Halifax, Lakeland) or a club's (Burnley, Getafe) are left to the context."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from entity_support import entity_types

_PLACES = Path(__file__).resolve().parents[1] / "parsing" / "vocab" / "gazetteer_places.json"


@pytest.mark.parametrize(("text", "city"), [
    ("Floods hit Valencia on Tuesday.", "Valencia"),
    ("A train from Gandia to Valencia was halted.", "Gandia"),
    ("Dockers in Gdansk walked out on Friday.", "Gdansk"),
    ("Protests spread to Porto Alegre and Recife overnight.", "Recife"),
    ("Rain flooded Almería and Murcia.", "Almería"),
    ("Rain flooded Almeria and Murcia.", "Almeria"),
    ("The convoy reached Mosul before dawn.", "Mosul"),
])
def test_a_city_with_no_cue_is_a_place(text: str, city: str) -> None:
    assert entity_types(text).get(city) == "PLACE"


def test_names_as_often_a_persons_or_a_companys_are_left_out() -> None:
    cities = json.loads(_PLACES.read_text(encoding="utf-8"))["cities"]
    names = {alias.strip() for entry in cities for alias in entry.replace("|", ",").split(",")}
    assert not names & {"Toledo", "Kingston", "Morioka", "Halifax", "Lakeland", "Burnley", "Getafe",
                        "Victoria", "Reading"}
