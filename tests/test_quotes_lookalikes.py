"""Subjects that read like something else: a conjunctive adverb set off by commas before the subject
("In its decision, however, the commission said … and noted …"); a role at a named organisation in a
place ("An analyst at Goldman Sachs in London"), whose place is where the one described is; a given
name that is also a name particle ("Ben Okafor", "Al Gore"); an organisation whose name ends in
a plural of people ("the Society of Journalists"); an inverted verb of saying (", said Whitfield,
who …"); a capitalised word opening a common noun phrase ("More than 600 faculty members",
"Faculty members"); and public roles ("the warden") as descriptions of speakers."""

from __future__ import annotations

import pytest
from quote_support import speech as _speech

from parsing import attribution, segment


def test_a_conjunctive_adverb_is_no_subject_of_a_coordinated_verb() -> None:
    text = ("The agency declined to comment. In its written decision, however, the commission said it had "
            "“no discretion” to accept late documents and noted that the team had been warned "
            "“on at least two occasions” during the registration process.")
    mentions = [q.speaker_mention.text if q.speaker_mention else None for q in _speech(text)]
    assert mentions == ["the commission", "the commission"]


@pytest.mark.parametrize(("text", "mention"), [
    ('An analyst at Goldman Sachs in London said the upgrade looked "a little generous" given weak '
     "trade.", "An analyst at Goldman Sachs in London"),
    ('Economists at Meridian Capital in Dubai said the upgrade looked "a little generous" given weak '
     "trade.", "Economists at Meridian Capital in Dubai"),
    ('A spokesman for the Red Cross in Geneva said the convoy was "waiting for guarantees."',
     "A spokesman for the Red Cross in Geneva"),
])
def test_a_role_at_a_named_organisation_in_a_place_is_the_one_described(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_person_at_a_named_organisation_in_a_place_is_still_the_person() -> None:
    (q,) = _speech('Jane Corrigan of Goldman Sachs in London said the upgrade looked "a little generous."')
    assert q.speaker == "Jane Corrigan"


@pytest.mark.parametrize(("text", "speaker"), [
    ('"The mayor believes voters have every right to use the recall process," said her spokesman, '
     "Ben Okafor.", "Ben Okafor"),
    ('"We will not give up on this," said Al Gore.', "Al Gore"),
    # a particle in lower case inside a name is still a particle
    ('Crown Prince Mohammed bin Salman said the plan was "a turning point" for the kingdom.',
     "Mohammed bin Salman"),
])
def test_a_given_name_that_is_also_a_particle_opens_the_name(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ('The Society of Journalists said in a statement that the government had "used a crowbar where a '
     'scalpel was needed."', "Society of Journalists"),
    ('The Union of Concerned Scientists said the plan was "a crowbar where a scalpel was needed."',
     "Union of Concerned Scientists"),
])
def test_an_organisation_named_for_people_speaks(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(("text", "mention"), [
    ('Critics of the plan said it was "a crowbar where a scalpel was needed."', "Critics of the plan"),
    ('Officials said it was "a crowbar where a scalpel was needed."', "Officials"),
])
def test_a_plural_of_people_is_still_a_group(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker is None
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_an_inverted_verb_of_saying_takes_the_name_after_it() -> None:
    text = ("The association plans to survey bar patrons in the spring and again next winter, said "
            'Whitfield, who plans to celebrate with dinner out Saturday night "in a room where I can '
            'actually breathe."')
    (q,) = _speech(text)
    assert q.speaker == "Whitfield"


@pytest.mark.parametrize(("text", "speaker"), [
    # a name after "said" that opens what was said, not one that closes an inverted clause
    ('A spokesman, Chung Min-soo, said Mr. Yoon "fully accepts the agreement signed by the government."',
     "Chung Min-soo"),
    ("For the current quarter, Halvard forecast revenue of $3.2 billion, above estimates, and said it now "
     'expected full-year sales to grow "in the high teens."', "Halvard"),
])
def test_a_name_after_said_that_opens_the_report_is_not_its_subject(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(("text", "mention"), [
    ('More than 600 faculty members said the proposal was "unconstitutional in spirit if not in letter."',
     "600 faculty members"),
    ('Faculty members signed an open letter, calling the proposal "unconstitutional in spirit."',
     "Faculty members"),
])
def test_a_capitalised_word_opening_a_common_noun_phrase_is_no_name(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker is None
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize("role", ["warden", "trooper", "lifeguard", "coroner", "umpire"])
def test_a_public_role_is_a_speakers_description(role: str) -> None:
    (q,) = _speech(f'"Most of them know better," the {role} said.')
    assert q.speaker_mention is not None and q.speaker_mention.text == f"the {role}"


def test_a_name_later_in_the_report_is_not_an_inverted_subject() -> None:
    text = ("Senate President Pro Tempore Roberta Hensel, R-Westmoreland, said Voight would be stripped of "
            "his chairmanship of the Senate Community, Economic and Recreational Development Committee "
            '"effective immediately."')
    (q,) = _speech(text)
    assert q.speaker is not None and q.speaker.endswith("Roberta Hensel")


def test_a_role_in_a_named_place_after_the_quote_is_its_speaker() -> None:
    text = ('"People are angry, and they are angry at us," a party official in Oulu said, asking not to be '
            "named because she was not authorised to speak to the media.")
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "a party official in Oulu"


def test_a_part_of_the_subject_told_of_between_commas_is_an_aside() -> None:
    text = ("In a letter sent to the governor in August, more than 120 researchers, many from the University "
            'of Michigan and Michigan State University, warned that "the window for sensible rules is '
            'closing."')
    (q,) = _speech(text)
    assert q.speaker is None
    assert q.speaker_mention is not None and q.speaker_mention.text == "120 researchers"


@pytest.mark.parametrize("text", [
    'In a telephone interview on “Fox & Friends,” he complained that the microphone had been “defective.”',
    'Appearing Sunday on "Fox News Sunday," Sen. Roy Fentress called the story "a hit job."',
])
def test_a_programme_named_after_on_is_other_though_a_cue_follows(text: str) -> None:
    quotes = attribution.extract(text, segment.paragraphs(text), (), ())
    assert [q.kind for q in quotes] == ["other", "speech"]


def test_a_reply_after_a_closing_single_quote_is_no_work() -> None:
    text = "‘Did you ever discuss the cost of the trip with him directly?’\n\n‘Yes. Twice.’\n"
    quotes = attribution.extract(text, segment.paragraphs(text), (), ())
    assert [q.kind for q in quotes] == ["speech", "speech"]
