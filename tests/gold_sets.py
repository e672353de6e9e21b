"""Scoring a folder of test articles with gold annotations by the shared scorer
(../shared/eval/score.py), exactly as the corpus is: the articles are parsed in process, written as
``dateline/1`` JSON Lines and handed to the scorer, whose summary (P, R, F1 of quotes, speakers,
times, time values and entity mentions) comes back as a dict."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from parsing.contract import dumps
from parsing.model import LoadError
from parsing.pipeline import load

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def score(folder: Path, out: Path) -> dict[str, float]:
    """The scorer's summary for the articles of ``folder`` against its ``gold.jsonl``."""
    if not SCORER.is_file():
        pytest.skip("the shared scorer (../shared/eval/score.py) is not here")
    articles = [a for a in load([str(folder)], None) if not isinstance(a, LoadError)]
    assert len(articles) == len(list(folder.glob("*.md")))
    system = out / "system.jsonl"
    system.write_text("".join(dumps(a) + "\n" for a in articles), encoding="utf-8")
    command = [sys.executable, str(SCORER), str(folder / "gold.jsonl"), "--system", str(system), "--json"]
    run = subprocess.run(command, capture_output=True, text=True, check=True)
    body = run.stdout[:run.stdout.rindex("}") + 1]
    result: dict[str, float] = json.loads(body)
    return result
