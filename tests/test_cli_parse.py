"""`dateline parse`: the dateline/1 JSON contract, json vs jsonl, --published, entry paths, the seed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from parsing.contract import SCHEMA
from parsing.readers import KNOWN_EXTENSIONS
from tui.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_articles"
SHARED_SEED = ROOT.parent / "shared" / "seed" / "seed_article.txt"
SEED_PARAGRAPHS = 18  # 16 blank-line blocks; one holds three one-line paragraphs

NoneType = type(None)
TOP: dict[str, tuple[type, ...]] = {
    "schema": (str,), "id": (str,), "path": (str,), "format": (str,), "title": (str, NoneType),
    "byline": (list,), "source": (str, NoneType), "url": (str, NoneType), "published": (str, NoneType),
    "published_from": (str, NoneType), "captions": (list,), "tags": (list,), "text": (str,),
    "body_offset": (int, NoneType), "paragraphs": (list,), "sentences": (list,), "quotes": (list,),
    "entities": (list,), "times": (list,), "events": (list,), "warnings": (list,),
}
NESTED: dict[str, dict[str, tuple[type, ...]]] = {
    "quotes": {"id": (str,), "start": (int,), "end": (int,), "text": (str,), "kind": (str,),
               "speaker": (str, NoneType), "speaker_entity": (str, NoneType),
               "speaker_mention": (dict, NoneType), "cue": (dict, NoneType)},
    "entities": {"id": (str,), "name": (str,), "type": (str,), "roles": (list,), "aliases": (list,),
                 "mentions": (list,)},
    "times": {"id": (str,), "start": (int,), "end": (int,), "text": (str,), "type": (str,),
              "value": (str, NoneType), "earliest": (str, NoneType), "latest": (str, NoneType),
              "granularity": (str,), "relative": (bool,)},
    "events": {"id": (str,), "start": (int,), "end": (int,), "summary": (str,), "time": (str, NoneType),
               "earliest": (str, NoneType), "latest": (str, NoneType), "date_from": (str, NoneType),
               "entities": (list,), "quotes": (list,), "sentence": (int,), "kind": (str,)},
    "paragraphs": {"start": (int,), "end": (int,)},
    "sentences": {"start": (int,), "end": (int,)},
}

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>
<item><title>One</title><pubDate>Tue, 03 Mar 2026 08:00:00 +0000</pubDate>
<description>First text.</description></item>
<item><title>Two</title><description>Second text.</description></item></channel></rss>"""


def parse(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(["parse", *args])
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, Any]]]:
    code, out, _ = parse(capsys, "--format", "jsonl", *args)
    return code, [json.loads(line) for line in out.splitlines()]


def _check_types(obj: dict[str, Any], spec: dict[str, tuple[type, ...]]) -> None:
    assert set(obj) == set(spec)
    for key, types in spec.items():
        assert isinstance(obj[key], types), (key, obj[key])


def test_contract_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text('Bridge Closes\n\nBy Ann Lee\n\nMayor Bo Park said on March 3, 2026: "It is closed." '
                 "The bridge reopens in May.\n")
    code, (article,) = jsonl(capsys, str(f))
    assert code == 0
    _check_types(article, TOP)
    assert article["schema"] == SCHEMA and article["format"] == "text" and article["path"] == str(f)
    for key, spec in NESTED.items():
        for item in article[key]:
            _check_types(item, spec)
    text = article["text"]
    for span in article["paragraphs"] + article["sentences"]:
        assert 0 <= span["start"] < span["end"] <= len(text)


def test_json_is_an_array_of_the_jsonl_objects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "feed.rss"
    f.write_text(RSS)
    code, out, _ = parse(capsys, str(f))
    as_json = json.loads(out)
    _, as_jsonl = jsonl(capsys, str(f))
    assert code == 0 and isinstance(as_json, list) and as_json == as_jsonl
    assert [a["path"] for a in as_json] == [f"{f}#1", f"{f}#2"]
    assert [a["published"] for a in as_json] == ["2026-03-03", None]


def test_published_option_overrides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: T\ndate: 2026-03-03\n---\nThe bridge closed.\n")
    _, (meta,) = jsonl(capsys, str(f))
    assert (meta["published"], meta["published_from"]) == ("2026-03-03", "metadata")
    _, (forced,) = jsonl(capsys, "--published", "2020-01-02", str(f))
    assert (forced["published"], forced["published_from"]) == ("2020-01-02", "option")


def test_array_entries_are_numbered(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.json"
    f.write_text(json.dumps([{"title": "A", "body": "Text a."}, {"title": "B", "body": "Text b."}]))
    _, articles = jsonl(capsys, str(f))
    assert [a["path"] for a in articles] == [f"{f}#1", f"{f}#2"]
    assert all(a["body_offset"] is None for a in articles)


def test_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    data = json.dumps({"title": "From stdin", "body": "Piped text."}).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, (a,) = jsonl(capsys, "-")
    assert code == 0
    assert (a["path"], a["format"], a["title"], a["text"]) == ("-", "json", "From stdin", "Piped text.")


def _seeds() -> list[Path]:
    return [p for p in (SHARED_SEED, SAMPLES / "seed_article.txt") if p.exists()]


@pytest.mark.parametrize("seed", _seeds() or [pytest.param(None, marks=pytest.mark.skip(reason="no seed"))])
def test_seed_article(seed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, (a,) = jsonl(capsys, str(seed))
    assert code == 0
    assert a["title"] == "Top US, Russian Military Chiefs Speak by Phone Amid Tensions Over Ukraine"
    assert a["byline"] == ["Isabel van Brugen"]
    assert len(a["captions"]) == 1 and a["captions"][0].startswith("Chairman of the Joint Chiefs")
    text = a["text"]
    assert text.startswith("U.S. Chairman") and text.endswith("for comment.")
    raw = seed.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert raw[a["body_offset"]:a["body_offset"] + len(text)] == text
    assert len(a["paragraphs"]) == SEED_PARAGRAPHS
    first = a["sentences"][0]
    assert text[first["start"]:first["end"]].endswith("over Ukraine.")


def _entries_expected(path: Path) -> int:
    """How many articles a sample file holds, counted independently of the readers."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return sum(1 for line in text.splitlines() if line.strip())
    if path.suffix in (".rss", ".xml"):
        return text.count("<item>") + text.count("<item ")
    if path.suffix == ".atom":
        return text.count("<entry>") + text.count("<entry ")
    if path.suffix == ".json":
        data = json.loads(text)
        return len(data) if isinstance(data, list) else 1
    return 1


def test_sample_articles_all_parse(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(
        p for p in SAMPLES.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in KNOWN_EXTENSIONS
    ) if SAMPLES.is_dir() else []
    if not files:
        pytest.skip("sample_articles/ is absent")
    code, articles = jsonl(capsys, str(SAMPLES))
    assert code == 0
    for f in files:
        mine = [a for a in articles if a["path"].split("#")[0] == str(f)]
        assert len(mine) == _entries_expected(f), f.name
        assert all(a["text"].strip() and a["title"] for a in mine), f.name
