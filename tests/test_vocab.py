"""The vocabularies' integrity: every file loads through the one loader and holds clean word lists."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from parsing import vocab

FILES = vocab.names()
_DOC_KEYS = {"_doc", "_about"}


def _lists(node: Any, where: str) -> Iterator[tuple[str, list[Any]]]:
    if isinstance(node, list):
        yield where, node
    elif isinstance(node, dict):
        for k, v in node.items():
            if k not in _DOC_KEYS:
                yield from _lists(v, f"{where}.{k}")


def test_there_are_vocabularies() -> None:
    assert len(FILES) >= 10
    assert "quotes_speech.json" in FILES


@pytest.mark.parametrize("name", FILES)
def test_loads_as_an_object_once(name: str) -> None:
    data = vocab.load(name)
    assert isinstance(data, dict) and data
    assert vocab.load(name) is data  # read once per process


@pytest.mark.parametrize("name", FILES)
def test_words_are_clean_and_unique(name: str) -> None:
    data = vocab.load(name)
    for where, words in _lists(data, name):
        strings = [w for w in words if isinstance(w, str)]
        for w in strings:
            assert w, f"{where}: an empty word"
            assert w == w.strip(), f"{where}: {w!r} has surrounding white space"
            assert not re.search(r"\s{2,}", w), f"{where}: {w!r} has a double space"
            assert not any(unicodedata.category(c) == "Cc" for c in w), f"{where}: control character"
            assert unicodedata.normalize("NFC", w) == w, f"{where}: {w!r} is not NFC"
        dupes = [w for w, n in Counter(strings).items() if n > 1]
        assert not dupes, f"{where}: listed twice: {dupes[:5]}"


@pytest.mark.parametrize("name", FILES)
def test_mappings_hold_words_or_numbers(name: str) -> None:
    def check(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                assert isinstance(k, str) and k.strip() == k and k, f"{where}: bad key {k!r}"
                if k not in _DOC_KEYS:
                    check(v, f"{where}.{k}")
        elif isinstance(node, list):
            for v in node:
                check(v, where)
        else:
            assert isinstance(node, (str, int, float)) and not isinstance(node, bool), f"{where}: {node!r}"

    check(vocab.load(name), name)


def test_a_missing_vocabulary_is_an_error() -> None:
    with pytest.raises(FileNotFoundError):
        vocab.load("no_such_vocabulary.json")


def test_no_given_name_is_given_both_sexes() -> None:
    speakers = vocab.load("quotes_speakers.json")
    female, male = set(speakers["female_given_names"]), set(speakers["male_given_names"])
    assert female and male and not female & male
