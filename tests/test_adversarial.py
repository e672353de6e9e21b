"""Adversarial bodies (issue 12) parse in bounded time and keep the contract.

The cases are ``benchmarks/adversarial.py``'s; the benchmark prints their growth up to 1 MB. Here
the shapes that once took time growing with the square of their length are parsed at 50,000
characters under a generous deadline (each took 20 s to minutes at that size before; now well under
a second), so a return of the square is caught without timing anything finely.
"""

from __future__ import annotations

import time

import pytest
from test_properties import check

from benchmarks.adversarial import CASES
from parsing.attribution.marks import MAX_QUOTES
from parsing.pipeline import parse_text

SIZE = 50_000
DEADLINE = 15.0  # seconds, for a machine shared and loaded; linear time needs well under one
ONCE_QUADRATIC = ["marks '", "marks ’", "marks ›", "said + quotes", "letters then guillemet", "dots",
                  'marks "', "short quotes, one sentence", "capitalised words"]


@pytest.mark.parametrize("name", ONCE_QUADRATIC)
def test_adversarial_body_parses_in_bounded_time(name: str) -> None:
    text = CASES[name](SIZE)
    t0 = time.perf_counter()
    article = parse_text(text)
    elapsed = time.perf_counter() - t0
    assert elapsed < DEADLINE, f"{name}: {elapsed:.1f} s for {SIZE:,} characters"
    assert article.text == text
    check(article)


def test_past_the_quote_limit_the_rest_is_cut_off_with_a_warning() -> None:
    text = '"a" said Ann. ' * (MAX_QUOTES + 10)
    article = parse_text(text)
    assert len(article.quotes) == MAX_QUOTES
    assert article.quotes[-1].end < len(text) - 10 * len('"a" said Ann. ') + 1
    assert any("quotations" in w for w in article.warnings)
    assert not any("quotations" in w for w in parse_text(text[:5000]).warnings)
