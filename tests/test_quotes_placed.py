"""A body and where it is, or whose it is: the speaker is the body the clause is about. A known place
after the body's "in" or "at" ends the subject ("The Ministry of Commerce in Beijing said"), an
indefinite description of a body set beside a name ("Ostrava, a company in Waltham, Mass., said")
renames the name before it, not the place inside it, and "the company" stands for the organisation
that opened its clause before one named inside an apposition ("Pinnacle, a subsidiary of Northfield
Group, disputed")."""

from __future__ import annotations

import pytest
from quote_support import speech as _speech


@pytest.mark.parametrize(("text", "speaker"), [
    ('The Ministry of Commerce in Beijing said on Thursday that it had asked Canada to handle the case '
     '"in a fair and objective manner."', "Ministry of Commerce"),
    ('Halvard Therapeutics won a split vote on Wednesday.\n\nHalvard, a company in Waltham, Mass., with no '
     'other products on the market, said in a statement that it was "encouraged by the committee\'s vote."',
     "Halvard Therapeutics"),
    ('Corvane Labs won approval on Monday.\n\nCorvane Labs, a drug maker in Basel, said the trial would go '
     'on "as planned."', "Corvane Labs"),
])
def test_a_body_where_it_is_speaks_not_its_place(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


def test_police_in_a_city_are_a_group_not_the_city() -> None:
    quote = _speech('Police in Mumbai said the road would stay "closed until further notice."')[-1]
    assert quote.speaker != "Mumbai"
    assert quote.speaker_mention is not None and quote.speaker_mention.text.startswith("Police")


def test_a_company_named_like_a_city_is_the_one_its_description_renames() -> None:
    """"Ostrava" is a city too: a description of a body set beside it still renames it, and the
    speaker's mention is the name, not "Waltham" inside the description."""
    text = ('Advisers backed a drug from Ostrava Therapeutics on Wednesday.\n\nOstrava, a company in '
            'Waltham, Mass., with no other products on the market, said in a statement that it was '
            '"encouraged by the vote."')
    mention = _speech(text)[-1].speaker_mention
    assert mention is not None and mention.text == "Ostrava"


@pytest.mark.parametrize(("text", "speaker"), [
    # "the insurer" stands for the company that opened the clause before, not the parent named in its
    # apposition
    ('Pinnacle Health Plans cut its network on Monday.\n\nPinnacle, a subsidiary of Minneapolis-based '
     'Northfield Group, disputed that account. In a statement, the insurer said the demands were '
     '"unsustainable for families."', "Pinnacle Health Plans"),
    # with no organisation opening its clause, the one named last
    ('Workers at Halden Steel met with managers from Corvane Metals on Monday. The company said the '
     'talks were "constructive."', "Corvane Metals"),
])
def test_the_company_is_the_one_the_text_was_about(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker
