"""A paragraph that opens with a quotation takes up the person the paragraph before ended by telling
of. When that one is described, not named ("A special agent who worked on the case … said the numbers
still understate the problem. ¶ "For every crate we open …," he said"), "he" is that agent: no one
named earlier in the story, though someone named spoke before. A description set beside a name
("According to Priya Venkataraman, a retail analyst at Hollis, …") is the name's, and she stays
named."""

from __future__ import annotations

import pytest
from quote_support import speech as _speech

_NAMED_FIRST = 'Jonathan Reyes, the prosecutor, said the sentence sent "a clear message."\n\n'


@pytest.mark.parametrize("told", [
    "The Fish and Wildlife Service says seizures have risen. A special agent who worked on the Teo "
    "investigation, speaking on condition of anonymity because he was not authorized to discuss it "
    "publicly, said the numbers still understate the problem.",
    "At the Bagori camp, a forest guard who had been on duty that night said the mood among staff was grim.",
])
def test_he_is_the_one_described_last_not_someone_named_before(told: str) -> None:
    quote = '"For every crate we open, there are plenty we never see," he said.'
    quotes = _speech(f"{_NAMED_FIRST}{told}\n\n{quote}")
    assert quotes[0].speaker == "Jonathan Reyes"
    assert quotes[-1].speaker is None


def test_a_description_beside_a_name_is_the_names() -> None:
    text = (_NAMED_FIRST + "According to Priya Venkataraman, a retail analyst at Hollis, Grant & Co., the "
            'results suggest shoppers wait for bargains. "Every year the retailers train the customer," '
            "she said.")
    assert _speech(text)[-1].speaker == "Priya Venkataraman"
