"""Who says words reported in a clause, and where a document's words come from: a participle after a
verb of saying set after its reported clause is the sayer's act; "added that" reports as "said that"
does; a title's stop is no sentence's end between a quotation and its verb; a newspaper that obtained a
memo is not its author; and a sign's words are not the words of whoever stands before it."""

from __future__ import annotations

import pytest
from quote_support import speech as _speech

from parsing import pipeline


@pytest.mark.parametrize(("text", "speaker"), [
    ("The deficit will be larger than projected, Gregory Sauvé said Tuesday, warning that a slowing "
     "economy has left Ottawa with “very little room for error.”", "Gregory Sauvé"),
    ("Turnout fell in every ward, Mayor Ines Bakker said on Monday, calling the result "
     "“a warning to all of us.”", "Ines Bakker"),
])
def test_a_participle_after_a_fronted_report_is_its_sayers(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


def test_a_participle_after_a_fronted_report_takes_a_group_sayer_not_the_clause() -> None:
    text = "Prices rose, analysts said on Tuesday, citing “very little room for error.”"
    (q,) = _speech(text)
    assert q.speaker is None and q.speaker_mention is not None and q.speaker_mention.text == "analysts"


@pytest.mark.parametrize("text", [
    'Derek Volk spoke first. He added that Ostrowski had "at least tried" to fix the scheduling system.',
    'Derek Volk spoke first. He added that the chief had "done his best" to reform the unit.',
])
def test_added_that_reports_a_partial_quote(text: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == "Derek Volk"


def test_add_a_quantity_to_something_still_says_nothing() -> None:
    text = 'The tariff could add "a few tenths of a point" to inflation.'
    assert [(q.speaker, q.cue) for q in pipeline.parse_text(text).quotes] == [(None, None)]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"It\'s a start," the union\'s president, Sgt. Kevin Marr, wrote in a text message.', "Kevin Marr"),
    ('"We are ready," the brigade\'s commander, Lt. Col. Ann Brody, told reporters.', "Ann Brody"),
    ('"No comment," the firm\'s founder, Paul J. Ruiz, said.', "Paul J. Ruiz"),
    # the Army's enlisted ranks, abbreviated: "Spc." (specialist) and "Pfc." (private first class)
    ('"The heat never worked," said Spc. Marcus Dell, 24, who lived on the third floor.', "Marcus Dell"),
    ('"We were told to wait," Pfc. Lena Ortiz said.', "Lena Ortiz"),
])
def test_a_titles_stop_between_a_quote_and_its_verb_ends_no_sentence(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    'An internal Metro Transit memo obtained by the Courier in September described the platform as '
    '"the most dangerous 200 feet in the system."',
    'A draft report seen by Reuters called the plan "unworkable in its current form."',
])
def test_the_one_who_obtained_a_document_is_not_its_author(text: str) -> None:
    (q,) = _speech(text)
    assert q.speaker not in ("Courier", "Reuters")
    assert q.speaker_mention is not None and q.speaker_mention.text.split()[-1] in ("memo", "report")


def test_an_author_after_by_still_speaks_for_the_document() -> None:
    text = ('A paper presented to the board by the PSNI warned that numbers could fall '
            '"below 6,000 by the spring".')
    (q,) = _speech(text)
    assert q.speaker == "PSNI"


def test_what_a_banner_reads_is_not_the_speech_of_the_one_after_it() -> None:
    text = ('Standing before a banner that still read “Roarke for Governor,” Lt. Gov. Janine Roarke '
            'conceded the primary late Tuesday.')
    quotes = pipeline.parse_text(text).quotes
    assert [q.speaker for q in quotes if q.text.startswith("“Roarke")] == [None]


@pytest.mark.parametrize("surname", ["Shively", "Connolly", "Finnerly"])
def test_a_surname_ending_in_ly_after_a_quote_is_a_name(surname: str) -> None:
    text = (f'Gordon {surname} of Missouri signed the subpoenas.\n\n"Seniors are still waiting on hold," '
            f'{surname} said.')
    (q,) = _speech(text)
    assert q.speaker == f"Gordon {surname}"
    assert q.speaker_mention is not None and q.speaker_mention.text == surname


@pytest.mark.parametrize("role", ["clerk", "cashier", "passenger", "protester", "driver"])
def test_a_person_named_by_their_work_or_place_speaks(role: str) -> None:
    (q,) = _speech(f'"Our shipment is late," said one {role}, who asked not to be named.')
    assert q.speaker_mention is not None and q.speaker_mention.text == f"one {role}"


def test_part_of_the_subject_set_off_by_commas_is_not_the_subject() -> None:
    text = ('The Awami League was not on the ballot. Its leaders, many of them in India, called the election '
            '"a staged exercise" in a post.')
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Its leaders"


@pytest.mark.parametrize("noun", ["ruling", "filing"])
def test_a_documents_noun_ending_in_ing_says_its_words(noun: str) -> None:
    (q,) = _speech(f'"The practices are not unjustly discriminatory," the {noun} said.')
    assert q.speaker_mention is not None and q.speaker_mention.text == f"the {noun}"


def test_a_participles_clause_between_quote_and_verb_is_still_no_subject() -> None:
    quotes = pipeline.parse_text('"We won," waving their flags, the fans said.').quotes
    assert [q.speaker_mention for q in quotes] == [None]


def test_a_participle_after_a_determiner_qualifies_the_subject() -> None:
    quotes = pipeline.parse_text('"We won," the cheering crowd said.').quotes
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quotes] == ["the cheering crowd"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('It was presented by Deputy Rodrigo Alvarenga of the governing Nuevas Ideas party, who told the '
     'chamber that the measure remained "indispensable."', "Rodrigo Alvarenga"),
    ('One vote came from Deputy Jaime Guardado of the opposition Vamos party, who said the legislature '
     'had become "a notary office for the presidential palace."', "Jaime Guardado"),
])
def test_who_after_a_person_of_a_party_is_the_person(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


def test_a_verb_inside_the_first_that_clause_is_not_the_seconds_cue() -> None:
    text = ('Commissioner Wade Kittredge said at that meeting that he had received calls from residents who '
            'believed their ballots had not been counted, and that he would not "rubber-stamp numbers I '
            'can\'t explain."')
    (q,) = _speech(text)
    assert q.speaker == "Wade Kittredge"


@pytest.mark.parametrize(("text", "mention"), [
    ("A European diplomat observing the vote said the main concern was “the silence, not the numbers.”",
     "A European diplomat observing the vote"),
    ('A lawyer representing the family called the ruling "a travesty."', "A lawyer representing the family"),
])
def test_a_role_told_of_by_a_participle_heads_the_subject(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_verb_of_saying_takes_both_of_its_that_clauses() -> None:
    text = ('A company spokeswoman, Lisa Carrow, said the other units were running normally and that the '
            'chlorine unit would stay closed "for weeks, not days."')
    (q,) = _speech(text)
    assert q.speaker == "Lisa Carrow"


def test_an_organisation_of_x_and_y_is_one_name_a_role_speaks_for() -> None:
    text = ('A spokeswoman for the Ministry of Asylum and Migration said the delegation would "continue to '
            'take part constructively" in the talks.')
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith("A spokeswoman")


def test_that_person_is_a_demonstrative_subject() -> None:
    text = ('Claeys spoke first.\n\nAccording to a person who attended the meeting, the dispute is over a '
            'tax. “For the socialists it is a symbol,” that person said.')
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text.endswith("person")


@pytest.mark.parametrize(("text", "words"), [
    ('Yakubu Danlami spoke on Monday. Results, he added, would be uploaded "in real time" to the portal.',
     "in real time"),
    ('Mwila Chansa spoke on Monday. Arrears owed to suppliers, he said, would be cleared "in full" by June.',
     "in full"),
    ('Linda Cavanaugh spoke on Monday. Crews were examining the rail, she added, but it was "far too '
     'early" to say why it broke.', "far too early"),
])
def test_a_verb_of_saying_set_off_by_commas_reports_its_sentence(text: str, words: str) -> None:
    (q,) = _speech(text)
    assert words in q.text and q.speaker is not None and q.speaker_mention is not None \
        and q.speaker_mention.text in ("he", "she")


def test_the_verb_after_a_set_off_verb_of_saying_is_inside_its_report() -> None:
    text = ('Sen. Ian Moffatt urged senators to pass the bill. Law enforcement agencies, he said, had been '
            'asking for the powers "for the better part of a decade," and seizures had tripled.')
    (q,) = _speech(text)
    assert q.speaker == "Ian Moffatt"


@pytest.mark.parametrize(("text", "mention"), [
    ('Pruitt declined to be interviewed, the report said, and his general counsel told investigators the '
     'trips were "educational in nature."', "his general counsel"),
    ('The factions agreed to a timetable, the United Nations said, in what the envoy described as "the '
     'most serious step in years".', "the envoy"),
])
def test_a_clause_with_its_own_subject_after_a_set_off_verb_has_its_own_sayer(
        text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_participle_set_beside_a_noun_is_no_verb_of_saying() -> None:
    text = ('Colette Arsenault is the minister. Arsenault answered that the government\'s "Relief Top-Up", '
            'announced last month, would reach 11 million households "before the end of spring".')
    (q,) = _speech(text)
    assert q.speaker == "Colette Arsenault"


def test_and_a_verb_with_its_own_quotation_after_a_quote_is_not_its_cue() -> None:
    text = ('The texts went between Mayor Denise Albright and Travis Dunleavy. In another, Dunleavy asked '
            'whether the office would "ask questions," and Albright replied, "Not if you don\'t give them '
            'a reason to."')
    first, second = _speech(text)
    assert (first.speaker, second.speaker) == ("Travis Dunleavy", "Denise Albright")


def test_a_participle_right_after_its_noun_is_no_verb_of_saying() -> None:
    text = ('Tobias Greer is the campaign manager. He said she had left the PAC "long before" she was hired, '
            'and that the polling memo cited in the complaint had been "posted publicly by us, on our own '
            'website."')
    assert [q.speaker for q in _speech(text)] == ["Tobias Greer", "Tobias Greer"]
