"""Datelines and street names of more kinds: two places joined by a slash ("PATNA/NEW DELHI,
October 7 —"), a place with a three-word country after it ("DUBAI, United Arab Emirates --"), and
the heads of Indian place names (Maidan, Marg, Bhavan, Chowk, Nagar)."""

from __future__ import annotations

import pytest
from entity_support import entity_types


@pytest.mark.parametrize(("text", "place"), [
    ("PATNA/NEW DELHI, October 7 — The state will vote in two phases next month.", "Patna"),
    ("DUBAI, United Arab Emirates -- Orders for business jets rose on Tuesday.", "Dubai"),
    # the day before the month, as British and Australian papers write it
    ("SYDNEY, 16 September 2024 — The lord mayor appears to have secured a third term.", "Sydney"),
    ("PARIS, 10 March (ESPA) -- Arianespace postponed the launch again.", "Paris"),
    ("MUMBAI, India, 3 May — The council voted to close the pier.", "Mumbai"),
])
def test_a_dateline_place_in_capitals(text: str, place: str) -> None:
    assert entity_types(text).get(place) == "PLACE"


def test_the_source_after_a_dateline_stays_an_organisation() -> None:
    assert entity_types("DENVER (MSN) - A jury convicted a former armored-car guard.").get("MSN") == "ORG"


@pytest.mark.parametrize("place", ["Ramlila Maidan", "Deen Dayal Upadhyaya Marg", "Vigyan Bhawan",
                                   "Chandni Chowk"])
def test_indian_place_heads(place: str) -> None:
    assert entity_types(f"Thousands of supporters gathered at {place} on Sunday.").get(place) == "PLACE"
