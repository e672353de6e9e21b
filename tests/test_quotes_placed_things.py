"""A thing placed somewhere does not speak through the place. In "A sign at the entrance to the site
reads …" or "One message relayed to ships in the Great Bitter Lake read …" the subject is the sign or
the message; the noun phrase after a preposition that places or sends it ("to the site", "in the
Great Bitter Lake", "outside the Ford plant") modifies it and is never the speaker. A role with such a
complement still speaks ("A doctor at the hospital"), "according to" still names a source, and a
document's author after "from" or "by" still speaks for it."""

from __future__ import annotations

import pytest
from quote_support import speech as _speech

_OPENING = "The Ministry of Culture opened the dig in May, and the Ford Motor Company built the plant.\n\n"


@pytest.mark.parametrize(("sentence", "thing"), [
    ('A hand-painted sign at the entrance to the site, put up by residents of the nearby village, reads '
     '"Here our grandparents built first."', "A hand-painted sign"),
    ('One message relayed to ships waiting in the Great Bitter Lake on Monday read simply: "Hold position. '
     'Await convoy instructions."', "One message"),
    ('A banner outside the Ford plant read "Save our jobs."', "A banner"),
])
def test_a_thing_placed_somewhere_does_not_speak_through_the_place(sentence: str, thing: str) -> None:
    """No one is named, and the mention, if any, is the thing itself, not the place after it."""
    quote = _speech(_OPENING + sentence)[-1]
    assert quote.speaker is None
    assert quote.speaker_mention is None or quote.speaker_mention.text.startswith(thing)


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a document's author after "from" speaks for it
    ('A statement from the Ministry of Culture read: "We are proud of the team."', "Ministry of Culture"),
    # "according to" names the source, whatever the preposition in it
    ('Fourteen ships were waiting off the mouth of the Elbe, according to the Hamburg Harbour '
     'Association, which said the delays were costing "hundreds of thousands of marks a day."',
     "Hamburg Harbour Association"),
])
def test_an_author_or_a_source_still_speaks(sentence: str, speaker: str) -> None:
    assert _speech(_OPENING + sentence)[-1].speaker == speaker


def test_a_person_placed_somewhere_still_speaks() -> None:
    quote = _speech(_OPENING + 'A woman at the rally said, "We are not going anywhere."')[-1]
    assert quote.speaker_mention is not None and quote.speaker_mention.text.startswith("A woman")


def test_a_judge_after_a_sentence_in_prison_is_the_one_who_called() -> None:
    """"14 years in prison by a federal judge who called …": the judge heads a phrase of their own after
    "by"; "in prison" places no thing that could speak."""
    text = ('A hedge fund manager was sentenced Thursday to 14 years in prison by a federal judge who called '
            'his conduct "a sustained campaign of lies."\n\nJudge Lorraine Abernathy said little else.')
    mention = _speech(text)[0].speaker_mention
    assert mention is not None and "judge" in mention.text
