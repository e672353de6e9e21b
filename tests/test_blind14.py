"""Extraction on a fourteenth blind set (tests/data/blind14), scored by the shared scorer as the corpus
is.

Ten newswire articles of 1989 to 2026 in the style of the TimeBank/TempEval-3 news (a merger, oil
prices, an airline strike, an arson appeal, a ceasefire, an earthquake, a central bank, a
championship, a mayor's scandal, a product recall), written without reading the parser, its output
or the other sets: 295 dated times, 83 speech quotes, 245 entity mentions. The one blind score, on
20378d6 (after the fixes blind9 to blind12 led to): time values F1 0.886, time extents 0.969, quotes
1.000, speakers 0.963, entities 0.978, typed 0.873; on 977b61c (the start of that round) time values
0.874. That is the honest estimate this project has for unseen news of its kind.

Its errors were then read and the fixes that hold in any news text made, each with its own tests:
pasts in -eed ('agreed') and 'fled' are past cues, and 'the day' in a past clause does not count
from a day still to come. Thresholds sit a little under the figures after those fixes so that a
regression fails. Rerun with ``python ../shared/eval/score.py tests/data/blind14/gold.jsonl --cmd
"dateline parse --format jsonl"``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import score

DATA = Path(__file__).resolve().parent / "data" / "blind14"


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return score(DATA, tmp_path_factory.mktemp("blind14"))


def test_time_values(summary: dict[str, float]) -> None:
    assert summary["time_f1"] >= 0.95, summary
    assert summary["time_value_f1"] >= 0.87, summary


def test_quotes_and_speakers(summary: dict[str, float]) -> None:
    assert summary["quote_f1"] >= 0.98, summary
    assert summary["speaker_f1"] >= 0.94, summary


def test_entities(summary: dict[str, float]) -> None:
    assert summary["entity_f1"] >= 0.96, summary
    assert summary["entity_typed_f1"] >= 0.85, summary
