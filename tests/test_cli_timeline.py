"""`dateline timeline`: events of every article in date order, filtered by range and entity."""

from __future__ import annotations

import csv
import io
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


LEVEE = ("---\ntitle: Levee\ndate: 2026-03-04\nsource: Gazette\n---\n"
         'The levee was finished in 2019. "We opened the gates in 1998," Ruth Hale told reporters '
         "on Tuesday.\n")


def test_text_and_csv_say_the_kind_of_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """As JSON and the reader do: a speech act, what a speaker said happened, or what the text says."""
    (tmp_path / "levee.md").write_text(LEVEE, encoding="utf-8")
    code, events = _json(capsys, str(tmp_path))
    kinds = [e["kind"] for e in events]
    assert code == 0 and set(kinds) == {"statement", "speech", "reported"}
    assert main(["timeline", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    marks = {"statement": None, "speech": "said · ", "reported": "reported · "}
    assert len(lines) == len(events)
    for line, event in zip(lines, events, strict=True):
        after_when = line[18:].lstrip()
        mark = marks[str(event["kind"])]
        if mark is None:
            assert not after_when.startswith(("said · ", "reported · ")), line
        else:
            assert after_when.startswith(mark), line
    assert main(["timeline", str(tmp_path), "--format", "csv"]) == 0
    records = list(csv.reader(io.StringIO(capsys.readouterr().out, newline="")))
    assert records[0][:7] == ["earliest", "latest", "when", "speaker", "summary", "article", "source"]
    assert records[0][-1] == "kind" and [r[-1] for r in records[1:]] == kinds
    assert [r[4] for r in records[1:]] == [e["summary"] for e in events]  # the summary stays bare
    assert main(["timeline", str(tmp_path), "--format", "markdown"]) == 0
    cells = [row.split(" | ")[2] for row in capsys.readouterr().out.splitlines()[2:]]
    assert [c.split(" · ")[0] for c in cells if " · " in c] == [
        {"speech": "said", "reported": "reported"}[str(k)] for k in kinds if k != "statement"]
