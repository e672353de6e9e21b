"""Extraction on a seventh blind set (tests/data/blind7), scored by the shared scorer as the corpus is.

Ten articles of political news in several house styles (US wire, British broadsheet with single
quotation marks, Canadian, Australian, Indian English), written without reading the parser, its
output or the other sets: a council vote, a State of the State address, Prime Minister's Questions,
a campaign ad row, a standards inquiry with a Q&A exchange, a summit's joint statement, a supreme
court ruling with majority and dissent, a leadership spill, a recount and a profile; 206 speech
quotes, 111 dated times, 324 entity mentions. The one blind score, on 3b547f1 (after the fixes the
fifth and sixth sets led to): quotes F1 0.955 (P 0.985), speakers 0.871 (P 0.929, R 0.820), time
values 0.865, entities 0.939, typed 0.877 — the nearest stand-in this project has for unseen
political news; the issue's aims are quotes 0.97 and speakers 0.90.

Its errors were then read and the fixes that hold in any news text made, each with its own tests
(tests/test_quotes_sources.py): British single marks with a double-quoted piece inside, 'an aide to
X', a person before a dropped relative clause, 'X of Y', 'one said', the majority and the dissent,
a quoted predicate after its subject. After: quotes 0.978, speakers 0.922 (P 0.953). Thresholds
sit a little under those figures so that a regression fails. Rerun with
``python ../shared/eval/score.py tests/data/blind7/gold.jsonl --cmd "dateline parse --format jsonl"``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import score

DATA = Path(__file__).resolve().parent / "data" / "blind7"


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return score(DATA, tmp_path_factory.mktemp("blind7"))


def test_quotes(summary: dict[str, float]) -> None:
    assert summary["quote_f1"] >= 0.97, summary


def test_speakers(summary: dict[str, float]) -> None:
    assert summary["speaker_p"] >= 0.94, summary
    assert summary["speaker_f1"] >= 0.91, summary


def test_time_values(summary: dict[str, float]) -> None:
    assert summary["time_value_f1"] >= 0.85, summary


def test_entities(summary: dict[str, float]) -> None:
    assert summary["entity_f1"] >= 0.93, summary
    assert summary["entity_typed_f1"] >= 0.86, summary
