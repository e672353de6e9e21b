"""A quote in a relative clause is its antecedent's; a quoted name before a noun it names is nobody's
words; a person set before ``of the charity X`` speaks, not the charity."""

from __future__ import annotations

import pytest

from parsing import pipeline
from parsing.model import Quote


def _quotes(text: str) -> tuple[Quote, ...]:
    return pipeline.parse_text(text).quotes


def _mention(q: Quote) -> str | None:
    return q.speaker_mention.text if q.speaker_mention is not None else None


@pytest.mark.parametrize(("text", "mention"), [
    ('Its report cites a senior civil servant who told MPs in a private session in November that the '
     'modelling was "frankly, a best-case scenario".', "a senior civil servant"),
    ('She told the Commons she had heard from a nurse in Kent who described caring for patients on '
     'trolleys "for up to three days at a time".', "a nurse in Kent"),
    ('The inquiry spoke to a farmer who told it the drought was "the worst in living memory".', "a farmer"),
    # a time adverbial between "who" and its verb ("who earlier this week described")
    ('Okafor went after the governor, Lena Brandt, who earlier this week described the budget as '
     '"a house of cards".', "Lena Brandt"),
    ('Kessler went after Dev Marlow, who on Tuesday called the plan "a giveaway".', "Dev Marlow"),
    ('The council listened to Ruth Ellery, who last month dismissed the audit as "a fishing trip".',
     "Ruth Ellery"),
    # past a relative clause on the sentence's subject, and past a description set beside the name
    ('Brandt, who won the primary on Tuesday, took the stage and went after Okafor, who earlier this '
     'week described her win as "a rental, not a purchase".', "Okafor"),
    ('The union endorsed Ana Ruiz, a blow to Lena Vance of Ohio, the front-runner after her win in Iowa, '
     'who has called the plan "a slogan, not a policy".', "Lena Vance"),
])
def test_a_quote_in_a_who_clause_is_the_antecedents(text: str, mention: str) -> None:
    (q,) = _quotes(text)
    assert q.kind == "speech" and _mention(q) == mention


def test_the_reported_clause_of_a_verb_of_saying_still_gives_the_outer_subject() -> None:
    (q,) = _quotes('Scoville said the department had concluded that "the case was over".')
    assert q.speaker == "Scoville"


@pytest.mark.parametrize(("text", "name"), [
    ('NHS England said its "hospital at home" scheme would be expanded.', '"hospital at home"'),
    ("Applicants wait months under the agency's \"fast track\" program, which began in May.",
     '"fast track"'),
    ('Critics mocked the "one county, one box" rule, which passed on Tuesday.', '"one county, one box"'),
    ('The government has insisted the turmoil poses no threat to its "one country, two systems" framework.',
     '"one country, two systems"'),
    ('Officials defended the "polluter pays" principle on Monday.', '"polluter pays"'),
])
def test_a_quoted_name_before_the_noun_it_names_is_no_ones_words(text: str, name: str) -> None:
    quote = next(q for q in _quotes(text) if q.text == name)
    assert quote.kind == "other" and quote.speaker is None


@pytest.mark.parametrize("text", [
    'She said the plan was "a disaster" and left.',  # no named noun after it
    'He called for "a fresh look" at the scheme.',  # the noun is not the quote's
    'She urged lawmakers to reject the "reckless" plan.',  # one word: the speaker's judgement of it
])
def test_a_quote_not_before_a_named_noun_stays_speech(text: str) -> None:
    (q,) = _quotes(text)
    assert q.kind == "speech"


@pytest.mark.parametrize(("text", "speaker"), [
    ('Giving evidence in Glasgow, Morag Finlayson of the charity Energy Action Scotland told MPs that '
     'older people were "choosing between eating and heating".', "Morag Finlayson"),
    ('Tamsin Okoro of the think tank Fiscal Watch said the plan was "a fantasy".', "Tamsin Okoro"),
])
def test_a_person_before_of_the_noun_and_a_name_speaks(text: str, speaker: str) -> None:
    (q,) = _quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(("text", "mention"), [
    ('Ellery herself, campaigning in Dubuque on Friday, said she ignored the polls "unless they are good".',
     "Ellery"),
    ('The mayor himself, speaking at a rally, said the plan was "dead on arrival".', "The mayor"),
])
def test_an_intensive_pronoun_after_the_subject_leaves_the_subject(text: str, mention: str) -> None:
    (q,) = _quotes(text)
    assert _mention(q) == mention


@pytest.mark.parametrize(("text", "mention"), [
    # a document issued by someone says their words
    ('Her campaign released a 20-page policy document on Friday that called the plan "dangerously '
     'outdated".', "Her campaign"),
    ('The ministry issued a statement calling the visit "deeply regrettable".', "The ministry"),
    # a time adverbial between a document's noun and its verb ("at the time", "on Tuesday")
    ('A consultant\'s report at the time described the steel as "in satisfactory condition".',
     "A consultant's report"),
    # an organisation's common noun speaks for it
    ('The railroad said in a statement that it was "cooperating fully" with investigators.', "The railroad"),
])
def test_who_a_document_speaks_for(text: str, mention: str) -> None:
    (q,) = _quotes(text)
    assert q.kind == "speech" and _mention(q) == mention


def test_a_quoted_name_before_a_modified_naming_noun_is_no_ones_words() -> None:
    (q,) = _quotes('Okafor said the authority had deferred repairs because of budget constraints, despite a '
                   '"fix it first" maintenance policy adopted in 2004.')
    assert q.kind == "other"


def test_an_indefinite_description_set_beside_the_subject_leaves_the_subject() -> None:
    (q,) = _quotes("The company, a joint venture between a state oil firm and a group of European partners, "
                   'said it was "not yet in a position to guarantee the safety of staff".')
    assert _mention(q) == "The company"


def test_a_saying_a_modal_reports_is_no_act_of_saying() -> None:
    (q,) = _quotes('A spokesman for the ministry said the ministry had not received the plan and would '
                   'comment "when the documents are on the table".')
    assert _mention(q) == "A spokesman for the ministry"
