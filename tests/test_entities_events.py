"""Storms are events named like people, holidays name no one, and places are told by the words
around them: ``off`` a coast, ``River`` before a name, and one end of a route to a known place."""

from __future__ import annotations

import pytest
from entity_support import entity_types

from parsing import entities, segment
from parsing.model import Entity


def _extract(text: str) -> tuple[Entity, ...]:
    paras = segment.paragraphs(text)
    return entities.extract(text, paras, segment.sentences(text, paras))


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in _extract(text)}


@pytest.mark.parametrize(("text", "storm"), [
    ("Hurricane Odessa came ashore near Gulfport on Tuesday. Odessa weakened over land.", "Odessa"),
    ("Typhoon Harun battered the coast. Harun's winds reached 180 kph.", "Harun"),
    ("Insurers paid out billions after hurricanes Delmar, Ines and Tomas.", "Ines"),
    ("Tropical Storm Bettina dumped rain on Texas.", "Bettina"),
])
def test_a_storm_is_no_person_organisation_or_place(text: str, storm: str) -> None:
    assert not any(storm in e.name for e in _extract(text))


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The Storm Prediction Center issued a tornado watch.", "Storm Prediction Center", None),
    ("The mayor of Storm Lake said the plant would reopen.", "Storm Lake", "PLACE"),
    ("Odessa Brandt, a nurse, said she had worked all night.", "Odessa Brandt", "PERSON"),
])
def test_names_that_share_a_storms_word_stay_names(text: str, name: str, kind: str | None) -> None:
    types = _types(text)
    assert name in types and (kind is None or types[name] == kind)


@pytest.mark.parametrize(("text", "place"), [
    ("Divers searching a ferry off Tambolo recovered four more bodies.", "Tambolo"),
    ("The River Wendle burst its banks overnight.", "River Wendle"),
    ("The train was carrying 64 passengers from Marrowby to Melbourne.", "Marrowby"),
    # Irish usage sets "County" before the county's name
    ("County Tullagh has the highest jobless rate in the State.", "County Tullagh"),
])
def test_words_around_a_name_make_it_a_place(text: str, place: str) -> None:
    assert _types(text).get(place) == "PLACE"


@pytest.mark.parametrize("text", [
    "The Speaker, Ebenezer Quaye, suspended the sitting. The ruling by the Speaker stood.",
    "The Prime Minister said the vote would go ahead on Thursday.",
])
def test_an_office_with_no_name_before_it_is_no_entity(text: str) -> None:
    assert not any(e.name in ("Speaker", "Prime Minister") for e in _extract(text))


def test_an_office_set_before_a_name_elsewhere_is_that_persons_mention() -> None:
    ents = _extract("Prime Minister Ana Ruiz spoke first. The Prime Minister later signed the order.")
    ruiz = next(e for e in ents if e.name == "Ana Ruiz")
    assert "Prime Minister" in [m.text for m in ruiz.mentions]


@pytest.mark.parametrize("party", ["Sinn Féin", "Fine Gael", "Fianna Fáil", "Plaid Cymru"])
def test_parties_whose_names_read_like_a_persons_are_organisations(party: str) -> None:
    assert _types(f"{party} said it would oppose the motion on Tuesday.").get(party) == "ORG"


@pytest.mark.parametrize("name", ["Groupe Marchand", "Grupo Serrano"])
def test_a_company_group_named_the_french_or_spanish_way_is_an_organisation(name: str) -> None:
    assert _types(f"{name} said its plants would reopen on Monday.").get(name) == "ORG"


@pytest.mark.parametrize("text", [
    '"On New Year\'s Eve you could walk right up to a table," the pit boss said.',
    "We lost our best customers on New Year’s Day, and they haven't come back.",
    "Bookings for Valentine's Day were down, said Mark Ellis.",
    "Sales on Mother's Day and St. Patrick's Day beat last year's.",
])
def test_a_holiday_names_no_one(text: str) -> None:
    """A holiday's name is a day, however its first words read ("New Year's", "Valentine's")."""
    names = entity_types(text)
    assert not any(n.startswith(("New Year", "Valentine", "Mother", "St. Patrick")) for n in names), names


@pytest.mark.parametrize(("text", "name"), [
    ('"They drive 40 minutes to Hammond or Chicago, where they can smoke," he said.', "Hammond"),
    ("Crews from Brookhaven and Chicago worked through the night.", "Brookhaven"),
])
def test_a_name_beside_a_known_place_is_a_place(text: str, name: str) -> None:
    assert entity_types(text).get(name) == "PLACE"


@pytest.mark.parametrize(("text", "name"), [
    ("Protesters were kept to zones in Calgary and Banff, about 90 kilometres away.", "Banff"),
    ("Crews worked overnight in Houston or Brenham before the storm.", "Brenham"),
])
def test_a_name_after_a_known_place_and_its_and_is_a_place(text: str, name: str) -> None:
    assert entity_types(text).get(name) == "PLACE"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The rocket makers Isar Aerospace in Germany and Orbex in Scotland both bid.", "Orbex", "ORG"),
    ("Trade between China and ASEAN grew last year.", "ASEAN", "ORG"),
])
def test_a_name_after_a_place_with_a_place_of_its_own_is_not_taken_for_one(text: str, name: str,
                                                                            kind: str) -> None:
    assert entity_types(text).get(name) == kind


@pytest.mark.parametrize(("text", "name"), [
    ("Talks between North and South Korea resumed.", "North"),  # a compass word qualifies the place
    ("Staff of the Untied Nations and United States met.", "Untied Nations"),  # a longer name: a body
])
def test_only_a_one_word_name_beside_a_place_is_taken_for_one(text: str, name: str) -> None:
    assert entity_types(text).get(name) == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ("Five days after Hélène Marchetti's government was brought down, she left office.", "Hélène Marchetti"),
    ("The coalition brought down Matthias Kellner's government in December.", "Matthias Kellner"),
])
def test_a_persons_government_is_theirs(text: str, name: str) -> None:
    """'X's government' makes X a country only when X is one word; a two-word name is a person's."""
    assert entity_types(text).get(name) == "PERSON"


@pytest.mark.parametrize(("text", "name"), [
    ("The Christian Democrats won the most seats on Sunday.", "Christian Democrats"),
    ("The Free Democrats walked out of the talks.", "Free Democrats"),
])
def test_a_partys_members_by_its_name_are_the_party(text: str, name: str) -> None:
    """A name ending in a party's plural ("Democrats") names its members, never one person, though
    its first word is a given name ("Christian")."""
    assert entity_types(text).get(name) == "ORG"


def test_a_given_name_and_a_surname_is_still_a_person() -> None:
    assert entity_types("Chris Jones said the vote would pass.").get("Chris Jones") == "PERSON"
