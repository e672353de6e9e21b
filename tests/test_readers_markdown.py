"""Markdown reader: YAML/TOML front matter, verbatim bodies, markup turned into plain text."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from parsing.model import Document
from parsing.readers import read_bytes, read_path
from parsing.readers.frontmatter import parse_yaml

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _doc(text: str, name: str = "a.md") -> Document:
    (doc,) = read_bytes(text.encode(), name)
    assert isinstance(doc, Document)
    return doc


def test_yaml_subset() -> None:
    meta = parse_yaml(
        'title: "A \\"quoted\\" \\u00e9 title"\n'
        "date: 2021-11-23T10:00:00Z\n"
        "single: 'it''s'\n"
        "tags: [one, \"two, three\", 'four']\n"
        "authors:\n  - Ann Lee\n  - \"Bo Park\"\n"
        "nested:\n  key: value\n"
        "plain: text # a comment\n"
    )
    assert meta["title"] == 'A "quoted" é title'
    assert meta["single"] == "it's"
    assert meta["tags"] == ["one", "two, three", "four"]
    assert meta["authors"] == ["Ann Lee", "Bo Park"]
    assert meta["plain"] == "text"
    assert "key" not in meta


def test_front_matter_fields_and_verbatim_body() -> None:
    text = (
        "---\ntitle: Dam holds\npublished: 2026-03-03\nauthor: Ann Lee\nsource: The Ledger\n"
        "url: \"https://example.org/a\"\ntags:\n- dams\n- floods\n---\n"
        "The dam held overnight.\n\nEngineers said it was safe.\n"
    )
    doc = _doc(text)
    assert (doc.title, doc.byline, doc.source, doc.url) == ("Dam holds", ("Ann Lee",), "The Ledger",
                                                            "https://example.org/a")
    assert str(doc.published) == "2026-03-03" and doc.published_from == "metadata"
    assert doc.tags == ("dams", "floods")
    assert doc.body_offset is not None
    assert text[doc.body_offset:] == doc.body == "The dam held overnight.\n\nEngineers said it was safe.\n"


def test_toml_front_matter() -> None:
    text = '+++\ntitle = "Dam holds"\ndate = 2026-03-03\nauthors = ["Ann Lee", "Bo Park"]\n+++\nText.\n'
    doc = _doc(text)
    assert doc.title == "Dam holds" and doc.byline == ("Ann Lee", "Bo Park")
    assert str(doc.published) == "2026-03-03"
    assert doc.body == "Text.\n"


def test_markup_is_stripped_and_offset_dropped() -> None:
    text = (
        "---\ntitle: T\n---\n"
        "## A heading\n\nThe **dam** held, said [the county](https://x.example/c) and _officials_.\n\n"
        "![Sandbags on the bank](img.jpg)\n\n- first item\n- second item\n\nRun `make` now.\n"
    )
    doc = _doc(text)
    assert doc.body_offset is None
    assert "**" not in doc.body and "](" not in doc.body and "##" not in doc.body and "`" not in doc.body
    assert "The dam held, said the county and officials." in doc.body
    assert doc.body.startswith("A heading\n\n")
    assert "• first item\n• second item" in doc.body
    assert doc.captions == ("Sandbags on the bank",)


def test_leading_heading_is_the_title_and_body_stays_verbatim() -> None:
    text = "# Dam Holds\n\nThe dam held overnight.\n"
    doc = _doc(text)
    assert doc.title == "Dam Holds"
    assert doc.body_offset is not None and text[doc.body_offset:] == doc.body


def test_list_and_intraword_marks_keep_body_verbatim() -> None:
    text = (
        "---\ntitle: T\n---\nPlants closing:\n\n* St. Paul, Minnesota\n* Norfolk\n\n"
        "It don`t matter; snake_case_name.\n"
    )
    doc = _doc(text)
    assert doc.body_offset is not None
    assert doc.body == text[doc.body_offset:]


def test_every_corpus_body_is_kept_verbatim() -> None:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus is absent")
    checked = 0
    for gold in sorted(CORPUS.glob("*/gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            (doc,) = read_path(str(gold.parent / row["file"]))
            assert isinstance(doc, Document)
            assert hashlib.sha1(doc.body.encode()).hexdigest() == row["body_sha1"], row["file"]
            assert doc.published is not None and doc.published.isoformat() == row["published"]
            checked += 1
    assert checked > 100


def test_setext_heading_is_the_title() -> None:
    text = "Dam Holds\n=========\n\nThe dam held.\n"
    doc = _doc(text)
    assert doc.title == "Dam Holds" and doc.body == "The dam held.\n"
    assert doc.body_offset is not None and text[doc.body_offset:] == doc.body
