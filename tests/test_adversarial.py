"""Adversarial bodies (issue 12) parse in bounded time and keep the contract.

The cases are ``benchmarks/adversarial.py``'s; the benchmark prints their growth up to 1 MB. Here
the shapes that once took time growing with the square of their length are parsed at 50,000
characters under a generous deadline (each took 20 s to minutes at that size before; now well under
a second), so a return of the square is caught without timing anything finely.
"""

from __future__ import annotations

import time

import pytest

from benchmarks.adversarial import CASES
from benchmarks.fuzz import check_article as check
from parsing.pipeline import parse_text
from parsing.segment.marks import MAX_QUOTES

SIZE = 50_000
DEADLINE = 15.0  # processor seconds; linear time needs well under one
ONCE_QUADRATIC = ["marks '", "marks ’", "marks ›", "said + quotes", "letters then guillemet", "dots",
                  "capitalised words"]


@pytest.mark.parametrize("name", ONCE_QUADRATIC)
def test_adversarial_body_parses_in_bounded_time(name: str) -> None:
    text = CASES[name](SIZE)
    t0 = time.process_time()  # processor time: a loaded machine does not make a slow parse
    article = parse_text(text)
    elapsed = time.process_time() - t0
    assert elapsed < DEADLINE, f"{name}: {elapsed:.1f} s for {SIZE:,} characters"
    assert article.text == text
    check(article)


def test_past_the_quote_limit_the_rest_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    assert MAX_QUOTES >= 1000  # far above any article's quotations; lowered here to keep the test quick
    limit = 40
    monkeypatch.setattr("parsing.segment.marks.MAX_QUOTES", limit)
    monkeypatch.setattr("parsing.pipeline.MAX_QUOTES", limit)
    sentence = '"a" said Ann. '
    article = parse_text(sentence * (limit + 10))
    assert len(article.quotes) == limit
    assert article.quotes[-1].end <= limit * len(sentence)
    assert any("quotations" in w for w in article.warnings)
    assert not any("quotations" in w for w in parse_text(sentence * (limit // 2)).warnings)
