"""`dateline timeline`/`quotes` formats: CSV and iCalendar read back by real parsers, hostile text inert."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import icalendar
import pytest

from tui.cli import main
from tui.export import quote_rows, timeline_rows
from tui.export.ics import fold, to_ics
from tui.export.rows import Row

HOSTILE = (
    "---\ntitle: \"Evil \\u001b[2J title; with, commas\"\ndate: 2021-11-23\n"
    "source: 'Post | [x](javascript:y)'\n---\n"
    "Jane Miller, the mayor, said on Monday that the bridge would close.\n\n"
    "\"Stop; now, \\\\ please\r\nEND:VEVENT\r\nBEGIN:VEVENT\",\" Miller said. \"a\",\"b\"\n\n"
    "The bridge was repaired in March 2020 for \\<b\\>everyone\\</b\\> | ok.\n\n"
    "Since 2014 the town has argued about the bridge.\n"
)
PLAIN = (
    "---\ntitle: Second\ndate: 2022-03-04\nsource: Herald\n---\n"
    "The bridge reopened on Friday after repairs that began in 2014, officials said.\n"
)


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    (tmp_path / "one.md").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "two.md").write_text(PLAIN, encoding="utf-8")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_timeline_csv_has_the_header_and_reads_back(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "timeline", str(story), "--format", "csv")
    _, as_json, _ = run(capsys, "timeline", str(story), "--format", "json")
    assert code == 0 and "\r\n" in out
    records = list(csv.reader(io.StringIO(out, newline="")))
    assert records[0] == ["earliest", "latest", "when", "speaker", "summary", "article", "source", "kind"]
    events = json.loads(as_json)
    assert len(records) == len(events) + 1 and all(len(r) == 8 for r in records)
    assert [r[0] for r in records[1:]] == [e["earliest"] or "" for e in events]
    assert not any("\x1b" in field or "\n" in field for r in records for field in r)


def test_timeline_ics_parses_back_one_event_per_dated_event(story: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "timeline", str(story), "--format", "ics")
    _, as_json, _ = run(capsys, "timeline", str(story), "--format", "json")
    assert code == 0
    raw = out.encode("utf-8")
    assert raw.count(b"\n") == raw.count(b"\r\n")  # CRLF only
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(raw)
    got = cal.walk("VEVENT")
    dated = [e for e in json.loads(as_json) if e["earliest"] and e["latest"]]
    assert len(got) == len(dated) and len({str(v["UID"]) for v in got}) == len(got)
    for vevent, event in zip(got, dated, strict=True):
        start, end = vevent["DTSTART"].dt, vevent["DTEND"].dt
        assert isinstance(start, date) and start.isoformat() == event["earliest"]
        assert (end - date.fromisoformat(event["latest"])).days == 1  # all-day, exclusive end
    year = next(v for v, e in zip(got, dated, strict=True) if e["when"] == "2014")
    assert (year["DTEND"].dt - year["DTSTART"].dt).days == 365  # a year is a span, not one day
    said = next(v for v in got if "Stop" in str(v["SUMMARY"]))
    assert "END:VEVENT" in str(said["SUMMARY"])  # text, not structure: still one event
    assert "undated" in err or len(dated) == len(json.loads(as_json))


def test_markdown_and_text_are_inert(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, md, _ = run(capsys, "timeline", str(story), "--format", "markdown")
    assert code == 0
    rows = md.splitlines()
    assert rows[0].startswith("| When |") and all(len(re.findall(r"(?<!\\)\|", r)) == 5 for r in rows[2:])
    assert "](" not in md.replace("\\](", "") and "<b>" not in md and "\x1b" not in md
    code, text, _ = run(capsys, "quotes", str(story))
    assert code == 0 and "\x1b" not in text and "\r" not in text


def test_quotes_formats_and_speaker(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "quotes", str(story), "--format", "json", "--speaker", "MILLER")
    quotes = json.loads(out)
    assert code == 0 and quotes and {q["speaker"] for q in quotes} == {"Jane Miller"}
    assert all(q["earliest"] == "2021-11-23" for q in quotes)  # no day of its own: the publication date
    code, out, _ = run(capsys, "quotes", str(story), "--format", "csv", "--speaker", "jane miller")
    records = list(csv.reader(io.StringIO(out, newline="")))
    assert code == 0 and records[0][4] == "quote" and len(records) == len(quotes) + 1
    code, out, _ = run(capsys, "quotes", str(story), "--format", "markdown")
    assert code == 0 and out.startswith("| When | Speaker | Quote | Source |")


def test_no_match_names_the_closest_and_exits_1(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for command, option in (("timeline", "--entity"), ("timeline", "--speaker"), ("quotes", "--speaker")):
        code, out, err = run(capsys, command, str(story), option, "Milller")
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and "Jane Miller" in err and "Milller" in err


def test_surname_and_case_match_the_entity(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "timeline", str(story), "--entity", "miller", "--format", "json")
    assert code == 0 and json.loads(out)
    code, full, _ = run(capsys, "timeline", str(story), "--entity", "Jane Miller", "--format", "json")
    assert json.loads(full) == json.loads(out)


def test_range_within_by_default_overlapping_on_request(story: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    def whens(*more: str) -> list[str]:
        _, out, _ = run(capsys, "timeline", str(story), "--format", "json", *more)
        return [e["when"] for e in json.loads(out)]

    assert whens("--range", "2014-2020") == ["2014", "Mar 2020"]
    assert whens("--range", "jun 2014") == []  # "2014" is coarser than June: not what happened then
    assert whens("--range", "jun 2014", "--overlapping") == ["2014"]
    _, text, _ = run(capsys, "timeline", str(story), "--range", "jun 2014", "--overlapping")
    assert text.startswith("≈ 2014 ")  # coarser than the range: marked as such


def test_bad_range_is_a_usage_error(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "quotes", str(story), "--range", "the twelfth of never")
    assert code == 2 and err.count("\n") == 1


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("dateline ") and out.split()[1][0].isdigit()


def test_fold_keeps_characters_whole() -> None:
    line = "SUMMARY:" + "é" * 100
    folded = fold(line).encode("utf-8").split(b"\r\n")
    assert all(len(part) <= 75 for part in folded) and len(folded) > 2
    assert b"".join(p[1:] if i else p for i, p in enumerate(folded)).decode("utf-8") == line


def test_ics_leaves_out_undated_and_open_rows() -> None:
    rows = [Row(None, None, "undated", "", "x", "a", "s", "u1"),
            Row(date(2020, 1, 1), None, "from 1 Jan 2020", "", "y", "a", "s", "u2"),
            Row(date(2020, 1, 1), date(2020, 1, 31), "Jan 2020", "", "z", "a", "s", "u3")]
    cal = icalendar.Calendar.from_ical(to_ics(rows))
    (only,) = cal.walk("VEVENT")
    assert str(only["UID"]) == "u3@dateline" and only["DTEND"].dt == date(2020, 2, 1)
    assert timeline_rows(()) == [] and quote_rows(()) == []
