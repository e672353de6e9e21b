"""The seed article (Epoch Times, November 2021) with its publication date given."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parsing import temporal
from parsing.pipeline import parse_text

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "seed_article.txt"
PUB = date(2021, 11, 23)


@pytest.fixture(scope="module")
def body() -> str:
    if not SEED.is_file():
        pytest.skip("shared/seed is not beside the repository")
    raw = SEED.read_text(encoding="utf-8")
    return raw[raw.index("U.S. Chairman"):]


def test_seed_times(body: str) -> None:
    times = parse_text(body, published=PUB).times
    values = {(t.text, t.value) for t in times}
    assert ("Tuesday", "2021-11-23") in values
    assert ("Monday", "2021-11-22") in values
    assert ("earlier this month", "2021-11") in values
    assert ("this month", "2021-11") in values
    assert ("2014", "2014") in values
    assert not any("Sept" in t.text for t in times)  # the caption is not part of the body
    assert all(t.relative for t in times if t.text in ("Tuesday", "Monday", "this month"))


def test_seed_without_date_keeps_relative_values_empty(body: str) -> None:
    times = temporal.extract(body, (), None)
    assert {t.value for t in times if t.text != "2014"} == {None}
    assert [t.value for t in times if t.text == "2014"] == ["2014", "2014"]
