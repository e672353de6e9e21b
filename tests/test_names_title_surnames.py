"""A title word that ends a name after a given name is a surname ("Julie Bishop", "Stephen King",
"John Major"): a title is written before a name, never after it. The person keeps the whole name in
the entities and as a speaker, and the surname alone later names them. A county before a title
("Harlan County Sheriff Dale Ross") and a title before a name ("Pope Francis") are not surnames."""

from __future__ import annotations

import pytest
from entity_support import entity_types, extract_entities
from quote_support import speech


@pytest.mark.parametrize(("text", "name"), [
    ("Stephen King read from the new novel at the library on Tuesday.", "Stephen King"),
    ("John Major addressed the conference in Brighton.", "John Major"),
    ("Howard Dean campaigned in Iowa for three weeks.", "Howard Dean"),
    ("In 1968 Martin Luther King spoke in Memphis.", "Martin Luther King"),
    ("Foreign Minister Julie Bishop met her counterpart in Jakarta.", "Julie Bishop"),
    ("The appeal was heard by Ellen Judge, a retired magistrate.", "Ellen Judge"),
    ("John F. King chaired the committee.", "John F. King"),
])
def test_a_title_word_after_a_given_name_is_a_surname(text: str, name: str) -> None:
    found = entity_types(text)
    assert found.get(name) == "PERSON"


@pytest.mark.parametrize(("text", "name", "absent"), [
    ("Harlan County Sheriff Dale Ross closed the road.", "Dale Ross", "Harlan County Sheriff"),
    ("Pope Francis celebrated Mass in Lisbon.", "Francis", "Francis Pope"),
    ("Majority Leader Dean Kolstad scheduled the vote.", "Dean Kolstad", "Leader Dean"),
])
def test_a_title_before_a_name_or_after_a_place_stays_a_title(text: str, name: str, absent: str) -> None:
    names = {e.name for e in extract_entities(text)}
    assert name in names and absent not in names


@pytest.mark.parametrize(("text", "speaker"), [
    ('Gerald Pope said it was "far too soon" to know what caused the blast.', "Gerald Pope"),
    ('"We were never consulted," said Rachel Bishop, who chairs the tenants\' group.', "Rachel Bishop"),
    ('Finance Minister Alan Major said the surplus was "a rounding error, not a windfall."', "Alan Major"),
])
def test_a_speaker_whose_surname_is_a_title_word(text: str, speaker: str) -> None:
    quotes = speech(text)
    assert len(quotes) == 1 and quotes[0].speaker == speaker


def test_the_surname_alone_later_names_the_person() -> None:
    text = ("Foreign Minister Julie Bishop flew to Jakarta on Monday for talks on fishing rights.\n\n"
            '"The talks were frank and they were useful," Bishop said after the meeting.')
    quotes = speech(text)
    assert [(q.speaker, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        ("Julie Bishop", "Bishop")]


def test_a_title_alone_with_no_such_surname_resolves_to_no_one() -> None:
    text = ("Stephen Cole, the diocese's lawyer, met reporters on Monday.\n\n"
            '"We will appeal," Bishop said.')
    assert speech(text)[0].speaker is None
