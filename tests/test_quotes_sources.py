"""Partial quotes after characterising verbs, and sources that are not one named person: documents,
polls, broadcasters, quantified groups; and the sentence boundary after a quote that closes one."""

from __future__ import annotations

from itertools import pairwise

import pytest

from parsing import attribution, pipeline, segment
from parsing.model import Quote
from parsing.segment import marks


def _quotes(text: str) -> tuple[Quote, ...]:
    paras = segment.paragraphs(text)
    return attribution.extract(text, paras, segment.sentences(text, paras), ())


def _speech(text: str) -> list[Quote]:
    return [q for q in pipeline.parse_text(text).quotes if q.kind == "speech"]


@pytest.mark.parametrize(("text", "speaker"), [
    # verb + object + the quote as its complement: the subject's words
    ('Mayor Ruth Calder dismissed the audit as "a fishing expedition."', "Ruth Calder"),
    ('Senator Omar Haddad on Tuesday denounced the new tariff schedule as "a tax on every family."',
     "Omar Haddad"),
    ('Union leader Pat Greaves hailed the agreement as "a turning point for nurses."', "Pat Greaves"),
    ('Councillor Jo Mabry branded the closure "a betrayal of the north side."', "Jo Mabry"),
    ('Judge Ellen Park warned of "lasting harm" to the defendants.', "Ellen Park"),
    ('Ines Varga spoke of "a quiet crisis" in rural clinics.', "Ines Varga"),
    # every form of a characterising verb, its -ing form after a clause of the subject's own too
    ('Governor Lena Brandt attacked the rules, deriding them as "a gift to Beijing."', "Lena Brandt"),
    ('President Marcus Hale used his address to press Congress, casting the year as "a test of will."',
     "Marcus Hale"),
    ('Campaign manager Rachel Dunmore touted the review as "airtight" on Monday.', "Rachel Dunmore"),
    ('Senator Aldo Ferrante portrayed the bill as "a blank check."', "Aldo Ferrante"),
    ('Senator Nathan Brooks cast the election as a choice "between two countries."', "Nathan Brooks"),
    ('Chairman Omar Pell rejected the bid as "grossly inadequate" on Oct. 12.', "Omar Pell"),
    ('"Capture complete," astronaut Karen Ostrowski, who ran the arm, radioed to Mission Control.',
     "Karen Ostrowski"),
    # an organisation written head + of + name is one name; a title inside the run still gives the person
    ('The state Chamber of Commerce said the law would "drive jobs away."', "Chamber of Commerce"),
    ('The Department of Justice said it was "reviewing the matter."', "Department of Justice"),
    ('Bank of England Governor Mark Carney said rates were "on hold."', "Mark Carney"),
    # "X of Y" is headed by X, whatever Y is
    ('"We are glad," said Dolores Fenwick of the Motorists\' Safety Coalition, an advocacy group.',
     "Dolores Fenwick"),
    ('"It only makes the journey deadlier," said Sara Lindholm of the Brussels-based charity Sea Corridor.',
     "Sara Lindholm"),
    ('Sen. Paula Rincón of the leftist Historic Pact coalition vowed to fight "article by article".',
     "Paula Rincón"),
])
def test_the_subject_of_the_verb_speaks(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    'The family of Jane Doe of Austin said it was "heartbroken."',  # the family speaks, not Jane Doe
    # an organisation's name with "of" in it
    'Fraternal Order of Police Lodge 17, which represents officers, dismissed it as "a press release."',
])
def test_a_name_after_of_or_an_organisation_with_of_is_no_person_of(text: str) -> None:
    (q,) = _speech(text)
    assert q.speaker in (None, "Fraternal Order of Police Lodge")


def _named_then_described(text: str, name: str, mention: str) -> None:
    """The first quote is the named person's, the second someone described: no speaker, that mention."""
    first, second = _speech(text)
    assert first.speaker == name
    assert second.speaker is None and second.speaker_mention is not None
    assert mention in second.speaker_mention.text


def test_a_quote_that_closes_its_sentence_is_not_attributed_by_the_next() -> None:
    text = ('Chief Dana Ruiz dismissed the complaint as "baseless." Several officers said the inquiry '
            'was "long overdue."')
    _named_then_described(text, "Dana Ruiz", "Several officers")


@pytest.mark.parametrize(("text", "mention"), [
    ('Fifty-two percent of those polled called the tax "unfair to renters."',
     "Fifty-two percent of those polled"),
    ('Most shop owners interviewed by the paper described the plan as "a disaster for trade."',
     "Most shop owners interviewed by the paper"),
    ('Critics of the council, however, have called the vote "a rushed job."', "Critics of the council"),
    # a crowd's chant is the crowd's: chanting, shouting and yelling are speech
    ('Delegates chanted "Not one cent!" when the minister rose.', "Delegates"),
    ('At the rally, supporters began chanting "Four more years!" as the music rose.', "supporters"),
    ('Outside, protesters kept shouting "Shame on you!" at the cars.', "protesters"),
    ('A small crowd yelled "Open the gates!" at the guards.', "A small crowd"),
    # a capitalised adverb before the group is no name with the group as its apposition
    ('Outside, protesters shouted "Shame on you!" at the cars.', "protesters"),
    # "41%": the sign is not a word; the group is the noun after "of", nearer than the poll
    ('A poll by Vantage found that 41% of voters described the budget as "a betrayal."', "41% of voters"),
    # an approximate count is part of the group; an adverb opening the sentence is not a name
    ('Nearly 40 percent of voters called it "a mess."', "Nearly 40 percent of voters"),
    ('Early in the evening, a group of about 30 protesters chanted "No more cops!" in the hall.',
     "a group of about 30 protesters"),
    ('Already, dozens of parents were chanting "Open the gates!" outside.', "dozens of parents"),
])
def test_quantified_and_group_sources_have_a_mention_and_no_speaker(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker is None
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_document_introduced_with_a_or_an_has_no_issuer_from_elsewhere() -> None:
    text = ('The Harbour Board said on Monday it would "review every lease."\n\n'
            'A leaked letter read: "We cannot survive another year at these rents."')
    first, second = _quotes(text)
    assert first.speaker == "Harbour Board"
    assert second.speaker is None and second.speaker_mention is not None


def test_a_statement_released_by_a_person_is_theirs() -> None:
    text = ('Representative Lena Ortiz said she was "stunned", releasing a statement saying "This ruling '
            'ignores every family that lost a home."')
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Lena Ortiz", "Lena Ortiz"]


def test_a_noun_after_a_singular_indefinite_is_not_a_verb() -> None:
    (q,) = _quotes('One reader left a comment on a blog post "I have never seen the river this low."')
    assert q.cue is None or q.cue.text != "post"


def test_a_named_document_and_the_report_that_refers_back_to_it() -> None:
    text = ('The Treasury Green Book, published on Monday, found that wages had "barely moved" in a '
            'decade.\n\nThe report said the gap was "widening in every region."')
    first, second = _speech(text)
    assert first.speaker == second.speaker == "Treasury Green Book"
    assert second.speaker_mention is not None and second.speaker_mention.text == "The report"


def test_a_definite_description_takes_the_name_introduced_with_it() -> None:
    text = ('Northwind Radio, the regional broadcaster, ran the interview on Sunday.\n\n'
            'The broadcaster called the ruling "a blow to press freedom."')
    (q,) = _speech(text)
    assert q.speaker == "Northwind Radio"


@pytest.mark.parametrize(("text", "speaker"), [
    ('Rosa Quint, the Green nominee for mayor, toured the docks.\n\n'
     '"We will not sell the harbour," the Green nominee told workers.', "Rosa Quint"),
    ('Morning host Dev Anand has criticised the plan for weeks.\n\n'
     '"It is a scandal," the radio host said on air.', "Dev Anand"),
])
def test_a_role_given_earlier_resolves_its_description(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


def test_a_description_nobody_was_given_names_no_one() -> None:
    """The description says who speaks; with nobody given that role it is the mention, not a name."""
    (q,) = _speech('"We will not sell the harbour," the Green nominee told workers.')
    assert q.speaker is None
    assert q.speaker_mention is not None and q.speaker_mention.text == "the Green nominee"


@pytest.mark.parametrize("noun", ["nominee", "candidate", "host", "defendant", "challenger"])
def test_a_person_role_the_entities_know_is_a_speaker_noun(noun: str) -> None:
    """The role nouns of the entity gazetteer are speaker description heads too (one list of roles)."""
    text = (f"Rosa Quint has led the field since March.\n\n"
            f'The {noun} said the plan was "a disgrace."')
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == f"The {noun}"


def test_a_short_sentence_of_its_own_continues_the_speech() -> None:
    text = '"The harbour stays public," the mayor told reporters. "Full stop."'
    assert [q.kind for q in _quotes(text)] == ["speech", "speech"]


def test_a_title_in_apposition_is_other_even_before_a_speech_verb() -> None:
    text = 'Her first novel, "Salt Roads," comes out in May, the publisher announced.'
    assert [q.kind for q in _quotes(text)] == ["other"]


def test_a_name_after_a_or_an_is_not_a_pronoun_antecedent() -> None:
    text = 'Mayor Ana Ruiz, a Democrat, opened the session. "We start today," she said.'
    (q,) = _speech(text)
    assert q.speaker == "Ana Ruiz"


def test_a_phrasal_reply_verb_cues_its_subject() -> None:
    text = 'Mayor Jo Pike spoke first.\n\n"I have never missed a vote," Councillor Ada Brill shot back.'
    (q,) = _speech(text)
    assert q.speaker == "Ada Brill"


def test_a_speech_verb_followed_by_was_is_a_noun() -> None:
    text = ('A report by the Harbour Board found delays.\n\n'
            'The report said approving claims was "slow and error-prone".')
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "The report"


def test_the_object_of_a_reported_clause_is_speech() -> None:
    (q,) = _quotes('Judge Mia Holt wrote that the state had offered "no credible evidence" of fraud.')
    assert (q.kind, q.speaker) == ("speech", "Mia Holt")


def test_a_title_and_an_apposition_are_both_roles() -> None:
    text = ('Congresswoman Lia Moss, the Labour nominee, spoke at the fair.\n\n'
            'The Labour nominee later told reporters the day had been "fun."')
    (q,) = _speech(text)
    assert q.speaker == "Lia Moss"



def test_a_title_after_a_possessive_is_other() -> None:
    text = 'Speaking on NBC\'s "Meet the Press," Senator Joan Avery said the deal was "dead on arrival."'
    assert [(q.kind, q.speaker) for q in _quotes(text)] == [("other", None), ("speech", "Joan Avery")]


@pytest.mark.parametrize(("text", "mention"), [
    ('The union, which represents 40,000 nurses, described the offer as "an insult."', "The union"),
    ('The memo, first reported by a local paper, warned that the fund was "at risk of collapse."',
     "The memo"),
    # a relative clause that runs over commas of its own
    ('Brightpath, which is based in Tempe, Arizona, and operates in six states, said that it "categorically '
     'denies" the claims.', "Brightpath"),
    # a relative clause on the organisation an apposition names, not on the subject
    ('Janelle Pryor, executive director of the Voter Access Coalition, which brought the lawsuit on behalf '
     'of voters in Franklin, Cuyahoga and Hamilton counties, called the ruling "a victory."',
     "Janelle Pryor"),
])
def test_the_subject_before_a_relative_clause_or_participle(text: str, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_he_after_a_new_person_described_by_role_is_not_the_last_speaker() -> None:
    text = ('"We have been patient," Gail Ryder told the paper.\n\n'
            'The mayor laughed. "Ask me in June," he said.')
    first, second = _speech(text)
    assert first.speaker == "Gail Ryder" and second.speaker is None


@pytest.mark.parametrize("text", [
    # someone new, described with "a": the person named in a clause before is not "he"
    ('A rebel delegate said Issa Bandoro had approved the text on Saturday.\n\nA Western diplomat following '
     'the negotiations was blunter. "Everybody in this hotel knows the text is finished," he said.'),
    # a role opened by a possessor, with a capitalised word before the role
    ('"We walked for four days," said Hawa Abakar, 34, who crossed with her children.\n\nChad\'s minister '
     'for territorial administration, visiting Adre on Monday, said the border would stay open. "These are '
     'our brothers," he said.'),
])
def test_he_after_someone_new_described_is_no_one_named_before(text: str) -> None:
    assert _speech(text)[-1].speaker is None


@pytest.mark.parametrize("text", [
    # "the official" after "A … official" opened a sentence: that official, not the minister quoted before
    ('"They are free," Foreign Minister Gordon Whitcombe told reporters in Ottawa.\n\nA Malian security '
     'official, speaking on condition of anonymity, said the pair had been driven north. "They came in two '
     'vehicles," the official said.'),
    ('Councilwoman Tamika Freeland said the cuts were "a first draft."\n\nA council aide who has seen the '
     'spreadsheet was less hopeful. "The leaf pickup is probably gone," the aide said.'),
])
def test_the_role_after_someone_new_of_that_role_is_no_one_named_before(text: str) -> None:
    assert _speech(text)[-1].speaker is None


def test_the_role_still_goes_to_the_one_quoted_when_no_one_new_came_in() -> None:
    text = ('"We will not be rushed," Foreign Minister Gordon Whitcombe told reporters.\n\nA security '
            'official said the pair were in good health. "They ate well," Whitcombe said. "That is what '
            'matters," the minister added.')
    assert _speech(text)[-1].speaker == "Gordon Whitcombe"


def test_a_definite_description_after_a_name_may_still_be_that_person() -> None:
    text = ('Ilse Vandermeulen has spent the year in airport lounges. The European Commission\'s trade '
            'chief, a 54-year-old economist, has shuttled between capitals to head off what she once '
            'described as "a tariff spiral with no floor."')
    assert _speech(text)[-1].speaker == "Ilse Vandermeulen"


@pytest.mark.parametrize(("opening", "speaker"), [
    ("The chief paused.", "Leonard Haskins"),  # the one the article made its police chief
    ("The mayor paused.", None),  # no one was given the role: someone described, not named
    ("The fire chief paused.", "Leonard Haskins"),  # his role shares the head noun: the best holder
])
def test_he_after_a_definite_role_description_is_the_person_given_that_role(opening: str,
                                                                            speaker: str | None) -> None:
    text = ('Police Chief Leonard Haskins called the vote "a gamble with public safety." '
            '"You cannot run a department that way," Haskins said.\n\n'
            '"Will you resign?" one reporter asked.\n\n'
            f'{opening} "Not tonight," he said.')
    quotes = _speech(text)
    assert quotes[-1].speaker == speaker
    mention = quotes[-1].speaker_mention  # the mention the cue points at
    assert mention is not None and mention.text == "he"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Democrats assailed what Sen. Monica Feld, D-Minn., called \u201ca hostage deal.\u201d", "Monica Feld"),
    ('House Speaker Travis Odom, R-Gilbert, said the order was "a press release."', "Travis Odom"),
    ('Sen. Cory Brand, D-N.J., said the bill was "a fraud."', "Cory Brand"),
])
def test_a_party_and_state_label_after_a_name_is_not_the_speaker(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a fronted participial clause or a time before "ago" is no subject, nor a state after a town
    ("Reached by phone Monday evening, Szabo put the figure at $9,000 and said the repayment "
     "\u201chas nothing to do with your reporting.\u201d", "Szabo"),
    ("Six months ago, standing on a debate stage in Manchester, N.H., Leah Grunwald looked across at "
     "Wes Partridge and called him \u201ca man who never met a camera he didn\u2019t like.\u201d",
     "Leah Grunwald"),
    ("Speaking to reporters in Dover, Del., Gov. Ana Ruiz shook her head and said it was "
     '"a mistake."', "Ana Ruiz"),
    ('Manning shook his head and said it was "a mistake."', "Manning"),  # a name that ends in -ing
])
def test_the_subject_after_fronted_adverbials(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


def test_the_dateline_place_is_no_speaker_and_a_place_is_not_read_as_an_organisation_named_after_it() -> None:
    text = ('COLUMBUS, Ohio, Nov 21 (Buckeye Wire) - Ohio\'s highest court has struck down a state '
            'law, ruling 4-3 that it placed an "unreasonable and unequal burden" on voters.\n\n'
            'The Ohio Voter Access Coalition, which brought the case, said it was "a great day."')
    first, second = _speech(text)
    assert first.speaker is None  # neither COLUMBUS nor the coalition: the court, which no name gives
    assert first.speaker_mention is not None and first.speaker_mention.text == "Ohio's highest court"
    assert second.speaker == "Ohio Voter Access Coalition"


@pytest.mark.parametrize(("title", "description"), [
    ("Rep.", "the congressman"), ("Sen.", "the senator"), ("Gov.", "the governor"), ("Rep.", "the lawmaker"),
])
def test_a_title_before_a_name_makes_the_role_a_later_description_names(title: str, description: str) -> None:
    text = (f'{title} Dana Vickery faced a crowd on Monday. Vickery said the bill "cuts nothing."\n\n'
            'A young man near the back yelled that Vickery was "a coward." Officers moved toward him.\n\n'
            f'"He is entitled to his opinion," {description} said.')
    quotes = _speech(text)
    assert quotes[-1].speaker == "Dana Vickery"


def test_a_role_no_one_was_given_does_not_take_an_unnamed_speaker_quoted_before() -> None:
    text = ('A young man near the back yelled that the plan was "a fraud." Officers moved toward him.\n\n'
            '"He is entitled to his opinion," the congressman said.')  # no one was made a congressman
    quotes = _speech(text)
    mention = quotes[-1].speaker_mention
    assert quotes[-1].speaker is None and (mention is None or mention.text != "A young man near the back")


def test_he_in_a_named_subjects_own_sentence_makes_him_a_man_she_does_not_stand_for() -> None:
    """"Vickery knew what he was walking into": Vickery is a man, so a woman's "she said" later is
    someone else's (here a teacher no name is given), not his."""
    text = ('Rep. Lane Vickery knew what he was walking into. "It will be lively," Vickery said.\n\n'
            'A hand went up at the back. "You told us you would never touch Medicaid," she said.')
    quotes = _speech(text)
    assert quotes[0].speaker == "Lane Vickery"
    assert quotes[1].speaker is None and quotes[1].speaker_mention is not None
    assert quotes[1].speaker_mention.text == "she"


@pytest.mark.parametrize(("text", "mention"), [
    # a quote standing alone after a beat whose subject is a person: that person speaks
    ('Grant Mabry needs every vote.\n\nAsked whether Mabry could pass the bill alone, the Republican '
     'aide laughed. "Not a chance. He knows the math."', "the Republican aide"),
    ('Celeste Ambrose runs the campaign.\n\nAmbrose says she does not read what Chip Lowndes says. '
     'She laughs. "Okay, I read some of it."', "She"),
])
def test_a_quote_after_a_persons_beat_is_that_persons(text: str, mention: str) -> None:
    q = _speech(text)[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == mention
    assert q.speaker != "Grant Mabry" and q.speaker != "Chip Lowndes"


@pytest.mark.parametrize(("text", "speaker"), [
    # a verb whose own quote follows it right away is not the cue of a later quote
    ("Kurt Halloran spoke first. He called the tax cut, which Republicans have branded the \u201cWorking "
     "Families First\u201d plan, \u201cthe largest in state history.\u201d", "Kurt Halloran"),
])
def test_a_verb_with_its_own_quote_is_not_the_cue_of_the_next(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


def test_a_verb_with_its_own_quote_is_not_the_cue_of_the_one_before() -> None:
    text = ('House Speaker Lowell Henning said he expected the bill to pass "in two days, maybe three," and '
            'Senate Majority Leader Dean Kolstad called it "the most important thing we will do this year."')
    assert [q.speaker for q in _speech(text)] == ["Lowell Henning", "Dean Kolstad"]


def test_a_place_alone_dateline_is_no_speaker() -> None:
    text = ('JACKSON, Miss. — Lt. Gov. Hollis Varnado, the front-runner for governor, told donors that the '
            'expansion was "a mistake we\'ll quietly starve" and joked that voters in the Delta '
            '"wouldn\'t know a tax cut if it mailed itself to them."')
    quotes = _speech(text)
    assert all(q.speaker_mention is None or q.speaker_mention.text != "JACKSON" for q in quotes)


def test_a_dateline_in_letters_beyond_ascii_is_no_speaker() -> None:
    (q,) = _speech('BOGOTÁ, Colombia (HP) — Andrés Felipe Salcedo was sworn in as president Friday, '
                   'promising to restore "authority without authoritarianism" in a country at war.')
    assert q.speaker == "Andrés Felipe Salcedo"


@pytest.mark.parametrize("title", ["the Rev.", "Rev.", "Det.", "Supt.", "Amb."])
def test_a_title_after_an_inverted_verb_ends_no_sentence(title: str) -> None:
    text = (f'The mine at Greer Fork closed in 2008. "We are tired of waiting," said {title} Alma Whitt, '
            'whose church serves meals.')
    (q,) = _speech(text)
    assert q.speaker == "Alma Whitt"


def test_a_quote_after_a_colon_that_a_naming_verb_introduces_is_a_label() -> None:
    text = ('Writing in a blog post, Matthew Ingram dubbed the long fight over the video: '
            '"Scientology vs. the Internet, part XVII". He said it was "silly."')
    first, second = pipeline.parse_text(text).quotes
    assert (first.kind, second.kind, second.speaker) == ("other", "speech", "Matthew Ingram")


@pytest.mark.parametrize(("text", "speaker"), [
    # a naming verb that also judges, active, with its own object: the subject's verdict
    ('Treasury Secretary Joan Albers on Tuesday branded the proposal "reckless."', "Joan Albers"),
    ('Whitcomb labeled the warnings "scare tactics" in a floor speech.', "Whitcomb"),
    ('The mayor, Ruth Calder, termed it "a disgrace" and left.', "Ruth Calder"),
])
def test_a_judging_naming_verb_with_an_object_gives_the_subjects_words(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    'The deal, which her office has branded the "Fair Start Credit," passed.',  # no object but "the"
    'Okafor was branded a "traitor" by the party.',  # passive: a label hung on him
    'Critics quickly nicknamed the new district "the Fishhook."',  # a naming verb that does not judge
])
def test_a_name_given_by_a_naming_verb_stays_a_label(text: str) -> None:
    (q,) = pipeline.parse_text(text).quotes
    assert q.kind == "other"


@pytest.mark.parametrize(("text", "speaker"), [
    # the person before a home town's "of", whatever title stands before them
    ('Senate Majority Leader Dean Kolstad of Pella called it "the most important thing we will do."',
     "Dean Kolstad"),
    ('Dean Kolstad of Pella called it "the most important thing we will do."', "Dean Kolstad"),
    # a given name the entity gazetteer knows is one the speakers know too
    ('Marcus Hale, the challenger, called the record "a decade of broken votes."', "Marcus Hale"),
])
def test_the_person_before_of_speaks(text: str, speaker: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker


def test_a_name_a_document_went_to_is_not_its_issuer() -> None:
    text = ('A memo circulated among Democratic staff describes the strategy as "brinkmanship for its own '
            'sake."')
    (q,) = _speech(text)
    assert q.speaker is None and q.speaker_mention is not None
    assert q.speaker_mention.text.startswith("A memo")


@pytest.mark.parametrize(("text", "speaker", "mention"), [
    # a base-form verb right after "the" + a singular noun is the head of a noun phrase, not a verb
    ('House Majority Leader Raymond Oduya, a Philadelphia Democrat, called the audit demand "a dodge."',
     "Raymond Oduya", "Raymond Oduya"),
    # … but not after a preposition's object: the subject stands before the preposition
    ('Critics of the plan say it is "a giveaway to developers."', None, "Critics of the plan"),
    ('The protesters outside the hall demand "answers now."', None, "The protesters outside the hall"),
    # a subject with two relative clauses, the second coordinated with "and who"
    ('A detention officer who has worked at the jail for a decade, and who spoke on condition of anonymity '
     'because employees may not comment on the campaign, said morale had "never been lower."', None,
     "A detention officer"),
    # a name after "a"/"an" before a base form is a premodifier of the noun: "an Instagram post"
    ('Oduya announced her support in an Instagram post Monday: "I have been a renter for 11 years."',
     "Oduya", "Oduya"),
])
def test_a_verb_agrees_with_its_subject(text: str, speaker: str | None, mention: str) -> None:
    (q,) = _speech(text)
    assert q.speaker == speaker and q.speaker_mention is not None and q.speaker_mention.text == mention


@pytest.mark.parametrize("adverb", ["Instead", "Already", "Ultimately", "Separately", "Nevertheless"])
def test_a_sentence_adverb_is_no_speaker(adverb: str) -> None:
    text = f'{adverb}, the memo recommends "tele-town halls," small roundtables and events.'
    assert all(q.speaker != adverb for q in pipeline.parse_text(text).quotes)


def test_a_paragraph_ending_in_a_colon_hands_over_to_the_quote() -> None:
    text = 'Obama wrote on Twitter on Monday night:\n\n"We will get this done. Together."'
    (q,) = _speech(text)
    assert q.speaker == "Obama"


def test_a_short_quote_after_a_colon_is_speech_and_it_is_the_new_document() -> None:
    text = ('The Harbour Board met on Monday. Councillor Ada Brill posted a reply within minutes. '
            'It read: "Enough."')
    (q,) = _quotes(text)
    assert (q.kind, q.speaker) == ("speech", None)


def test_a_title_before_a_name_in_an_inverted_apposition() -> None:
    (q,) = _speech('"We are going to fight it," added his deputy, Sen. Ana Ruiz.')
    assert q.speaker == "Ana Ruiz"


@pytest.mark.parametrize(("text", "mention"), [
    ('The levy was first reported at 6:10 a.m. EST, according to the Marl River Authority, which said the '
     'dam had "held up well."', "Marl River Authority"),
    ('One senior aide, speaking on condition of anonymity because she was not allowed to comment, said '
     'staff were "stunned."', "One senior aide"),
    ('The Harlow transport board, in turn, accused the union of "bad faith."', "The Harlow transport board"),
    ('A majority of residents described the service as "getting worse," and many blamed the council.',
     "A majority of residents"),
    ('The review rated the scheme "barely adequate" and noted "serious gaps" in its data.', "The review"),
])
def test_the_subject_past_what_stands_before_its_verb(text: str, mention: str) -> None:
    quotes = _speech(text)
    assert quotes and quotes[-1].speaker_mention is not None
    assert mention in quotes[-1].speaker_mention.text


def test_he_or_she_after_an_unnamed_person_is_that_person() -> None:
    text = ('"Fares will rise," Tom Ashdown told reporters.\n\n'
            'Asked about it, a retired teacher from the west end shook her head. '
            '"I can\'t pay more," she said.')
    _named_then_described(text, "Tom Ashdown", "she")  # the mention the cue points at (corpus README)


def test_an_anaphoric_role_description_is_the_person_just_quoted() -> None:
    text = ('Mara Quill dismissed the audit as "a fishing trip."\n\n'
            'The former county judge, who has led every poll, said the council had "lost its nerve."')
    first, second = _speech(text)
    assert first.speaker == second.speaker == "Mara Quill"


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


def test_a_party_before_a_name_is_an_affiliation_and_a_party_member_is_a_description() -> None:
    text = ('Democrat Lena Farrow and Republican Otto Brandt met on Tuesday. '
            'Farrow called the plan "a start."\n\n"It is a stunt," one House Democrat wrote on X.')
    _named_then_described(text, "Lena Farrow", "one House Democrat")


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
     "TDs"),
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


@pytest.mark.parametrize(("text", "mention", "speaker"), [
    # a role for an organisation named with "the": the role speaks for it, the whole phrase its mention
    ('A spokesman for the Transportation Department said the two sides were "at the bargaining table."',
     "A spokesman for the Transportation Department", "Transportation Department"),
    ('A spokeswoman for the Article III Alliance, a conservative legal group, dismissed the ads as "the '
     'same playbook they run every time."', "A spokeswoman for the Article III Alliance",
     "Article III Alliance"),
    # a role's name set beside it still speaks
    ('A spokesman for the Senate GOP caucus, Ben Schaller, said leaders would "review the numbers."',
     "Schaller", "Ben Schaller"),
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
    ('Researchers filmed what researchers call “vertical drift naps” in sperm whales.', "researchers"),
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
