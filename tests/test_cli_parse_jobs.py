"""``dateline parse --jobs N``: the same output as one process, in input order."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from tui.cli import main

SAMPLES = str(Path(__file__).resolve().parents[1] / "sample_articles")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_two_processes_print_what_one_prints(fmt: str, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("parsing.ingest.pool.FILES_PER_JOB", 1)  # a pool even for a dozen files
    bad = tmp_path / "broken.json"
    bad.write_text("{", encoding="utf-8")
    one = _run("parse", "--format", fmt, "--jobs", "1", SAMPLES, str(bad))
    two = _run("parse", "--format", fmt, "--jobs", "2", SAMPLES, str(bad))
    assert one == two and one[0] == 1 and "broken.json" in one[2]
    objects = json.loads(one[1]) if fmt == "json" else [json.loads(line) for line in one[1].splitlines()]
    paths = [d["path"] for d in objects]
    assert len(paths) > 10 and paths[0].startswith(SAMPLES)


def test_jobs_must_be_a_positive_number() -> None:
    code, _, err = _run("parse", "--jobs", "0", SAMPLES)
    assert code == 2 and "--jobs" in err
