"""Who speaks through a statement and who "it" is after one: the medium someone said something in
leaves them the one speaking, and a name set beside a description is the description's; where the
one who speaks is located is no name of theirs."""

from __future__ import annotations

import pytest
from quote_support import speech as _speech

from parsing import pipeline


@pytest.mark.parametrize(("text", "speaker"), [
    ('The carriers\' association, the Federation of Baltic Hauliers, said in a statement on Monday '
     'that it would appeal. "No court has ever upheld such a fee," the statement said.',
     "Federation of Baltic Hauliers"),
    ('The nurses\' union, the RNU, said in a statement that talks had failed. "We were never offered '
     'a serious deal," the statement added.', "RNU"),
])
def test_a_statement_speaks_for_the_name_beside_its_issuer(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ('Halvard Shipping said in a statement that it regretted the delay. "Our crews are safe and the '
     'cargo is intact," it said.', "Halvard Shipping"),
    ('Orrin Foods said in an email on Friday that it would cut prices. "Shoppers have told us what '
     'they need," it said.', "Orrin Foods"),
])
def test_it_after_said_in_a_statement_is_the_one_who_said(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


def test_it_after_a_document_put_out_is_still_no_one() -> None:
    text = ('Halvard Shipping posted a notice on its website. "Sailings resume on Monday," it said.')
    (q,) = _speech(text)
    assert q.speaker is None


@pytest.mark.parametrize("text", [
    'A finance ministry official in New Delhi said the second instalment had been released and that '
    '"more help will follow the survey".',
    'A defence ministry official in Kuala Lumpur said the patrols were "routine".',
    # with a word of where in the place before its name
    '"It\'s going to be a long winter," one mall official in suburban Chicago said.',
    '"It\'s going to be a long winter," a bank official in central Madrid said.',
])
def test_where_an_official_is_is_not_who_speaks(text: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and "official" in q.speaker_mention.text
    assert q.speaker is None


@pytest.mark.parametrize("text", [
    'A diplomat at a European embassy in Phnom Penh said there was little appetite for sanctions '
    '"before the summer."',
])
def test_a_role_before_an_organisation_and_its_place_is_who_speaks(text: str) -> None:
    (q,) = _speech(text)
    assert q.speaker is None and q.speaker_mention is not None
    assert q.speaker_mention.text.startswith("A diplomat")


@pytest.mark.parametrize(("text", "speaker"), [
    ('Senator Aldo Brandt denied that the governor\'s office had offered him a post in exchange for his '
     'vote, calling the suggestion "insulting."', "Aldo Brandt"),
    ('Ruth Kagame insisted that the ministry had known of the leak for weeks, calling its silence '
     '"a disgrace."', "Ruth Kagame"),
])
def test_a_participle_after_a_reported_clause_is_the_sayers_act(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


def test_a_participle_after_what_records_show_is_the_clauses_subject() -> None:
    text = 'Minutes show that the board voted against the sale, citing "grave risks" to pensioners.'
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "the board"


@pytest.mark.parametrize("text", [
    'A legislative aide involved in drafting the bill, who asked not to be named, said the permits were '
    '"not going to happen in one day."',
    'A staffer familiar with the budget said the cuts were "deeper than anyone admits."',
])
def test_a_role_told_of_by_a_phrase_heads_the_subject(text: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith("A ")
    assert "bill" not in q.speaker_mention.text[:12] and "budget" not in q.speaker_mention.text[:12]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Delia Munro chairs the rules panel. The letter, signed by Munro and dated March 3, said the change '
     'was "needed to restore order."', "Delia Munro"),
    ('The review, published by the Fiscal Council on Monday, said the surplus could "vanish as quickly as '
     'it came."', "Fiscal Council"),
])
def test_a_document_speaks_for_the_one_who_wrote_it(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ('The Office of the Revenue Commissioner said in a statement on Tuesday that audits would resume. '
     'The statement said every firm would be told "well before the first visit".',
     "Office of the Revenue Commissioner"),
    ('The Electoral Institute met on Thursday. In a statement issued shortly after 9 a.m., it warned '
     'that the cut put polling at risk.\n\n"A cut of this size is not an adjustment," the statement said.',
     "Electoral Institute"),
])
def test_the_statement_of_an_organisation_named_within_or_as_it(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


def test_a_role_before_a_name_is_no_verb_of_saying() -> None:
    text = ('"We were not ready to let it fall," Finance Ministry state secretary Klaus Brenner told '
            "reporters.")
    (q,) = _speech(text)
    assert q.speaker == "Klaus Brenner"


def test_several_of_a_kind_are_none_of_those_named_before() -> None:
    text = ('The Bank of Norway did not join the cut but said it "fully supports" the move.\n\n'
            '"Conditions have weakened the outlook," the banks said in a joint statement.')
    last = _speech(text)[-1]
    assert last.speaker is None and last.speaker_mention is not None
    assert last.speaker_mention.text == "the banks"


def test_what_it_called_is_the_clauses_subject() -> None:
    text = ('Jean Roy said the talks had failed. In a statement released in Paris, the parent company, '
            'Groupe Marchand, condemned what it called "an unacceptable act of intimidation."')
    assert _speech(text)[-1].speaker == "Groupe Marchand"


def test_a_participant_is_someone_who_speaks() -> None:
    text = ('One participant in Tuesday\'s talks described the mood as "tense for the first six hours, then '
            'almost friendly."')
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith("One participant")


def test_now_between_a_subject_and_its_verb_is_skipped() -> None:
    text = ('Chairman Boaz Lerner had hoped to finish by July. He now says that timeline is "ambitious but '
            'not impossible."')
    (q,) = _speech(text)
    assert q.speaker == "Boaz Lerner"


def test_the_subject_of_a_relative_clause_without_that_is_not_the_sentences() -> None:
    text = ('In return, the Social Democrats agreed to review the early retirement rules, a scheme the '
            'conservatives have called "too expensive for a shrinking workforce."')
    (q,) = _speech(text)
    assert q.speaker is None  # not the Social Democrats, whose clause it is not


@pytest.mark.parametrize("text", [
    '"This buys them time," said Leonard Beck, an analyst at Mayfield Partners, who rates the stock a '
    '"hold." "But the clock is still running."',
    'Tom Reinholt said he was keeping his "neutral" rating on the stock.',
    'Michael Tran downgraded Norwood to "sell" from "buy," writing that the programs were "too early."',
])
def test_a_stock_rating_quoted_alone_is_a_label(text: str) -> None:
    ratings = ('"hold."', '"neutral"', '"sell"', '"buy,"')
    assert not [q.text for q in _speech(text) if q.text in ratings]


def test_a_rating_word_said_in_answer_is_speech() -> None:
    assert [q.kind for q in pipeline.parse_text('Asked what investors should do, he said: "Sell."').quotes] \
        == ["speech"]


def test_a_title_that_takes_the_beside_a_role_names_the_speaker() -> None:
    text = ('"The river is quiet because the road is closed," said the shelter\'s director, the Rev. Tomas '
            'Villalba.')
    (q,) = _speech(text)
    assert q.speaker == "Tomas Villalba"


def test_what_it_called_opening_its_sentence_is_read_once() -> None:
    # the free relative is its own clause's subject here: binding "it" to that subject went round in a
    # circle (a RecursionError)
    text = 'Acme Corp. spoke on Monday. What it called "a disgrace" was the plan.'
    (q,) = _speech(text)
    assert q.speaker == "Acme Corp."


@pytest.mark.parametrize(("text", "speaker"), [
    ('The Colorado Division of Insurance sent insurers a bulletin on Wednesday. The division said that'
     ' companies "should not treat the volume of claims as a reason for delay."',
     "Colorado Division of Insurance"),
    ('The Harbour Trust met on Monday to review the lease. The trust said the operator had "broken every'
     ' promise it made."', "Harbour Trust"),
])
def test_the_with_an_organisations_own_noun_stands_for_it(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker



def test_a_body_no_one_was_introduced_as_does_not_take_the_last_sentences_name() -> None:
    text = ('Pirates seized a tanker on Tuesday, the European Union\'s naval force said.\n\nThe ship,'
            ' managed by Brandt Reederei of Hamburg, was boarded at dawn.\n\n"They came alongside in two'
            ' skiffs and used ladders," the force said in a statement.')
    (q,) = _speech(text)
    assert q.speaker != "Brandt Reederei"


def test_a_persons_description_no_one_was_given_takes_the_one_the_sentence_before_names() -> None:
    text = ('Renee Callahan is running for the Senate.\n\nCallahan laughed at the rally in Flint. "I\'m told'
            ' I sound like a bad muffler," the Democratic congresswoman said.')
    (q,) = _speech(text)
    assert q.speaker == "Renee Callahan"


def test_the_one_who_read_a_document_out_is_not_its_voice() -> None:
    text = ('The final communique, read out by the secretary-general shortly after 9 p.m., said members had '
            'agreed on "a binding timetable for the removal of barriers."')
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "The final communique"


def test_a_spokesperson_for_a_named_bodys_ministry_is_the_spokesperson() -> None:
    text = ("Asked about it on Friday, a spokesperson for Denmark's Foreign Ministry said only that "
            'Copenhagen "looks forward to welcoming the next ambassador."')
    (q,) = _speech(text)
    assert q.speaker_mention is not None
    assert q.speaker_mention.text == "a spokesperson for Denmark's Foreign Ministry"
