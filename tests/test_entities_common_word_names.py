"""A name that ends in a word the article writes in lower case is no person's by its shape alone.
Two or three capitalised words with no other cue read as a person's name ("Brenner Lloyd"), but a
surname is seldom a word the same text uses as a common noun: in a story about motor racing,
"Nordvik Racing" is a team; in one about a pipeline, "Colonial Pipeline" is the company. A given name
first ("Lucinda Park", in a story about a park) or any cue of a person keeps the person."""

from __future__ import annotations

import pytest
from entity_support import entity_types


@pytest.mark.parametrize(("text", "name"), [
    ("Ekdahl took pole for Nordvik Racing on Saturday. Racing resumes on Sunday, and racing fans queued "
     "from dawn.", "Nordvik Racing"),
    ("Fuel ran short after the attack on Colonial Pipeline in 2021. The pipeline carries about 45 percent "
     "of the fuel used on the East Coast.", "Colonial Pipeline"),
    ("Kessar Mobile cut prices again. Mobile data use rose, and mobile subscriptions grew 4 percent.",
     "Kessar Mobile"),
])
def test_a_name_ending_in_a_word_the_text_writes_in_lower_case_is_no_person(text: str, name: str) -> None:
    assert entity_types(text)[name] == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ("Lucinda Park said the park would reopen in the spring.", "Lucinda Park"),
    ("Councillor Edwin Marsh said the marsh had flooded twice.", "Edwin Marsh"),
    ("Dorrit Vane said prices rose. Vane has run the shop since 1998.", "Dorrit Vane"),
])
def test_a_person_stays_a_person(text: str, name: str) -> None:
    assert entity_types(text)[name] == "PERSON"
