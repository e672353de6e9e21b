"""A speech act is dated when it was said, not at a year it mentions; times in what was said are
events of their own only where the sentence asserts something happened then (issue 11, item 6).

Sentences written for these tests; parsed by the real pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing.contract import article_from_dict, article_to_dict
from parsing.model import Article
from parsing.pipeline import parse_text
from parsing.timeline import build_timeline

PUB = date(2026, 3, 4)  # a Wednesday
YEAR = {y: (date(y, 1, 1), date(y, 12, 31)) for y in (1962, 1998, 2011)}


def events(text: str) -> list[tuple[str, date | None, date | None]]:
    return [(e.kind, e.earliest, e.latest) for e in parse_text(text, PUB).events]


@pytest.mark.parametrize(("text", "expected"), [
    ('"I have lived on Mill Lane since 1984," Ann Lee said.', [("speech", PUB, PUB)]),
    ('"We accepted the findings of the 2019 review," the chief inspector said.', [("speech", PUB, PUB)]),
    ('"An inquiry is for next year," the minister said.', [("speech", PUB, PUB)]),
    ('"We opened the gates in 1998," Ruth Hale told reporters on Tuesday.',
     [("speech", date(2026, 3, 3), date(2026, 3, 3)), ("reported", *YEAR[1998])]),
    ('The mayor said on Monday: "The dam, built in 1962, is safe."',
     [("speech", date(2026, 3, 2), date(2026, 3, 2)), ("reported", *YEAR[1962])]),
    ('"In 2011 they patched the channel with grout," Tom Reed said.',
     [("speech", PUB, PUB), ("reported", *YEAR[2011])]),
    ('On Friday, the mayor said the levee "will hold".', [("speech", date(2026, 2, 27), date(2026, 2, 27))]),
])
def test_speech_is_dated_when_said_and_quoted_times_only_when_something_happened(
        text: str, expected: list[tuple[str, date | None, date | None]]) -> None:
    assert events(text) == expected


def test_sentences_without_speech_keep_their_dates() -> None:
    assert events("The bridge opened in 1962. It was closed on Monday.") == [
        ("statement", *YEAR[1962]), ("statement", date(2026, 3, 2), date(2026, 3, 2))]


def reported_article() -> Article:
    return parse_text('"We opened the gates in 1998," Ruth Hale told reporters on Tuesday.', PUB)


def test_what_happened_is_not_under_the_speaker() -> None:
    entries = build_timeline([reported_article()])
    by_kind = {e.event.kind: e for e in entries}
    assert by_kind["speech"].speakers == ("Ruth Hale",)
    assert by_kind["reported"].speakers == () and by_kind["reported"].event.quotes == ()
    assert [e.event.kind for e in entries] == ["reported", "speech"]  # 1998 before 2026
    assert by_kind["speech"].kind_label != by_kind["reported"].kind_label


def test_the_kind_is_in_the_contract_and_reads_back() -> None:
    article = reported_article()
    data = article_to_dict(article)
    assert [e["kind"] for e in data["events"]] == ["speech", "reported"]
    assert article_from_dict(data) == article
    for e in data["events"]:
        del e["kind"]  # output of an earlier dateline/1 writer
    assert {e.kind for e in article_from_dict(data).events} == {"statement"}
