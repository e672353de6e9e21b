"""Parse time of adversarial bodies against ordinary prose of the same length.

    python -m benchmarks.adversarial [--sizes 10000,100000,1000000] [--only NAME] [--budget 60]

Each case is a run of one thing (each quote mark, letters, digits, punctuation, speech verbs,
capitalised words, dates, and the shapes reported in issue 12) cut to each size and parsed once by
``parsing.pipeline.parse_text``. Printed: seconds per size, the growth ratio from one size to the
next (about 10 for linear time at 10x sizes; about 100 for quadratic) and the ratio to prose of the
same length, in processor seconds. A case whose last size took longer than ``--budget`` seconds
skips its larger sizes.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from parsing.pipeline import parse_text  # noqa: E402

PROSE = (REPO / "sample_articles" / "seed_article.txt").read_text(encoding="utf-8")


def _run(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _after(prefix: str, unit: str, suffix: str = "") -> Callable[[int], str]:
    return lambda n: prefix + unit * max(n - len(prefix) - len(suffix), 0) + suffix


CASES: dict[str, Callable[[int], str]] = {
    "prose": _run(PROSE + "\n\n"),
    **{f"marks {m}": _run(m) for m in "\"'“”„‟«»‘’‚‛‹›"},
    "apostrophes in words": _run("rock 'n' roll don't Ukraine’s ’90s "),
    "said + quotes": _after("The mayor said on Monday ", '"'),
    "short quotes, one sentence": _run('"a" '),
    "quotes in words, one sentence": _run('the mayor and the town council of the valley "agreed" '),
    "letters": _run("a"),
    "letters then guillemet": _after("", "a", "«b Apple and Google met."),
    "digits": _run("7"),
    "punctuation": _run(".,;:!?-()[]"),
    "dots": _run("."),
    "newlines": _run("\n"),
    "speech verbs": _run("said "),
    "speech verbs, quoted": _run('"Yes," said Smith. '),
    "capitalised words": _run("Apple "),
    "capitalised run, no spaces": _run("AppleGoogle"),
    "dates": _run("on 23 November 2021 "),
    "months and days": _run("Monday March "),
}


def _time(text: str) -> float:
    gc.collect()
    t0 = time.process_time()  # processor time: the figures hold on a machine shared with others
    parse_text(text)
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="10000,100000,1000000")
    p.add_argument("--only", action="append", help="run only cases whose name contains this")
    p.add_argument("--budget", type=float, default=60.0, help="seconds above which larger sizes are skipped")
    args = p.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    names = [n for n in CASES if not args.only or n == "prose" or any(o in n for o in args.only)]
    prose: dict[int, float] = {}
    parse_text(PROSE)  # load the word lists and compile the patterns before timing
    print(f"{'case':28}" + "".join(f"{n:>12,}" for n in sizes) + "   growth   vs prose at largest")
    for name in names:
        times: list[float] = []
        for n in sizes:
            if times and times[-1] > args.budget:
                break
            times.append(_time(CASES[name](n)))
        if name == "prose":
            prose = dict(zip(sizes, times, strict=False))
        cells = "".join(f"{t:>11.3f}s" for t in times) + " " * 12 * (len(sizes) - len(times))
        growth = " ".join(f"x{b / a:.0f}" for a, b in itertools.pairwise(times) if a > 0)
        last = sizes[len(times) - 1]
        ratio = times[-1] / prose[last] if prose.get(last) else float("nan")
        print(f"{name:28}{cells}   {growth:14} {ratio:5.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
