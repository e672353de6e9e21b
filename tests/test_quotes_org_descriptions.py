"""An organisation's description stands for the one the article named with that noun: "the bureau"
for the FBI (whose initials stand for the Federal Bureau of Investigation), "the institution" for the
Scripps Institution of Oceanography. "has long said" is one verb of saying. Titles listed together in
quotation marks ("Spider-Man 2" and "Shrek 2") are names, whoever reports the sentence they stand in."""

from __future__ import annotations

from quote_support import speech as _speech

from parsing import pipeline


def test_the_bureau_is_the_organisation_its_initials_stand_for() -> None:
    text = ("The Federal Bureau of Investigation opened an inquiry in June.\n\nThe FBI's Pittsburgh field "
            "office, which is investigating, declined to comment. The bureau has long said it \"does not "
            "support paying a ransom\" because payment does not guarantee that data will be returned.")
    assert _speech(text)[-1].speaker == "Federal Bureau of Investigation"


def test_the_institution_is_the_one_named_with_that_noun() -> None:
    text = ("In a statement Thursday, the Scripps Institution of Oceanography said it would hold a memorial "
            'symposium. "Few scientists can say that the field\'s basic numbers are theirs," the institution '
            "said.")
    speaker = _speech(text)[-1].speaker
    assert speaker is not None and speaker.startswith("Scripps Institution")


def test_titles_listed_together_are_names() -> None:
    text = ("The International Council of Shopping Centers tracks sales.\n\nSales of toys tied to the "
            'summer\'s biggest movies, including "Spider-Man 2" and "Shrek 2," were strong, the council '
            "said.")
    assert [q.kind for q in pipeline.parse_text(text).quotes] == ["other", "other"]
