"""Named entities on the seed article (the Milley–Gerasimov call), read from ../shared/seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsing import entities, segment
from parsing.model import Entity

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "seed_article.txt"


@pytest.fixture(scope="module")
def seed() -> tuple[str, tuple[Entity, ...]]:
    if not SEED.is_file():
        pytest.skip("shared/seed is not beside the repository")
    raw = SEED.read_text(encoding="utf-8")
    body = raw[raw.index("U.S. Chairman"):]
    paras = segment.paragraphs(body)
    return body, entities.extract(body, paras, segment.sentences(body, paras))


def entity(ents: tuple[Entity, ...], name: str) -> Entity:
    found = [e for e in ents if e.name == name]
    assert len(found) == 1, f"{name!r}: {[e.name for e in ents]}"
    return found[0]


@pytest.mark.parametrize(
    ("name", "typ"),
    [
        ("Mark Milley", "PERSON"),
        ("Valery Gerasimov", "PERSON"),
        ("Antony Blinken", "PERSON"),
        ("Dmitry Peskov", "PERSON"),
        ("Dmitry Polyanskiy", "PERSON"),
        ("Jen Psaki", "PERSON"),
        ("Joint Chiefs of Staff", "ORG"),
        ("Russian Defense Ministry", "ORG"),
        ("Biden administration", "ORG"),
        ("TASS", "ORG"),
        ("CNN", "ORG"),
        ("Bloomberg", "ORG"),
        ("Ukraine", "PLACE"),
        ("Russia", "PLACE"),
        ("Moscow", "PLACE"),
        ("Washington", "PLACE"),
        ("United States", "PLACE"),
        ("Crimean Peninsula", "PLACE"),
    ],
)
def test_seed_entity_and_type(seed: tuple[str, tuple[Entity, ...]], name: str, typ: str) -> None:
    assert entity(seed[1], name).type == typ


def test_seed_roles(seed: tuple[str, tuple[Entity, ...]]) -> None:
    ents = seed[1]
    assert "Chairman of the Joint Chiefs of Staff" in entity(ents, "Mark Milley").roles
    assert "Chief of General Staff" in entity(ents, "Valery Gerasimov").roles
    assert "Kremlin spokesman" in entity(ents, "Dmitry Peskov").roles
    assert "White House press secretary" in entity(ents, "Jen Psaki").roles
    assert any("ambassador" in r for r in entity(ents, "Dmitry Polyanskiy").roles)


def test_seed_short_names_are_mentions_of_the_full_entity(seed: tuple[str, tuple[Entity, ...]]) -> None:
    body, ents = seed
    blinken = entity(ents, "Antony Blinken")
    assert [m.text for m in blinken.mentions].count("Blinken") == body.count("Blinken said")
    assert "Blinken" in blinken.aliases
    assert "Polyanskiy" in [m.text for m in entity(ents, "Dmitry Polyanskiy").mentions]
    assert "U.S." in entity(ents, "United States").aliases
    assert not any(e.name in {"Blinken", "Polyanskiy", "U.S."} for e in ents)


def test_seed_mentions_are_names_without_titles(seed: tuple[str, tuple[Entity, ...]]) -> None:
    body, ents = seed
    for e in ents:
        for m in e.mentions:
            assert body[m.start:m.end] == m.text
            assert not m.text.startswith(("Gen.", "Chairman", "Secretary", "U.S. ", "the "))
    assert entity(ents, "Mark Milley").mentions[0].text == "Mark Milley"


def test_seed_sentence_openers_are_not_entities(seed: tuple[str, tuple[Entity, ...]]) -> None:
    got = {e.name for e in seed[1]}
    assert not got & {"According", "The", "His", "Since", "It", "Tuesday", "Monday"}
