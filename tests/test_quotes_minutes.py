"""A meeting's minutes are a record that speaks for the body that met ("The minutes said "a majority
of participants" …"), as a statement or a memo does. A record named as the source ("According to the
minutes,") tells of the words of whoever the clause after it says spoke, a description or a group as
well as a name ("According to the minutes, a few members said rates "may be encouraging excessive
risk-taking"")."""

from __future__ import annotations

from quote_support import speech as _speech


def test_the_minutes_speak() -> None:
    text = ('Federal Reserve officials were divided last month, according to minutes released on '
            'Wednesday.\n\nThe minutes, published three weeks after the September meeting, said "a majority '
            'of participants" still saw one more increase as appropriate.')
    quote = _speech(text)[-1]
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "The minutes"


def test_a_group_the_record_tells_of_speaks() -> None:
    text = ('The Federal Open Market Committee raised rates in December. According to the minutes, a few '
            'members said the low level of rates "may be encouraging excessive risk-taking" in markets.')
    quote = _speech(text)[-1]
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "a few members"


def test_a_person_a_source_tells_of_is_still_the_sources() -> None:
    text = ('The talks resumed in Oslo. According to a diplomat present, Lindahl opened by saying his '
            'country would "never accept a partition."')
    quote = _speech(text)[-1]
    assert quote.speaker_mention is not None and quote.speaker_mention.text.startswith("a diplomat")
