"""A speech act named by a noun (a promise, a pledge, a warning, a call) with no possessor of
its own, whose complement runs to the quotation, is the act of the clause's subject, and the quoted
words are theirs: "closed her campaign with a promise to "…"". In a relative clause the act is the
one the clause tells of ("Kyle Brandt, a former police commander who ran on a promise to "…""), and a
source named after the noun ("a warning from the IMF that …") makes it."""

from __future__ import annotations

import pytest
from quote_support import speech as _speech


@pytest.mark.parametrize(("text", "speaker"), [
    ('Camila Fuentealba closed her campaign in the port city on Tuesday night with a promise to "govern '
     'for the hills, not just for the boardrooms."', "Camila Fuentealba"),
    ('Henrik Dahl ended the debate with a warning that the country faced "a lost decade."', "Henrik Dahl"),
    ('The rail union answered the offer with a pledge to "shut every depot in the north."',
     "rail union"),
    ('With most ballots counted, Lena Ortiz had 54% of the vote to 46% for Kyle Brandt, a former police '
     'commander who ran on a promise to "clean house" at the sheriff\'s office.', "Kyle Brandt"),
    ('The budget was drawn up by the mayor, Graham Tulley, who was elected in 2022 on a promise to "get '
     'a grip" on the finances.', "Graham Tulley"),
])
def test_the_act_is_the_clause_subjects(text: str, speaker: str) -> None:
    quote = _speech(text)[-1]
    assert speaker in (quote.speaker or "") or (
        quote.speaker_mention is not None and speaker in quote.speaker_mention.text)


def test_a_source_after_the_noun_makes_the_act() -> None:
    text = ('Finance Minister Ilse Brandt opened the summit on Monday. She was met by a warning from the '
            'International Monetary Fund that growth would be "painfully slow."')
    assert _speech(text)[-1].speaker == "International Monetary Fund"
