"""Whose words a quote inside a larger report is: a record's words are the one it records; a demand's
clause holds no speaker; a dash and 'a statement …' rename the quote; a role before 'X of the Y'."""

from __future__ import annotations

import pytest

from parsing import pipeline
from parsing.model import Quote


def _one(text: str) -> Quote:
    (q,) = [q for q in pipeline.parse_text(text).quotes if q.kind == "speech"]
    return q


def _mention(q: Quote) -> str | None:
    return q.speaker_mention.text if q.speaker_mention is not None else None


def test_words_a_record_holds_are_the_one_it_records_not_the_reports_source() -> None:
    q = _one('According to two people familiar with the inquiry, investigators have obtained text messages '
             'in which a contractor, Jason Albrecht, told an executive that he had "a good read on where '
             'the scoring is landing" before the award.')
    assert q.speaker == "Jason Albrecht"


def test_a_source_telling_of_someones_saying_still_gives_the_source() -> None:
    q = _one('According to a diplomat, Lindahl opened by saying his country would "never accept" the plan.')
    assert _mention(q) == "a diplomat"


@pytest.mark.parametrize("verb", ["recommended", "urged", "asked"])
def test_a_participle_after_a_demand_is_the_demanders(verb: str) -> None:
    q = _one(f"The board of Larchmont Mining Corp. {verb} that shareholders reject the offer, calling it "
             '"inadequate and opportunistic."')
    assert q.speaker is not None and "Larchmont" in q.speaker


def test_a_participle_after_records_show_is_the_inner_subjects() -> None:
    q = _one('Records show that the board recommended against it, citing "serious concerns".')
    assert _mention(q) == "the board"


def test_a_quote_renamed_as_a_statement_after_a_dash_keeps_its_speaker() -> None:
    q = _one("When agents asked whether he had taken money, the senator said “never, not a dime” — a "
             "statement contradicted by bank records cited in the charging documents.")
    assert _mention(q) == "the senator"


def test_a_speaker_after_a_dash_is_still_a_tail() -> None:
    q = _one('"We will win the vote and then some" - a spokesman said on Monday.')
    assert _mention(q) == "a spokesman"


@pytest.mark.parametrize("text", [
    "Opposition leader Ruwan Gunasekara of the United People's Alliance said the government had "
    '"discovered devolution the moment it needed eight votes".',
    "Sen. Ruwan Gunasekara of the United People's Alliance said the bill was \"a disgrace to the house\".",
])
def test_a_role_before_x_of_the_y_makes_x_the_speaker(text: str) -> None:
    assert _one(text).speaker == "Ruwan Gunasekara"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The phrase came from the Uist Ferry Users Group, whose written submission to the committee "
     'described the effect on island businesses as "devastating".', "Uist Ferry Users Group"),
    ('The attack came from the Harbour Trust, whose report called the plan "a betrayal of the town".',
     "Harbour Trust"),
])
def test_a_document_after_whose_speaks_for_the_one_named_before_it(text: str, speaker: str) -> None:
    assert _one(text).speaker == speaker


def test_a_verb_after_and_shares_the_subject_of_a_characterising_verb_before_it() -> None:
    text = ('Spokesman Yahya al-Sharafi hailed the agreement as "a victory for the people" in a post on X on '
            "Thursday night, and said the leadership had approved the terms \"after careful study\".")
    assert [q.speaker for q in pipeline.parse_text(text).quotes] == ["Yahya al-Sharafi"] * 2


def test_a_place_after_in_beside_a_role_is_where_the_speaker_is() -> None:
    q = _one('A spokesperson in New York said the organization was "ready to provide support."')
    assert q.speaker is None and _mention(q) == "A spokesperson in New York"


def test_a_participle_phrase_after_a_document_tells_of_it() -> None:
    q = _one("The explanatory memorandum attached to the bill argues that the security situation "
             '"has fundamentally changed since February 2022".')
    assert _mention(q) == "The explanatory memorandum"


@pytest.mark.parametrize("noun", ["suggestions", "claims", "reports"])
def test_a_participle_after_a_nouns_that_clause_is_the_main_subjects(noun: str) -> None:
    q = _one(f"A party spokesman rejected {noun} that Van Dalen had been pushed out by a coalition "
             'partner, calling her decision "entirely her own".')
    assert _mention(q) == "A party spokesman"


@pytest.mark.parametrize(("text", "mention"), [
    ('"We have tried in good faith, and we do not believe further discussion will change any mind," '
     "the foreman wrote in the note, which the judge read aloud in the courtroom.", "the foreman"),
    ('"He lied to us from the first day," one of the jurors said.', "one of the jurors"),
])
def test_a_foreman_and_jurors_speak_in_court(text: str, mention: str) -> None:
    assert _mention(_one(text)) == mention


@pytest.mark.parametrize(("text", "speaker"), [
    ('The ruling, written by Justice Alma Ferreira, held that the statute "means what it says."',
     "Alma Ferreira"),
    ('Judge Tobias Wren held that the agency had acted "without any reasoned explanation."', "Tobias Wren"),
])
def test_held_that_reports_a_courts_words(text: str, speaker: str) -> None:
    assert _one(text).speaker == speaker


@pytest.mark.parametrize("text", [
    'Since March, Okafor has held "listening sessions" in every county.',
    'Tenants held a rally on the steps that organisers billed as "a day of reckoning."',
])
def test_held_without_that_says_nothing(text: str) -> None:
    mentions = [q.speaker_mention.text for q in pipeline.parse_text(text).quotes if q.speaker_mention]
    assert not {"Okafor", "Tenants"} & set(mentions)


@pytest.mark.parametrize(("text", "mention"), [
    ('A federal judge in Boston on Friday ordered the administration to restore the grants, finding that the '
     'freeze had likely been imposed "without any lawful basis whatsoever."', "A federal judge"),
    ('Judge Amara Okonkwo struck down the rule, finding it "arbitrary and capricious."', "Amara Okonkwo"),
])
def test_a_finding_set_off_after_its_clause_is_the_subjects(text: str, mention: str) -> None:
    assert (_mention(_one(text)) or "").startswith(mention)
