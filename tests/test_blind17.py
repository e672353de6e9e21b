"""Extraction on a seventeenth blind set (tests/data/blind17), scored by the shared scorer as the
corpus is.

Ten US political news articles of 2010 to 2032 as mainstream outlets write them (a House stopgap
vote, a rally, a governor after a tornado, an attorney general's lawsuit, a cabinet hearing, a
mayoral primary, an attack ad, an ethics complaint, a poll, a news analysis), written without
reading the parser, its output or the other sets: 210 speech quotes, 142 dated times, 368 entity
mentions. Its one blind score is on dcfc239, the final tree of the stop that wrote it, and nothing
was fixed after it: quotes F1 0.983, speakers 0.949 (P 0.966), time values 0.904, entities 0.973,
typed 0.928; on 977b61c (the start of that stop) speakers 0.947, time values 0.885, typed 0.899.
That is the honest estimate this project has for unseen news of its kind.

Thresholds sit a little under those figures so that a regression fails. Rerun with ``python
../shared/eval/score.py tests/data/blind17/gold.jsonl --cmd "dateline parse --format jsonl"``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import score

DATA = Path(__file__).resolve().parent / "data" / "blind17"


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return score(DATA, tmp_path_factory.mktemp("blind17"))


def test_time_values(summary: dict[str, float]) -> None:
    assert summary["time_f1"] >= 0.95, summary
    assert summary["time_value_f1"] >= 0.88, summary


def test_quotes_and_speakers(summary: dict[str, float]) -> None:
    assert summary["quote_f1"] >= 0.97, summary
    assert summary["speaker_f1"] >= 0.93, summary


def test_entities(summary: dict[str, float]) -> None:
    assert summary["entity_f1"] >= 0.96, summary
    assert summary["entity_typed_f1"] >= 0.91, summary
