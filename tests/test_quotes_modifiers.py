"""Who speaks: a participle used as an adjective ("a high-ranking official",
"the acting director") stays in the description, and a region word before a place ("a lawmaker from
western Japan") leaves the place where the speaker is from, not the speaker; and an apology quotes the
one who apologises; a "he" after "according to" a person is that person; a label set beside a quote
("a label the minister dislikes") says nothing; and an office named by its place ("ICE's Salt Lake
City field office") speaks for its owner; a state after a town ("Kansas City, Mo.,") is no speaker."""

from __future__ import annotations

import pytest
from quote_support import speech


def _mention(text: str) -> str | None:
    quotes = speech(text)
    assert len(quotes) == 1
    m = quotes[0].speaker_mention
    return m.text if m is not None else None


@pytest.mark.parametrize(("text", "mention"), [
    ('"The numbers do not add up," said a high-ranking official.', "a high-ranking official"),
    ('"The numbers do not add up," said a long-serving lawmaker.', "a long-serving lawmaker"),
    ('"The numbers do not add up," said a mid-ranking party lawmaker.', "a mid-ranking party lawmaker"),
    ('"The numbers do not add up," a high-ranking official said.', "a high-ranking official"),
    ('"The numbers do not add up," said the acting director.', "the acting director"),
    ('"The numbers do not add up," said a ranking member of the committee.',
     "a ranking member of the committee"),
])
def test_a_participle_before_the_noun_is_part_of_the_description(text: str, mention: str) -> None:
    assert _mention(text) == mention


def test_a_participle_after_the_speaker_still_ends_the_phrase() -> None:
    text = '"The numbers do not add up," said the minister, adding that the talks were over.'
    assert _mention(text) == "the minister"


@pytest.mark.parametrize(("text", "mention"), [
    ('"We are not there yet," said a lawmaker from western Japan.', "a lawmaker from western Japan"),
    ('"We are not there yet," said one teacher from north London.', "one teacher from north London"),
    ('"We are not there yet," said a mid-ranking lawmaker from western Japan, who spoke on condition '
     "of anonymity.", "a mid-ranking lawmaker from western Japan"),
])
def test_a_place_with_a_region_word_is_where_the_speaker_is_from(text: str, mention: str) -> None:
    quotes = speech(text)
    assert quotes[0].speaker is None
    assert _mention(text) == mention


@pytest.mark.parametrize("text", [
    'Its managing director, Fraser Lennox, apologised to passengers for "the disruption of the past '
    'fortnight" and said free travel would follow.',
    'Fraser Lennox apologized for "the chaos of the last week" on Monday.',
])
def test_an_apology_is_the_speakers_words(text: str) -> None:
    """Apologising is a speech act: the words it quotes are the one who apologises."""
    assert [q.speaker for q in speech(text)] == ["Fraser Lennox"]


def test_a_he_after_according_to_stands_for_the_source() -> None:
    """"according to Kenneth Obi" names a source, not where someone spoke ("on RTÉ"): a "he" in the
    same paragraph after it is Obi, not the speaker of the paragraph before."""
    text = ('"We are fine," said Arthur Pell, an economist.\n\n'
            "Rates are likely to rise within days, according to Kenneth Obi, chief economist of the "
            'Council. "Anyone waiting just missed the boat," he said.')
    assert [q.speaker for q in speech(text)] == ["Arthur Pell", "Kenneth Obi"]


def test_a_label_set_beside_a_quote_says_nothing() -> None:
    """'"Kinonomics," a label the prime minister says he dislikes': the clause after the label tells
    of it; the prime minister does not say the word."""
    text = ('Some commentators have taken to calling the agenda "Kinonomics," a label the prime minister '
            "says he dislikes.")
    assert speech(text) == []


def test_a_label_after_a_characterised_quote_leaves_its_subject() -> None:
    text = 'Critics have called the plan "a disaster," a term the minister rejects.'
    quotes = speech(text)
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quotes] == ["Critics"]


def test_a_by_in_a_clause_after_a_document_is_not_its_issuer() -> None:
    """'told the committee in a letter Tuesday that the list is protected by the First Amendment':
    the 'by' is the clause's, so the letter is not the First Amendment's."""
    text = ("Her lawyers told the committee in a letter Tuesday that the list is protected by the First "
            'Amendment. "The Supreme Court settled this in 1958," the letter said.')
    assert [q.speaker for q in speech(text)] == [None]
    assert speech(text)[0].speaker_mention is not None


@pytest.mark.parametrize(("text", "speaker"), [
    ('In a statement, ICE\'s Salt Lake City field office, which oversees Nevada, called the ordinance '
     '"a dangerous policy."', "Immigration and Customs Enforcement"),
    ('The FBI\'s Chicago field office confirmed that agents had conducted "court-authorized law '
     'enforcement activity" at the address.', "Federal Bureau of Investigation"),
])
def test_an_office_named_by_its_place_speaks_for_its_owner(text: str, speaker: str) -> None:
    """'ICE's Salt Lake City field office': the name between the owner and the noun says which of its
    offices, not who speaks."""
    assert [q.speaker for q in speech(text)] == [speaker]


@pytest.mark.parametrize("state", ["Mo.", "Ill.", "Pa.", "Wash."])
def test_a_state_after_a_town_in_an_aside_is_no_speaker(state: str) -> None:
    """'Hensley, speaking by telephone from league offices in Kansas City, Mo., called': the state
    that closes the aside (an abbreviation that is also a word) is a place, not the subject."""
    text = (f"Hensley, speaking by telephone from league offices in Springfield, {state}, called the "
            'settlement "fair to both sides."')
    assert [q.speaker for q in speech(text)] == ["Hensley"]


@pytest.mark.parametrize("verb", ["objected", "disagreed", "griped"])
def test_objecting_is_saying(verb: str) -> None:
    text = (f"A lawyer for the creditors, Leonard Fisk, {verb} that the terms gave Harborside \"far too "
            'much control, far too early."')
    assert [q.speaker for q in speech(text)] == ["Leonard Fisk"]
