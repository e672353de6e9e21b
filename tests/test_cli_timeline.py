"""`dateline timeline`: events of every article in date order, filtered by range and entity."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

STORY = {
    "one.md": "---\ntitle: First\ndate: 2021-11-23\nsource: Post\n---\n"
    "Jane Miller, the mayor, said on Monday that the bridge would close.\n\n"
    "\"We have no choice,\" Miller said.\n",
    "two.md": "---\ntitle: Second\ndate: 2022-03-04\nsource: Herald\n---\n"
    "The bridge reopened on Friday after repairs that began in 2014, officials said.\n",
}


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    for name, text in STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]]]:
    code = main(["timeline", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_events_come_in_date_order(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, events = _json(capsys, str(story))
    assert code == 0
    days = [e["earliest"] for e in events if e["earliest"]]
    assert days == sorted(days)
    assert any(e["when"] == "Mon 22 Nov 2021" and "bridge would close" in str(e["summary"]) for e in events)


def test_range_keeps_only_overlapping_events(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, events = _json(capsys, str(story), "--range", "nov 2021")
    assert code == 0
    assert events
    assert all(str(e["earliest"]).startswith("2021-11") for e in events)


def test_entity_filter_by_name(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, events = _json(capsys, str(story), "--entity", "Jane Miller")
    assert code == 0
    assert events
    assert all(e["path"] == str(story / "one.md") for e in events)


def test_bad_range_is_a_usage_error(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", str(story), "--range", "the twelfth of never"]) == 2
    err = capsys.readouterr().err
    assert "--range" in err and err.count("\n") == 1


def test_text_output_is_one_line_an_event(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", str(story)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all("[" in line for line in lines)
    assert any(line.startswith("Mon 22 Nov 2021") for line in lines)


def test_timeline_does_not_import_textual(story: Path) -> None:
    code = (
        "import io, contextlib, sys\nfrom tui.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    main(['timeline', {str(story)!r}])\n"
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"
