"""Quote spans: pairing, direction, apostrophes, inch marks, multi-paragraph quotes."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import attribution, segment
from parsing.segment import marks as quote_marks


def _spans(text: str) -> list[str]:
    paras = segment.paragraphs(text)
    return [text[q.start:q.end] for q in quote_marks.find(text, paras)]


@pytest.mark.parametrize(("text", "want"), [
    ('He said "we will win" today.', ['"we will win"']),
    ("He said “we will win” today.", ["“we will win”"]),
    ("Il a dit « nous gagnerons » hier.", ["« nous gagnerons »"]),
    ("They called it 'Black Monday' on Wall Street.", ["'Black Monday'"]),
    ("An “empty and groundless” escalation of tensions.", ["“empty and groundless”"]),
    ("on the issue. ”Never planned, never did.”", ["”Never planned, never did.”"]),
    ('"Yes," he said, "and no."', ['"Yes,"', '"and no."']),
    ('Wilkins said," [Warhol] liked it". She left.', ['" [Warhol] liked it"']),
])
def test_spans(text: str, want: list[str]) -> None:
    assert _spans(text) == want


@pytest.mark.parametrize("text", [
    "Don't worry about Ukraine’s border or the ’90s.",
    "They played rock 'n' roll all night.",
    "The workers' union met the players’ agents.",
    'The Macbook has a 13.3" screen and a 15" option.',
    "No quotes here at all.",
])
def test_no_quote(text: str) -> None:
    assert _spans(text) == []


def test_nested_quote_is_not_separate() -> None:
    text = "She said “he told me ‘never again’ twice” yesterday."
    assert _spans(text) == ["“he told me ‘never again’ twice”"]


def test_quote_runs_over_paragraphs_with_new_opening_mark() -> None:
    text = 'He said: "First part.\n\n"Second part," he added.'
    paras = segment.paragraphs(text)
    spans = quote_marks.find(text, paras)
    assert [text[q.start:q.end] for q in spans] == ['"First part.', '"Second part,"']
    assert [q.closed for q in spans] == [False, True]
    assert spans[1].continues


def test_continuation_without_opening_mark_starts_at_paragraph() -> None:
    text = 'He said, "We learned a lot.\n\nIt was emotional." Then he left.'
    paras = segment.paragraphs(text)
    spans = quote_marks.find(text, paras)
    assert [text[q.start:q.end] for q in spans] == ['"We learned a lot.', 'It was emotional."']
    assert spans[1].continues and spans[1].start == paras[1].start


def test_stray_mark_stays_in_its_paragraph() -> None:
    text = 'A stray " mark here.\n\nNext paragraph has "a quote" inside.\n\nAnd a third.'
    paras = segment.paragraphs(text)
    spans = quote_marks.find(text, paras)
    assert '"a quote"' in [text[q.start:q.end] for q in spans]
    assert all(q.end <= paras[q.para].end for q in spans)
    assert not any(q.para == 2 for q in spans)


def test_mask_keeps_offsets() -> None:
    text = 'He said "secret words" loudly.'
    spans = quote_marks.find(text, segment.paragraphs(text))
    masked = quote_marks.mask(text, spans, "#")
    assert len(masked) == len(text)
    assert "secret" not in masked and masked.endswith("loudly.")


_ALPHABET = "ab Cd.,:'\"“”‘’«»\n\n-—0123456789 said he She According to X\t\x1b[red]"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_ALPHABET, "said", " he ", "Anna Berg", "\n\n", '13"', " the readout "]),
                max_size=200).map("".join))
def test_any_text_gives_well_formed_quotes(text: str) -> None:
    paras = segment.paragraphs(text)
    spans = quote_marks.find(text, paras)
    for a, b in pairwise(spans):
        assert a.end <= b.start  # sorted, never overlapping
    for q in spans:
        p = paras[q.para]
        assert p.start <= q.start < q.end <= p.end  # never beyond its paragraph
    for found in attribution.extract(text, paras, segment.sentences(text, paras), ()):
        assert text[found.start:found.end] == found.text
        for m in (found.speaker_mention, found.cue):
            assert m is None or text[m.start:m.end] == m.text
        assert found.kind == "speech" or found.speaker is None
