"""Extraction on a thirteenth blind set (tests/data/blind13), scored by the shared scorer as the corpus
is.

Ten US political news articles of 2008 to 2030 (a shutdown deadline, primary results, a veto fight,
a Supreme Court argument, a mayor's ethics inquiry, a redistricting suit, a cabinet hearing, a
retirement, a fact-check, a campaign manager's profile) in several house styles, written without
reading the parser, its output or the other sets: 230 speech quotes, 151 dated times, 382 entity
mentions. The one blind score, on 97f3d48 (after the fixes blind9 to blind12 led to): quotes F1
0.985, speakers 0.936 (P 0.947), time values 0.893, entities 0.953, typed 0.913; on 977b61c (the
start of that round) speakers 0.927, time values 0.857, typed 0.883. That is the honest estimate
this project has for unseen news of its kind.

Its errors were then read and one fix that holds in any news text made, with its own tests: a quote
standing alone after a beat whose subject is a person ('She laughs. "…"') is that person's.
Thresholds sit a little under the figures after those fixes so that a regression fails. Rerun with
``python ../shared/eval/score.py tests/data/blind13/gold.jsonl --cmd "dateline parse --format
jsonl"``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import score

DATA = Path(__file__).resolve().parent / "data" / "blind13"


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return score(DATA, tmp_path_factory.mktemp("blind13"))


def test_time_values(summary: dict[str, float]) -> None:
    assert summary["time_f1"] >= 0.96, summary
    assert summary["time_value_f1"] >= 0.87, summary


def test_quotes_and_speakers(summary: dict[str, float]) -> None:
    assert summary["quote_f1"] >= 0.97, summary
    assert summary["speaker_f1"] >= 0.93, summary


def test_entities(summary: dict[str, float]) -> None:
    assert summary["entity_f1"] >= 0.94, summary
    assert summary["entity_typed_f1"] >= 0.89, summary
