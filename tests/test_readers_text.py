"""Plain-text reader: the seed's layout, bodies-only files, verbatim body slices."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsing.model import Document
from parsing.readers import read_bytes

SHARED_SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "seed_article.txt"
SAMPLE_SEED = Path(__file__).resolve().parents[1] / "sample_articles" / "seed_article.txt"
SEED_TITLE = "Top US, Russian Military Chiefs Speak by Phone Amid Tensions Over Ukraine"


def _doc(text: str, name: str = "a.txt") -> Document:
    entries = read_bytes(text.encode(), name)
    assert len(entries) == 1
    doc = entries[0]
    assert isinstance(doc, Document)
    return doc


def _assert_slice(text: str, doc: Document) -> None:
    assert doc.body_offset is not None
    assert text.replace("\r\n", "\n")[doc.body_offset:doc.body_offset + len(doc.body)] == doc.body


@pytest.mark.parametrize("path", [SHARED_SEED, SAMPLE_SEED], ids=["shared", "sample"])
def test_seed_layout(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is absent")
    text = path.read_text(encoding="utf-8")
    doc = _doc(text, str(path))
    assert doc.title == SEED_TITLE
    assert doc.byline == ("Isabel van Brugen",)
    assert len(doc.captions) == 1 and doc.captions[0].startswith("Chairman of the Joint Chiefs")
    assert doc.body.startswith("U.S. Chairman")
    assert doc.body.endswith("for comment.")
    assert "Reporter" not in doc.body and "Related Topics" not in doc.body
    assert doc.published is None  # "Updated:" carries no date
    _assert_slice(text, doc)


LAYOUT = """Mayor Orders Flood Barriers Raised Along the River

Mayor Orders Flood Barriers Raised Along the River
Workers stack sandbags on the embankment on Monday. Jane Roe/Daily Planet
John Q. Public
Published: March 2, 2026

The mayor ordered the barriers raised on Monday.

"We will not wait," she said.

John Q. Public
John Q. Public
Staff Writer
John Q. Public covers the city for the Daily Planet.
Share this article
Related Topics
"""


def test_layout_with_dated_published_line() -> None:
    doc = _doc(LAYOUT)
    assert doc.title == "Mayor Orders Flood Barriers Raised Along the River"
    assert doc.byline == ("John Q. Public",)
    assert doc.captions == ("Workers stack sandbags on the embankment on Monday. Jane Roe/Daily Planet",)
    assert str(doc.published) == "2026-03-02" and doc.published_from == "metadata"
    assert doc.body == 'The mayor ordered the barriers raised on Monday.\n\n"We will not wait," she said.'
    _assert_slice(LAYOUT, doc)


def test_by_line_and_crlf() -> None:
    text = "Storm Closes Schools\r\n\r\nBy Ann Lee and Bo Park\r\n\r\nSchools closed on Friday.\r\n"
    doc = _doc(text)
    assert doc.title == "Storm Closes Schools"
    assert doc.byline == ("Ann Lee", "Bo Park")
    assert doc.body == "Schools closed on Friday."
    _assert_slice(text, doc)


def test_bodies_only_file_keeps_first_paragraph() -> None:
    text = "The council met on Monday and voted to close the bridge.\n\nIt reopens in May.\n"
    doc = _doc(text)
    assert doc.title is None
    assert doc.body_offset == 0
    assert doc.body == text.strip()


def test_headline_needs_a_blank_line_after_it() -> None:
    text = "Council votes\nto close the bridge on Monday, officials said.\n\nIt reopens in May.\n"
    doc = _doc(text)
    assert doc.title is None
    assert doc.body.startswith("Council votes")


def test_dateline_paragraph_is_not_a_title() -> None:
    text = "June 13, 2005\n\nEuropean aircraft maker Airbus has won an order.\n"
    doc = _doc(text)
    assert doc.title is None
    assert doc.body.startswith("June 13, 2005")


def test_headline_over_body() -> None:
    text = "Airbus Wins Qatar Order\n\nEuropean aircraft maker Airbus has won an order.\n\nMore follows.\n"
    doc = _doc(text)
    assert doc.title == "Airbus Wins Qatar Order"
    assert doc.body.startswith("European aircraft maker")
    _assert_slice(text, doc)


def test_a_single_line_is_body() -> None:
    doc = _doc("Breaking news without a period")
    assert doc.title is None
    assert doc.body == "Breaking news without a period"


LINES = ["Bridge Closes", "Bridge Closes", "By Ann Lee", "Ann Lee", "Updated:", "Published: March 2, 2026",
         "Photo of the bridge. Jo Bloggs/Gazette", "The bridge closed.", "Reporter", "twitter",
         "Related Topics", "", "", "  ", "June 13, 2005", "“Quoted.”", "\t", "é"]


@given(st.lists(st.sampled_from(LINES), max_size=25).map("\n".join))
def test_body_is_always_a_verbatim_slice(text: str) -> None:
    if not text.strip():
        return
    doc = _doc(text)
    _assert_slice(text, doc)
    assert doc.body == doc.body.strip() or not doc.body.strip()


WIRE = """Fed Raises Rates Again

By Jane Doe and John Roe
4 min read
Posted on November 23, 2021 by the wire desk

WASHINGTON, Nov. 23 (Reuters) - The Federal Reserve raised rates.

Copyright rules were not discussed at the meeting on Tuesday, officials said.

Reporting by Jane Doe; Editing by Bill Berkrot
Our Standards: The Thomson Reuters Trust Principles.
"""


def test_wire_copy_head_and_credits() -> None:
    doc = _doc(WIRE)
    assert doc.title == "Fed Raises Rates Again"
    assert doc.byline == ("Jane Doe", "John Roe")
    assert str(doc.published) == "2021-11-23"
    assert doc.body.startswith("WASHINGTON, Nov. 23 (Reuters) - ")
    assert doc.body.endswith("officials said.")  # a long last paragraph is body even if it starts "Copyright"
    _assert_slice(WIRE, doc)


@pytest.mark.parametrize(("text", "byline", "published"), [
    ("By Ann Lee\n\nThe bridge closed.\n", ("Ann Lee",), None),
    ("Updated: March 2, 2026\n\nThe bridge closed.\n", (), "2026-03-02"),
    ("Bridge Closes\n\nBy JOHN SMITH, Associated Press\n\nThe bridge closed.\n", ("JOHN SMITH",), None),
])
def test_head_without_title_or_with_outlet(text: str, byline: tuple[str, ...], published: str | None) -> None:
    doc = _doc(text)
    assert doc.byline == byline
    assert (str(doc.published) if doc.published else None) == published
    assert doc.body == "The bridge closed."
    _assert_slice(text, doc)


CREDITED = """Fed Raises Rates Again

WASHINGTON, Nov. 23 (Reuters) - The Federal Reserve raised rates.

More text follows here.

(Reporting by Jane Doe in Washington; Additional reporting by Al Roe; Editing by Bill Berkrot)
Our Standards: The Thomson Reuters Trust Principles.
"""


def test_wire_credit_line_gives_the_reporters() -> None:
    doc = _doc(CREDITED)
    assert doc.byline == ("Jane Doe", "Al Roe")
    assert doc.body.endswith("More text follows here.")
    _assert_slice(CREDITED, doc)


def test_credit_line_in_the_head_is_a_byline() -> None:
    text = "Dam Holds\n\nReporting by Tom Ashdown in Millbridge; editing by Carla Menzies\n\nThe dam held.\n"
    doc = _doc(text)
    assert (doc.title, doc.byline, doc.body) == ("Dam Holds", ("Tom Ashdown",), "The dam held.")


def test_body_paragraph_about_reporting_is_not_a_credit() -> None:
    text = "Bridge Closes\n\nThe bridge closed.\n\nReporting by the paper showed the cables had rusted.\n"
    doc = _doc(text)
    assert doc.byline == ()
    assert doc.body.endswith("showed the cables had rusted.")


STANDFIRST = "The city will spend two million on new walls, the mayor said."


def test_title_case_headline_over_a_standfirst() -> None:
    text = f"Mayor Orders Flood Barriers Raised Along the River\n{STANDFIRST}\n\nThe mayor spoke.\n\nMore.\n"
    doc = _doc(text)
    assert doc.title == "Mayor Orders Flood Barriers Raised Along the River"
    assert doc.body.startswith(STANDFIRST) and doc.body.endswith("More.")
    _assert_slice(text, doc)


def test_headline_and_standfirst_over_the_usual_head() -> None:
    text = (f"Flood barriers raised along the river\n{STANDFIRST}\n\nFlood barriers raised along the river\n"
            "Workers stack sandbags. Jane Roe/Daily Planet\nBy Ann Lee\nUpdated: March 5, 2026\n\n"
            "The mayor spoke on Monday.\n")
    doc = _doc(text)
    assert doc.title == "Flood barriers raised along the river"
    assert doc.byline == ("Ann Lee",) and str(doc.published) == "2026-03-05"
    assert doc.captions == ("Workers stack sandbags. Jane Roe/Daily Planet",)
    assert doc.body == "The mayor spoke on Monday."
    _assert_slice(text, doc)


@pytest.mark.parametrize("text", [
    "Breaking news in the city today\nThe council voted to close the bridge.\n\nIt reopens in May.\n",
    "Mayor Orders Flood Barriers Raised\nThe city will spend two million\non new walls.\n\nMore.\n",
    "Mayor Orders Flood Barriers Raised\nthe city will spend two million.\n\nMore.\n",
])
def test_two_line_openings_that_are_not_headline_and_standfirst(text: str) -> None:
    doc = _doc(text)
    assert doc.title is None
    assert doc.body == text.strip()
