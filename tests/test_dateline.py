"""Datelines at the top of a body."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from parsing.dateline import find_dateline, is_date_only, parse_dateline
from parsing.model import Article, Document
from parsing.pipeline import load_file, parse_document
from parsing.readers import read_bytes
from parsing.readers.dates import url_date


@pytest.mark.parametrize(("body", "expected"), [
    ("WASHINGTON, Nov. 23, 2021 (Reuters) - The Pentagon said", date(2021, 11, 23)),
    ("Friday, July 21, 2017\n\nAfghan officials said", date(2017, 7, 21)),
    ("June 13, 2005\n\nEuropean aircraft maker", date(2005, 6, 13)),
    ("Sept. 28, 2021 — Lawmakers met", date(2021, 9, 28)),
    ("NEW YORK, June 5, 2019 — Stocks fell", date(2019, 6, 5)),
    ("13 June 2005\n\nText", date(2005, 6, 13)),
    ("Thursday, May 7, 2015 The flag came down", date(2015, 5, 7)),
    ("  2021-11-23: Talks resumed", date(2021, 11, 23)),
])
def test_dated_datelines(body: str, expected: date) -> None:
    assert find_dateline(body) == expected


@pytest.mark.parametrize("body", [
    "LONDON (AP) — Britain said", "U.S. Chairman of the Joint Chiefs", "May the best team win.",
    "The talks on June 13, 2005 failed.", "March 3 was a Tuesday.",
])
def test_no_date(body: str) -> None:
    assert find_dateline(body) is None


def test_place_and_agency_without_year() -> None:
    found = parse_dateline("WASHINGTON, Nov. 23 (Reuters) - The")
    assert found is not None
    parts = (found.place, found.agency, found.month, found.day, found.year)
    assert parts == ("WASHINGTON", "Reuters", 11, 23, None)
    body = "WASHINGTON, Nov. 23 (Reuters) - The"
    assert find_dateline(body) is None
    assert find_dateline(body, reference=date(2021, 11, 24)) == date(2021, 11, 23)
    assert find_dateline("PARIS, Dec. 30 (AFP) - x", reference=date(2022, 1, 2)) == date(2021, 12, 30)
    london = parse_dateline("LONDON (AP) — Britain")
    assert london is not None and london.place == "LONDON" and london.agency == "AP"


def test_is_date_only() -> None:
    assert is_date_only("Friday, July 21, 2017") and is_date_only("June 13, 2005")
    assert not is_date_only("June 13, 2005 was hot") and not is_date_only("Top US Chiefs Speak")


def test_pipeline_uses_dateline_then_option() -> None:
    doc = Document(path="x.txt", format="text", body="June 13, 2005\n\nAirbus won an order.")
    assert parse_document(doc).published == date(2005, 6, 13)
    assert parse_document(doc).published_from == "dateline"
    forced = parse_document(doc, published=date(2020, 1, 2))
    assert (forced.published, forced.published_from) == (date(2020, 1, 2), "option")


WIRE_BODY = "MILLBRIDGE, March 5 (Valley Wire) - Authorities widened the evacuation on Thursday."


def _json_docs(items: list[dict[str, str]], name: str) -> list[Document]:
    entries = read_bytes("\n".join(json.dumps(i) for i in items).encode(), name)
    return [e for e in entries if isinstance(e, Document)]


def test_yearless_dateline_takes_the_year_of_the_url() -> None:
    url = "https://wire.example/2026/03/05/evacuation-widened"
    (doc,) = _json_docs([{"title": "T", "text": WIRE_BODY, "link": url}], "one.json")
    assert (doc.published, doc.date_hint) == (None, date(2026, 3, 5))  # the reader reports, never decides
    article = parse_document(doc)
    assert (article.published, article.published_from) == (date(2026, 3, 5), "dateline")


@pytest.mark.parametrize("url", [None, "https://wire.example/news/evacuation-widened"])
def test_yearless_dateline_alone_gives_no_date(url: str | None) -> None:
    item = {"title": "T", "text": WIRE_BODY} | ({"link": url} if url else {})
    (doc,) = _json_docs([item], "one.json")
    assert doc.published is None
    assert parse_document(doc).published is None  # no year, no reference: no guess
    assert parse_document(doc, published=date(2026, 3, 6)).published == date(2026, 3, 6)


def test_yearless_dateline_takes_the_year_of_its_siblings() -> None:
    docs = _json_docs([{"title": "A", "text": "The dam held.", "pubDate": "2027-01-02T06:10:00Z"},
                       {"title": "B", "text": WIRE_BODY.replace("March 5", "Dec. 30")}], "two.jsonl")
    assert [d.published for d in docs] == [date(2027, 1, 2), None]  # the reader reports, never decides
    articles = [parse_document(d) for d in docs]
    assert [a.published for a in articles] == [date(2027, 1, 2), date(2026, 12, 30)]
    assert articles[1].published_from == "dateline"


def test_url_dates() -> None:
    assert url_date("https://x.example/2021/11/23/story") == date(2021, 11, 23)
    assert url_date("https://x.example/news/2021-11-23-fed") == date(2021, 11, 23)
    assert url_date("https://x.example/2021/11/story") == date(2021, 11, 15)
    for no_date in ("https://x.example/202111", "https://x.example/2021/13/05/", "https://x.example/a?d=/2021/11/23"):
        assert url_date(no_date) is None


YEARLESS = WIRE_BODY.replace("March 5", "Dec. 30")
DATED_BODY = "PARIS, June 13, 2005 (Wire) - The talks ended."


@pytest.mark.parametrize(("manifest", "user", "option", "expected"), [
    # nothing else: a dateline's year from the file's other entries (the context), a full dateline as is
    (None, None, None, [(date(2027, 1, 2), "metadata"), (date(2026, 12, 30), "dateline"),
                        (date(2005, 6, 13), "dateline")]),
    # the folder's manifest fills what the file leaves empty, before any dateline
    (date(2025, 5, 5), None, None, [(date(2027, 1, 2), "metadata"), (date(2025, 5, 5), "metadata"),
                                    (date(2025, 5, 5), "metadata")]),
    # the user's own date, then --published, over all of them
    (date(2025, 5, 5), date(2024, 4, 4), None, [(date(2024, 4, 4), "user")] * 3),
    (date(2025, 5, 5), date(2024, 4, 4), date(2020, 1, 2), [(date(2020, 1, 2), "option")] * 3),
])
def test_publication_date_precedence(tmp_path: Path, manifest: date | None, user: date | None,
                                     option: date | None, expected: list[tuple[date, str]]) -> None:
    """option > user > the file's metadata, then the manifest > a dateline in the body (one without a
    year read against the file's other entries): decided in one place, the same for every entry."""
    items = [{"title": "A", "text": "The dam held.", "pubDate": "2027-01-02T06:10:00Z"},
             {"title": "B", "text": YEARLESS}, {"title": "C", "text": DATED_BODY}]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
    if manifest is not None:
        (tmp_path / "dateline.toml").write_text(
            f'[files."wire.jsonl"]\npublished = "{manifest.isoformat()}"\n', encoding="utf-8")
    articles = load_file(str(path), option, (lambda _path: user) if user is not None else None)
    assert all(isinstance(a, Article) for a in articles)
    assert [(a.published, a.published_from) for a in articles if isinstance(a, Article)] == expected


def test_only_the_pipeline_reads_a_dateline_as_the_publication_date() -> None:
    """One place decides the publication date: no reader (nor anything else) reads a dateline for it."""
    root = Path(__file__).resolve().parent.parent / "parsing"
    callers = sorted(str(p.relative_to(root)) for p in root.rglob("*.py")
                     if "find_dateline(" in p.read_text(encoding="utf-8"))
    assert callers == ["dateline.py", "pipeline.py"]


@pytest.mark.parametrize(("body", "place"), [
    ("JACKSON, Miss. — Lt. Gov. Hollis Varnado told donors", "JACKSON, Miss."),
    ("WASHINGTON — The Senate voted", "WASHINGTON"),
    ("BOGOTÁ, Colombia — Andrés Salcedo was sworn in", "BOGOTÁ, Colombia"),  # letters beyond ASCII
    ("SÃO PAULO — Brazil's central bank", "SÃO PAULO"),
])
def test_a_place_alone_before_a_dash_is_a_dateline_without_a_date(body: str, place: str) -> None:
    found = parse_dateline(body)
    assert found is not None and found.place == place and found.date is None
    assert find_dateline(body) is None


@pytest.mark.parametrize("body", ["UPDATE: The vote", "ABC — the network said", "Officials said today"])
def test_a_label_or_a_short_word_is_no_dateline(body: str) -> None:
    assert parse_dateline(body) is None
