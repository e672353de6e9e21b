"""``dateline parse`` and ``dateline timeline`` take http(s) URLs beside paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fetch_server import Site, news_site

from tui.cli import main

__all__ = ["news_site"]

SAMPLE = Path(__file__).resolve().parents[1] / "sample_articles" / "kessel1_courier_evacuation.txt"


def test_parse_reads_urls_beside_files_in_the_order_given(
        news_site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["parse", "--format", "jsonl", news_site.url("/dam.html"), str(SAMPLE),
                 news_site.url("/missing"), news_site.url("/feed.xml")])
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["path"] for r in rows] == [
        news_site.url("/dam.html"), str(SAMPLE), news_site.url("/dam.html"), news_site.url("/ferry.html"),
        news_site.url("/missing")]  # the feed's three entries, the last with its summary only
    assert rows[0]["title"] == "Dam inspectors find cracks"
    assert rows[2]["title"] == "Cracks found in Kessel Dam spillway"
    missing = f"{news_site.url('/missing')}: not found (HTTP 404 Not Found)"
    assert err.splitlines() == [f"{missing}; the feed's summary is used", missing]  # a notice, a failure
    assert code == 1


def test_parse_of_good_urls_exits_0(news_site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", news_site.url("/ferry.html")]) == 0
    (article,) = json.loads(capsys.readouterr().out)
    assert article["url"] == news_site.url("/ferry.html")
    assert [q["speaker"] for q in article["quotes"]] == ["Ines Vidal"]


def test_timeline_reads_urls(news_site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["timeline", "--format", "json", news_site.url("/dam.html"), news_site.url("/report.pdf")])
    out, err = capsys.readouterr()
    events = json.loads(out)
    assert events and {e["path"] for e in events} == {news_site.url("/dam.html")}
    assert err.splitlines() == [f"{news_site.url('/report.pdf')}: not a web page or feed (a PDF document)"]
    assert code == 1


def test_quotes_reads_urls(news_site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["quotes", "--format", "json", news_site.url("/ferry.html"), news_site.url("/broken")])
    out, err = capsys.readouterr()
    ferry = news_site.url("/ferry.html")
    assert [(q["speaker"], q["path"]) for q in json.loads(out)] == [("Ines Vidal", ferry)]
    assert err.splitlines() == [f"{news_site.url('/broken')}: server error (HTTP 500 Internal Server Error)"]
    assert code == 1
