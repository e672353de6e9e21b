"""A company's legal form closes its name: the "of" after "Inc.", "Corp.", "S.A." or "AG" tells where
the company is ("Halvorsen Systems Inc. of Fort Wayne" is a company and a town), except the American
naming "Co. of America" / "Corp. of America", which is the name. Overseas territories are places."""

from __future__ import annotations

import pytest
from entity_support import entity_types
from quote_support import speech


@pytest.mark.parametrize(("text", "company", "place"), [
    ("The Navy awarded the contract to Brightline Systems Inc. of Fort Wayne, Ind., on Monday.",
     "Brightline Systems Inc.", "Fort Wayne"),
    ("It beat a team led by Corvane Electronics Corp. of San Diego, which had been favoured.",
     "Corvane Electronics Corp.", "San Diego"),
    ("The satellite belongs to Orbis Communications S.A. of Luxembourg.",
     "Orbis Communications S.A.", "Luxembourg"),
    ("The frigates will come from Nordwerft Schiffbau AG of Kiel.", "Nordwerft Schiffbau AG", "Kiel"),
])
def test_of_after_a_legal_form_is_where_the_company_is(text: str, company: str, place: str) -> None:
    found = entity_types(text)
    assert found.get(company) == "ORG" and found.get(place) == "PLACE"


@pytest.mark.parametrize("text", [
    "The tower was sold by Prudential Insurance Co. of America last year.",
    "Radio Corp. of America built the first sets.",
])
def test_co_of_america_is_a_name(text: str) -> None:
    assert any(name.endswith("of America") for name in entity_types(text))


def test_a_company_located_by_of_speaks_as_the_company() -> None:
    text = ('Ohio Valley Steel Corp. of Youngstown, which idled a furnace in May, said in a statement that '
            'the ruling was "a necessary first step."')
    quotes = speech(text)
    assert [q.speaker for q in quotes] == ["Ohio Valley Steel Corp."]


@pytest.mark.parametrize("place", ["French Guiana", "New Caledonia", "Guam", "Bermuda"])
def test_overseas_territories_are_places(place: str) -> None:
    text = f"The rocket lifted off from Kourou, {place}, on Tuesday after a two-day delay."
    assert entity_types(text).get(place) == "PLACE"


@pytest.mark.parametrize(("text", "place"), [
    # the world's large cities and capitals are places whatever stands around them
    ("Jorge Padilla said by telephone from Guadalajara that the plant stayed shut.", "Guadalajara"),
    ("The storm moved north, reaching Bordeaux by 6:40 p.m.", "Bordeaux"),
    ("Anwar Haddad, speaking from Erbil, said the talks would go on.", "Erbil"),
    ("Gaziantep officials counted the damage on Tuesday.", "Gaziantep"),
    ("Crews in Tulsa restored power overnight.", "Tulsa"),
])
def test_a_large_city_is_a_place(text: str, place: str) -> None:
    assert entity_types(text).get(place) == "PLACE"


@pytest.mark.parametrize(("text", "place"), [
    # a one-word name right after "in" or "near" is where something is, over a given name it matches
    ("The ad features a diner owner in Chillicothe who says prices doubled.", "Chillicothe"),
    ("He filmed the video on his family's farm near Carroll, in west-central Iowa.", "Carroll"),
    ("The senator will hold a rally in Augusta on Saturday.", "Augusta"),
    ("She announced the decision at a union hall in Warren, flanked by workers.", "Warren"),
])
def test_a_name_after_in_or_near_is_a_place(text: str, place: str) -> None:
    assert entity_types(text).get(place) == "PLACE"


@pytest.mark.parametrize(("text", "name"), [
    # not after a word whose "in" takes a firm or a person, nor before a possessive: the firm's own
    # votes stand
    ("Shares in Thornbury closed 14p higher. Analysts at Thornbury had expected it.", "Thornbury"),
    ("Denise Whitlow, who worked in Palisade's billing office, testified on Monday. Analysts at Palisade "
     "said so.", "Palisade"),
])
def test_a_name_after_in_that_holds_no_place(text: str, name: str) -> None:
    assert entity_types(text).get(name) == "ORG"


@pytest.mark.parametrize(("text", "place"), [
    # a town a place noun owns, a compass word leads to, a neighbour's adjective or "as far as" reaches
    ("The line links the central station with the suburb of Brabrand.", "Brabrand"),
    ("The council will fund an extension south to Hasselager by 2030.", "Hasselager"),
    ("Inspections continued in Pozzuoli and neighbouring Bacoli all week.", "Bacoli"),
    ("Ash fell as far away as Probolinggo, about 60 kilometres to the east.", "Probolinggo"),
    # a feature of the land named after its name
    ("Crews spent two years blasting beneath the Ekeberg ridge.", "Ekeberg"),
    ("The tremor struck beneath the Solfatara crater.", "Solfatara"),
])
def test_a_name_a_place_word_frames_is_a_place(text: str, place: str) -> None:
    assert entity_types(text).get(place) == "PLACE"


def test_a_name_before_station_is_no_place() -> None:
    # a petrol station or a coastguard station is a firm's or a service's: "station" says nothing
    found = entity_types("Brenda Falls held up a receipt from a Chevron station in Chiloquin.")
    assert found.get("Chevron") != "PLACE" and found.get("Chiloquin") == "PLACE"
