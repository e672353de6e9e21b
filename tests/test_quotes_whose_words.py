"""Whose words a quotation gives when no verb of saying stands right before it: "in her words" and
"in the words of X" name the one whose words they are; a quotation inside a relative clause between a
subject and its verb is part of that clause and hides no subject; a participle after a clause joined
with "and" tells of that clause's subject; and more people named by their work ("a sales associate",
"a bank teller")."""

from __future__ import annotations

import pytest
from quote_support import speech


@pytest.mark.parametrize(("text", "speaker", "mention"), [
    ("Councillor Nadia Freel has campaigned for months on a bus service that, in her words, "
     '"turns up when it feels like turning up."', "Nadia Freel", "her"),
    ('Mayor Tom Ashby spoke after the vote. The budget was, in Ashby\'s own words, "a holding pattern."',
     "Tom Ashby", "Ashby"),
    ('The deal was, in the words of Senator Carla Mendes, "a decade late and a dollar short."',
     "Carla Mendes", "Carla Mendes"),
])
def test_in_her_words_names_whose_words_they_are(text: str, speaker: str, mention: str) -> None:
    quotes = speech(text)
    assert [(q.speaker, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        (speaker, mention)]


def test_the_words_as_a_label_stay_other() -> None:
    text = 'Someone had painted the words "no entry" across the gate overnight.'
    assert speech(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ('Governor Iris Valdane, who has made "zero waste" the theme of her second term, said on Monday that '
     'the state would "find the money one way or another."', "Iris Valdane"),
    ('The union leader Marco Deluca, who once called the firm "a good employer" in an interview, said the '
     'offer was "an insult to every driver."', "Marco Deluca"),
])
def test_a_quotation_inside_a_relative_clause_hides_no_subject(text: str, speaker: str) -> None:
    assert speech(text)[-1].speaker == speaker


def test_a_quotation_after_the_subject_still_bounds_a_clause_elsewhere() -> None:
    text = ('A political action committee, Forward Valley, has run an ad that calls the councilman "Tax '
            'Hike Harry," a label his campaign calls "tired and untrue."')
    assert speech(text)[-1].speaker != "Forward Valley"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Most Democrats voted for the bill, and Rep. Lydia Farrow of Ohio filed an amendment on Thursday, "
     'accusing the leadership of "hiding the cost from taxpayers."', "Lydia Farrow"),
    ("The board approved the budget, but Councillor Owen Marsh walked out of the meeting, calling the vote "
     '"a rubber stamp."', "Owen Marsh"),
])
def test_a_participle_after_a_joined_clause_tells_of_its_subject(text: str, speaker: str) -> None:
    assert speech(text)[-1].speaker == speaker


def test_a_participle_with_no_joined_clause_keeps_the_sentence_subject() -> None:
    text = ('Senator Ruth Calder voted against the measure on Tuesday, and called it "a gift to insurers," '
            'warning that premiums would "climb for years."')
    assert [q.speaker for q in speech(text)] == ["Ruth Calder", "Ruth Calder"]


@pytest.mark.parametrize("text", [
    '"They told us nothing until this morning," said one sales associate, who asked not to be named.',
    '"I have never seen the queue this long," said a bank teller on Main Street.',
])
def test_people_named_by_their_work_are_speakers_described(text: str) -> None:
    quotes = speech(text)
    assert len(quotes) == 1 and quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text.split()[-1] in ("associate", "teller")


def test_a_name_before_a_relative_clause_is_the_subject_of_a_far_verb() -> None:
    text = ("Growers were angrier still. Harvest Alliance, which speaks for farm co-operatives in 12 states, "
            "called the decision to merge the subsidy programmes into block grants \"a betrayal of rural "
            "America\" and said it would sue.")
    assert [q.speaker for q in speech(text)] == ["Harvest Alliance"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Treasury's forecasts, released with the budget, describe the outlook as \"subdued but resilient\".",
     "Treasury"),
    ("Ofgem's reports describe the retail market as \"fragile and overheated\".", "Ofgem"),
])
def test_plural_documents_speak_for_their_owner(text: str, speaker: str | None) -> None:
    quotes = speech(text)
    assert len(quotes) == 1 and quotes[0].speaker == speaker and quotes[0].speaker_mention is not None


@pytest.mark.parametrize("text", [
    ("Harwick Steel Ltd. swung to a loss in the third quarter as cheap imports drove down prices for sheet "
     'steel across North America, the company said. The company warned that "further cuts may be needed."'),
    ("Shares closed at 812 pence on the FTSE 100 index. The company said trading had been "
     '"weak for the past six weeks."'),
])
def test_the_company_is_no_place_or_index(text: str) -> None:
    quotes = speech(text)
    assert quotes and quotes[-1].speaker not in ("North America", "FTSE")
