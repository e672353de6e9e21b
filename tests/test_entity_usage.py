"""Typing a name from how the article uses it, where its form says nothing: two surnames that name a
company, a person named like a city."""

from __future__ import annotations

import pytest

from parsing import entities, segment
from parsing.model import Entity


def _types(text: str) -> dict[str, str]:
    paras = segment.paragraphs(text)
    found: tuple[Entity, ...] = entities.extract(text, paras, segment.sentences(text, paras))
    return {e.name: e.type for e in found}


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("Shares of Dunmore Pike fell 4 percent on Friday.", "Dunmore Pike", "ORG"),
    ("Analysts at Farrow Quinn said the bid was too low.", "Farrow Quinn", "ORG"),
    ("Hale Brennan, the largest of the three contractors, won the bid.", "Hale Brennan", "ORG"),
    ("Investors include Osgood Vance, a pension fund based in Leeds.", "Osgood Vance", "ORG"),
    ("The deal pits Toyota and Tolland Grant against each other.", "Tolland Grant", "ORG"),
    ("Tolland Grant and Toyota each bid for the plant.", "Tolland Grant", "ORG"),
    ("Last month Hurst Keller and EADS won the tanker deal.", "Hurst Keller", "ORG"),
    ("Rook Tanner or Airbus will build the wing.", "Rook Tanner", "ORG"),
    # the owner of the next name, not a name coordinated with this one
    ("Winners were Kwan Lo-ming and GTU's Ada Fung.", "Kwan Lo-ming", "PERSON"),
    # one unknown word that says something: a person (an organisation needs a cue or a known name)
    ("It was a personality, Varga said.", "Varga", "PERSON"),
    ("Ostrowe says the schools will have to pay.", "Ostrowe", "PERSON"),
    ("Talks failed with Rook Tanner, its biggest rival since 2010.", "Rook Tanner", "ORG"),
    ("Marta Ellery, a retired nurse from Leeds, testified on Monday.", "Marta Ellery", "PERSON"),
    ("Curtis Abel, a former soldier, ran for mayor.", "Curtis Abel", "PERSON"),
    # a capitalised role in the apposition; "Press" alone is the surname, not a company
    ("Jim Press, the Vice Chairman of Chrysler, spoke. Later, Press said the plant would stay open.",
     "Jim Press", "PERSON"),
])
def test_type_from_use(text: str, name: str, typ: str) -> None:
    assert _types(text)[name] == typ


def test_a_surname_is_the_person_even_where_a_place_has_the_name() -> None:
    text = ("Kara Lincoln, a mother of two, sued the clinic. Lincoln said she was never told. "
            "The clinic is in Leeds.")
    paras = segment.paragraphs(text)
    found = entities.extract(text, paras, segment.sentences(text, paras))
    person = next(e for e in found if e.name == "Kara Lincoln")
    assert person.type == "PERSON"
    assert [m.text for m in person.mentions] == ["Kara Lincoln", "Lincoln"]



@pytest.mark.parametrize("text", [
    "Officials said the road was closed.",
    "Management said nothing more. The plant stayed shut.",
    "Leadership says the plan will hold.",
    "Staff said the staff room was cold.",
])
def test_a_plural_or_common_noun_opening_a_sentence_before_said_is_no_name(text: str) -> None:
    assert _types(text) == {}


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("The Kelsey Institute said on Monday that it would close.", "Kelsey Institute", "ORG"),
    ("He flew with Douglas Aircraft before the war.", "Douglas Aircraft", "ORG"),
    ("Staff at Marian Motors were told of the cuts.", "Marian Motors", "ORG"),
    # a suffix that is also a surname, after a given name: the person's name
    ("Jim Press spoke to the board, then Frank Church arrived.", "Frank Church", "PERSON"),
    ("Airbus or Dunmore Kettle will supply the rigs.", "Dunmore Kettle", "ORG"),
])
def test_a_given_name_before_an_organisations_suffix(text: str, name: str, typ: str) -> None:
    assert _types(text)[name] == typ


@pytest.mark.parametrize("text", [
    "The festival began on Saturday Night in the park.",
    "Last Year more visitors came than ever.",
    "The Morning light was bright.",
])
def test_a_time_word_alone_is_no_name(text: str) -> None:
    assert not {"Night", "Year", "Morning"} & set(_types(text))


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("Pence, the Indiana governor, told reporters the ticket was united.", "Pence", "PERSON"),
    ("Okafor, a retired teacher from Lanford, voted early.", "Okafor", "PERSON"),
    ("Acmeworks, the largest retailer in town, closed its doors.", "Acmeworks", "ORG"),
])
def test_a_word_opening_a_sentence_with_an_apposition_is_a_name(text: str, name: str, typ: str) -> None:
    assert _types(text)[name] == typ


@pytest.mark.parametrize("text", [
    "Still, the governor, who spoke late, said no.",
    "Overall, the company, which makes toys, grew.",
])
def test_an_adverb_before_an_apposition_stays_out(text: str) -> None:
    assert _types(text) == {}


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("A 14-year-old boy from Tarvel was arrested on Monday.", "Tarvel", "PLACE"),
    ("A woman from Dunmore testified first.", "Dunmore", "PLACE"),
    ("A 40-year-old from Kessing won the race.", "Kessing", "PLACE"),
    ("Analysts from Hollis said the bid was low.", "Hollis", "ORG"),  # not a person: no place
])
def test_where_someone_is_from_is_a_place(text: str, name: str, typ: str) -> None:
    assert _types(text)[name] == typ


@pytest.mark.parametrize(("text", "name", "kind"), [
    # the apposition's head is the noun before its preposition: a teacher at a school is a person
    ("Mary Bello, a teacher at the Harbor School, said the budget was short.", "Mary Bello", "PERSON"),
    ("Ifeoma Okafor, an economist at the Lagos Business School, said the policy was defensible.",
     "Ifeoma Okafor", "PERSON"),
    # with no preposition before it, the phrase's own head still types the name
    ("Acme, the larger of the two companies, said the deal was off.", "Acme", "ORG"),
    # after a noun's possessive and a superlative: "the nation's fourth-largest carrier"
    ("Bramwell Mobile, the nation's fourth-largest wireless carrier, said it would appeal.",
     "Bramwell Mobile", "ORG"),
    ("Tessa Okoro, the city's longest-serving councillor, said the vote was rushed.", "Tessa Okoro",
     "PERSON"),
])
def test_an_apposition_is_typed_by_its_head_before_a_preposition(text: str, name: str, kind: str) -> None:
    assert _types(text)[name] == kind
