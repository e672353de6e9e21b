"""Paragraph and sentence splitting of news prose."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsing.model import Span
from parsing.segment import paragraphs, sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text, paragraphs(text))]


def _paragraphs(text: str) -> list[str]:
    return [text[s.start:s.end] for s in paragraphs(text)]


@pytest.mark.parametrize("sentence", [
    "U.S. Chairman of the Joint Chiefs Gen. Mark Milley spoke on Tuesday.",
    "He met Dr. Ann Lee and Mr. Bo Park at St. Mary's on Sept. 28, 2021.",
    "J. R. R. Tolkien and George W. Bush never met.",
    "The index rose 3.5 percent to No. 5 in the table.",
    "Russia's deputy U.N. ambassador made similar remarks.",
    "Acme Inc. Chief Executive Ann Lee resigned.",
    "Phones sell well in the U.S. Jobs also rose.",  # no one named Jobs: better a missed break
    "Ann Lee met the D.C. Police Chief and troops of the U.S. Army Corps of Engineers.",
    "Steve Jobs said the U.S. Treasury will pay.",
])
def test_no_false_breaks(sentence: str) -> None:
    assert _sentences(sentence) == [sentence]


@pytest.mark.parametrize(("text", "expected"), [
    ('"It is over," he said. "We lost."', ['"It is over," he said.', '"We lost."']),
    ("She said it was “done.” Then she left.", ["She said it was “done.”", "Then she left."]),
    ('"Why now?" she asked. Nobody knew!', ['"Why now?" she asked.', "Nobody knew!"]),
    ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    ("Troops left the U.S. The talks failed.", ["Troops left the U.S.", "The talks failed."]),
    ("It was founded in 1962. It holds water.", ["It was founded in 1962.", "It holds water."]),
    ("Prices fell in the U.S. Several firms closed.", ["Prices fell in the U.S.", "Several firms closed."]),
    ("Steve Jobs spoke. Phones sell in the U.S. Jobs also noted sales.",
     ["Steve Jobs spoke.", "Phones sell in the U.S.", "Jobs also noted sales."]),
])
def test_sentence_breaks(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_one_paragraph_a_line_layout() -> None:
    text = "TASS reported the news.\nHis remarks came later.\n\nNew paragraph here."
    assert _paragraphs(text) == ["TASS reported the news.", "His remarks came later.", "New paragraph here."]


def test_hard_wrapped_prose_keeps_paragraphs() -> None:
    text = ("The council voted on Tuesday to close the old\nharbour bridge for repairs that will take\n"
            "six months. Engineers said the cables were\ncorroded.\n\nTraffic will be diverted.")
    paras = _paragraphs(text)
    assert len(paras) == 2 and paras[0].endswith("corroded.")
    first = _sentences(text)[0]
    assert first == text[:text.index("six months.") + len("six months.")]


def test_list_items_and_headings() -> None:
    text = "Plants closing:\n* St. Thomas, Ontario\n* Chicago, Illinois\nWhat comes next\nTalks resume."
    assert _paragraphs(text) == ["Plants closing:", "* St. Thomas, Ontario", "* Chicago, Illinois",
                                 "What comes next", "Talks resume."]


def test_headline_without_period_is_its_own_paragraph() -> None:
    assert _sentences("Bridge Closes\n\nThe bridge closed.") == ["Bridge Closes", "The bridge closed."]


def _well_formed(text: str, spans: tuple[Span, ...]) -> None:
    last = 0
    for s in spans:
        assert last <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        last = s.end


@given(st.lists(st.sampled_from(["Mr.", "U.S.", " ", "\n", "\n\n", ". ", "A", "b", "“", "”", '"', "3.5",
                                 "...", "?", "* ", "1. ", "\t", "Sept. 28", "é"]), max_size=40).map("".join))
def test_spans_are_trimmed_sorted_and_inside(text: str) -> None:
    paras = paragraphs(text)
    sents = sentences(text, paras)
    _well_formed(text, paras)
    _well_formed(text, sents)
    for s in sents:
        assert any(p.start <= s.start and s.end <= p.end for p in paras)


def test_a_masked_quotation_opens_a_sentence() -> None:
    """The attribution runs this splitter on text whose quotations are filled with ``▒``: a full stop
    before a masked quotation ends a sentence, one inside it (masked) ends none."""
    text = "Rev. Alma Whitt paused. ▒▒▒▒▒▒▒▒▒, she said. The U.S. Senate met at 6 a.m. It adjourned."
    got = [text[s.start:s.end] for s in sentences(text, paragraphs(text))]
    assert got == ["Rev. Alma Whitt paused.", "▒▒▒▒▒▒▒▒▒, she said.", "The U.S. Senate met at 6 a.m.",
                   "It adjourned."]
