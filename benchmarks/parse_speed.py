"""Parse speed of the whole pipeline over the corpus, against dateparser.search_dates.

    python benchmarks/parse_speed.py [--repeat 5] [--no-dateparser] [--stages] [--profile]

Files are read first (reader and decoding excluded from the timing); then every body is parsed by
``parsing.pipeline.parse_document`` in one process, several times; best and median are reported.
``dateparser.search_dates`` is timed over the same bodies once. Peak memory is measured with
tracemalloc over one separate parse of the corpus. Target: >= 300 articles/s on one core.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
TARGET = 300.0
sys.path.insert(0, str(REPO))

from parsing.model import Document  # noqa: E402
from parsing.pipeline import parse_document  # noqa: E402
from parsing.readers import read_path  # noqa: E402


def load_documents() -> list[Document]:
    files = sorted(f for f in CORPUS.glob("*/*.md") if (f.parent / "gold.jsonl").is_file())
    if not files:
        sys.exit(f"parse_speed: no corpus at {CORPUS} (expected ../shared/corpus/*/*.md beside the repo)")
    docs: list[Document] = []
    for f in files:
        docs.extend(d for d in read_path(str(f)) if isinstance(d, Document))
    return docs


def parse_all(docs: Sequence[Document]) -> float:
    gc.collect()  # every pass starts from the same heap; the collector stays on while timing
    start = time.perf_counter()
    for doc in docs:
        parse_document(doc)
    return time.perf_counter() - start


def peak_memory(docs: Sequence[Document]) -> int:
    """Peak bytes allocated while parsing the corpus and holding every parsed article."""
    tracemalloc.start()
    try:
        articles = [parse_document(doc) for doc in docs]
        peak = tracemalloc.get_traced_memory()[1]
        del articles
        return peak
    finally:
        tracemalloc.stop()


def time_dateparser(bodies: Sequence[str]) -> float | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser: not installed; for the comparison run  pip install -e '.[bench]'")
        return None
    search_dates("warm up on 23 November 2021", languages=["en"])  # loads its data outside the timing
    start = time.perf_counter()
    for body in bodies:
        search_dates(body, languages=["en"])
    return time.perf_counter() - start


def _module(filename: str) -> str:
    path = Path(filename)
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else "(stdlib)"


def profile(docs: Sequence[Document]) -> None:
    """Time per module under parsing/: its own Python code plus the builtins (regex...) it calls."""
    prof = cProfile.Profile()
    prof.runcall(parse_all, docs)
    stats = pstats.Stats(prof)
    per_module: dict[str, float] = defaultdict(float)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    for (filename, _, _), (_, _, tottime, _, callers) in raw.items():
        if filename == "~":  # a builtin: charge its time to the modules that called it
            for (caller_file, _, _), caller_stats in callers.items():
                per_module[_module(caller_file)] += caller_stats[2]
        else:
            per_module[_module(filename)] += tottime
    total = sum(per_module.values()) or 1.0
    print("\ntime per module (cProfile; own code plus the builtins it calls):")
    for key, secs in sorted(per_module.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {secs:7.3f} s  {100 * secs / total:5.1f}%  {key}")
    print("\ntop functions by cumulative time:")
    stats.sort_stats("cumulative").print_stats(r"parsing", 15)


STAGES = (("segment", "paragraphs"), ("segment", "sentences"), ("entities", "extract"),
          ("temporal", "extract"), ("attribution", "extract"), ("events", "extract"))


def stages(docs: Sequence[Document], repeat: int) -> None:
    """Wall time per pipeline stage, by wrapping each stage's function where the pipeline calls it."""
    import importlib

    spent: dict[str, float] = defaultdict(float)
    saved: list[tuple[ModuleType, str, Callable[..., Any]]] = []

    def timed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] += time.perf_counter() - start
        return wrapper

    for module_name, attr in STAGES:
        module = importlib.import_module(f"parsing.{module_name}")
        saved.append((module, attr, getattr(module, attr)))
    try:
        for module, attr, fn in saved:
            setattr(module, attr, timed(f"{module.__name__}.{attr}", fn))
        passes = max(1, repeat)
        total = sum(parse_all(docs) for _ in range(passes)) / passes
        spent = defaultdict(float, {k: v / passes for k, v in spent.items()})
        spent["(rest: dateline, ids, Article)"] = total - sum(spent.values())
    finally:
        for module, attr, fn in saved:
            setattr(module, attr, fn)
    print("\ntime per pipeline stage (ms an article, mean of the timed passes):")
    for label, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {1000 * secs / len(docs):6.2f} ms  {100 * secs / total:5.1f}%  {label}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--repeat", type=int, default=5, help="timed passes over the corpus (default 5)")
    ap.add_argument("--no-dateparser", action="store_true", help="skip the dateparser comparison")
    ap.add_argument("--profile", action="store_true", help="print a cProfile breakdown by module")
    ap.add_argument("--stages", action="store_true", help="print the wall time of each pipeline stage")
    args = ap.parse_args(argv)

    docs = load_documents()
    n = len(docs)
    chars = sum(len(d.body) for d in docs)
    print(f"corpus: {n} articles, {chars:,} characters ({CORPUS})")
    parse_all(docs)  # warm-up: vocabularies and compiled patterns load here, not in the timing
    runs = [parse_all(docs) for _ in range(max(1, args.repeat))]
    best, median = min(runs), statistics.median(runs)
    print(f"dateline: best {n / best:8.1f} articles/s ({1000 * best / n:.2f} ms/article), "
          f"median {n / median:8.1f} articles/s over {len(runs)} runs")
    verdict = "meets" if n / median >= TARGET else "BELOW"
    print(f"target:   {TARGET:.0f} articles/s on one core: {verdict} (median)")
    peak = peak_memory(docs) / 2**20
    print(f"memory:   peak {peak:.1f} MiB traced while parsing the corpus and holding every article")
    if not args.no_dateparser:
        dp = time_dateparser([d.body for d in docs])
        if dp is not None:
            print(f"dateparser.search_dates: {n / dp:8.1f} articles/s ({dp:.2f} s in all); "
                  f"dateline's whole pipeline is {dp / best:.1f}x faster (best run)")
    if args.stages:
        stages(docs, args.repeat)
    if args.profile:
        profile(docs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
