"""The library at scale: a store and a process pool against 1,000, 10,000 and 100,000 articles.

    python benchmarks/library_scale.py [--sizes 1000 10000] [--jobs N] [--simulated 100000]

Libraries are built in a temporary folder by copying the shared corpus's Markdown and text
articles, each with a numbered line added so that no two are alike (the corpus is never copied
into the project). For each size it prints, beside the figures the issue measured before the store
(the reader's pickle cache, 924 articles: 37 s cold, 8.6 s warm; 9,240: 1,746 in after 6.5 min):

- cold ingest into an empty store: time until the first article is in, and until all are;
- warm open (files checked against the store, summaries read): the whole library in;
- `dateline parse --jobs 1` against `--jobs N` over 1,000 articles, as a user runs the command
  (start-up included), in turn for ``--rounds`` pairs, each with the load average before it;
- queries on the store: summaries sorted by date, a one-month timeline (keys, one screen), a search,
  the all-articles entity counts, and the resident memory of a process holding the summaries.

Stores of ``--simulated`` sizes (1k, 10k, 100k) filled with generated rows give the curve: open
(with the library's scope set), and a one-month timeline as the reader asks for it: the range's
keys (events within it), the rows of one screen, the histogram's spans. Figures depend on the load.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parsing.datefilter import DateRange  # noqa: E402
from parsing.files import expand  # noqa: E402
from parsing.ingest import Ingest  # noqa: E402
from parsing.store import Store, open_store  # noqa: E402
from parsing.store.schema import SENTENCE_SLOTS  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SCREEN = 50  # timeline rows on one screen
BEFORE = {"cold 924": 37.0, "warm 924": 8.6}


def build_library(folder: Path, size: int) -> list[str]:
    """``size`` articles: the corpus's .md/.txt articles in turn, each with a numbered line."""
    sources = [p for p in sorted(CORPUS.rglob("*")) if p.suffix in (".md", ".txt") and p.name != "README.md"
               and "LICENSES" not in p.parts]
    texts = [(p.suffix, p.read_text(encoding="utf-8")) for p in sources]
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(size):
        suffix, text = texts[n % len(texts)]
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article{n:06d}{suffix}").write_text(f"{text.rstrip()}\n\nCopy number {n} of this article.\n",
                                                     encoding="utf-8")
    return list(expand([str(folder)]))


def library_for(script: str, folder: str | None, tmp: str, size: int) -> str:
    """The library a benchmark runs on: ``folder`` if given, else ``size`` corpus copies built under
    ``tmp`` (``script`` exits saying so when the corpus is not beside the project)."""
    if folder is not None:
        return folder
    if not CORPUS.is_dir():
        sys.exit(f"benchmarks/{script}: ../shared/corpus is needed to build the library")
    built = Path(tmp) / "lib"
    build_library(built, size)
    return str(built)


def timed(fn: Callable[[], object], runs: int = 5) -> tuple[float, float]:
    """Median and worst of ``runs`` calls, in ms."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cold_and_warm(folder: Path, db: Path, jobs: int) -> dict[str, float]:
    out: dict[str, float] = {}
    t = time.perf_counter()
    first = None
    for p in Ingest(open_store(db).store, jobs=jobs).run([str(folder)]):
        if first is None and p.articles:
            first = time.perf_counter() - t
    out["cold first article s"] = first or 0.0
    out["cold all s"] = time.perf_counter() - t
    t = time.perf_counter()
    store = open_store(db).store
    steps = list(Ingest(store, jobs=jobs).run([str(folder)]))
    out["warm all s"] = time.perf_counter() - t
    out["warm articles"] = float(sum(len(s.articles) for s in steps))
    return out


def queries(db: Path, folder: Path) -> dict[str, float]:
    store = open_store(db).store
    Ingest(store).plan([str(folder)])
    out: dict[str, float] = {}
    out["summaries by date ms"] = timed(lambda: store.summaries(order="date"))[0]
    out["one page by title ms"] = timed(lambda: store.summaries(order="title", offset=500, limit=50))[0]
    out.update(month_screen(store, date(2015, 3, 1), date(2015, 3, 31)))
    out["search ms"] = timed(lambda: store.search("president said"))[0]
    out["entity totals ms"] = timed(lambda: store.entity_rows(), runs=3)[0]
    out["timeline keys ms"] = timed(lambda: store.timeline_keys(), runs=3)[0]
    return out


def reader_load(folder: Path, data: Path) -> dict[str, float]:
    """The reader (headless, 120x40): seconds until the first article is open and until every
    article is in, with an empty store and then again with the store from that run."""
    import asyncio

    from tui.app import DatelineApp
    from tui.config import Config

    os.environ["DATELINE_DATA_DIR"] = str(data)
    os.environ.setdefault("DATELINE_CONFIG_DIR", str(data / "config"))

    async def once() -> tuple[float, float]:
        app = DatelineApp([str(folder)], None, Config())
        start = time.perf_counter()
        first = 0.0
        async with app.run_test(size=(120, 40)) as pilot:
            while app.loading or not first:
                await pilot.pause(0.01)
                if not first and app.reader.article is not None:
                    first = time.perf_counter() - start
            return first, time.perf_counter() - start

    cold = asyncio.run(once())
    warm = asyncio.run(once())
    return {"reader cold first s": cold[0], "reader cold all s": cold[1],
            "reader warm first s": warm[0], "reader warm all s": warm[1]}


def _parse_cli(folder: Path, jobs: int) -> tuple[float, float]:
    """Wall and CPU seconds (its workers included) of ``dateline parse --jobs N`` over ``folder``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tui.cli", "parse", "--format", "jsonl", "--jobs", str(jobs),
                    str(folder)], stdout=subprocess.DEVNULL, check=False, cwd=ROOT)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def jobs_ratio(folder: Path, jobs: int, rounds: int) -> dict[str, float]:
    """``dateline parse --jobs 1`` against ``--jobs N`` as a user runs it (start-up included), in
    turn ``rounds`` times; the load average before each pair says how busy the machine was.

    Wall time on a shared machine mostly measures the others, so beside it is what the CPU times
    give for an idle one: ``--jobs 1`` takes its CPU time, ``--jobs N`` the start-up (``dateline
    parse`` of one small file) and then its CPU time beyond that shared by N cores."""
    one_file = folder / "000" / sorted(p.name for p in (folder / "000").iterdir())[0]
    start = statistics.median(_parse_cli(one_file, 1)[1] for _ in range(3))
    ones, manys, idle = [], [], []
    for r in range(rounds):
        load = os.getloadavg()[0]
        one, one_cpu = _parse_cli(folder, 1)
        many, many_cpu = _parse_cli(folder, jobs)
        ones.append(one)
        manys.append(many)
        idle.append(one_cpu / (start + max(0.0, many_cpu - start) / jobs))
        print(f"  round {r + 1}: load {load:4.1f}  --jobs 1 {one:5.2f} s (cpu {one_cpu:5.2f})  "
              f"--jobs {jobs} {many:5.2f} s (cpu {many_cpu:5.2f})  speed-up {one / many:4.2f}, "
              f"idle estimate {idle[-1]:4.2f}")
    one, many = statistics.median(ones), statistics.median(manys)
    return {"parse --jobs 1 s": one, f"parse --jobs {jobs} s": many, "speed-up (medians)": one / many,
            "start-up cpu s": start, "idle estimate (median)": statistics.median(idle)}


def simulate(db: Path, n: int, seed: int = 8) -> list[str]:
    """A store of ``n`` generated articles (10 events, 8 entities, 20 sentences each)."""
    rnd = random.Random(seed)
    store = open_store(db).store
    c = store.conn
    words = "the mayor said council river bridge vote court report minister police dam".split()
    files = [f"/sim/{i // 1000:03d}/article{i:06d}.md" for i in range(n)]
    body = zlib.compress(b"{}")
    c.execute("BEGIN")
    for i, f in enumerate(files):
        pub = date(2000, 1, 1) + timedelta(days=rnd.randrange(9000))
        c.execute("INSERT INTO files VALUES (?, ?, '[]')", (f, "sim"))
        aid = c.execute("INSERT INTO articles (file, ord, aid, path, title, source, published, "
                        "published_from, format, n_quotes, n_entities, n_events, n_times, n_warnings) "
                        "VALUES (?, 0, ?, ?, ?, 'Sim', ?, 'metadata', 'markdown', 3, 8, 10, 10, 0)",
                        (f, f"s{i}", f, f"Article {i}", pub.isoformat())).lastrowid
        assert aid is not None
        c.execute("INSERT INTO bodies VALUES (?, ?)", (aid, body))
        for e in range(10):
            d = pub - timedelta(days=rnd.randrange(60))
            day = d.isoformat()
            c.execute("INSERT INTO events VALUES (?, ?, ?, 0, 1, ?, 'something happened', NULL, ?, ?, "
                      "'text', 'day', '', '', '', '', ?, ?, 0, 0, 'statement')",
                      (aid, e, f"e{e}", e, day, day, day, day))
        c.executemany(f"INSERT INTO entities VALUES ({aid}, ?, ?, 'PERSON', 2, '', '')",
                      ((f"n{k}", f"Person {rnd.randrange(5000)}") for k in range(8)))
        c.executemany("INSERT INTO sentences (rowid, text) VALUES (?, ?)",
                      ((aid * SENTENCE_SLOTS + s, " ".join(rnd.choices(words, k=12))) for s in range(20)))
    c.execute("COMMIT")
    store.close()
    return files


def month_screen(store: Store, start: date, end: date) -> dict[str, float]:
    """What the reader does for a date filter: the keys of the events within the range, the rows
    of one screen (``SCREEN`` keys from the middle), and the histogram's spans (overlapping)."""
    month = DateRange(start, end, "a month")
    keys = store.event_keys(None, month, "within")
    keys_ms = timed(lambda: store.event_keys(None, month, "within"))[0]
    mid = max(0, len(keys) // 2 - SCREEN // 2)
    screen_ms = timed(lambda: store.timeline_entries(keys[mid:mid + SCREEN]))[0]
    spans_ms = timed(lambda: store.event_spans(month, "overlap"))[0]
    return {"month keys": float(len(keys)), "month keys ms": keys_ms, "one screen ms": screen_ms,
            "keys + screen ms": keys_ms + screen_ms, "histogram ms": spans_ms}


def open_and_screen(db: Path, files: list[str]) -> dict[str, float]:
    """Open the store and set the library's scope (as the reader does), then a one-month range."""
    t = time.perf_counter()
    store = open_store(db).store
    store.set_scope(files)
    n = store.count()
    opened = (time.perf_counter() - t) * 1000
    figures = {"articles": float(n), "open ms": opened}
    figures.update(month_screen(store, date(2010, 3, 1), date(2010, 3, 31)))
    store.close()
    return figures


def print_curve(curve: dict[int, dict[str, float]]) -> None:
    print("\ncurve (simulated stores: open with scope set; a one-month filter: keys, one screen, histogram):")
    sizes = sorted(curve)
    for size in sizes:
        f = curve[size]
        print(f"  {size:>8,} articles  open {f['open ms']:7.1f} ms   month keys {f['month keys ms']:6.1f} ms "
              f"({f['month keys']:,.0f})   screen {f['one screen ms']:5.2f} ms   "
              f"keys + screen {f['keys + screen ms']:6.1f} ms   histogram {f['histogram ms']:6.1f} ms")
    for small, big in itertools.pairwise(sizes):
        grow = {k: curve[big][k] / curve[small][k] if curve[small][k] else 0.0
                for k in ("open ms", "month keys ms", "one screen ms", "histogram ms")}
        print(f"  x{big / small:g} articles ({small:,} -> {big:,}): "
              + ", ".join(f"{k} x{v:.1f}" for k, v in grow.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--simulated", type=int, nargs="*", default=[1000, 10_000, 100_000],
                    help="sizes of the simulated stores (the curve)")
    ap.add_argument("--rounds", type=int, default=3, help="pairs of --jobs 1 / --jobs N (1,000 articles)")
    ap.add_argument("--reader", action="store_true", help="also time the reader (headless) at each size")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit("benchmarks/library_scale.py: ../shared/corpus is needed to build the libraries")
    os.environ.pop("DATELINE_NO_CACHE", None)
    print(f"before the store (the issue's figures): {BEFORE}")
    curve: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="dateline-scale-") as tmp:
        for size in args.sizes:
            folder, db = Path(tmp) / f"lib{size}", Path(tmp) / f"lib{size}.sqlite3"
            build_library(folder, size)
            print(f"\n{size:,} articles (jobs={args.jobs})")
            figures = cold_and_warm(folder, db, args.jobs)
            figures.update(queries(db, folder))
            if size <= 1000:
                figures.update(jobs_ratio(folder, args.jobs, args.rounds))
            if args.reader:
                figures.update(reader_load(folder, Path(tmp) / f"reader{size}"))
            for k, v in figures.items():
                print(f"  {k:26} {v:10.2f}")
        for size in args.simulated:
            db = Path(tmp) / f"simulated{size}.sqlite3"
            t = time.perf_counter()
            files = simulate(db, size)
            print(f"\nsimulated {size:,} articles filled in {time.perf_counter() - t:.1f} s")
            curve[size] = open_and_screen(db, files)
            db.unlink()
    print_curve(curve)
    print(f"\nresident memory of this process at the end: {rss_mb():.0f} MB (max)")


if __name__ == "__main__":
    main()
