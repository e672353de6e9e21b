"""How long time-expression extraction takes per article (target: well under 1 ms).

    python benchmarks/temporal_speed.py [--rounds 5] [--profile N] [FILES_OR_DIRS ...]

Reads article bodies (default: ../shared/corpus beside the repository, else sample_articles/),
runs ``parsing.temporal.extract`` over all of them ``--rounds`` times after one warm-up round,
and prints the best round's CPU time per article and per 1,000 characters, and the time the
first call takes (compiling the patterns). ``--profile N`` prints the N functions with the most
own time under cProfile instead.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import subprocess
import sys
import time
from datetime import date

from bench_bodies import ROOT, load_bodies

from parsing import segment, temporal

_FIRST_CALL = """
import time
from datetime import date
from parsing import temporal
start = time.perf_counter()
temporal.extract("On Monday, two years ago, the firm said that at 9 a.m. it was the first quarter.",
                 (), date(2021, 11, 23))
print(1000 * (time.perf_counter() - start))
"""


def _first_call_ms() -> float:
    """The first ``extract`` in a fresh interpreter (vocabulary loaded, patterns compiled)."""
    runs = [subprocess.run([sys.executable, "-c", _FIRST_CALL], capture_output=True, text=True,
                           check=True, cwd=ROOT).stdout for _ in range(3)]
    return min(float(r) for r in runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    args = ap.parse_args()
    bodies = load_bodies(args.paths)
    inputs = [(b, segment.sentences(b, segment.paragraphs(b))) for b in bodies]
    published = date(2021, 11, 23)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.rounds):
            for body, sentences in inputs:
                temporal.extract(body, sentences, published)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
        return
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
    print(f"first call (patterns compiled), fresh process: {_first_call_ms():.0f} ms")


if __name__ == "__main__":
    main()
