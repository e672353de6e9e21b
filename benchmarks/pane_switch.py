"""Key to frame when switching panes (1-4 and Tab), beside reading keys, in-process and headless.

    python benchmarks/pane_switch.py [--presses 80] [--profile]

The same clock as ``startup.py`` (the time from a key event reaching the app to the first and the
last frame it composes for it), at 100x30 and 160x48 on sample_articles/. Prints median and p95
per kind of key and the ratio of pane switching to reading keys; ``--profile`` prints the functions
that take the time while switching (cProfile, cumulative).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
from collections.abc import Sequence

from startup import ROOT, SAMPLES, FrameClock, _ms, _press, percentile

PLANS = {  # keys to get there, then the keys that are timed (cycled)
    "pane switch 1-4": (["1"], ["2", "3", "4", "1"]),
    "pane switch Tab": (["1"], ["tab"]),
    "reading j/k": (["2"], ["j", "j", "k", "k"]),
}


async def bench(size: tuple[int, int], presses: int,
                profile: cProfile.Profile | None) -> dict[str, list[float]]:
    from tui.app import DatelineApp

    out: dict[str, list[float]] = {}
    for name, (setup, cycle) in PLANS.items():
        app = DatelineApp(paths=[SAMPLES])
        async with app.run_test(size=size) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press(*setup)
            clock = FrameClock(app)
            times = []
            if profile is not None and name.startswith("pane"):
                profile.enable()
            for i in range(presses):
                got = await _press(app, clock, cycle[i % len(cycle)])
                if got is not None:
                    times.append(got[1])  # the last frame: when the screen is done changing
            if profile is not None:
                profile.disable()
            out[name] = times
    return out


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--presses", type=int, default=80)
    p.add_argument("--profile", action="store_true")
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    profile = cProfile.Profile() if args.profile else None
    with tempfile.TemporaryDirectory() as conf:
        os.environ["DATELINE_CONFIG_DIR"] = conf  # no user settings, nothing saved
        os.environ["DATELINE_DATA_DIR"] = conf  # nor the user's library store
        for size in ((100, 30), (160, 48)):
            results = asyncio.run(bench(size, args.presses, profile))
            print(f"{size[0]}x{size[1]}, key to last frame ({args.presses} presses each):")
            for name, times in results.items():
                print(f"  {name:18} median {_ms(statistics.median(times))}  p95 {_ms(percentile(times, 95))}")
            reading = statistics.median(results["reading j/k"])
            for name in ("pane switch 1-4", "pane switch Tab"):
                print(f"  {name} / reading: {statistics.median(results[name]) / reading:.1f}x")
    if profile is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(35)
    return 0


if __name__ == "__main__":
    sys.exit(main())
