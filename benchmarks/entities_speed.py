"""How long named-entity extraction takes per article (target: well under 1 ms).

    python benchmarks/entities_speed.py [--rounds 10] [FILES_OR_DIRS ...]

Reads article bodies (default: ../shared/corpus beside the repository, else sample_articles/),
segments them once, then runs ``parsing.entities.extract`` over all of them ``--rounds`` times after
one warm-up round (which also loads the gazetteers). Prints the best round's CPU time per article.
A fixed pure-Python loop is timed alongside, so results from a busy machine can be compared
(the ratio moves less than the absolute time when other processes share the CPU).
"""

from __future__ import annotations

import argparse
import time

from bench_bodies import load_bodies

from parsing import entities, segment


def _reference() -> int:
    return sum(i * i for i in range(20_000))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    bodies = load_bodies(args.paths)
    inputs = []
    for body in bodies:
        paras = segment.paragraphs(body)
        inputs.append((body, paras, segment.sentences(body, paras)))
    best = ref = float("inf")
    for round_no in range(args.rounds + 1):
        start = time.process_time()
        for body, paras, sents in inputs:
            entities.extract(body, paras, sents)
        middle = time.process_time()
        for _ in inputs:
            _reference()
        if round_no:  # round 0 warms the caches (gazetteers, compiled regexes)
            best = min(best, middle - start)
            ref = min(ref, time.process_time() - middle)
    n = max(1, len(bodies))
    chars = sum(len(b) for b in bodies)
    print(f"{len(bodies)} articles, {chars / n:.0f} chars on average")
    print(f"{1000 * best / n:.3f} ms per article ({1000 * ref / n:.3f} ms for the reference loop, "
          f"ratio {best / ref if ref else 0:.2f})")


if __name__ == "__main__":
    main()
