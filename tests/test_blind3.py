"""Extraction on a third blind set (tests/data/blind3), scored by the shared scorer as the corpus is.

Ten articles in ten genres (a football report, quarterly results, a storm over several days, a fraud
verdict, a sleep study, Geneva talks under a wire dateline, a council meeting, a live blog newest
first, an obituary, a present-tense profile; 111 speech quotes, 176 dated times, 184 entity mentions)
and their gold were written without reading the parser or the other sets, and committed (a4549cc)
before the parser was first run on them. The one blind score, on cf0bf36: quotes F1 0.982, speakers
0.964 (P 0.964), time extents 0.962, time values 0.804, entities 0.963, typed 0.843.

Its time errors were then read, and the fixes that hold in any news text were made, each with its own
test (tests/test_temporal_speech.py, tests/test_temporal_values.py): a live blog's entry stamps are on
the day of the report, "Eastern time" is a zone, "could"/"might" point ahead, "that December" is in
the year last named, a time named for the speaking in the paragraph counts past the speaker's own
words. Time values 0.804 -> 0.874. Quotes, speakers and entities are untuned: do not tune on them;
measure. Thresholds sit a little under the measured figures so that a regression fails. Rerun with
``python ../shared/eval/score.py tests/data/blind3/gold.jsonl --cmd "dateline parse --format jsonl"``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import score

DATA = Path(__file__).resolve().parent / "data" / "blind3"


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return score(DATA, tmp_path_factory.mktemp("blind3"))


def test_quotes(summary: dict[str, float]) -> None:
    assert summary["quote_f1"] >= 0.97, summary


def test_speakers(summary: dict[str, float]) -> None:
    assert summary["speaker_p"] >= 0.95, summary
    assert summary["speaker_f1"] >= 0.95, summary


def test_time_values(summary: dict[str, float]) -> None:
    assert summary["time_f1"] >= 0.95, summary
    assert summary["time_value_f1"] >= 0.86, summary


def test_entities(summary: dict[str, float]) -> None:
    assert summary["entity_f1"] >= 0.95, summary
    assert summary["entity_typed_f1"] >= 0.83, summary
