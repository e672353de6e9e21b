"""Who speaks, continued: documents and who put them out, clauses around a quote that keep their
own subject, exchanges of questions and answers, and names that are no speaker (measures, modifiers,
plurals, a name a role's gender rules out)."""

from __future__ import annotations

import pytest
from quote_support import speech as _speech

from parsing import attribution, segment
from parsing.model import Quote


def _quotes(text: str) -> tuple[Quote, ...]:
    paras = segment.paragraphs(text)
    return attribution.extract(text, paras, segment.sentences(text, paras), ())


def test_a_document_noun_before_the_verb_is_the_subject_not_the_cue() -> None:
    text = ('"The evidence shows she chose not to meet them," Pembroke wrote.\n\n'
            '"A jury would likely view her as careless," the report said. "We do not believe a conviction '
            'is probable."')
    second, third = _speech(text)[1:]
    for q in (second, third):
        assert q.speaker_mention is not None and q.speaker_mention.text == "the report"


@pytest.mark.parametrize(("text", "speaker"), [
    # the subject of the clause that put the document out
    ('Ray Pettibone conceded on Wednesday in a post on the office\'s Facebook page. He took no questions.'
     '\n\n"It has been the honor of my life," the post said.', "Ray Pettibone"),
    ('Others were less gracious. In a statement, party chairman Glenn Whitacre said the mayor had failed.'
     '\n\n"Pueblo deserves a fresh start," the statement read.', "Glenn Whitacre"),
    # a name set beside a preposition's object, then the pronoun subject: the pronoun's
    ('Helen Vasquez-Rourke did not attend. In a statement released through her attorney, Miriam Astor of '
     'Kansas City, she said she had learned of it from a reporter.\n\n'
     '"I was hired to tell this board the truth," the statement said.', "Helen Vasquez-Rourke"),
    # the whole sentence, cut by the one splitter: a middle initial ends no sentence, and the name set
    # beside the described subject is the subject's
    ('The publisher, Harlan P. Stoddard, said in a statement on Thursday that the cuts were needed.\n\n'
     '"We regret every one of them," the statement said.', "Harlan P. Stoddard"),
    ('In a statement, Sen. Mara T. Quill said the deal was done. Aides declined to comment.\n\n'
     '"This is a good day for the state," the statement said.', "Mara T. Quill"),
])
def test_a_document_speaks_for_who_put_it_out(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


def test_a_name_with_a_middle_initial_is_a_persons_not_an_acronym() -> None:
    text = ('The mediator, Edith R. Lamont of the National Labor Board, said the talks would resume Monday. '
            '"Nobody should read too much into it," she said.')
    assert _speech(text)[-1].speaker == "Edith R. Lamont"


def test_a_name_beside_a_prepositions_object_that_a_relative_clause_follows_still_speaks() -> None:
    text = ('Her death was announced by her son, Marco Ferrante, who said she had been ill. "She played '
            'right up until the summer," he said.')
    assert _speech(text)[-1].speaker == "Marco Ferrante"


def test_a_characterising_verb_in_an_aside_after_a_quote_is_no_cue() -> None:
    (q,) = _speech('He called the two front-runners “landlords\' candidates” — a label both have rejected — '
                   'and said he would not drop out.')
    assert q.speaker_mention is not None and q.speaker_mention.text == "He"


@pytest.mark.parametrize(("text", "speaker"), [
    ('A memo released by the Legislative Fiscal Bureau put the balance at $2.3 billion, which the bureau '
     'called “sufficient to absorb a moderate downturn.”', "Legislative Fiscal Bureau"),
    ('The Harbor Valley Water Cooperative sued on Monday. "We had no choice," the cooperative said.',
     "Harbor Valley Water Cooperative"),
])
def test_an_organisation_named_by_its_kind_is_the_one_named_before(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a relative clause whose verb of saying has its "that" left out: "a pledge X said had become"
    ("Labor came to office promising to cut the use of consultants, a pledge Senator Fiona McKellar said "
     "had become “a punchline”.", "Fiona McKellar"),
    # a present -s form before a finite verb is still the noun ("approving claims was")
    ("The 60-page report by the Government Accountability Office said the agency’s process for approving "
     'claims was "slow and error-prone" and urged Congress to act.', "Government Accountability Office"),
])
def test_a_verb_of_saying_before_a_finite_verb(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(("text", "kind", "mention"), [
    # a cry in capitals is shouted, not a title
    ("Conservative MPs chanted “Resign!” as the Prime Minister rose.", "speech", "Conservative MPs"),
    ("There were angry scenes, with opposition TDs shouting “Go to the Áras!” across the chamber.", "speech",
     "opposition TDs"),
    # "chants of "…"": who raised them, not the speaker whose words they interrupt
    ("Delegates interrupted a speech by Bertrand with chants of “Not one cent!” at the congress.", "speech",
     "Delegates"),
    ("Outside, a small group of protesters greeted the car with chants of “Lock him up!”", "speech",
     "a small group of protesters"),
])
def test_cries(text: str, kind: str, mention: str) -> None:
    q = _quotes(text)[0]
    assert q.kind == kind and q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_chant_from_the_crowd_does_not_take_the_floor() -> None:
    text = ('“Tonight, Georgia said it loud and clear,” Pruitt said, to chants of “Wade! Wade!” from the '
            'crowd. “Four more weeks.”')
    first, chant, third = _speech(text)
    assert chant.speaker is None and chant.speaker_mention is not None
    assert chant.speaker_mention.text == "the crowd" and third.speaker == first.speaker == "Pruitt"


def test_a_participle_in_an_adverbial_clause_has_that_clauses_subject() -> None:
    (q,) = _speech('The leader’s address was briefly derailed when a heckler charged towards the stage '
                   'yelling "You lost us the last election!" before being bundled out.')
    assert q.speaker_mention is not None and q.speaker_mention.text == "a heckler"


def test_the_subject_of_an_infinitive_of_saying_is_the_noun_before_to() -> None:
    text = ('Conservative MPs chanted “Resign!” as the Prime Minister rose, prompting a Labour backbencher '
            'to shout back “You crashed the pound!”, a reference to the turmoil.')
    second = _speech(text)[1]
    assert second.speaker_mention is not None and second.speaker_mention.text == "a Labour backbencher"


@pytest.mark.parametrize(("text", "mention"), [
    ('The mayor described a city hall where, as he put it, "everybody wanted a meeting."', "he"),
    ('According to the affidavit, Glenn Harwood replied, "Todd takes care of his people."', "Glenn Harwood"),
    ('The committee wasted no time, blasting Malloy in a statement as "a rubber stamp for the left."',
     "The committee"),
    # a partial quote in indirect speech a source reports stays the source's
    ("According to a diplomat from one of the delegations, Lindahl opened by saying his country would "
     "“not be lectured” about tariffs.", "a diplomat from one of the delegations"),
])
def test_as_he_put_it_a_source_telling_of_words_and_blasting(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize(("text", "mention"), [
    # someone new, put in an indefinite description
    ('Investors greet them coolly because, as one fund manager put it, "nobody sells the good stuff first."',
     "one fund manager"),
    ('She is blunt and does not, as a former staffer put it, "believe in feelings before noon."',
     "a former staffer"),
])
def test_as_someone_new_put_it_is_their_description(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention and q.speaker is None


def test_as_a_definite_description_put_it_is_not_resolved_to_the_last_speaker() -> None:
    text = 'As Smith put it, "we are done."\n\nAs the report put it: "the outlook is grim."'
    assert _speech(text)[1].speaker is None


@pytest.mark.parametrize(("text", "mention", "speaker"), [
    # a role for an organisation named with "the": the role speaks for it, the whole phrase its mention
    ('A spokesman for the Transportation Department said the two sides were "at the bargaining table."',
     "A spokesman for the Transportation Department", "Transportation Department"),
    ('A spokeswoman for the Article III Alliance, a conservative legal group, dismissed the ads as "the '
     'same playbook they run every time."', "A spokeswoman for the Article III Alliance",
     "Article III Alliance"),
    # a role's name set beside it still speaks, its given name and all ("Ben" is no particle here)
    ('A spokesman for the Senate GOP caucus, Ben Schaller, said leaders would "review the numbers."',
     "Ben Schaller", "Ben Schaller"),
])
def test_a_role_for_an_organisation_with_the_is_the_mention(text: str, mention: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention
    assert q.speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # no role before the organisation: it is the one that speaks
    ('Observers from the Organization of American States said the vote had been "generally orderly and '
     'transparent," although they noted long delays.', "Organization of American States"),
    ('Excerpts published Sunday by The Atlantic describe the president as "distracted and thin-skinned."',
     "Atlantic"),
])
def test_an_organisation_after_no_role_still_speaks(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text.endswith(speaker)


@pytest.mark.parametrize(("text", "speaker"), [
    # a newsletter's label and its colon open no subject
    ('THE WHITE HOUSE ANGLE: OMB Director Wendell Prasad sent a memo to agency heads Friday telling them '
     'to “review and update” their plans.', "Wendell Prasad"),
    # an adverbial clause between the verb and the quote frames the main verb's words
    ('A White House spokeswoman insisted, when we asked whether the memo was meant as pressure: “It’s not a '
     'threat. It’s a checklist.”', None),
    # a quotation's own full stop ends the writer's sentence: the next one has its own subject
    ('Prasad sent a memo warning of layoffs for programs “not consistent with the President’s priorities.” '
     'A White House spokeswoman told us it was routine and insisted, when we asked: “It’s not a threat.”',
     None),
])
def test_clauses_around_a_quote_keep_their_own_subject(text: str, speaker: str | None) -> None:
    q = _speech(text)[-1]
    if speaker is None:
        assert q.speaker_mention is not None and q.speaker_mention.text == "A White House spokeswoman"
    else:
        assert q.speaker == speaker


def test_a_speaker_introduced_by_a_short_clause_and_a_comma_speaks_the_next_paragraph() -> None:
    text = ('Mark Rathbun said the case was weak. Rathbun stated,\n\n"Daniel was picked up by an '
            'investigator. He was deposited in an office." He left after two hours.')
    assert _speech(text)[0].speaker == "Mark Rathbun"


@pytest.mark.parametrize("text", [
    'A local radio host has taken to calling the trial “the Cereal Case” on air.',
    'His best-known work, the bridges that Philadelphians still call "the Harps," opened in 1962.',
])
def test_a_name_given_with_the_is_no_speech(text: str) -> None:
    assert all(q.kind == "other" for q in _quotes(text))


def test_a_phrase_coined_with_the_is_still_speech() -> None:
    text = ('Neighbors packed the meeting to warn of what one longtime resident called “the '
            'Manhattanization of the East End.”')
    assert [q.kind for q in _quotes(text)] == ["speech"]


@pytest.mark.parametrize(("text", "mention"), [
    # "to" after a role opens its complement: the role speaks, not the one it serves
    ('Claire Duvigneau, the trade minister, said talks had failed. "We are done," she said.\n\n'
     '"Our position has not changed," an adviser to the minister said on Monday.',
     "an adviser to the minister"),
    # a title inside the complement: the whole role phrase
    ('Warwick Calloway denied wrongdoing. A spokeswoman for Premier Gregory Aldous said the Premier had '
     '"full confidence" in his deputy.', "A spokeswoman for Premier Gregory Aldous"),
    # a role handing over with a colon after no verb of saying
    ('Asked if a deal could come together by Friday, a senior Republican aide involved in the talks was '
     'blunt: "It has to."', "a senior Republican aide"),
    # the verb and its "it" are no part of the role
    ('A senior Democratic aide put it more bluntly: "If this were only about money, we would be done."',
     "A senior Democratic aide"),
])
def test_a_role_speaks_in_its_own_words(text: str, mention: str) -> None:
    q = _speech(text)[-1]
    assert q.speaker is None and q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_role_given_before_hands_over_with_a_colon() -> None:
    text = ('Mayor Lorena Batista opened the briefing. Asked whether the city would pay, the mayor was '
            'blunt: “The city doesn’t run the buses.”')
    assert _speech(text)[-1].speaker == "Lorena Batista"


@pytest.mark.parametrize(("asked", "speaker"), [
    ("A reporter asked Raymond Szymanski whether he would consider arbitration.", "Raymond Szymanski"),
    # asked to do something, not asked a question: the one who asked goes on
    ("He asked Raymond Szymanski to leave the room.", "Alan Kowalczyk"),
])
def test_the_one_asked_a_question_answers(asked: str, speaker: str) -> None:
    text = (f'Transit director Alan Kowalczyk said the buses would stay parked. {asked}\n\n'
            '“I’ve read the letter,” he said.')
    assert _speech(text)[-1].speaker == speaker


def test_a_quotation_that_took_its_clauses_comma_still_ends_the_clause() -> None:
    text = ('Standing before a banner that still read “Roarke for Governor,” Lt. Gov. Janine Roarke conceded '
            'late Tuesday, telling supporters that the party had “made its choice.”')
    assert _speech(text)[-1].speaker == "Janine Roarke"


@pytest.mark.parametrize(("text", "mention"), [
    # a subordinate clause opens its own subject, not the place before its comma
    ('Analysts said the satellites were built by Westbrook Space Systems of Sunnyvale, Calif., though '
     'Westbrook said Wednesday there was “no evidence whatsoever” linking the failures.', "Westbrook"),
    # a participle phrase and a place set beside the subject name no one
    ('Harcourt Aircraft Co., based in Wichita, Kan., said in a statement that it “fully supports” the order.',
     "Harcourt Aircraft Co."),
])
def test_a_place_beside_the_subject_does_not_speak(text: str, mention: str) -> None:
    q = _speech(text)[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_that_before_a_noun_and_a_comma_is_a_determiner_not_a_clause() -> None:
    text = ('The police said officers had broken up a riot. The NLC disputed that account, saying in a '
            'statement that the marchers had been “peaceful from the first step to the last.”')
    assert _speech(text)[-1].speaker == "NLC"


@pytest.mark.parametrize(("text", "mention"), [
    # "Ald." is a title: no sentence ends after it, no name is it
    ('“It’s an honest budget,” said Ald. Kenji Morrow, a first-term member.', "Kenji Morrow"),
    # reminding someone that … is saying it
    ('The room erupted, prompting board chair Nadia Haddad to remind the audience, not for the last time, '
     'that “this is not a sporting event.”', "Nadia Haddad"),
    # the subject of a free relative ("what X called") is the one who calls it so
    ('Voters ended a fight over what the senator described as “a year of shouting.”', "the senator"),
    ('Researchers filmed what researchers called “vertical drift naps” in sperm whales.', "researchers"),
    # a legal instrument speaks in its own words, as a document does
    ('Voters will decide whether to add what the amendment calls a right to "make one\'s own decisions."',
     "the amendment"),
])
def test_titles_reminders_free_relatives_and_instruments(text: str, mention: str) -> None:
    q = _speech(text)[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize(("text", "mention"), [
    # a long role description and the name set beside it: the name
    ('The leader of the main opposition Constitutional Democratic Party of Japan, Takumi Osaragi, mocked the '
     'event on X, writing that it had been “90 minutes of the LDP arguing with itself.”', "Takumi Osaragi"),
    # a role and the place it works from set beside it: the role
    ('A spokeswoman for the SPD\'s national headquarters, the Willy-Brandt-Haus, said only that the talks '
     'were "a matter for the Berlin party."', "A spokeswoman for the SPD's national headquarters"),
])
def test_a_role_and_what_is_set_beside_it(text: str, mention: str) -> None:
    q = _speech(text)[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize(("text", "mention"), [
    # a prepositional phrase set off between the subject and its verb is no subject
    ('The Punch newspaper, in an editorial on Tuesday, called the increase “a tax on movement.”',
     "The Punch newspaper"),
    ('Prosecutors, in the request granted by the court, described the payments as "kickbacks dressed up as '
     'invoices."', "Prosecutors"),
])
def test_an_adverbial_between_subject_and_verb_is_passed(text: str, mention: str) -> None:
    q = _speech(text)[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_document_introduced_after_a_quote_of_the_same_report_leaves_its_sayer() -> None:
    text = ('Canada’s embassy in Washington said Ottawa “regrets” the decision and remained “ready to return '
            'to the table at any time,” according to a statement released Friday morning.')
    first, second = _speech(text)
    assert first.speaker_mention is not None and second.speaker_mention is not None
    assert second.speaker_mention.text == first.speaker_mention.text


@pytest.mark.parametrize("person", ["one parent", "a neighbor", "one tenant", "a retiree"])
def test_people_named_by_kin_or_standing_speak(person: str) -> None:
    (q,) = _speech(f'Voters ended a fight over what {person} described as “a year of shouting.”')
    assert q.speaker_mention is not None and q.speaker_mention.text == person


def test_thanking_and_congratulating_are_saying() -> None:
    text = ('Her office issued a brief statement congratulating Ferreira and thanking MacPhail for “a '
            'hard-fought, honourable campaign.”')
    q = _speech(text)[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == "Her office"


@pytest.mark.parametrize(("text", "mention"), [
    # the noun phrase before "who", not a name inside the relative clause
    ('A Republican consultant who has advised campaigns in the South, speaking on condition of anonymity, '
     'said the party had “gotten comfortable” in Georgia.', "A Republican consultant"),
    ('One MP who backed Mr Dalby, speaking on condition of anonymity, said the leader had been "knifed by '
     'people who smiled at him."', "One MP"),
])
def test_the_subject_before_who_over_a_participle_aside(text: str, mention: str) -> None:
    q = _speech(text)[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize("text", [
    ('Senator Thomas Greaves left early. The Gary email surfaced later. Pressed on the Gary email, he '
     'said, "I have not read it."'),
    # the one who spoke last was quoted in the paragraph before
    ('Asked whether the nomination was in trouble, Senator Thomas Greaves replied: "No."\n\nPressed on '
     'the Gary email, he said, "I haven\'t read it and I don\'t intend to."'),
])
def test_a_name_that_modifies_a_noun_is_no_antecedent(text: str) -> None:
    assert _speech(text)[-1].speaker == "Thomas Greaves"


@pytest.mark.parametrize(("text", "speaker"), [
    # a dash inside a name is no clause break
    ('Conservative critic Ryan Oduya, whose riding of Cariboo—Prince George includes Vanderhoof, said the '
     'budget held "not one new dollar" for mill towns.', "Ryan Oduya"),
    # a name inside a relative clause is what the clause tells of, not who speaks next
    ('Premier Rhys Cavanagh, who has led Labor since 2024, would not be drawn. “That’s a conversation for '
     'another day,” he told reporters.', "Rhys Cavanagh"),
])
def test_relative_clauses_and_dashes_in_names(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


def test_firing_back_in_a_second_absolute_is_its_subjects() -> None:
    text = ('Dale Whitcomb and Marcus Odell traded attacks, with Whitcomb branding his rival a “Washington '
            'lifer” and Odell firing back that the governor had “never met a tax he didn’t want to raise.”')
    first, second = _speech(text)
    assert (first.speaker, second.speaker) == ("Dale Whitcomb", "Marcus Odell")


def test_a_scare_quote_inside_a_noun_phrase_breaks_no_clause() -> None:
    text = ('Outside the chamber, Trade Minister Priya Deshpande, who has carried the so-called "lumber '
            'file" since the summer, told reporters the government was "in daily contact" with officials.')
    assert _speech(text)[-1].speaker == "Priya Deshpande"


@pytest.mark.parametrize("person", ["one Democratic operative", "a Republican consultant", "a staffer"])
def test_campaign_workers_speak(person: str) -> None:
    q = _speech(f'"We have more lawyers here than we had all cycle," said {person}, who asked not to be '
                'named.')[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == person


@pytest.mark.parametrize(("text", "speaker"), [
    # a measure before a document's noun is no name: the document's issuer, or no one
    ('Attorney General Lorena Castell sued the firm on Monday. According to the 63-page complaint, sales '
     'staff told customers a tax credit would "basically pay for the whole system."', None),
    ('A report by the Government Accountability Office found long delays in disaster aid. The 60-page '
     'report called the claims process "slow and error-prone."', "Government Accountability Office"),
])
def test_a_measure_before_a_document_is_no_speaker_name(text: str, speaker: str | None) -> None:
    assert _speech(text)[-1].speaker == speaker


def test_a_number_with_a_capital_may_still_open_a_name() -> None:
    text = 'A spokeswoman for 7-Eleven Inc. said the chain was "reviewing every store."'
    assert _speech(text)[-1].speaker == "7-Eleven Inc."


@pytest.mark.parametrize(("text", "speaker"), [
    # initials before a surname are a person's, not an acronym: the person, not the party after "of"
    ('Her opponent, K.P. Radhakrishnan of the CPI(M), said last week that the result was "a verdict on the '
     'State government."', "K.P. Radhakrishnan"),
    ('J.R. Okonkwo of the NAACP said the ruling was "long overdue."', "J.R. Okonkwo"),
])
def test_initials_open_a_persons_name(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


def test_an_ly_word_before_a_preposition_opens_no_name() -> None:
    text = ('Shortly before 6 a.m., a man in uniform appeared on a live broadcast and announced that the '
            'army had "taken responsibility for the nation."')
    q = _speech(text)[-1]
    assert q.speaker is None and q.speaker_mention is not None and q.speaker_mention.text.startswith("a man")


@pytest.mark.parametrize("after", [
    'said a senior Congress functionary in the city.',
    'read one of the most-liked replies.',
])
def test_a_quote_with_its_own_speech_verb_is_not_the_last_speakers(after: str) -> None:
    text = (f'Its city unit president, Prakash Devarmani, said the party was "ready to govern."\n\n'
            f'"Nobody wants a messy fight," {after}')
    assert _speech(text)[-1].speaker is None


@pytest.mark.parametrize(("text", "speaker"), [
    # "quoted X, an apposition, as saying": the name, not the last noun of its apposition
    ('"The reckless moves are pushing the region to the brink," the statement quoted Pak Jong Chol, a '
     'secretary of the ruling party\'s Central Committee, as saying.', "Pak Jong Chol"),
    ('Tass quoted a deputy foreign minister, Sergei Pankratov, as saying the talks were "useful."',
     "Sergei Pankratov"),
])
def test_quoted_as_saying_gives_the_name_of_the_one_quoted(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


@pytest.mark.parametrize("opening", ["Within minutes", "Amid the uproar", "Throughout the evening",
                                     "Under pressure from donors"])
def test_a_preposition_opening_the_sentence_is_no_name(opening: str) -> None:
    text = f'{opening}, the Delgado-Price campaign blasted out an email calling the answer "a dodge."'
    q = _speech(text)[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == "the Delgado-Price campaign"


@pytest.mark.parametrize("opening", ["Colleagues described him", "Opponents sued in July, calling it",
                                     "Rivals called it"])
def test_a_capitalised_plural_of_people_is_a_group_not_a_name(opening: str) -> None:
    q = _speech(f'{opening} "too clever by half."')[-1]
    assert q.speaker is None and q.speaker_mention is not None
    assert q.speaker_mention.text == opening.split()[0]


def test_a_with_absolute_gives_the_name_set_beside_its_subject() -> None:
    text = ('The Fort Collins Area Chamber of Commerce endorsed it in August, with its president, Sandra '
            'Obi, calling reliable transit "a workforce issue, plain and simple."')
    assert _speech(text)[-1].speaker == "Sandra Obi"


def test_an_irregular_past_ends_the_subject_it_follows() -> None:
    q = _speech('The mayor met with reporters on Monday, saying the plan was "dead."')[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == "The mayor"


@pytest.mark.parametrize("text", [
    # a name set beside a role's complement whose given name the role's gender rules out: the principal's
    ('A spokeswoman for the Minister for Water Resources, Craig Ellison, said on Friday the government was '
     '"disappointed" by the outcome.'),
    '"We are disappointed," said a spokeswoman for the minister, Craig Ellison.',
    ('A spokesman for the premier, Margaret Aldous, told reporters the bill was "dead."'),
])
def test_a_name_the_roles_gender_rules_out_is_not_the_speaker(text: str) -> None:
    q = _speech(text)[-1]
    assert q.speaker is None and q.speaker_mention is not None
    assert q.speaker_mention.text.lower().startswith(("a spokeswoman", "a spokesman"))


def test_a_name_the_roles_gender_allows_is_the_speaker() -> None:
    text = 'A spokeswoman for the ministry, Jane Ellison, said the government was "disappointed" by the vote.'
    assert _speech(text)[-1].speaker == "Jane Ellison"


def test_a_spokesperson_for_an_organisation_is_the_whole_role_phrase() -> None:
    text = ('A spokeswoman for the Midcontinent Independent System Operator said the grid operator '
            '"welcomes the committee\'s attention."')
    q = _speech(text)[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith("A spokeswoman for the")


@pytest.mark.parametrize(("after", "mention"), [
    ("said a senior Congress functionary in the state capital.", "a senior Congress functionary"),
    ("said an NDP organizer in Surrey, who asked not to be named.", "an NDP organizer"),
])
def test_someone_described_after_an_inverted_verb_is_the_source_whatever_the_noun(after: str,
                                                                                   mention: str) -> None:
    q = _speech(f'"Nobody wants a messy fight," {after}')[-1]
    assert q.speaker is None and q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize("verb", ["texted", "messaged"])
def test_a_text_message_is_speech(verb: str) -> None:
    text = f'Senator Mark Hale {verb} a reporter that the deal was "dead."'
    assert _speech(text)[-1].speaker == "Mark Hale"


@pytest.mark.parametrize(("text", "first"), [
    # a clause joined by "and" after the quote, with its own subject and its own report: not the quote's
    ('At a lunch last month, Senator Margaret Holloway said she was "focused on the job, not the campaign," '
     'and her spokeswoman, Abigail Tran, said the senator would "have plenty to say after June 9."',
     "Margaret Holloway"),
    ('Trade Minister Ramon Villacorta said the pact would be signed "before the end of the year," but '
     'Chilean officials said talks could run into March.', "Ramon Villacorta"),
])
def test_a_coordinated_clause_after_a_quote_with_its_own_report_is_not_its_cue(text: str, first: str) -> None:
    assert _speech(text)[0].speaker == first



def test_the_taoiseach_is_a_title_and_the_name_set_beside_it_speaks() -> None:
    text = ('The Taoiseach, Niall Brennan, defended his minister on Wednesday, accusing Sinn Fein of '
            '"playing politics with people\'s health."')
    assert _speech(text)[-1].speaker == "Niall Brennan"


def test_whose_spokesman_is_the_spokesman_not_the_sentences_subject() -> None:
    text = ('Arkhipov, a former banker, retains the backing of President Boris Lebedev, whose spokesman said '
            'this morning that there would be "no changes in the cabinet."')
    q = _speech(text)[-1]
    assert q.speaker is None and q.speaker_mention is not None and q.speaker_mention.text == "whose spokesman"


def test_the_subject_of_a_relative_clause_is_its_verbs() -> None:
    text = ('Rep. Dale Hutchins, the Texas Republican who chairs the subcommittee, opened the hearing by '
            'displaying a 2020 email in which a program manager described the system as "not ready for prime '
            'time."')
    q = _speech(text)[-1]
    assert q.speaker is None and q.speaker_mention is not None
    assert q.speaker_mention.text == "a program manager"


def test_a_bare_answer_after_a_bare_question_is_the_other_ones_in_the_exchange() -> None:
    text = ('"Has anyone promised you anything to get you to plead guilty?" the judge asked.\n\n'
            '"No, ma\'am," Wendell Pruitt answered.\n\n'
            '"Are you pleading guilty because you are, in fact, guilty?"\n\n'
            '"Yes, ma\'am. I am."')
    speakers = [q.speaker for q in _speech(text)]
    assert speakers[1] == speakers[3] == "Wendell Pruitt" and speakers[2] != "Wendell Pruitt"


@pytest.mark.parametrize("opening", ["The crowd cheered", "She thanked"])
def test_a_second_relative_clause_coordinated_with_and_who_is_the_antecedents(opening: str) -> None:
    text = f'{opening} Marcy Lindqvist, who leads the council and who said the candidate "shows up."'
    assert _speech(text)[-1].speaker == "Marcy Lindqvist"


@pytest.mark.parametrize(("text", "speaker"), [
    # a verb that gives its object a role ("named X as his running mate") gives the role a later
    # description resolves ("the running mate")
    ('Graham Whitford named Dr. Renee Okafor, a former health director, as his running mate on Monday. '
     'In her remarks, the running mate described herself as "a doctor, not a politician."', "Renee Okafor"),
    ('The mayor appointed Dana Cole as the new police chief on Friday.\n\n"We will rebuild trust," the chief '
     'said.', "Dana Cole"),
])
def test_a_role_given_by_a_designating_verb_resolves_its_description(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


def test_the_colon_of_a_clock_time_is_no_clause_break() -> None:
    text = ('Beaudry, who addressed a packed ballroom in Saskatoon at 11:40 p.m., called the result "the '
            'beginning, not the end."')
    q = _speech(text)[-1]
    assert q.speaker == "Beaudry" and q.speaker_mention is not None and q.speaker_mention.text == "Beaudry"


@pytest.mark.parametrize(("text", "speaker"), [
    # honorifics of Commonwealth, West African and Philippine papers open a name and are no part of it
    ('The Speaker of the House, Rt. Hon. Chinedu Eze, said lawmakers would give the bill "speedy '
     'consideration".', "Chinedu Eze"),
    ('Alhaji Musa Bello, a party chieftain, said the result was "a disgrace".', "Musa Bello"),
    ('"We are ready," said Atty. Ramon Cruz.', "Ramon Cruz"),
    # assuring someone is saying something to them
    ('The Speaker, Chinedu Eze, assured the governor that lawmakers would give the bill "speedy '
     'consideration".', "Chinedu Eze"),
])
def test_honorifics_before_a_name_and_verbs_of_assuring(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


@pytest.mark.parametrize(("text", "mention"), [
    # verbs that tell how words were said: intoned, cried, gasped, blurted, begged, proclaimed …
    ('"Kevin Brannigan says he\'s on your side," a narrator intones over grainy footage.', "a narrator"),
    ('"Help us!" a woman cried from the bank.', "a woman"),
    ('"We did it," one volunteer blurted out.', "one volunteer"),
])
def test_verbs_of_manner_of_speaking_attribute(text: str, mention: str) -> None:
    q = _speech(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize(("text", "mention"), [
    # legislators' letters (MSP, MLA, TD) are roles like MP: "one MSP" is someone described, not a name
    ("'It is a great line in the hall,' said one MSP. 'Whether it works is another matter.'", "one MSP"),
    ('"It is a great line," said one TD.', "one TD"),
    # a title that is a whole word keeps no sentence's full stop ("one senator.", not an abbreviation)
    ('"It is a great line," said one senator. "Whether it works is another matter."', "one senator"),
])
def test_legislators_letters_and_full_stops_after_roles(text: str, mention: str) -> None:
    for q in _speech(text):
        assert q.speaker is None and q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize(("text", "mention"), [
    # a speech verb, its object and "to": the words are the teller's, not the object's
    ("She warned councilors to expect “a much tighter conversation” next spring.", "She"),
    ("She urged lawmakers to reject the “reckless” plan.", "She"),
    # a verb that is no speech verb leaves the infinitive's subject the speaker, and the noun phrase
    # stops at the verb before its determiner
    ('The remark prompted a Labour backbencher to shout back: "Shame!"', "a Labour backbencher"),
    # an infinitive chain: the first "to" of the clause has the subject and the teller before it
    ('She called on the minister to come before parliament next Tuesday to explain "what she knew".',
     "She"),
    ('The remark prompted a Labour backbencher to stand up in the chamber to shout "Shame!"',
     "a Labour backbencher"),
    ('MPs chanted "Resign!" as the minister rose to reply, prompting a backbencher to shout "Shame!"',
     "a backbencher"),
])
def test_the_teller_and_the_one_told(text: str, mention: str) -> None:
    q = _speech(text)[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_quote_with_its_own_unread_tag_is_not_the_last_speakers() -> None:
    text = ('Gregory Amadi told CNBC that he worried about privacy. "We need guarantees," he said.\n\n'
            'The rule bars operators from using recordings. "A certificate holder may not use the '
            'information for any disciplinary purpose," the rule states.')
    assert _speech(text)[-1].speaker != "Gregory Amadi"


@pytest.mark.parametrize(("text", "speaker"), [
    # what someone uses or takes to say something does not say it: "used the speech to announce"
    ("Mr Lindsay used the speech to announce that his government would publish a prospectus 'within the "
     "next six months'.", "Lindsay"),
    ('Senator Ruth Calloway took the opportunity to call the plan "a disgrace."', "Ruth Calloway"),
])
def test_an_occasion_before_to_is_no_speaker(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


@pytest.mark.parametrize(("text", "mention"), [
    ('The leak, traced to a corroded valve, was "entirely preventable with routine checks" by any'
     ' standard, said Marisa Quell, the plant\'s safety director.', "Marisa Quell"),
    ('Rents rose "at a frankly alarming pace" last year, said a housing official in the mayor\'s office.',
     "a housing official"),
])
def test_an_inverted_verb_closing_the_sentence_reports_a_quote_inside_it(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention



@pytest.mark.parametrize(("text", "speaker"), [
    ('"If the money comes, it will save my land," said a farmer in Yavatmal district who gave his name '
     'only as Ramesh.', "Ramesh"),
    ('A woman beside him, who gave only her first name, Joanne, said she worried about "a pendulum swing."',
     "Joanne"),
    ('"I came in from Mechelen and now I\'m stuck," said one office worker, who gave only her first name, '
     'Sofie.', "Sofie"),
    ('"We were told nothing," said a driver identified only as Marco.', "Marco"),
])
def test_a_description_given_a_name_by_its_clause_is_that_name(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


def test_a_full_name_after_only_as_is_not_cut_to_its_first_word() -> None:
    (q,) = _speech('"We were told nothing," said a driver identified only as Marco Bellini of Turin.')
    assert q.speaker != "Marco"


@pytest.mark.parametrize("text", [
    'CAPE CANAVERAL, Fla. (AP) — "We are not going to fly a rocket that is leaking hydrogen."\n\n'
    "With those words, NASA launch director Teresa Amundsen on Tuesday confirmed the delay.",
    '"If young couples cannot afford to live in Seoul, Seoul will empty out." With that line, delivered at '
    "City Hall on Wednesday, Mayor Teresa Amundsen launched the programme.",
])
def test_a_sentence_taking_up_the_quotation_gives_its_subject(text: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == "Teresa Amundsen"


def test_with_that_taking_up_something_else_gives_no_speaker() -> None:
    (q,) = _speech('"We are ready."\n\nWith that record, the team entered the final as favourites.')
    assert q.speaker is None


@pytest.mark.parametrize(("text", "mention"), [
    # an irregular participle opening an aside before the subject, as a regular one does
    ('Told about two weeks, he nodded, and then said: "And when the battery is dead, can I still read it?"',
     "he"),
    ('Shown the letter, the senator said: "I never saw it."', "the senator"),
])
def test_an_irregular_participle_opening_an_aside_is_no_name(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention
