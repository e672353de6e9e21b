"""Partial quotes after characterising verbs, and sources that are not one named person: documents,
polls, broadcasters, quantified groups; and the sentence boundary after a quote that closes one."""

from __future__ import annotations

import pytest
from quote_support import speech as _speech

from parsing import attribution, pipeline, segment
from parsing.model import Quote


def _quotes(text: str) -> tuple[Quote, ...]:
    paras = segment.paragraphs(text)
    return attribution.extract(text, paras, segment.sentences(text, paras), ())


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
    # modifiers between the role's modifier and its head: "senior", then a capitalised or lower-case noun
    ('Gov. Laura Whitmore vetoed the bill last week. She called it "a tax cut for the few."\n\nA senior '
     'administration official, speaking on condition of anonymity, said the governor had called every '
     'member. "She thought she had 42," the official said.'),
    ('Speaker Ezra Quill called the bill "dead on arrival."\n\nOne senior House Republican aide said the '
     'votes were not there. "We lose 30 of our own," the aide said.'),
    ('Sen. Ray Castell called the plan "a waste."\n\nOutside the room, a senior Energy Department '
     'official said the buyback would begin. "We will not overpay," the official said.'),
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


def test_a_document_in_a_paragraph_ending_in_a_colon_hands_over_its_words() -> None:
    text = ('Dana Whitcomb quit the cabinet on Friday, in a letter to the premier released that evening.'
            '\n\nThe letter reads in part:\n\n"I can no longer defend a budget I did not write."')
    (q,) = _speech(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "The letter"
    assert q.speaker == "Dana Whitcomb"


def test_a_noun_of_no_document_before_a_colon_hands_over_nothing() -> None:
    text = ('Dana Whitcomb took questions for an hour.\n\nThe exchange that followed was the sharpest:'
            '\n\n"I can no longer defend a budget I did not write."')
    assert all(q.speaker_mention is None for q in pipeline.parse_text(text).quotes)


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


def test_a_party_before_a_name_is_an_affiliation_and_a_party_member_is_a_description() -> None:
    text = ('Democrat Lena Farrow and Republican Otto Brandt met on Tuesday. '
            'Farrow called the plan "a start."\n\n"It is a stunt," one House Democrat wrote on X.')
    _named_then_described(text, "Lena Farrow", "one House Democrat")


@pytest.mark.parametrize(("text", "mention"), [
    # a staff, aides, allies: collective sources with no one person's name
    ('Tobin\'s staff warned that the timeline was "extremely tight".', "Tobin's staff"),
    ('Committee staff warned that the timeline was "extremely tight".', "Committee staff"),
    ('Smith\'s allies called the bill "a disgrace."', "Smith's allies"),
])
def test_a_staff_or_allies_speak_as_a_group(text: str, mention: str) -> None:
    q = _speech(text)[-1]
    assert q.speaker is None and q.speaker_mention is not None and q.speaker_mention.text == mention


def test_according_to_a_possessors_office_is_the_office() -> None:
    text = 'According to the mayor\'s office, the truce has brought "the longest period of calm" in years.'
    q = _speech(text)[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == "the mayor's office"


def test_the_agent_of_a_passive_verb_of_telling_is_the_speaker() -> None:
    text = ('Tom Reyes said the town was calm.\n\nHe said the couple had been told by a police officer '
            'that they might be gone "a day or two."')
    quote = _speech(text)[-1]
    assert quote.speaker is None  # someone described, not the one who reports the telling
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "a police officer"


@pytest.mark.parametrize("text", [
    ('Mayor Karen Ostrowski called it "a travesty."\n\nBut two people familiar with the discussions '
     'said a retrial was unlikely. "Without the eyewitness, there\'s nothing," one of them said.'),
    ('Karen Ostrowski and Tom Hale spoke after the vote. "It is done," one of them said.'),
])
def test_one_of_them_is_one_member_of_a_group_no_one_named(text: str) -> None:
    quote = _speech(text)[-1]
    assert quote.speaker is None
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "one of them"


@pytest.mark.parametrize(("text", "speaker", "mention"), [
    # a document set beside who sent or wrote it says that one's words
    ('Washington sued Brightpath on Monday. One internal email cited in the lawsuit, sent by a Brightpath '
     'vice president in 2021, described the arrangement as "the quiet engine of our growth."', None,
     "a Brightpath vice president"),
    ('A memo, written by chief of staff Dana Ruiz, called the plan "a disaster."', "Dana Ruiz", "Dana Ruiz"),
])
def test_a_document_sent_by_someone_says_their_words(text: str, speaker: str | None, mention: str) -> None:
    quote = _speech(text)[-1]
    assert quote.speaker == speaker
    assert quote.speaker_mention is not None and quote.speaker_mention.text == mention


def test_a_justice_is_the_judge_a_later_description_names() -> None:
    text = ('Justice Fiona Rawlinson found the articles defamatory.\n\n"The evidence does not come close," '
            'Justice Rawlinson wrote.\n\nThe judge was also critical of the way the Sentinel responded when '
            'Mr Tully complained. Rather than correcting the articles, the paper published a fourth story in '
            'May 2021, which she described as "gratuitous."')
    assert _speech(text)[-1].speaker == "Fiona Rawlinson"


@pytest.mark.parametrize("text", [
    ('Mr Eoin Hartigan said yesterday that the leak was "a serious breach of trust."\n\nSpeaking on RTÉ’s '
     'Morning Ireland, he added: "I’ve been in politics 20 years."'),
    ('Eoin Hartigan called the leak "a serious breach of trust."\n\nIn an interview with Morning Ireland, '
     'he added: "I’ve been in politics 20 years."'),
])
def test_he_is_not_the_programme_he_spoke_on(text: str) -> None:
    assert _speech(text)[-1].speaker == "Eoin Hartigan"


def test_a_quotation_after_a_clock_time_ending_a_sentence_opens_its_own() -> None:
    text = ('"Spain has chosen dialogue," Montesinos told deputies after the speaker of the chamber, Carmen '
            'Olivares, read out the result at 1:26 p.m. "I will govern for all."')
    assert [q.speaker for q in _speech(text)] == ["Montesinos", "Montesinos"]


def test_a_modal_weak_verb_in_a_reported_clause_is_no_act_of_saying() -> None:
    text = ('Carl Demming defended the move. He said the tariffs were "a temporary measure," and the United '
            'States would defend them in Geneva "for as long as it takes."')
    assert [q.speaker for q in _speech(text)] == ["Carl Demming", "Carl Demming"]


@pytest.mark.parametrize("text", [
    'The mayor said the deal was close, though the finance minister, Ruth Adeyemi, would say only that the '
    'numbers were "still moving."',
    'Lindqvist said a ruling was due, but Ruth Adeyemi would say only that the court was "taking its time."',
])
def test_would_say_only_is_an_act_of_saying_not_a_reported_future(text: str) -> None:
    assert _speech(text)[-1].speaker == "Ruth Adeyemi"


def test_the_official_after_one_official_met_anywhere_is_that_official() -> None:
    text = ('"We object," said Dieter Brandauer, the German minister.\n\nBrussels would rather not use it, '
            'according to one EU trade official. "The list is a loaded gun on the table," said the official, '
            'who spoke on condition of anonymity.')
    quote = _speech(text)[-1]
    assert quote.speaker is None and quote.speaker_mention is not None
    assert quote.speaker_mention.text == "the official"


def test_she_after_a_sentence_about_a_possessor_is_that_possessor() -> None:
    text = ('Marisa Okafor took the stage at noon.\n\n"I liked her today," said Ruth Kessler, a retired '
            "schoolteacher.\n\nOkafor's speech leaned on that theme. She criticized what she called \"trade "
            'deals written by lobbyists."')
    assert _speech(text)[-1].speaker == "Marisa Okafor"


def test_cllr_is_a_title_not_a_name() -> None:
    text = ('Cllr Jane Roberts-Bevan told the meeting: "We have protected libraries."\n\n'
            '"We are now at the point where standing still means going backwards," the councillor said.')
    assert [q.speaker for q in _speech(text)] == ["Jane Roberts-Bevan", "Jane Roberts-Bevan"]


@pytest.mark.parametrize(("text", "kind"), [
    # after "to", a quote opening with a verb is an infinitive in the reported clause: the claim itself
    ('The Winnipeg Police Service said the officers were needed to "restore visible patrols" and reduce '
     'response times.', "speech"),
    # a preposition's object stays a phrase, not a claim
    ('The officials said the files were moved to "a secure location" last week.', "other"),
])
def test_an_infinitive_quote_in_a_reported_clause_is_speech(text: str, kind: str) -> None:
    assert [q.kind for q in pipeline.parse_text(text).quotes] == [kind]


def test_a_hyphenated_office_is_a_role() -> None:
    text = ('In a report to the council last week, the secretary-general said leaders had made "no '
            'significant progress" since their talks broke down in June.')
    quote = pipeline.parse_text(text).quotes[0]
    assert quote.kind == "speech"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "the secretary-general"


def test_a_party_named_in_a_case_title_is_no_speaker() -> None:
    text = ('The ruling in Boudreaux v. Delta Voters League said the lower court had "treated race as the'
            ' starting point."')
    (q,) = _speech(text)
    assert q.speaker is None


@pytest.mark.parametrize(("text", "speaker"), [
    # "it" later in a sentence whose subject is a thing described: that thing, not the last named body
    ("The Health Ministry said it did not yet have a death toll. But the Paris undertakers' federation said "
     'its members had handled 2,000 more deaths, and it described the situation as "without precedent."',
     None),
    ("The Agriculture Department runs the program. Two weeks ago, the department notified 22 state agencies "
     'that it would withhold their funds, citing what it called "deficiencies in program integrity."',
     "Agriculture Department"),
    # an organisation named after the description is the nearer one
    ("The Health Ministry said it had no figures. The 7-2 decision limits a remedy the National Labor "
     'Relations Board has used since 2022, when it began ordering "direct or foreseeable pecuniary harms."',
     "National Labor Relations Board"),
])
def test_it_after_a_described_subject_is_that_subject(text: str, speaker: str | None) -> None:
    (q,) = [q for q in _quotes(text) if q.kind == "speech"]
    assert q.speaker == speaker and q.speaker_mention is not None
