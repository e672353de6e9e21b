"""A quotation that is the object of the verb right before it (``what its spokesman, Bongani Mthethwa,
called "rigging by exhaustion,"``) is the words of that verb's subject, even when a participle follows
it (``…," claiming that …``): the participle goes with the sentence's main clause and its subject, the
quotation with the verb it completes. A participle after a quotation with no verb right before it
still gives the main clause's subject."""

from __future__ import annotations

import pytest
from quote_support import speech as _speech


@pytest.mark.parametrize(("text", "speaker"), [
    ('The MK party has accused the commission of what its spokesman, Bongani Mthethwa, called "rigging by '
     'exhaustion," claiming that long queues in its strongholds were deliberate.', "Bongani Mthethwa"),
    ('The union accused the airline of what its president, Maria Lopes, described as "a campaign of '
     'fear," pointing to letters sent to striking pilots.', "Maria Lopes"),
    ('The opposition condemned what the finance minister, Oskar Lind, called "a prudent pause," '
     'arguing that hospitals could not wait another year.', "Oskar Lind"),
])
def test_the_verb_the_quotation_completes_gives_its_speaker(text: str, speaker: str) -> None:
    assert _speech(text)[-1].speaker == speaker


def test_a_participle_after_a_quotation_with_no_verb_before_it_gives_the_main_subject() -> None:
    text = ('Greta Holm, the party leader, closed the rally on Friday. "We will win this," she said, '
            'adding: "The polls are wrong."')
    assert [q.speaker for q in _speech(text)] == ["Greta Holm", "Greta Holm"]
