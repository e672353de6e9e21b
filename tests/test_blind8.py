"""Extraction on an eighth blind set (tests/data/blind8), scored by the shared scorer as the corpus is.

Ten newswire articles dense in time expressions, 1996 to 2024, in the style of the wire stories
TimeML corpora were annotated on, written without reading the parser, its output or the other sets:
quarterly earnings, a strike, a trial, a political crisis over several days, an air crash
investigation, a drought, a central bank, an acquisition, a delayed launch and an obituary; 283
dated times, 51 speech quotes, 229 entity mentions. The one blind score, on 3978111 (after the
fixes blind6 led to): time extents F1 0.945, time values 0.802 (P 0.829, R 0.770), quotes 0.980,
speakers 0.970, entities 0.985, typed 0.858 — the nearest stand-in this project has for unseen
TimeML news.

Its errors were then read and the fixes that hold in any news text made, each with its own tests
(tests/test_temporal_{ago,anchored,weekdays,scheduled,conjuncts,timeline}.py): 'two weeks ago' as a
week, 'May last year', seasons of that year / the following / the previous, 'the previous Sunday'
from the day just named, words of any script, the narrated day as the frame of clock times (over a
sentence of comment; not a report's day or a relative clause's; a past day beside a coming one; a
date written after the clock time; a day inside the period just named), 'that' clauses, 'earlier
than', verbs whose past is their base, 'it forecast', conditions, gapped participles, 'N years
later' set beside a time: time values 0.894 (P 0.928, R 0.862). Thresholds sit a little under the
figures after those fixes so that a regression fails. Rerun with
``python ../shared/eval/score.py tests/data/blind8/gold.jsonl --cmd "dateline parse --format jsonl"``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import score

DATA = Path(__file__).resolve().parent / "data" / "blind8"


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return score(DATA, tmp_path_factory.mktemp("blind8"))


def test_time_values(summary: dict[str, float]) -> None:
    assert summary["time_f1"] >= 0.93, summary
    assert summary["time_value_f1"] >= 0.88, summary


def test_quotes_and_speakers(summary: dict[str, float]) -> None:
    assert summary["quote_f1"] >= 0.97, summary
    assert summary["speaker_f1"] >= 0.96, summary


def test_entities(summary: dict[str, float]) -> None:
    assert summary["entity_f1"] >= 0.97, summary
    assert summary["entity_typed_f1"] >= 0.84, summary
