"""Extraction on a sixth blind set (tests/data/blind6), scored by the shared scorer as the corpus is.

Eleven news articles dense in time expressions, in the style TimeML news is annotated in, written
without reading the parser, its output or the other sets: quarterly results, a merger timeline, a
central bank decision, oil prices over a week, a verdict, a storm over several days, an election
calendar, a medical trial, a transit strike deadline, a fifty-year anniversary and a season's wrap;
332 dated times, 71 speech quotes, 218 entity mentions. The one blind score, on 396580f: time
extents F1 0.948, time values 0.817 (P 0.850, R 0.786), quotes 0.986, speakers 0.950, entities
0.982, typed 0.895.

Its errors were then read and the fixes that hold in any news text made, each with its own tests
(tests/test_temporal_{anchored,weekdays,scheduled,conjuncts,until,timeline}.py and others): 'of
that year', 'the following week' from the time just named, a weekday with a date beside it, 'this
Thursday', a prepositional phrase is no apposition, 'the final three months of 2026', futurate and
scheduling verbs for days, futures months, a second conjunct's tense, 'until' after a past
be-form, small hours after a later clock time, 'ahead of the weekend', holidays by rule, 'the fifth
of November'. Thresholds sit a little under the figures after those fixes so that a regression
fails. Rerun with
``python ../shared/eval/score.py tests/data/blind6/gold.jsonl --cmd "dateline parse --format jsonl"``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import score

DATA = Path(__file__).resolve().parent / "data" / "blind6"


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return score(DATA, tmp_path_factory.mktemp("blind6"))


def test_time_values(summary: dict[str, float]) -> None:
    assert summary["time_f1"] >= 0.95, summary
    assert summary["time_value_f1"] >= 0.865, summary


def test_quotes_and_speakers(summary: dict[str, float]) -> None:
    assert summary["quote_f1"] >= 0.97, summary
    assert summary["speaker_f1"] >= 0.96, summary


def test_entities(summary: dict[str, float]) -> None:
    assert summary["entity_f1"] >= 0.97, summary
    assert summary["entity_typed_f1"] >= 0.88, summary
