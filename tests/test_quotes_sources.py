"""Partial quotes after characterising verbs, and sources that are not one named person: documents,
polls, broadcasters, quantified groups; and the sentence boundary after a quote that closes one."""

from __future__ import annotations

import pytest

from parsing import attribution, pipeline, segment
from parsing.model import Quote


def _quotes(text: str) -> tuple[Quote, ...]:
    paras = segment.paragraphs(text)
    return attribution.extract(text, paras, segment.sentences(text, paras), ())


def _speech(text: str) -> list[Quote]:
    return [q for q in pipeline.parse_text(text).quotes if q.kind == "speech"]


@pytest.mark.parametrize(("text", "speaker"), [
    # verb + object + the quote as its complement: the subject's words
    ('Mayor Ruth Calder dismissed the audit as "a fishing expedition."', "Ruth Calder"),
    ('Senator Omar Haddad on Tuesday denounced the new tariff schedule as "a tax on every family."',
     "Omar Haddad"),
    ('Union leader Pat Greaves hailed the agreement as "a turning point for nurses."', "Pat Greaves"),
    ('Councillor Jo Mabry branded the closure "a betrayal of the north side."', "Jo Mabry"),
    ('Judge Ellen Park warned of "lasting harm" to the defendants.', "Ellen Park"),
    ('Ines Varga spoke of "a quiet crisis" in rural clinics.', "Ines Varga"),
])
def test_characterising_verb_gives_its_subject(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


def test_a_quote_that_closes_its_sentence_is_not_attributed_by_the_next() -> None:
    text = ('Chief Dana Ruiz dismissed the complaint as "baseless." Several officers said the inquiry '
            'was "long overdue."')
    first, second = _speech(text)
    assert first.speaker == "Dana Ruiz"
    assert second.speaker is None and second.speaker_mention is not None
    assert second.speaker_mention.text == "Several officers"


@pytest.mark.parametrize(("text", "mention"), [
    ('Fifty-two percent of those polled called the tax "unfair to renters."',
     "Fifty-two percent of those polled"),
    ('Most shop owners interviewed by the paper described the plan as "a disaster for trade."',
     "Most shop owners interviewed by the paper"),
    ('Critics of the council, however, have called the vote "a rushed job."', "Critics of the council"),
])
def test_quantified_and_group_sources_have_a_mention_and_no_speaker(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker is None
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_document_introduced_with_a_or_an_has_no_issuer_from_elsewhere() -> None:
    text = ('The Harbour Board said on Monday it would "review every lease."\n\n'
            'A leaked letter read: "We cannot survive another year at these rents."')
    first, second = _quotes(text)
    assert first.speaker == "Harbour Board"
    assert second.speaker is None and second.speaker_mention is not None


def test_a_statement_released_by_a_person_is_theirs() -> None:
    text = ('Representative Lena Ortiz said she was "stunned", releasing a statement saying "This ruling '
            'ignores every family that lost a home."')
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Lena Ortiz", "Lena Ortiz"]


def test_a_noun_after_a_singular_indefinite_is_not_a_verb() -> None:
    (q,) = _quotes('One reader left a comment on a blog post "I have never seen the river this low."')
    assert q.cue is None or q.cue.text != "post"
