"""How long time-expression extraction takes per article (target: well under 1 ms).

    python benchmarks/temporal_speed.py [--rounds 5] [FILES_OR_DIRS ...]

Reads article bodies (default: ../shared/corpus beside the repository, else sample_articles/),
runs ``parsing.temporal.extract`` over all of them ``--rounds`` times after one warm-up round,
and prints the best round's CPU time per article and per 1,000 characters.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from parsing import pipeline, segment, temporal
from parsing.model import LoadError

ROOT = Path(__file__).resolve().parents[1]


def _bodies(paths: list[str]) -> list[str]:
    if not paths:
        corpus = ROOT.parent / "shared" / "corpus"
        paths = [str(corpus if corpus.is_dir() else ROOT / "sample_articles")]
    return [a.text for a in pipeline.load(paths) if not isinstance(a, LoadError)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    bodies = _bodies(args.paths)
    inputs = [(b, segment.sentences(b, segment.paragraphs(b))) for b in bodies]
    published = date(2021, 11, 23)
    best = float("inf")
    for round_no in range(args.rounds + 1):
        start = time.process_time()
        for body, sentences in inputs:
            temporal.extract(body, sentences, published)
        if round_no:  # round 0 warms the caches (vocabulary, compiled regexes)
            best = min(best, time.process_time() - start)
    chars = sum(len(b) for b in bodies)
    print(f"{len(bodies)} articles, {chars / max(1, len(bodies)):.0f} chars on average")
    per_article = 1000 * best / max(1, len(bodies))
    print(f"{per_article:.3f} ms per article, {1e9 * best / max(1, chars):.0f} µs per 1,000 chars")


if __name__ == "__main__":
    main()
