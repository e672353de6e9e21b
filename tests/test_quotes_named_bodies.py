"""Names of bodies and the nouns around them: an ordinal ends a campaign's or a party's name ("Rivers
First", "Families First") and makes it no person; and a verb's base form after "the <adjective>"
with a singular noun before the preposition is a noun ("the situation in the northeastern state
as")."""

from __future__ import annotations

import pytest
from quote_support import speech


def test_a_name_ending_in_an_ordinal_is_a_body() -> None:
    text = 'Chalk Streams First, a coalition of angling charities, called the votes "a victory for sense".'
    assert [q.speaker for q in speech(text)] == ["Chalk Streams First"]


def test_a_pronoun_after_a_campaign_named_first_is_the_person() -> None:
    text = ("Organizer Dana Whitcombe stood on a chair to address supporters as results came in. "
            '"Fourteen months ago they called us a fringe group," said Whitcombe.\n\n'
            "She said the campaign, Valley Parents First, had knocked on 20,000 doors. "
            '"We didn\'t have a billionaire," she said.')
    assert [q.speaker for q in speech(text)] == ["Dana Whitcombe", "Dana Whitcombe"]


def test_a_verb_form_after_an_adjective_is_a_noun() -> None:
    text = ("On Wednesday, MP Sunita Rao drew loud protests when she described the situation in the "
            'northeastern state as "a war the government refuses to name".')
    assert [q.speaker for q in speech(text)] == ["Sunita Rao"]


def test_a_role_in_a_body_after_the_quote_is_the_speaker() -> None:
    quotes = speech('"The next six months are decisive," a senior official in the presidency said on Sunday.')
    assert len(quotes) == 1 and quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == "a senior official in the presidency"


def test_a_person_of_a_party_beside_a_role_in_a_body() -> None:
    text = ("The minority leader in Parliament, Kwesi Annan Boateng of the opposition People's Unity "
            'Congress, dismissed the changes as "rearranging the chairs in a burning house."')
    assert [q.speaker for q in speech(text)] == ["Kwesi Annan Boateng"]


def test_a_bracket_inside_a_party_name_after_an_inverted_verb() -> None:
    text = '"We are ready," said Janata Dal (United) state president Umesh Kant Mandal.'
    assert [q.speaker for q in speech(text)] == ["Umesh Kant Mandal"]


def test_a_role_from_a_place_set_off_by_commas_is_the_speaker() -> None:
    text = ("Readers have begun to respond. One reader from Cody, Wyo., wrote that the magazine was "
            '"the only thing besides the power bill that reached our ranch."')
    quotes = speech(text)
    assert len(quotes) == 1 and quotes[0].speaker is None
    assert quotes[0].speaker_mention is not None and quotes[0].speaker_mention.text == "One reader"


def test_words_a_document_records_are_the_speakers() -> None:
    text = ("According to an FBI affidavit filed in 1995, Kolar once assured an informant that the ward "
            '"runs on envelopes."')
    assert [q.speaker for q in speech(text)] == ["Kolar"]


def test_a_person_reporting_anothers_words_is_the_source() -> None:
    text = 'According to a diplomat, Lindahl opened by saying his country would "never accept" the plan.'
    quotes = speech(text)
    assert quotes[0].speaker_mention is not None and quotes[0].speaker_mention.text == "a diplomat"


def test_added_with_an_object_and_to_is_no_verb_of_saying() -> None:
    text = ("In a statement, Minister Omar Khalil said Ottawa had already added billions of dollars to "
            'health transfers and "will continue to work with provinces on shared priorities."')
    assert [q.speaker for q in speech(text)] == ["Omar Khalil"]


def test_a_company_closed_by_its_legal_form_is_one_name_and_and_all() -> None:
    text = ('Pacific Gas and Electric Co. said it would keep lines de-energized "until conditions allow safe'
            ' restoration."\n\nMary Smith and Tom Jones said the shop would stay shut "until further'
            ' notice."')
    assert [q.speaker for q in speech(text)] == ["Pacific Gas and Electric Co.", None]


def test_two_companies_each_with_its_legal_form_are_two() -> None:
    text = ('Halloway Brands Inc. and Tidewater Tobacco Corp. said the settlement had been "a significant'
            ' factor" in their losses.')
    assert [q.speaker for q in speech(text)] == [None]


@pytest.mark.parametrize("text", [
    'House Minority Leader Rosa Villanueva, a Democrat from Kansas City, Kansas, said the money was '
    '"a sweetener, not a solution."',
    'State Sen. Dale Hoffer, a rancher from Cody, Wyo., said the plan was "a mess from start to finish."',
])
def test_a_person_a_description_from_a_town_and_state_renames_is_the_speaker(text: str) -> None:
    # the description set beside the name, its town and its state each between commas: the person
    quotes = speech(text)
    assert len(quotes) == 1 and quotes[0].speaker in ("Rosa Villanueva", "Dale Hoffer")
