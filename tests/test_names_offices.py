"""Local offices are titles: "County Auditor Maureen Tillotson", "County Prosecutor Denise Carrow",
"Elections Supervisor Gloria Haverkamp" name a person after her office, and the words that say which
office it is ("City", "County", "Elections", "Assistant") are no place or body of their own."""

from __future__ import annotations

import pytest
from entity_support import entity_types
from quote_support import speech


@pytest.mark.parametrize(("text", "person"), [
    ("County Auditor Maureen Tillotson certified the count on Friday.", "Maureen Tillotson"),
    ("Assistant County Prosecutor Denise Carrow told the jury the fire was set.", "Denise Carrow"),
    ("Elections Supervisor Gloria Haverkamp said 2,100 ballots remained.", "Gloria Haverkamp"),
    ("City Comptroller Ray Osei released the audit.", "Ray Osei"),
    ("Legislative Auditor Franklin Dupree found the program had overspent.", "Franklin Dupree"),
])
def test_a_local_office_is_a_title(text: str, person: str) -> None:
    found = entity_types(text)
    assert found.get(person) == "PERSON"
    assert not any(w in found for w in ("City", "County", "Elections", "Assistant County", "Legislative"))


def test_a_pronoun_after_an_officer_named_with_her_office() -> None:
    text = ('"We are behind, but this is not over," said Dana Okafor-Reyes, the challenger.\n\n'
            "County Auditor Maureen Tillotson said 3,000 absentee ballots could still arrive, but she "
            'called it "mathematically very unlikely" that they would change the outcome.')
    assert [q.speaker for q in speech(text)] == ["Dana Okafor-Reyes", "Maureen Tillotson"]


@pytest.mark.parametrize(("text", "person"), [
    ("U.S. District Judge Margaret Olsen ordered the pipeline shut.", "Margaret Olsen"),
    ("Chief U.S. District Judge Tomas Hale denied the motion.", "Tomas Hale"),
    ("U.S. Magistrate Judge Ann Ruiz set bail at $50,000.", "Ann Ruiz"),
    ("U.S. Bankruptcy Judge Leon Marsh approved the sale.", "Leon Marsh"),
])
def test_a_federal_judges_court_words_are_her_office(text: str, person: str) -> None:
    # "U.S." is the country; "District", "Magistrate", "Bankruptcy" say which judge, no body of their own
    found = entity_types(text)
    assert found.get(person) == "PERSON"
    assert not any(name.startswith(("U.S. ", "Chief")) for name in found)


def test_a_city_council_before_a_title_stays_a_body() -> None:
    found = entity_types("City Council President Aisha Moreno seized on the numbers.")
    assert found.get("City Council") == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ("The claims lie on land used by Kettle Lake First Nation, which sued in March.",
     "Kettle Lake First Nation"),
    ("Chief Ruth Moose of the Attawapiskat First Nation spoke first.", "Attawapiskat First Nation"),
    ("Lawyers for the First Nation said the province never consulted it.", "First Nation"),
])
def test_a_first_nation_is_one_organisation(text: str, name: str) -> None:
    # "First" is a title word ("First Minister"), but not where it opens a name the gazetteer knows
    assert entity_types(text).get(name) == "ORG"


def test_first_minister_stays_a_title() -> None:
    assert entity_types("First Minister Rhona Baird opened the debate.").get("Rhona Baird") == "PERSON"
