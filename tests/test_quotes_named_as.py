"""A quotation right after a participle of naming (nicknamed, dubbed, christened, renamed, known as,
also called, so-called) is a name, "other", even when it closes on a comma and a speaker's words
follow in the same sentence: "a town long nicknamed "the frying pan of Andalusia," foreman Manuel
Cortés said …". A verdict with its own object before the quotation ("branded the plan "reckless,"")
is still the subject's words."""

from __future__ import annotations

import pytest

from parsing import pipeline


def _kinds(text: str) -> list[str]:
    return [q.kind for q in pipeline.parse_text(text).quotes]


@pytest.mark.parametrize("text", [
    'At a melon farm near Ecija, a town long nicknamed "the frying pan of Andalusia," foreman Manuel '
    'Cortes said his crew now starts work in the dark.',
    'Outside the plant, known as "the cathedral of steel," union steward Ana Ruiz said talks had stalled.',
    'The storm, quickly dubbed "the Beast from the East," closed schools across the north, officials said.',
])
def test_a_quotation_after_a_naming_participle_is_a_name(text: str) -> None:
    assert _kinds(text) == ["other"]


def test_a_verdict_with_its_own_object_is_still_speech() -> None:
    text = 'Senator Ruth Okafor branded the plan "reckless and cruel," and said she would vote against it.'
    assert _kinds(text) == ["speech"]
