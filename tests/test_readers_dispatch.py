"""Dispatch by extension and by content; encodings; the list of known extensions."""

from __future__ import annotations

import codecs
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing.files import expand, has_articles
from parsing.model import Document, LoadError
from parsing.readers import KNOWN_EXTENSIONS, ReadError, read_bytes, read_path
from parsing.readers.decode import DecodeError, decode

ARTICLE = {"title": "Bridge closes", "body": "The bridge closed on Wednesday."}
FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>G</title>'
        "<item><title>A</title><description>Text a.</description></item></channel></rss>")
PAGE = ("<!DOCTYPE html><html><head><title>Bridge</title></head><body><article><p>The bridge closed on "
        "Wednesday after engineers found cracks in two of its main supports.</p></article></body></html>")


def _formats(data: str, name: str) -> list[str]:
    return [e.format for e in read_bytes(data.encode(), name) if isinstance(e, Document)]


def test_known_extensions() -> None:
    assert KNOWN_EXTENSIONS == {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl",
                                ".ndjson", ".xml", ".rss", ".atom"}


@pytest.mark.parametrize(("data", "name", "fmt"), [
    (json.dumps(ARTICLE), "really.txt", "json"),
    (json.dumps(ARTICLE) + "\n" + json.dumps(ARTICLE), "noext", "jsonl"),
    (FEED, "feed.txt", "rss"),
    (PAGE, "saved", "html"),
    ("---\ntitle: T\n---\nBody.\n", "post", "markdown"),
    ("[Updated] The bridge closed.\n", "note.txt", "text"),
    ("{not json at all\n", "brace.txt", "text"),
])
def test_sniffing(data: str, name: str, fmt: str) -> None:
    assert _formats(data, name)[0] == fmt


def test_extension_wins_over_content() -> None:
    assert _formats(json.dumps(ARTICLE), "a.md") == ["markdown"]


def test_standard_input_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(json.dumps(ARTICLE).encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    (doc,) = read_path("-")
    assert isinstance(doc, Document) and doc.format == "json" and doc.path == "-"


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + "Café – “quoted”.\r\nNext line.".encode(),
    codecs.BOM_UTF16_LE + "Café – “quoted”.\r\nNext line.".encode("utf-16-le"),
    codecs.BOM_UTF16_BE + "Café – “quoted”.\r\nNext line.".encode("utf-16-be"),
])
def test_unicode_encodings(data: bytes) -> None:
    text, warnings = decode(data)
    assert text == "Café – “quoted”.\nNext line." and warnings == ()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str) -> None:
    data = "The bridge closed.\r\nIt reopens.".encode(codec)
    assert decode(data) == ("The bridge closed.\nIt reopens.", ())


def test_legacy_encoding_warns() -> None:
    text, warnings = decode("Caf\xe9 \x93quoted\x94\rok".encode("latin-1"))
    assert text == "Café “quoted”\nok"
    assert len(warnings) == 1 and "Windows-1252" in warnings[0]
    (doc,) = read_bytes("Caf\xe9 au lait is good.".encode("cp1252"), "cafe.txt")
    assert isinstance(doc, Document) and doc.body == "Café au lait is good." and doc.warnings


@pytest.mark.parametrize("data", [b"abc\x00def" * 10, bytes(range(1, 32)) * 50])
def test_binary_refused(data: bytes) -> None:
    with pytest.raises(DecodeError, match="binary file"):
        decode(data)


def test_empty_and_whitespace_only() -> None:
    for data in (b"", b"  \n\t\n", codecs.BOM_UTF8 + b"\n"):
        with pytest.raises(ReadError, match="empty file"):
            read_bytes(data, "e.txt")


def test_directory_expansion(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.json", "skip.pdf", ".hidden/d.txt", "e.HTML"):
        f = tmp_path / name
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text("x")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in expand([str(tmp_path)])]
    assert found == ["a.md", "b.txt", "e.HTML", "sub/c.json"]


def test_directory_expansion_names_files_as_paths_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Names as ``Path(folder) / name`` gives them (``.`` adds nothing, a trailing or doubled slash
    is one), sorted as strings; hidden files, a folder's link to a folder and a broken link are
    passed over, a link to a file is kept."""
    for name in ("z/b.md", "z/a/c.txt", "z/.git/d.txt", "z/a/.e.txt", "other/f.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "z" / "linked").symlink_to(tmp_path / "other", target_is_directory=True)
    (tmp_path / "z" / "g.md").symlink_to(tmp_path / "other" / "f.md")
    (tmp_path / "z" / "broken.md").symlink_to(tmp_path / "nowhere.md")
    monkeypatch.chdir(tmp_path)
    want = ["z/a/c.txt", "z/b.md", "z/g.md"]
    assert list(expand(["z"])) == want == list(expand(["z/"])) == list(expand(["./z"]))
    assert list(expand(["z//a"])) == ["z/a/c.txt"]
    monkeypatch.chdir(tmp_path / "z")
    assert list(expand(["."])) == ["a/c.txt", "b.md", "g.md"]
    assert list(expand([str(tmp_path / "z")])) == [str(tmp_path / w) for w in want]



def test_has_articles_agrees_with_expand(tmp_path: Path) -> None:
    """The reader's check of a path before it opens: something to read exactly when ``expand`` finds
    something, in a folder as deep as it is, never through what ``expand`` passes over."""
    (tmp_path / "empty" / ".hidden").mkdir(parents=True)
    (tmp_path / "empty" / ".hidden" / "a.txt").write_text("x")
    (tmp_path / "empty" / "notes.pdf").write_text("x")
    (tmp_path / "empty" / "dateline.toml").write_text("")
    (tmp_path / "deep" / "a" / "b").mkdir(parents=True)
    (tmp_path / "deep" / "a" / "b" / "c.md").write_text("x")
    (tmp_path / "deep" / "z.pdf").write_text("x")
    cases = [tmp_path / "empty", tmp_path / "deep", tmp_path / "deep" / "a" / "b" / "c.md",
             tmp_path / "empty" / "dateline.toml", tmp_path / "missing.txt"]
    assert [has_articles(str(p)) for p in cases] == [bool(list(expand([str(p)]))) for p in cases]
    assert [has_articles(str(p)) for p in cases] == [False, True, True, False, True]

KEYS = st.sampled_from(["title", "body", "text", "author", "authors", "date", "items", "content", "source",
                        "url", "tags", "name", "x"])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=5),
    max_leaves=12,
)
INPUTS = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(str.encode),
    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
)


@settings(deadline=None)
@given(INPUTS, st.sampled_from(["a.txt", "a.md", "a.json", "a.jsonl", "a.rss", "a.html", "a"]))
def test_any_input_reads_or_fails_cleanly(data: bytes, name: str) -> None:
    try:
        entries = read_bytes(data, name)
    except (ReadError, DecodeError) as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for e in entries:
        assert isinstance(e, Document | LoadError)
        if isinstance(e, LoadError):
            assert e.reason and "\n" not in e.reason
