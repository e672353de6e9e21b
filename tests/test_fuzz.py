"""Fuzzing in the suite (issue 12): a short fixed-seed round of ``benchmarks/fuzz.py`` over
``sample_articles/``, and Hypothesis strategies for ``parse_text`` with what cannot be text and long
runs. The contract: one article or one plain error line per input, spans valid, never a traceback,
within a generous processor-time deadline. ``python -m benchmarks.fuzz --minutes N`` runs longer.
"""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks import fuzz
from parsing.pipeline import parse_text

MUTANTS = 80
DEADLINE = 10.0  # processor seconds for one input


def test_mutated_samples_keep_the_contract() -> None:
    n, findings = fuzz.run(seed=20261204, count=MUTANTS, deadline=DEADLINE)
    assert n == MUTANTS
    assert not findings, "\n".join(f"{f.name} ({f.mutation}): {f.problem}" for f in findings)


def test_every_mutator_changes_the_bytes_somewhere() -> None:
    import random

    data = (fuzz.SAMPLES / "kessel4_meridian_inquiry.json").read_bytes()
    for mutate in fuzz.MUTATORS:
        rng = random.Random(1)
        assert any(mutate(rng, data) != data for _ in range(5)), mutate.__name__


NOT_TEXT = ["\ud800", "\udfff", "\udc80", "\ufffe", "\uffff", "\U0001fffe", "\ufdd0", "\U0010ffff"]
HOSTILE = ['"', "'", "’", "“", "”", "«", "»", "\n", "\n\n", "\u2028", "\u0085", "\x00", "\x1b[2J", "\u202e",
           ". ", "said", "Mr.", "U.S.", "on Monday", "23 November 2021", "Smith", "[bold]", "&#xD800;"]
runs = st.builds(lambda unit, n: unit * n, st.sampled_from(['"', "'", "’", "«", ".", "a", "A ", "said ",
                                                             "\n", "7", "Apple ", "\ud800"]),
                 st.integers(0, 3000))
any_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=200)  # surrogates included
fuzz_text = st.lists(st.one_of(any_text, st.sampled_from(NOT_TEXT + HOSTILE), runs), max_size=25).map("".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fuzz_text)
def test_parse_text_keeps_the_contract_on_anything(text: str) -> None:
    t0 = time.process_time()
    article = parse_text(text)
    assert time.process_time() - t0 < DEADLINE
    fuzz.check_article(article)
    assert len(article.text) == len(text)  # one character for one: offsets into the input hold
    if any(c in text for c in NOT_TEXT[:7]) or any("\ud800" <= c <= "\udfff" for c in text):
        assert any("U+FFFD" in w for w in article.warnings), article.warnings
