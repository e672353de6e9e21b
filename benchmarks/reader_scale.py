"""The reader at the size users reach: first article and whole library (cold, then warm), resident
memory with the library open, j/k in the library and the timeline, a date filter, library search.

    python benchmarks/reader_scale.py [--size 10000] [--folder DIR]

Each run of the reader is its own process (headless, 120x40), so the memory is the reader's own.
Needs ../shared/corpus to build the library (copies of its articles, each with a numbered line).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TARGETS = {"cold first s": 3.0, "cold all s": 60.0, "warm all after first s": 1.0, "rss MB": 250.0,
           "date filter ms": 100.0, "search ms": 200.0}
"""The key timings here are Pilot's (a press returns once the whole process is idle, so they include
Textual's frame wait and, while loading, the loading worker): for key to frame in a real terminal,
against the 50 ms target, see benchmarks/key_latency.py."""


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def run_reader(folder: str, keys: bool) -> dict[str, float]:
    """In this process: open the reader on ``folder`` and measure (printed as JSON by ``--child``)."""
    import asyncio
    import resource
    from datetime import date

    from parsing.datefilter import DateRange
    from tui.app import DatelineApp
    from tui.config import Config
    from tui.widgets.library import LibraryTable
    from tui.widgets.timeline import TimelinePane

    out: dict[str, float] = {}

    async def once() -> None:
        app = DatelineApp([folder], None, Config())
        start = time.perf_counter()
        first = 0.0
        loading_keys: list[float] = []
        async with app.run_test(size=(120, 40)) as pilot:
            while app.loading or not first:
                await pilot.pause(0.01)
                if not first and app.reader.article is not None:
                    first = time.perf_counter() - start
                    app.query_one(LibraryTable).focus()
                elif first and app.loading and not keys:  # a key while it loads: j, then k
                    t = time.perf_counter()
                    await pilot.press("j" if len(loading_keys) % 2 == 0 else "k")
                    loading_keys.append((time.perf_counter() - t) * 1000)
            if loading_keys:
                out["pilot: key while loading p95 ms"] = p95(loading_keys)
                out["keys while loading"] = float(len(loading_keys))
            out["first s"], out["all s"] = first, time.perf_counter() - start
            out["articles"] = float(len(app.library.articles))
            out["rss MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            if not keys:
                return
            for name, widget in (("library", app.query_one(LibraryTable)),
                                 ("timeline", app.query_one(TimelinePane).table)):
                widget.focus()
                await pilot.pause()
                times = []
                for _ in range(40):
                    t = time.perf_counter()
                    await pilot.press("j")
                    times.append((time.perf_counter() - t) * 1000)
                out[f"pilot: {name} j p95 ms"] = p95(times)
            timeline = app.query_one(TimelinePane)
            t = time.perf_counter()
            timeline.set_range(DateRange(date(2010, 3, 1), date(2010, 3, 31), "mar 2010"))
            out["date filter ms"] = (time.perf_counter() - t) * 1000
            out["date filter events"] = float(len(timeline.table.shown))
            timeline.set_range(DateRange(None, None, "all dates"))
            store = app.library.store
            assert store is not None
            times = []
            for words in ("president said", "election", "police arrested"):
                t = time.perf_counter()
                store.search(words)
                times.append((time.perf_counter() - t) * 1000)
            out["search ms"] = statistics.median(times)

    asyncio.run(once())
    return out


def child(folder: str, data: str, keys: bool) -> dict[str, float]:
    env = dict(os.environ, DATELINE_DATA_DIR=data, DATELINE_CONFIG_DIR=str(Path(data) / "config"))
    env.pop("DATELINE_NO_CACHE", None)
    done = subprocess.run([sys.executable, __file__, "--child", folder] + (["--keys"] if keys else []),
                          env=env, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--folder", help="an existing library to use instead of building one")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--keys", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_reader(args.child, args.keys)))
        return
    with tempfile.TemporaryDirectory(prefix="dateline-reader-") as tmp:
        from library_scale import library_for

        folder = library_for("reader_scale.py", args.folder, tmp, args.size)
        data = str(Path(tmp) / "data")
        cold = child(folder, data, keys=False)
        warm = child(folder, data, keys=True)
    figures = {"articles": warm["articles"], "cold first s": cold["first s"], "cold all s": cold["all s"],
               "warm first s": warm["first s"], "warm all s": warm["all s"],
               "warm all after first s": warm["all s"] - warm["first s"], "rss MB": warm["rss MB"],
               "cold rss MB": cold["rss MB"]}
    figures.update({k: v for k, v in warm.items() if k.endswith("ms") or k == "date filter events"})
    figures.update({k: v for k, v in cold.items() if "while loading" in k})
    print(f"reader at {int(figures['articles']):,} articles (load: {os.getloadavg()[0]:.1f})")
    for name, value in figures.items():
        target = TARGETS.get(name)
        verdict = "" if target is None else f"   target ≤ {target:g}: {'ok' if value <= target else 'MISSED'}"
        print(f"  {name:26} {value:10.2f}{verdict}")


if __name__ == "__main__":
    main()
