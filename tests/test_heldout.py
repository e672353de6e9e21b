"""Extraction on a second blind set (tests/data/heldout), scored by the shared scorer as the corpus is.

The eight articles (state budget standoff, federal court hearing, governor's debate recap, port
strike, measles report with a survey, envoy recall with a state broadcaster, mayoral election night,
earnings call; 141 speech quotes) and their gold were written without reading the parser, the
phenomena or newsdesk articles, and committed before the parser was first run on them. The one
blind score (quotes F1 0.982, speakers 0.906, time extents 0.923, time values 0.769, entities 0.925,
typed 0.868) became, after correcting mistakes in the gold alone (a separate commit), 0.986, 0.953,
0.969, 0.814, 0.947, 0.898; the parser was not changed.

Its time errors were later read, and the fixes for the day a story is on (de7f35c, 665bf33) were
guided by them, each with its own test article: its time values (0.822 -> 0.884) are no longer a
blind figure; tests/data/blind3 is. This set is otherwise kept untuned: it measures how far fixes
made on the other sets carry to news nobody fitted. Do not tune the parser on its errors; a fix must
be grounded in a phenomenon with its own test article elsewhere (tests/data/phenomena), and this set
only re-measured. The thresholds sit a little under the measured figures so that a regression
fails. Rerun with
``python ../shared/eval/score.py tests/data/heldout/gold.jsonl --cmd "dateline parse --format jsonl"``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import score

DATA = Path(__file__).resolve().parent / "data" / "heldout"


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return score(DATA, tmp_path_factory.mktemp("heldout"))


def test_quotes(summary: dict[str, float]) -> None:
    assert summary["quote_p"] >= 0.98, summary
    assert summary["quote_f1"] >= 0.97, summary


def test_speakers(summary: dict[str, float]) -> None:
    assert summary["speaker_p"] >= 0.95, summary
    assert summary["speaker_f1"] >= 0.93, summary


def test_time_values(summary: dict[str, float]) -> None:
    assert summary["time_f1"] >= 0.95, summary
    assert summary["time_value_f1"] >= 0.85, summary


def test_entity_types(summary: dict[str, float]) -> None:
    assert summary["entity_f1"] >= 0.93, summary
    assert summary["entity_typed_f1"] >= 0.88, summary
