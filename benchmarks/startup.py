"""How fast the reader starts and answers keys.

    python benchmarks/startup.py [--runs 7] [--presses 100] [--dateline PATH]

1. Start-up: the installed ``dateline sample_articles/`` in a 100x30 pseudo-terminal, timed from
   launch until the status line says every article is loaded, against a bare Textual app showing
   one label, launched the same way in the same run. Medians of ``--runs`` alternating launches and
   their ratio (aim: 1.5 or less).
2. Key to frame: in-process (headless), the time from a key event reaching the app to the next
   frame the app composes, for quote navigation in the article pane and cursor moves in the
   timeline, over ``--presses`` presses each; median and p95 (aim: p95 of 50 ms or less), both for
   the first frame after the key and for the last one before the screen goes quiet.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pty_start import time_to_text, times_to_texts
from textual.binding import Binding

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = "sample_articles"
SIZE = (100, 30)
BARE_MARKER = "bare-app-ready"
BARE_APP = f"""
from textual.app import App
from textual.widgets import Label
class Bare(App[None]):
    def compose(self):
        yield Label({BARE_MARKER!r})
Bare().run()
"""
QUIET = 0.15  # seconds without a frame after which the screen counts as settled


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def loaded_marker() -> str:
    """The status-line text that appears once every sample article is loaded."""
    from parsing.model import Article
    from parsing.pipeline import load

    n = sum(isinstance(item, Article) for item in load([str(ROOT / SAMPLES)], None))
    return f"{n} articles"


def back_and_forth(forward: str, back: str, span: int, presses: int) -> list[str]:
    """``presses`` keys sweeping ``span`` steps forward, then back, and so on."""
    cycle = [forward] * span + [back] * span
    return [cycle[i % len(cycle)] for i in range(presses)]


def first_frame_markers() -> list[str]:
    """Texts of the reader's first frame: a pane title, and the footer's quit key (drawn a little
    later by Textual); the first of them to appear marks the first frame."""
    from tui.app import DatelineApp

    keys = [b for cls in DatelineApp.__mro__ for b in vars(cls).get("BINDINGS", ()) if isinstance(b, Binding)]
    return ["Library", next(b.description for b in keys if b.action == "quit")]


def bench_startup(dateline: str, runs: int) -> tuple[float, float, float]:
    """Medians: bare app's frame, the reader's first frame, the reader with every article loaded."""
    bare: list[float] = []
    first: list[float] = []
    loaded: list[float] = []
    markers = [*first_frame_markers(), loaded_marker()]
    for _ in range(runs):  # alternate, so drift in machine load hits both alike
        bare.append(time_to_text([sys.executable, "-c", BARE_APP], BARE_MARKER, size=SIZE, cwd=ROOT))
        *shown, done = times_to_texts([dateline, SAMPLES + "/"], markers, size=SIZE, cwd=ROOT)
        first.append(min(shown))
        loaded.append(done)
    return statistics.median(bare), statistics.median(first), statistics.median(loaded)


def _fresh(code: str, runs: int = 3) -> float:
    """Median of what ``code`` prints (a number of seconds) run in fresh interpreters."""
    return statistics.median(
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             cwd=ROOT).stdout) for _ in range(runs))


def breakdown() -> tuple[float, float, float]:
    """Seconds, each in a fresh interpreter: importing the reader, parsing the samples cold (the
    first call of each reader pays for its lazy imports) and warm (parsed a second time)."""
    clock = "import time; t = time.perf_counter(); "
    imports = _fresh(clock + "import tui.app; print(time.perf_counter() - t)")
    parse = ("import parsing.pipeline as p; " + clock + "list(p.load([{0!r}], None)); "
             "print(time.perf_counter() - t)").format(SAMPLES)
    cold = _fresh(parse)
    warm = _fresh(parse.replace("; " + clock, f"; list(p.load([{SAMPLES!r}], None)); " + clock, 1))
    return imports, cold, warm


class FrameClock:
    """Records when the app hands a frame to its driver (encoding it as a terminal would)."""

    def __init__(self, app: Any) -> None:
        self.times: list[float] = []
        self.event = asyncio.Event()
        original: Callable[..., None] = app._display

        def display(screen: Any, renderable: Any) -> None:
            if renderable is not None and hasattr(renderable, "render_segments"):
                renderable.render_segments(app.console)  # the work a real terminal run does
            original(screen, renderable)
            if renderable is not None:
                self.times.append(time.perf_counter())
                self.event.set()

        app._display = display

    async def settle(self) -> None:
        while True:
            self.event.clear()
            try:
                await asyncio.wait_for(self.event.wait(), QUIET)
            except TimeoutError:
                return


async def _press(app: Any, clock: FrameClock, key: str) -> tuple[float, float] | None:
    """(first frame, last frame) seconds after ``key``, or None when it drew nothing."""
    from textual import events

    await clock.settle()
    clock.times.clear()
    t0 = time.perf_counter()
    char = {"right_square_bracket": "]", "left_square_bracket": "["}.get(key, key)
    app._driver.send_message(events.Key(key, char if len(char) == 1 else None))
    await clock.settle()
    if not clock.times:
        return None
    return clock.times[0] - t0, clock.times[-1] - t0


async def bench_keys(presses: int) -> dict[str, list[tuple[float, float]]]:
    from tui.app import DatelineApp

    os.chdir(ROOT)
    results: dict[str, list[tuple[float, float]]] = {}
    nxt, prev = "right_square_bracket", "left_square_bracket"
    plans = {  # keys to get there (the quote one selects the first quote), then forward and back keys
        "quote navigation": (["1", "tab", nxt], nxt, prev),
        "timeline navigation": (["4"], "j", "k"),
    }
    for name, (focus, forward, back) in plans.items():
        app = DatelineApp(paths=[SAMPLES])
        async with app.run_test(size=SIZE) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press(*focus)
            article = app.reader.article
            span = max(1, len(article.quotes) - 1) if name.startswith("quote") and article else 40
            clock = FrameClock(app)
            times: list[tuple[float, float]] = []
            missed = 0
            keys = back_and_forth(forward, back, span, presses)
            for key in keys:
                got = await _press(app, clock, key)
                if got is None:
                    missed += 1
                else:
                    times.append(got)
            if missed:
                print(f"  {name}: {missed} of {len(keys)} presses drew nothing", file=sys.stderr)
            results[name] = times
    return results


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:6.1f} ms"


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--presses", type=int, default=100)
    p.add_argument("--dateline", default=shutil.which("dateline", path=str(Path(sys.executable).parent))
                   or shutil.which("dateline") or "dateline")
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as conf:
        os.environ["DATELINE_CONFIG_DIR"] = conf  # no user settings, nothing saved
        bare, first, app = bench_startup(args.dateline, args.runs)
        imports, cold, warm = breakdown()
        print(f"start-up (median of {args.runs} launches, {SIZE[0]}x{SIZE[1]} pty)")
        print(f"  bare Textual app, its frame          {_ms(bare)}")
        print(f"  dateline {SAMPLES}/, first frame  {_ms(first)}   ratio {first / bare:5.2f}")
        print(f"  dateline {SAMPLES}/, all loaded   {_ms(app)}   ratio {app / bare:5.2f}   (aim <= 1.5)")
        print(f"  for scale: importing tui.app {_ms(imports)}; parsing the samples in-process, cold "
              f"{_ms(cold)}, warm {_ms(warm)}")
        for name, times in asyncio.run(bench_keys(args.presses)).items():
            print(f"key to frame, {name} ({len(times)} presses)")
            for label, which in (("first frame", 0), ("settled    ", 1)):
                got = [t[which] for t in times]
                print(f"  {label}  median {_ms(statistics.median(got))}  p95 {_ms(percentile(got, 95))}"
                      "   (aim p95 <= 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
