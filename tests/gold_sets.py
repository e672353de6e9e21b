"""Scoring a folder of test articles with gold annotations by the shared scorer
(../shared/eval/score.py), exactly as the corpus is: the articles are parsed in process, written as
``dateline/1`` JSON Lines and handed to the scorer, whose summary (P, R, F1 of quotes, speakers,
times, time values and entity mentions) comes back as a dict. The scorer's own ``main`` runs in this
process with the arguments its command line would get, its printout read back: the same code and
the same figures as ``python score.py … --json``, without starting an interpreter for each of the
several hundred sets."""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
import json
import sys
from pathlib import Path
from types import ModuleType

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
    argv = [str(SCORER), str(folder / "gold.jsonl"), "--system", str(system), "--json"]
    printed = io.StringIO()
    saved = sys.argv
    sys.argv = argv
    try:
        with contextlib.redirect_stdout(printed):
            status = _scorer().main()
    finally:
        sys.argv = saved
    assert status == 0
    out = printed.getvalue()
    result: dict[str, float] = json.loads(out[:out.rindex("}") + 1])
    return result


@functools.cache
def _scorer() -> ModuleType:
    """The shared scorer, loaded once as a module."""
    spec = importlib.util.spec_from_file_location("dateline_shared_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
