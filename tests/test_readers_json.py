"""JSON and JSON Lines readers: shapes, field names, per-entry errors, clear reasons."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsing.model import Document, LoadError
from parsing.readers import ReadError, read_bytes
from parsing.readers.base import Entry


def _read(data: object | str, name: str = "a.json") -> list[Entry]:
    text = data if isinstance(data, str) else json.dumps(data)
    return read_bytes(text.encode(), name)


def _docs(entries: list[Entry]) -> list[Document]:
    assert all(isinstance(e, Document) for e in entries), entries
    return [e for e in entries if isinstance(e, Document)]


def test_single_object_with_usual_fields() -> None:
    (doc,) = _docs(_read({
        "headline": "Bridge closes", "datePublished": "2026-03-04T18:45:00Z",
        "byline": "By Ann Lee and Bo Park", "link": "https://x.example/b",
        "source": {"name": "Wire"}, "keywords": "bridges, floods",
        "articleBody": "<p>The bridge closed.</p><p>It reopens in May &amp; June.</p>",
    }))
    assert doc.path == "a.json" and doc.format == "json"
    assert doc.title == "Bridge closes"
    assert str(doc.published) == "2026-03-04"
    assert doc.byline == ("Ann Lee", "Bo Park")
    assert (doc.url, doc.source, doc.tags) == ("https://x.example/b", "Wire", ("bridges", "floods"))
    assert doc.body == "The bridge closed.\n\nIt reopens in May & June."


@pytest.mark.parametrize("authors", [
    ["Ann Lee", "Bo Park"],
    [{"name": "Ann Lee"}, {"name": "Bo Park"}],
    "By Ann Lee and Bo Park, Associated Press",
    "Ann Lee, Staff Writer; Bo Park",
])
def test_author_lists(authors: list[object]) -> None:
    (doc,) = _docs(_read({"title": "T", "text": "Body.", "authors": authors}))
    assert doc.byline == ("Ann Lee", "Bo Park")


@pytest.mark.parametrize("wrap", [lambda items: items, lambda items: {"articles": items},
                                  lambda items: {"status": "ok", "items": items}])
def test_collections_name_each_entry(wrap: object) -> None:
    items = [{"title": f"T{n}", "content": f"Body {n}.", "pubDate": "Tue, 03 Mar 2026 08:00:00 +0000"}
             for n in (1, 2)]
    assert callable(wrap)
    docs = _docs(_read(wrap(items), "many.json"))
    assert [d.path for d in docs] == ["many.json#1", "many.json#2"]
    assert [d.body for d in docs] == ["Body 1.", "Body 2."]
    assert all(str(d.published) == "2026-03-03" for d in docs)


def test_truncated_json_names_line_and_column() -> None:
    with pytest.raises(ReadError, match=r"invalid JSON at line 3, column \d+: "):
        _read('{"title": "x",\n "body": "abc",\n "au', "cut.json")


def test_json_lines_bad_line_fails_alone() -> None:
    text = (
        '{"title": "a", "body": "One."}\n{"title": "b", "bo\n\n'
        '["not", "an object"]\n{"title": "c", "text": "Three."}\n'
    )
    entries = _read(text, "feed.jsonl")
    assert [type(e).__name__ for e in entries] == ["Document", "LoadError", "LoadError", "Document"]
    bad = entries[1]
    assert isinstance(bad, LoadError) and bad.path == "feed.jsonl#2"
    assert bad.reason.startswith("invalid JSON at line 2, column")
    assert [e.path for e in entries] == [f"feed.jsonl#{n}" for n in (1, 2, 3, 4)]


def test_json_lines_in_a_json_file() -> None:
    docs = _docs(_read('{"title": "a", "body": "One."}\n{"title": "b", "body": "Two."}\n'))
    assert [d.title for d in docs] == ["a", "b"]


def test_object_without_text_is_an_entry_error() -> None:
    (entry,) = _read({"id": 5})
    assert isinstance(entry, LoadError) and "no article text" in entry.reason


def test_title_only_entry_uses_title_with_warning() -> None:
    (doc,) = _docs(_read({"title": "Headline only"}))
    assert doc.body == "Headline only" and doc.warnings


def test_scalar_json_is_an_error() -> None:
    with pytest.raises(ReadError, match="no articles"):
        _read("42")


@pytest.mark.parametrize(("byline", "expected"), [
    ("Reporting by Tom Ashdown; editing by Carla Menzies", ("Tom Ashdown",)),
    ("(Reporting by Ann Lee in Rome and Bo Park; Additional reporting by Cy Dee in Paris; "
     "Editing by Wu Li and Ed Ford)", ("Ann Lee", "Bo Park", "Cy Dee")),
    ("Writing by Jo March; Editing by Al Bee", ("Jo March",)),
    ("By Ann Lee. Editing by Al Bee", ("Ann Lee",)),
    ("Editing by Al Bee", ()),
])
def test_wire_credit_bylines_name_reporters_not_editors(byline: str, expected: tuple[str, ...]) -> None:
    text = json.dumps({"title": "T", "text": "Body.", "byline": byline}) + "\n"
    (doc,) = _docs(_read(text, "wire.jsonl"))
    assert doc.byline == expected


SAMPLES = Path(__file__).resolve().parents[1] / "sample_articles"


def test_sample_wire_file_credits_reporter() -> None:
    path = SAMPLES / "kessel5_valleywire.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    docs = _docs(read_bytes(path.read_bytes(), str(path)))
    credited = [d for d in docs if d.byline]
    assert credited, "some entry of the sample names its reporter"
    for doc in credited:
        assert not any(word in name.lower() for name in doc.byline for word in ("editing", "edited", " by "))


@pytest.mark.parametrize(("text", "name", "what"), [
    ('{"file": "a.md", "quotes": []}\n{"file": "b.md", "quotes": []}\n{"file": "c.md", "quotes": []}\n',
     "gold.jsonl", "3 lines"),
    ('[{"id": 1}, {"id": 2}]', "data.json", "2 entries"),
])
def test_a_data_file_with_no_article_at_all_is_one_error(text: str, name: str, what: str) -> None:
    with pytest.raises(ReadError, match=rf"no articles: none of its {what} has article text"):
        _read(text, name)


def test_a_feed_with_one_entry_without_text_keeps_the_others() -> None:
    entries = _read('{"title": "a", "body": "One."}\n{"id": 7}\n', "feed.jsonl")
    assert [type(e).__name__ for e in entries] == ["Document", "LoadError"]
