"""Who speaks, continued: the subject of the verb that cues a quote past what stands before it
(asides, relative clauses, adverbials, possessors), groups and one of a group, pronouns after
unnamed speakers, and single quotation marks."""

from __future__ import annotations

from itertools import pairwise

import pytest
from quote_support import speech as _speech

from parsing import attribution, pipeline, segment
from parsing.model import Quote
from parsing.segment import marks


def _quotes(text: str) -> tuple[Quote, ...]:
    paras = segment.paragraphs(text)
    return attribution.extract(text, paras, segment.sentences(text, paras), ())


def test_a_second_that_clause_of_the_same_verb_is_speech() -> None:
    text = 'Dunmore argued that the board had "ignored the law" and that tenants had "every right" to stay.'
    quotes = _speech(text)
    assert [q.text for q in quotes] == ['"ignored the law"', '"every right"']
    assert {q.speaker for q in quotes} == {"Dunmore"}


def test_an_exclamation_without_a_cue_is_speech() -> None:
    quotes = _speech('Marchers greeted the minister with cries of "Not one more!" outside the hall.')
    assert [q.text for q in quotes] == ['"Not one more!"']


def test_a_person_of_a_place_speaks_and_not_the_place() -> None:
    text = 'Senator Hal Brecken of Wendmoor, whose state lost 40 homes, described the plan as "cruel."'
    (q,) = _speech(text)
    assert q.speaker == "Hal Brecken"


def test_an_age_is_a_description_of_the_person_just_quoted_not_a_name() -> None:
    text = ('Okafor, a two-term mayor, called the plan "a trick."\n\n'
            '"We will win this," the 64-year-old said. "Every ward of it."')
    quotes = _speech(text)
    assert [q.speaker for q in quotes] == ["Okafor"] * 3
    assert quotes[1].speaker_mention is not None and quotes[1].speaker_mention.text == "the 64-year-old"


@pytest.mark.parametrize(("text", "head"), [
    ("KORVALA — The border closed on Tuesday.\n\nThe interior ministry in Korvala said the closure was "
     "“temporary and necessary.”", "ministry"),
    ("The agency in Tarnby called the plan “a mistake.”", "agency"),
    ("Officials in Brenmark said the road was “open again.”", "Officials"),
])
def test_a_place_after_in_locates_the_speaker_and_is_not_the_speaker(text: str, head: str) -> None:
    (q,) = _speech(text)
    assert q.speaker is None
    assert q.speaker_mention is not None and head in q.speaker_mention.text


@pytest.mark.parametrize(("text", "mention"), [
    # verbs that carry a quote after it as its speaking: began, pleaded, sighed, laughed, interjected
    ("“It's late,” she began, “so I'll keep this short.”", "she"),
    ("“We have nothing left,” the farmer pleaded.", "the farmer"),
    ("“Not again,” Ines Ortega sighed.", "Ines Ortega"),
    ("“That was never the plan,” Tom Reyes interjected.", "Tom Reyes"),
])
def test_a_manner_of_speaking_after_the_quote_attributes_it(text: str, mention: str) -> None:
    first = _speech(text)[0]
    assert first.speaker_mention is not None and first.speaker_mention.text == mention


def test_a_session_that_began_is_no_speaker() -> None:
    text = "The session began “in a spirit of cooperation,” according to the communique."
    (q,) = _speech(text)
    assert q.speaker is None and (q.speaker_mention is None or "session" not in q.speaker_mention.text)


def test_a_role_opening_its_sentence_through_a_possessive_is_the_head_not_the_possessor() -> None:
    text = ("The governor's press secretary brushed the criticism aside on Monday. "
            '"Budgets pass. That is what they are for," he said.')
    (q,) = _speech(text)
    assert q.speaker is None  # not the governor
    assert q.speaker_mention is not None and q.speaker_mention.text == "he"


def test_british_single_quotes_are_the_quotation_marks_of_a_text_without_double_ones() -> None:
    text = ("\u2018I have wanted this all my life,\u2019 Achebe told the chamber. \u2018But I did not come "
            "here to hand the bill to people who paid twice.\u2019\n\n"
            "The spokesman said the minister had \u2018full confidence\u2019 in her deputy.")
    speech = _speech(text)
    assert [q.text[1:12] for q in speech] == ["I have want", "But I did n", "full confid"]
    assert speech[1].speaker == "Achebe"


def test_single_quotes_beside_double_ones_stay_labels() -> None:
    text = ('"We will win," Achebe said of the \u2018Clean Water\u2019 campaign. '
            "Critics called it the \u2018tap tax\u2019.")
    assert [q.text for q in _speech(text)] == ['"We will win,"']


def test_the_subject_of_a_that_clause_verb_speaks() -> None:
    # a quote deep in the that-clause of a weak verb is still the subject's
    (q,) = _speech('The study warns that heavier shipping could wake the whales during "the very hours '
                   'they rely on for rest."')
    assert q.speaker_mention is not None and q.speaker_mention.text == "The study"
    (q,) = _speech('The Marlow Supreme Court on Monday struck down the map, ruling 4-3 that lawmakers had '
                   'drawn it to "entrench one party\'s advantage."')
    assert q.speaker == "Marlow Supreme Court"


@pytest.mark.parametrize("when", ["last week", "on Tuesday night", "earlier this month", "Friday"])
def test_a_time_adverbial_between_the_verb_and_its_that_clause(when: str) -> None:
    # "reported last week that …": the adverbial modifies the report, the clause is still its object
    (q,) = _speech(f'The news agency reported {when} that the government would use its '
                   '"humanitarian influence" with the kidnappers.')
    assert q.speaker_mention is not None and q.speaker_mention.text == "The news agency"


def test_rules_as_a_noun_is_no_verb_of_speech() -> None:
    text = 'Senator Mark Ellison on Wednesday denounced the new purchasing rules as "a blank check."'
    (q,) = _speech(text)
    assert q.speaker == "Mark Ellison"


@pytest.mark.parametrize(("text", "mention"), [
    ('"It was a mistake," one of the officials said.', "one of the officials"),
    ('One of the aides said the plan was "dead on arrival."', "One of the aides"),
])
def test_one_of_a_group_is_a_description_of_one_person(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize(("text", "mention"), [
    ('A senior official who was briefed on the meeting described it as "short and frosty."',
     "A senior official"),
    ('Voters who attended the rally called the plan "a fraud."', "Voters"),
    ('The woman who answered the door said she was "terrified."', "The woman"),
])
def test_a_subject_with_a_relative_clause_is_the_noun_before_who(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_pronoun_subject_after_a_relative_clause_stays_the_subject() -> None:
    """'lawmakers who had warned that … what she called "…"': the verb's own subject, not the
    noun before 'who'."""
    text = ('Sen. Ines Carrasco said the ruling vindicated lawmakers who had warned in April that the '
            'tariffs rested on what she called "a legal theory held together with tape."')
    (q,) = _speech(text)
    assert q.speaker == "Ines Carrasco"


def test_a_description_narrowed_by_a_relative_clause_is_someone_new() -> None:
    """'The woman who answered the door' introduces her: not the person quoted before."""
    text = ('Anna Berg, who chairs the panel, said the plan was "dead."\n\n'
            'The woman who answered the door said she was "terrified."')
    quotes = _speech(text)
    assert quotes[0].speaker == "Anna Berg"
    assert quotes[1].speaker is None and quotes[1].speaker_mention is not None


@pytest.mark.parametrize("text", [
    '"Yes," she replied. "Next question."',
    'The director replied four minutes later: "Understood."',
    'He added in a second post: "WE WILL WIN ON APPEAL!"',
])
def test_a_short_quote_with_its_speech_tag_is_speech(text: str) -> None:
    quotes = _quotes(text)
    assert quotes and all(q.kind == "speech" for q in quotes)


def test_a_word_before_a_participle_tag_stays_a_mention_of_a_word() -> None:
    """'dismissed an "Antennagate," saying …': the subject mentions the word; it is no quote of hers."""
    text = 'Jobs dismissed the existence of an "Antennagate," saying that all phones had the problem.'
    (q,) = _quotes(text)
    assert q.kind == "other"


@pytest.mark.parametrize(("text", "mention"), [
    ('A letter signed by 38 former officials, sent to the committee on Monday, praised him as '
     '"a leader of rare integrity."', "A letter signed by 38 former officials"),
    ('The union, led by Dana Price, called the offer "an insult."', "The union"),
])
def test_an_aside_opening_with_an_irregular_participle_is_skipped(text: str, mention: str) -> None:
    """', sent to the committee on Monday,' and ', led by …,' stand between a subject and its verb
    as ', signed by …,' does: the subject is before them."""
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize(("text", "mention"), [
    ('The agency warned that as many as 19,000 state workers could get notices "as early as Tuesday."',
     "The agency"),
    ('Three state officials said the plan was "dead."', "Three state officials"),
])
def test_a_verb_form_after_a_count_is_a_noun(text: str, mention: str) -> None:
    """'19,000 state workers': 'state' after a count qualifies a noun; it is no verb of speech."""
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_continue_with_an_object_is_no_verb_of_speech() -> None:
    """'officers would continue collecting the tariffs until … "…"': the quote is the department's
    (the that-clause of 'said'); 'continued' is speech only beside its quote."""
    text = ('The department said in a statement that customs officers would continue collecting the '
            'tariffs until the window expired "in order to ensure an orderly transition."')
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "The department"
    (q2,) = _speech('She continued: "We will win."')
    assert q2.speaker_mention is not None and q2.speaker_mention.text == "She"


def test_a_possessor_before_a_role_is_not_the_subject() -> None:
    """'Allegheny County's chief executive, Maureen Oduya, said … and urged them "…"': the role's
    holder, named in apposition, not the county that owns the role."""
    text = ("Allegheny County's chief executive, Maureen Oduya, said on Sunday that she had spoken to "
            'both sides and urged them "to stay in the room until this is done."')
    (q,) = _speech(text)
    assert q.speaker == "Maureen Oduya"


def test_a_delegate_is_a_speaker_noun() -> None:
    (q,) = _speech('"Everything is on the table," a Gulf delegate said.')
    assert q.speaker_mention is not None and q.speaker_mention.text == "a Gulf delegate"


@pytest.mark.parametrize(("text", "mention"), [
    ('Officials had initially described the breach only as "a technical incident", prompting complaints.',
     "Officials"),
    ('The senator repeatedly called the bill "a disgrace."', "The senator"),
    ('The minister privately described the talks as "hopeless."', "The minister"),
])
def test_an_adverb_in_ly_between_subject_and_verb_is_skipped(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize(("text", "mention"), [
    ('His family said it was "devastated."', "His family"),
    ('Neighbors described him as "quiet."', "Neighbors"),
])
def test_a_family_or_neighbours_speak_as_a_group(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_pronoun_after_an_unnamed_role_speaker_is_that_speaker() -> None:
    """'the president said he had "no regrets." He added: …': he is the president, not the
    person quoted in the paragraph before."""
    text = ('"We have done nothing wrong," press secretary Karine Jean-Pierre told reporters.\n\n'
            'Speaking aboard Air Force One, the president said he had "no regrets." '
            'He added: "None whatsoever."')
    quotes = _speech(text)
    assert quotes[0].speaker == "Karine Jean-Pierre"
    assert quotes[2].speaker is None
    assert quotes[2].speaker_mention is not None and quotes[2].speaker_mention.text == "He"


def test_a_one_word_sentence_after_a_quote_is_speech() -> None:
    text = '"The president has done nothing wrong," Ana Ruiz told reporters. "Nothing."'
    quotes = _quotes(text)
    assert [q.kind for q in quotes] == ["speech", "speech"]


def test_single_quotes_with_a_double_quote_inside_are_the_quotation_marks() -> None:
    """British style: ‘…’ quotes, “…” for a quote inside one; the one double-quoted piece does not
    turn the single marks back into labels."""
    text = ("An aide told the inquiry that her employer ‘knew exactly’ who paid.\n\n"
            "‘I was told the invoice would go to Marlowe,’ she said. ‘I do now.’\n\n"
            "‘The second time, he said, “Don’t put anything in writing.”’")
    quotes = _quotes(text)
    assert [q.text[:6] for q in quotes] == ["‘knew ", "‘I was", "‘I do ", "‘The s"]
    assert all(q.kind == "speech" for q in quotes[:3])


@pytest.mark.parametrize(("text", "mention"), [
    ('A former aide to the Conservative MP Julian Whitcroft told an inquiry he "knew exactly" who paid.',
     "A former aide"),
    ('An adviser to Senator Ana Ruiz said the bill was "dead."', "An adviser"),
])
def test_an_aide_to_a_named_person_is_the_aide(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize(("text", "mention"), [
    ('In an interview with CBC Radio\'s The House, Conservative MP Brent Olafson, whose riding is in '
     'Alberta, said he was "deeply uneasy" about the ruling.', "Brent Olafson"),
    ('Assembly Minority Leader Theo Marchetti of Milwaukee said the plan was "a start."', "Theo Marchetti"),
    ('Labour MPs were less sanguine. "We cannot fight an election like this," one said.', "one"),
    ('The cap, the majority wrote, leaves groups "ample room to make their case."', "the majority"),
    ('In a joint statement, the two leaders "reaffirmed their shared commitment" to the pact.',
     "the two leaders"),
])
def test_subjects_of_political_copy(text: str, mention: str) -> None:
    """A subject before a relative clause after an adverbial naming an outlet; 'X of Y' where X is a
    person; 'one said' after a group; the majority of a court; a quoted predicate after its subject."""
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_the_university_of_a_place_stays_one_name() -> None:
    (q,) = _speech('The University of Michigan said the study was "flawed."')
    assert q.speaker == "University of Michigan"


def test_british_quotes_never_overlap_an_open_double_mark() -> None:
    text = "\"We are ready. John Smith said: 'We are ready.' Smith said: 'We are ready.'"
    quotes = _quotes(text)
    assert all(a.end <= b.start for a, b in pairwise(quotes))


@pytest.mark.parametrize(("text", "speaker", "mention"), [
    ('Economist Sarah Lindqvist said the credits were well targeted but warned that they could add '
     '"a few tenths of a point" to inflation.', "Sarah Lindqvist", "Sarah Lindqvist"),
    ('The dissent warned that legislatures would read the ruling as "an invitation."', None, "The dissent"),
])
def test_add_and_read_in_their_other_senses_say_nothing(text: str, speaker: str | None, mention: str) -> None:
    """'add "…" to' increases and 'read X as "…"' interprets: the quote is the outer speaker's."""
    (q,) = _speech(text)
    assert q.speaker == speaker
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_sentence_opening_with_according_to_is_its_sources() -> None:
    text = ('According to a senior Liberal figure close to the leader, the party will announce a '
            'reshuffle by Friday and wants to "clear the decks" on cuts.')
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith("a senior Liberal figure")
    (q2,) = _speech('"We are ready," he added.')
    assert q2.speaker_mention is not None and q2.speaker_mention.text == "he"


@pytest.mark.parametrize("text", [
    'The district runs a "gifted and talented" program.',
    'The bank sold "unsecured" loans to students.',
])
def test_a_quoted_modifier_after_a_verb_is_no_quoted_predicate(text: str) -> None:
    (q,) = _quotes(text)
    assert q.kind == "other"


@pytest.mark.parametrize("subject", [
    "White House press secretary Kendra Vaughn", "Senate majority leader Alma Kolstad",
    "Ohio state treasurer Ann Pruitt",
])
def test_a_name_after_an_organisations_two_word_role_opens_the_clause(subject: str) -> None:
    # "…, telling reporters": the participle's subject is the person, not the organisation before
    # the role
    (q,) = _speech(f'{subject} defended the decision Tuesday, telling reporters the move was "about '
                   'the family, not about a poll."')
    assert q.speaker == " ".join(subject.split()[-2:])


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ('Greer, speaking on CBS\' "Face the Nation" later in the morning, dismissed the bill as "a ransom '
     'note with a price tag."', "Thomas Greer", '"a ransom note with a price tag."'),
    ('Kittredge, appearing on "Fox News Sunday," said the House had "done its job" by passing the bill.',
     "Dwayne Kittredge", '"done its job"'),
])
def test_a_programme_named_in_an_aside_leaves_the_subject(text: str, speaker: str, words: str) -> None:
    # the show's name is a title (other), and the clause around it still has its subject
    lede = "Sen. Thomas Greer and Rep. Dwayne Kittredge traded blame on Sunday.\n\n"
    quotes = pipeline.parse_text(lede + text).quotes
    assert [q.kind for q in quotes] == ["other", "speech"]
    assert quotes[1].text == words and quotes[1].speaker == speaker


def test_masking_keeps_a_works_words_and_commas() -> None:
    text = 'He appeared on "Fox News Sunday," and said "no."'
    spans = marks.find(text, segment.paragraphs(text))
    masked = marks.mask(text, spans, works=frozenset({0}))
    assert masked == "He appeared on xxxx xxxx xxxxxx,x and said " + "\u2592" * 5


@pytest.mark.parametrize(("text", "mention"), [
    # with-absolutes: the noun phrase after "with" is the participle's subject
    ('Amundsen faced four hours of questions Tuesday, with the committee chairman accusing her department '
     'of leaving the country "one bad hurricane away from an emergency."', "the committee chairman"),
    ('The White House weighed in Saturday, with budget director Lauren Pike sending a memo to agency heads '
     'instructing them to "review and update" shutdown plans.', "Lauren Pike"),
    # a nominative absolute after a comma: a determiner and a speaker's noun before the participle
    ('The form "must be completed in English", the government recommending "online translation tools" if '
     'needed.', "the government"),
    # a relative clause opened by "a copy of which" stands between the subject and its verb
    ('The memo, a copy of which was reviewed by the Potomac Wire Service, instructs agency heads to '
     'identify "excepted" employees by Monday.', "The memo"),
    # a speech verb's base form after one capitalised modifier is a noun ("Chinese demand")
    ('Analysts wrote that metals were "priced for perfection" and that Chinese demand had shown "the first '
     'real signs of fatigue."', "Analysts"),
    # and inside a noun phrase after a determiner or a modifier ("the German state of")
    ('The premier of the German state of North Rhine-Westphalia remarked that "the behaviour shows the '
     'ugly face of turbo-capitalism."', "The premier of the German state of North Rhine-Westphalia"),
])
def test_the_subject_of_the_verb_that_cues_the_quote(text: str, mention: str) -> None:
    q = _speech(text)[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize("text", [
    'Rob Tamayo issued a statement on Tuesday welcoming "a clear choice" in November.',
    'Rob Tamayo wrote to the board, accusing it of "a betrayal of trust."',
    'Rob Tamayo spoke for an hour, praising the volunteers as "the best in the state."',
])
def test_participles_of_speech_acts_cue_their_subjects_words(text: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == "Rob Tamayo"


@pytest.mark.parametrize("text", [
    'In a 12-page letter to holders titled "Prairie Federal Deserves Better," the fund argued that the bank '
    'could fetch more.',
    'Testifying at a hearing titled "Lessons From the February Blackout," Whitcombe said the outage had '
    'exposed gaps.',
    'Castellanos won four years ago on the slogan "A City That Works," promising to clean up purchasing.',
])
def test_a_title_after_a_naming_word_stays_a_title_before_a_verb_of_saying(text: str) -> None:
    quotes = pipeline.parse_text(text).quotes
    assert quotes[0].kind == "other" and quotes[0].speaker is None


@pytest.mark.parametrize("text", [
    'A ministry official said the authorities were "watching developments with grave concern" and would '
    'take steps "as necessary."',
    'A caller said a second hostage would be freed "in the coming days" if Washington showed "good '
    'intentions."',
    'The office said that it was "reviewing every grant" connected to the nonprofit and would "take '
    'appropriate action."',
])
def test_a_second_quote_in_the_clause_reported_is_the_same_speakers(text: str) -> None:
    first, second = pipeline.parse_text(text).quotes
    assert first.kind == second.kind == "speech"
    assert second.speaker_mention == first.speaker_mention


def test_a_label_after_a_conjunction_stays_a_label() -> None:
    text = 'Ames said the plan was "a disaster" and that the so-called "reform" had failed.'
    first, second = pipeline.parse_text(text).quotes
    assert (first.kind, second.kind) == ("speech", "other")


def test_a_quote_that_ends_its_sentence_takes_no_cue_from_the_next() -> None:
    text = ('Sen. Ruth Ann Kessler said in a statement that she had "enormous respect" for the bill but '
            'would not support "changing the rules of the Senate, for any bill, under any president." Sen. '
            'Paul Dufresne of New Hampshire, the other holdout, said he agreed.')
    first, second = _speech(text)
    assert first.speaker == second.speaker == "Ruth Ann Kessler"


@pytest.mark.parametrize("text", [
    # a title of any length after a word that introduces one
    "Under the headline ‘The minister, the barrister and the builder’, the report set out the contracts.",
    'The council published a report titled "What the river took from us and what we must do about it."',
    # "known … as" with words between
    'Hedge funds rushed to unwind the positions, known in the market as the "carry trade."',
    'They built a training center, known to employees as "the annex," that was never used.',
])
def test_titles_and_names_after_the_words_introducing_them(text: str) -> None:
    (q,) = pipeline.parse_text(text).quotes
    assert q.kind == "other"


def test_a_quotation_in_single_marks_runs_on_into_the_next_paragraph() -> None:
    # British style: the paragraph ends with the quotation open, the next opens with a new mark
    text = ("Clare Penhaligon resigned on Tuesday.\n\n"
            "In the letter, she wrote: ‘I have always tried to meet the highest standards. I am proud of "
            "what we have achieved.\n\n"
            "‘But I recognise that the questions raised cannot be answered quickly enough.’\n\n"
            "The Prime Minister’s reply was brief, and his aides said he was ‘grateful’.")
    quotes = pipeline.parse_text(text).quotes
    assert [q.text[:8] for q in quotes[:2]] == ["‘I have ", "‘But I r"]
    assert quotes[0].speaker == quotes[1].speaker == "Clare Penhaligon"
    assert quotes[1].speaker_mention == quotes[0].speaker_mention


@pytest.mark.parametrize(("text", "speaker"), [
    # a verb other than one of saying, inside the clause a verb of saying reports: the sayer's words
    ('Secretary Matthew Scoville said the department had concluded that "the potential for new entry is '
     'sufficient."', "Matthew Scoville"),
    # a verb of saying inside keeps its own subject
    ('Scoville said Ruth Ames told reporters that "the potential for new entry is sufficient."', "Ruth Ames"),
])
def test_a_verb_inside_the_clause_a_verb_of_saying_reports(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


def test_the_sayer_may_be_described_rather_than_named() -> None:
    (q,) = _speech('A senior State Department official, who briefed reporters, said Washington had concluded '
                   'that telemetry "tells us more than an inspector standing in the desert ever could."')
    assert q.speaker is None
    assert q.speaker_mention is not None and "official" in q.speaker_mention.text


def test_a_two_word_participle_after_a_quote_takes_the_clause_subject() -> None:
    (q,) = _speech('A Labour source described the result as “disappointing but hardly a shock”, pointing out '
                   'that the party had not sent ministers to campaign.')
    assert q.speaker_mention is not None and q.speaker_mention.text == "A Labour source"


@pytest.mark.parametrize(("text", "mention"), [
    ('Salvadoran forces "crossed the line," the communique said, adding that Honduras "reserves the right '
     'to respond."', "the communique"),
    ('"We will fight," said Mayor Ana Ruiz, adding that the city "will not back down."', "Ana Ruiz"),
])
def test_a_participle_after_the_verb_attributing_a_quote_takes_its_subject(text: str, mention: str) -> None:
    second = _speech(text)[1]
    assert second.speaker_mention is not None and second.speaker_mention.text == mention


def test_a_participle_after_a_that_clause_a_participle_governs_takes_the_main_subject() -> None:
    (q,) = _speech("Ms Fallon has written to the Ceann Comhairle asking that Mr Hartigan make a statement on "
                   "Monday, arguing that TDs ‘should not have to buy a newspaper to find out’.")
    assert q.speaker == "Fallon"


def test_a_participle_after_a_that_clause_takes_that_clauses_subject() -> None:
    (q,) = _speech('Records obtained by the station show that the parole board recommended against clemency, '
                   'citing his "limited time served relative to the offense."')
    assert q.speaker_mention is not None and q.speaker_mention.text == "the parole board"


def test_a_base_form_after_a_name_ending_a_longer_subject_is_a_verb() -> None:
    # "Excerpts published by The Atlantic describe": the plural subject's verb, not "Atlantic describe"
    (q,) = _speech('Excerpts published by The Atlantic describe the president as "distracted and '
                   'thin-skinned."')
    assert q.cue is not None and q.cue.text == "describe"


def test_a_pronoun_in_a_relative_clause_is_not_the_name_whom_stands_for() -> None:
    text = ('Sen. Paula Rincón said her bloc would defend the accord "article by article".\n\n'
            '"We will not give him a blank check," she told reporters.\n\n'
            'She was kinder to Quintero, whom she described as "a serious woman who knows the law".')
    assert _speech(text)[-1].speaker == "Paula Rincón"


def test_a_quotation_alone_after_a_reply_is_the_next_turn_of_the_one_replied_to() -> None:
    text = ('"If the president asks you to resign, will you?" Dunleavy asked.\n\n'
            '"I do not expect that call, Senator," Voelker replied.\n\n'
            '"That is not what I asked."\n\n'
            '"I would serve out my term," Voelker said after a pause.')
    assert [q.speaker for q in _speech(text)] == ["Dunleavy", "Voelker", "Dunleavy", "Voelker"]


def test_a_quotation_alone_after_a_statement_continues_it() -> None:
    text = ('"We will hold the line," Dunleavy said.\n\n'
            '"The budget stays as it is," Voelker said.\n\n'
            '"Nobody should expect a deal before Friday."')
    assert [q.speaker for q in _speech(text)] == ["Dunleavy", "Voelker", "Voelker"]


@pytest.mark.parametrize(("text", "speaker"), [
    # after an inverted verb, a person's name then a preposition: the name heads the phrase
    ('Parents are worried. "Nobody has forgotten what happened last time," said Morag Cairns of the '
     'campaign group Connect Families Scotland.', "Morag Cairns"),
    ('"We will appeal," said Dana Okoro from the advocacy group Fair Rent Alliance.', "Dana Okoro"),
])
def test_an_inverted_subject_is_the_name_before_its_preposition(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a name set beside a role noun inside a whose-clause belongs to the clause: the subject is before it
    ('Prime Minister Agnieszka Rudnicka, whose government has seen dozens of its bills vetoed by the '
     'outgoing president, Tomasz Wierzbicki, wrote on social media that "Poland is waiting calmly."',
     "Agnieszka Rudnicka"),
    # the whose-phrase's own head, named beside it, is the subject: not the organisation before
    ('That pressure comes from the House Freedom Caucus, whose chairman, Rep. Travis Melendez of Arizona, '
     'warned that any retreat would be "a betrayal we will not forget."', "Travis Melendez"),
])
def test_a_name_beside_a_role_inside_a_whose_clause(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


def test_a_verb_coordinated_with_a_verb_of_saying_shares_its_subject() -> None:
    text = ('A spokesperson for the Prime Minister\'s Office, Selamawit Girma, said the opposition parties '
            'were "free to return at any time" and accused some of them of "using the dialogue as a '
            'bargaining chip".')
    assert [q.speaker for q in _speech(text)] == ["Selamawit Girma", "Selamawit Girma"]


def test_a_name_given_in_an_apposition_is_no_boundary_before_the_verb() -> None:
    text = ('Its leader, Sipho Mahlangu, known to his supporters as "Baba Umbuso", told a rally in Durban on '
            'Saturday that the party would "not be a spare wheel for anybody".')
    assert _speech(text)[-1].speaker == "Sipho Mahlangu"


@pytest.mark.parametrize("text", [
    'Supervisor Tom Ruiz, who represents the eastern district, said Wednesday that the board would look at'
    ' it, but Tsai said state deadlines made that "almost impossible."',
    'Mayor Ana Pike, who chairs the panel, said the city would try, but Brandt said report cards showed it'
    ' was "a lost cause."',
])
def test_but_after_a_comma_opens_a_clause_with_its_own_subject(text: str) -> None:
    (q,) = _speech(text)
    assert q.speaker in ("Tsai", "Brandt")


@pytest.mark.parametrize("text", [
    '"We would like a vote," one Democratic senator on the committee said, speaking on condition of'
    ' anonymity.',
    '"The numbers do not add up," a member on the board said.',
])
def test_a_role_on_a_body_is_an_unnamed_speakers_description(text: str) -> None:
    (q,) = _speech(text)
    assert q.speaker is None
    assert q.speaker_mention is not None and q.speaker_mention.text.endswith(("committee", "board"))


@pytest.mark.parametrize("text", [
    'Lydia Fairbanks told senators that inflation was "moving in the right direction" but that the central'
    ' bank should not declare victory "until we see it in the data."',
    'Ines Marr said prices had "stopped rising" and that the ministry won\'t claim credit "for a single'
    ' job."',
])
def test_a_negated_modal_before_a_verb_of_saying_reports_what_will_not_be_said(text: str) -> None:
    quotes = _speech(text)
    assert len(quotes) == 2
    assert quotes[0].speaker is not None
    assert quotes[1].speaker == quotes[0].speaker


@pytest.mark.parametrize("text", [
    'But the same report warned that "when the economic impact is included, a majority of households see a'
    ' net loss," a line Kowalchuk read aloud twice during the debate.',
    'The note warns that "litigation could delay collections for several years," a point opponents have'
    ' quoted in floor speeches.',
    'Carrow said on Sunday night that Delacroix had "run the most negative campaign in American history,"'
    " a charge Delacroix's spokesman, Owen Pruitt, dismissed.",
])
def test_a_passage_renamed_after_the_quote_leaves_it_to_the_verb_before(text: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None
    assert q.speaker_mention.text in ("the same report", "The note", "Carrow")


def test_a_passage_renamed_with_no_verb_before_keeps_the_one_who_repeats_it() -> None:
    (q,) = _speech('"We will never give up," a phrase Hale repeated at every stop.')
    assert q.speaker == "Hale"


def test_a_body_named_beside_a_bodys_noun_is_the_speaker() -> None:
    text = ("The union representing Lansing's rank-and-file officers, the Capital City Police Officers"
            ' Association, said its members had been "working without clear leadership for months."')
    (q,) = _speech(text)
    assert q.speaker == "Capital City Police Officers Association"


@pytest.mark.parametrize(("text", "speaker"), [
    ('Delegates chanted at several points, and Tolliver, who had stuck to the teleprompter, paused once to'
     ' say, "Let us beat her fair and square."', "Tolliver"),
    ('Protesters jeered from the gallery, and Marisol Vance rose to reply, "Not today."', "Marisol Vance"),
])
def test_an_infinitive_of_saying_with_no_object_is_its_verbs_subjects(text: str, speaker: str) -> None:
    assert [q.speaker for q in _speech(text)] == [speaker]


def test_a_place_before_who_is_not_its_antecedent() -> None:
    text = ('A former commander of U.S. forces in Afghanistan who told delegates that Tolliver was'
            ' "temperamentally unfit" spoke again on Monday.')
    (q,) = _speech(text)
    assert q.speaker is None
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith("A former commander")
    assert "Afghanistan" not in q.speaker_mention.text


@pytest.mark.parametrize(("text", "speaker"), [
    ('The ads singled out Adm. Corinne Vasquez, a retired chief of naval operations who told reporters in'
     ' Norfolk that the plan was "reckless."', "Corinne Vasquez"),
    ('Organisers booked Hamid Rostami, the only economist on the panel who had warned that rates would be'
     ' "higher for longer."', "Hamid Rostami"),
])
def test_a_description_renaming_a_name_before_who_is_that_person(text: str, speaker: str) -> None:
    assert [q.speaker for q in _speech(text)] == [speaker]


def test_a_description_set_beside_a_name_inside_the_subject_is_not_the_sayer() -> None:
    text = ('A spokesman for Sen. Marta Kellen, a Democrat who backed the bill, said the senator'
            ' "stands by her vote."')
    (q,) = _speech(text)
    assert q.speaker is None and q.speaker_mention is not None
    assert q.speaker_mention.text.startswith("A spokesman")


@pytest.mark.parametrize("role", ["An aide to", "A senior adviser to"])
def test_a_role_to_a_named_person_with_an_apposition_is_the_sayer(role: str) -> None:
    text = f'{role} Sen. Marta Kellen, a Democrat, said the senator "stands by her vote."'
    (q,) = _speech(text)
    assert q.speaker is None and q.speaker_mention is not None
    assert q.speaker_mention.text.lower().startswith(role.split()[0].lower())


@pytest.mark.parametrize(("text", "speaker"), [
    ('The order was signed by Magistrate Judge Corvin Hale in Tulare, who wrote that the county had'
     ' been "stonewalling for a year."', "Corvin Hale"),
    ('The march was led by Ines Arbuckle from Modesto, who told the crowd it was "our valley, our'
     ' water."', "Ines Arbuckle"),
])
def test_who_after_a_person_in_a_town_is_the_person(text: str, speaker: str) -> None:
    assert [q.speaker for q in _speech(text)] == [speaker]


def test_a_role_at_odds_with_the_description_stands_for_no_one() -> None:
    text = ('Grant Tolliver, the Republican nominee, spoke first. Later, the Democratic nominee told'
            ' supporters that the country faced "a choice between two futures."')
    (q,) = _speech(text)
    assert q.speaker is None
    assert q.speaker_mention is not None and q.speaker_mention.text == "the Democratic nominee"


def test_the_second_subject_of_a_with_absolute_says_its_own_quote() -> None:
    text = ('Delacroix and Tolliver crisscrossed the states on Sunday, with the Democratic nominee telling'
            ' supporters that the country faced "a choice between two futures" and her Republican rival'
            ' predicting a victory that "will shock the world" on Tuesday.')
    quotes = _speech(text)
    assert quotes[1].speaker_mention is not None
    assert quotes[1].speaker_mention.text == "her Republican rival"


@pytest.mark.parametrize(("text", "speaker"), [
    ('Tolliver, who had told supporters shortly after 1 a.m. that "this isn\'t over," called Delacroix at'
     ' 9:15 a.m. to concede.', "Tolliver"),
    ('Mayor Ruiz, who said on Monday that the plan was "dead," thanked Councillor Obi for her work.',
     "Ruiz"),
])
def test_a_name_after_called_or_thanked_is_its_object_not_the_sayer(text: str, speaker: str) -> None:
    assert [q.speaker for q in _speech(text)] == [speaker]


def test_a_verb_in_a_second_that_clause_reports_for_the_first_clauses_sayer() -> None:
    text = ('Spokeswoman Lin Meixiu told a news conference on Friday that the border was "generally stable"'
            ' and that China hoped India would "meet it halfway."')
    assert [q.speaker for q in _speech(text)] == ["Lin Meixiu", "Lin Meixiu"]


def test_the_to_of_an_infinitive_after_a_time_stays() -> None:
    text = ("Vanuatu's foreign minister used her address to the United Nations General Assembly on Tuesday to"
            ' demand that the largest emitters "stop treating the Pacific as a footnote."')
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Vanuatu's foreign minister"


def test_a_second_that_clause_after_a_comma_is_reported_by_the_same_verb() -> None:
    text = ('Thomas Alder said the company would install new equipment before it resumed shipments, and that'
            ' it hoped to be back in stores "within a month or so."')
    assert [q.speaker for q in _speech(text)] == ["Thomas Alder"]


@pytest.mark.parametrize("subject", ["Feingold's assistant", "his assistant", "a legislative assistant"])
def test_an_assistant_is_a_role_that_speaks(subject: str) -> None:
    text = (f'Prosecutors cited a 2019 email in which {subject} wrote that "the boss wants his piece before '
            'the grant letters go out."')
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == subject


@pytest.mark.parametrize(("text", "mention"), [
    ('"It was never about one person," one MP who backed the spill said.', "one MP"),
    ('"We are tired of waiting," a woman who lives nearby said.', "a woman"),
])
def test_a_role_with_its_who_clause_before_the_verb_is_who_speaks(text: str, mention: str) -> None:
    text = 'The spill letter said the polling had "flatlined for the past six months".\n\n' + text
    quotes = _speech(text)
    assert quotes[-1].speaker_mention is not None and quotes[-1].speaker_mention.text == mention


def test_a_time_adverbial_between_subject_and_verb_is_not_the_subject() -> None:
    text = ('Union president Hector Valenzuela spoke on Friday.\n\nThe union had demanded a bonus of 10 '
            "million pesos; the company's opening offer on June 6 was 2.8 million, which Valenzuela at the "
            'time called "an insult to every man in this plant."')
    (q,) = _speech(text)
    assert q.speaker == "Hector Valenzuela"


@pytest.mark.parametrize(("text", "mention"), [
    # "one" or "another" and a noun is one of a group of people, whatever the noun
    ('"It\'s like being in 2005," one sophomore muttered to a friend.', "one sophomore"),
    ('"I don\'t even know what\'s left of the house," said one evacuee.', "one evacuee"),
    ('"The river has waited long enough," one kaumātua said.', "one kaumātua"),
])
def test_one_of_a_group_speaks_whatever_its_noun(text: str, mention: str) -> None:
    quotes = _speech(text)
    assert len(quotes) == 1 and quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == mention


def test_one_after_a_preposition_is_no_speaker() -> None:
    text = ('Gail Hendricks answered in single words, and at one point told the judge, "I knew it was '
            'wrong every time."')
    quotes = _speech(text)
    assert len(quotes) == 1 and quotes[0].speaker == "Gail Hendricks"
