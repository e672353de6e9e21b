"""Extraction on a blind set of political and world news (tests/data/newsdesk), scored by the shared
scorer as the corpus is.

The twelve articles (campaign, Senate fight, court ruling, diplomacy, scandal, poll, central-bank
report, flood response, profile, live blog, news analysis, resignation; 213 speech quotes) and their
gold were written before their writer read the attribution, time or entity code, in the style of
wire and newspaper copy rather than to exercise rules: partial quotes after characterising verbs,
speakers by role, pronoun or earlier paragraph, documents and groups as sources, chants, posts,
titles and scare quotes, weekdays and clock times with zones relative to the publication date,
anaphoric days, quarters, fictional places and organisations. Their first score (quotes F1 0.978,
speakers 0.917, time values 0.840, typed entities 0.802) was the honest one; the work it led to
(0.993, 0.971, 0.947, 0.894) was fitted to them, so the set is no longer blind. The thresholds sit
a little under today's figures so that a regression fails. Rerun with
``python ../shared/eval/score.py tests/data/newsdesk/gold.jsonl --errors 100``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import score

DATA = Path(__file__).resolve().parent / "data" / "newsdesk"


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return score(DATA, tmp_path_factory.mktemp("newsdesk"))


def test_quotes(summary: dict[str, float]) -> None:
    assert summary["quote_p"] >= 0.98, summary
    assert summary["quote_f1"] >= 0.98, summary


def test_speakers(summary: dict[str, float]) -> None:
    assert summary["speaker_p"] >= 0.97, summary
    assert summary["speaker_f1"] >= 0.95, summary


def test_time_values(summary: dict[str, float]) -> None:
    assert summary["time_f1"] >= 0.97, summary
    assert summary["time_value_f1"] >= 0.96, summary


def test_entity_types(summary: dict[str, float]) -> None:
    assert summary["entity_f1"] >= 0.95, summary
    assert summary["entity_typed_f1"] >= 0.88, summary
