"""Hostile input (issue 12): characters that cannot be text, entries that break, errors in plain words.

Every case goes through ``dateline parse`` as a user runs it: the output is read back as JSON, and
stderr holds one plain line per failed entry, never a Python exception's name.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from parsing import contract
from parsing.pipeline import parse_text
from tui.cli import main

Capsys = pytest.CaptureFixture[str]
GOOD = "Bridge Closes\n\nThe bridge closed on Wednesday. It reopens in May.\n"
SURROGATE = "\\ud800"  # as JSON and YAML escape it
INTERNALS = re.compile(r"[A-Z]\w+(?:Error|Exception)\b|\(a JSON|top level is a|<unknown>|NoneType|\bat$")


Parsed = tuple[int, list[dict[str, object]], list[str]]


def _parse(capsys: Capsys, *args: str | Path, fmt: str = "json") -> Parsed:
    code = main(["parse", "--format", fmt, *map(str, args)])
    out, err = capsys.readouterr()
    items = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    return code, items, err.splitlines()


def _plain(err: list[str]) -> None:
    for line in err:
        assert not INTERNALS.search(line), line


FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>'
    "<item><title>Dam {ref} opens</title><description>The dam opened on Monday.</description></item>"
    "<item><title>Council meets</title><description>The council met on Tuesday.</description></item>"
    "</channel></rss>"
)


@pytest.mark.parametrize(("name", "content"), [
    ("meta.json", '{"title": "A \\ud800 title", "body": "The mayor spoke on Monday."}'),
    ("body.json", '{"title": "T", "body": "The mayor \\udfff spoke on Monday."}'),
    ("byline.jsonl", '{"title": "T", "author": "Ann \\ud801 Lee", "body": "The mayor spoke."}\n'),
    ("front.md", '---\ntitle: "A \\ud800 title"\ntags: ["x\\udc00"]\n---\nThe mayor spoke on Monday.\n'),
    ("feed.rss", FEED.format(ref="&#xD800;")),
    ("far.rss", FEED.format(ref="&#1114112;")),
    ("page.html", "<html><head><title>A &#xD800; title</title></head><body><article><p>The mayor "
                  "spoke on Monday &#xDFFF; about the dam and the council.</p></article></body></html>"),
    ("nonchar.txt", "The mayor \ufffe spoke \U0001ffff on Monday about the dam.\n"),
])
def test_characters_that_cannot_be_text_are_replaced_in_every_reader(
    tmp_path: Path, capsys: Capsys, name: str, content: str
) -> None:
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    after = tmp_path / "zz_after.txt"  # a file after it is still printed
    after.write_text(GOOD, encoding="utf-8")
    code, items, err = _parse(capsys, bad, after)
    assert code == 0 and err == []
    assert items[-1]["path"] == str(after)
    articles = items[:-1]
    assert articles
    for a in articles:  # nothing downstream sees a surrogate or a non-character
        flat = json.dumps(a, ensure_ascii=False)
        assert not re.search("[\ud800-\udfff\ufffe\uffff\U0001fffe\U0001ffff]", flat)
    touched = [a for a in articles if "\ufffd" in json.dumps(a, ensure_ascii=False)]
    assert touched
    if not name.endswith(".html"):  # HTML's own rules turn such references into U+FFFD silently
        assert all(a["warnings"] for a in touched), touched


def test_feed_with_a_bad_reference_keeps_every_item(tmp_path: Path, capsys: Capsys) -> None:
    feed = tmp_path / "feed.rss"
    feed.write_text(FEED.format(ref="&#xD800;"), encoding="utf-8")
    code, items, _ = _parse(capsys, feed, fmt="jsonl")
    assert code == 0 and [a["title"] for a in items] == ["Dam \ufffd opens", "Council meets"]
    assert any("&#xD800;" in str(w) for w in items[0]["warnings"])  # type: ignore[attr-defined]
    assert items[1]["warnings"] == []  # the other item is untouched


def test_parse_text_takes_a_lone_surrogate() -> None:
    article = parse_text("The mayor \ud800 said on Monday: \u201cWe are ready.\u201d")
    assert "\ud800" not in article.text and "\ufffd" in article.text
    assert article.quotes and article.warnings
    json.dumps(contract.article_to_dict(article), ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_an_article_that_cannot_be_written_costs_only_its_line(
    tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    names = ["a.txt", "b.txt", "c.txt"]
    for n in names:
        (tmp_path / n).write_text(GOOD, encoding="utf-8")
    real = contract.dumps

    def dumps(a: object, *, pretty: bool = False) -> str:
        if str(getattr(a, "path", "")).endswith("b.txt"):
            raise ValueError("boom")
        return real(a, pretty=pretty)  # type: ignore[arg-type]

    monkeypatch.setattr(contract, "dumps", dumps)
    code, items, err = _parse(capsys, *(tmp_path / n for n in names), fmt=fmt)
    assert code == 1
    assert [Path(str(a["path"])).name for a in items] == ["a.txt", "c.txt"]
    assert len(err) == 1 and err[0].startswith(f"{tmp_path / 'b.txt'}: could not be written")
    _plain(err)


def test_one_bad_json_lines_entry_costs_only_itself(tmp_path: Path, capsys: Capsys) -> None:
    lines = [
        '{"title": "Huge date", "body": "The dam opened.", "date": 1' + "0" * 400 + "}",
        '{"title": "Long int", "body": "The council met.", "views": ' + "9" * 5000 + "}",
        "[" * 5000,
        '{"title": "Fine", "body": "The mayor spoke.", "date": "2021-11-23"}',
        "42",
        '{"title": "Cut", "body": "The mayor',
    ]
    f = tmp_path / "dump.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, items, err = _parse(capsys, f, fmt="jsonl")
    assert code == 1
    assert [a["title"] for a in items] == ["Huge date", "Long int", "Fine"]
    assert items[0]["published"] is None and any("date" in str(w) for w in items[0]["warnings"])  # type: ignore[attr-defined]
    assert items[2]["published"] == "2021-11-23"
    assert err == [
        f"{f}#3: invalid JSON at line 3, column 501: nesting deeper than 500 levels",
        f"{f}#5: not an article: a number, not an object with a text",
        f"{f}#6: invalid JSON at line 6, column 26: a string is not closed",
    ]


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("deep.json", "[" * 100_000, "invalid JSON at line 1, column 501: nesting deeper than 500 levels"),
    ("int.json", "3", "no articles: the file holds a number, not an article object or a list of them"),
    ("null.json", "[null]", "not an article: null, not an object with a text"),
    ("str.json", '["text"]', "not an article: a string, not an object with a text"),
    ("cut.json", '{"title": "x", "body": "abc', "invalid JSON at line 1, column 24: a string is not closed"),
    ("mismatch.rss", '<rss version="2.0"><channel><item><title>x</titl></item></channel></rss>',
     "malformed feed: mismatched tag at line 1, column"),
    ("huge.json", '{"body": "The dam opened.", "date": ' + "9" * 5000 + "}", None),
])
def test_errors_in_plain_words(
    tmp_path: Path, capsys: Capsys, name: str, data: str, expected: str | None
) -> None:
    f = tmp_path / name
    f.write_text(data, encoding="utf-8")
    code = main(["parse", "--format", "jsonl", str(f)])
    err = capsys.readouterr().err.splitlines()
    _plain(err)
    if expected is None:
        assert code == 0 and err == []
    else:
        assert code == 1 and len(err) == 1 and err[0].startswith(f"{f}")
        assert err[0].split(": ", 1)[1].startswith(expected), err[0]


def test_feed_error_lines_count_from_the_file(tmp_path: Path, capsys: Capsys) -> None:
    f = tmp_path / "two.rss"
    f.write_text('<rss version="2.0"><channel>\n<item><title>x</titl></item></channel></rss>', "utf-8")
    main(["parse", str(f)])
    err = capsys.readouterr().err
    assert "at line 2, column" in err and "<unknown>" not in err


def test_a_file_name_with_a_newline_is_one_line(tmp_path: Path, capsys: Capsys) -> None:
    f = tmp_path / "two\nlines\x1b[2J.json"
    f.write_text("{not json", encoding="utf-8")
    code, items, err = _parse(capsys, f)
    assert code == 1 and items == []
    assert len(err) == 1 and "two\\nlines\\x1b[2J.json: invalid JSON" in err[0]


def test_the_folder_manifest_named_among_files_is_skipped(tmp_path: Path, capsys: Capsys) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "dateline.toml").write_text('[files."a.txt"]\npublished = "2021-11-23"\n', encoding="utf-8")
    code, items, err = _parse(capsys, tmp_path / "a.txt", tmp_path / "dateline.toml")
    assert code == 0 and err == []
    assert [Path(str(a["path"])).name for a in items] == ["a.txt"] and items[0]["published"] == "2021-11-23"


@pytest.mark.parametrize("value", ["20211123", "2021-W47", "2021-11-23T10:00", "２０２１-11-23"])
def test_published_takes_exactly_year_month_day(tmp_path: Path, capsys: Capsys, value: str) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main(["parse", "--published", value, str(tmp_path / "a.txt")]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_json_lines_escape_unicode_line_breaks(tmp_path: Path, capsys: Capsys) -> None:
    f = tmp_path / "a.json"
    f.write_text('{"title": "T\\u2028x", "body": "The mayor\\u2029 spoke\\u0085 today."}', encoding="utf-8")
    assert main(["parse", "--format", "jsonl", str(f)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and out.endswith("\n")
    assert not re.search("[\u2028\u2029\u0085]", out)
    assert json.loads(out)["text"] == "The mayor\u2029 spoke\u0085 today."


@pytest.mark.parametrize("markup", [
    "[" * 100_000, "![" * 50_000, " _a" * 30_000, "**a " * 30_000, "~~a " * 30_000, "<!--" * 30_000,
])
def test_markdown_runs_of_marks_read_in_bounded_time(tmp_path: Path, capsys: Capsys, markup: str) -> None:
    """Found by the fuzzer: each of these took seconds to minutes (a pattern retried from every mark)."""
    f = tmp_path / "a.md"
    f.write_text(f"# Title{' ' * 50_000}#\n\nThe dam opened on Monday. {markup}\n", encoding="utf-8")
    t0 = time.process_time()
    code, items, err = _parse(capsys, f)
    assert time.process_time() - t0 < 10.0
    assert code == 0 and err == [] and len(items) == 1


@pytest.mark.parametrize("date", ["Thu, 05 Mar 2026 17:" + "9" * 60 + " +0000", "Thu, 05 Mar " + "9" * 30])
def test_a_feed_date_out_of_range_is_dropped(tmp_path: Path, capsys: Capsys, date: str) -> None:
    feed = tmp_path / "feed.rss"
    item = FEED.format(ref="").replace("</title><description>The dam", f"</title><pubDate>{date}</pubDate>"
                                                                        "<description>The dam")
    feed.write_text(item, encoding="utf-8")
    code, items, err = _parse(capsys, feed, fmt="jsonl")
    assert code == 0 and err == [] and len(items) == 2  # the date read as far as it goes, or dropped


def test_front_matter_that_is_not_toml_costs_its_metadata_only(tmp_path: Path, capsys: Capsys) -> None:
    f = tmp_path / "a.md"
    f.write_text('+++\ntitle = "A"\ndate = 2021-13-45\n+++\nThe mayor spoke on Monday.\n', encoding="utf-8")
    code, items, err = _parse(capsys, f)
    assert code == 0 and err == [] and items[0]["text"] == "The mayor spoke on Monday.\n"
    assert items[0]["warnings"] == [
        "front matter not read: expected newline or end of document after a statement at line 3, column 12; "
        "the text is read"]


def test_a_feed_feedparser_fails_on_is_one_plain_line(tmp_path: Path, capsys: Capsys) -> None:
    feed = tmp_path / "ns.rss"  # found by the fuzzer: U+0085 in a namespace made feedparser raise
    rss = FEED.format(ref="").replace('<rss version="2.0">', '<rss version="2.0" xmlns:c="http://a\u0085b/">')
    rss = rss.replace("<description>The dam", "<c:encoded>x</c:encoded><description>The dam")
    feed.write_text(rss, "utf-8")
    code, items, err = _parse(capsys, feed)
    assert code == 1 and items == []
    assert err == [f"{feed}: malformed feed: its XML could not be read (a name or namespace is broken)"]
