"""Key to frame in a real terminal (tmux), while a cold library loads and once it has loaded.

    python benchmarks/key_latency.py FOLDER [--presses 40]

Opens ``dateline FOLDER`` in a detached tmux window with an empty store, waits for the first
article, then presses j/k in the library and times each press until the screen shows the change
(tmux's own capture of the library's rows, colours included, is polled, so figures include a few ms
of polling; while loading, rows going in can also change them, so those figures are a lower bound
on what a key costs and an upper bound on how long it waits). Headless Pilot timings
cannot stand in for this while loading: Pilot waits for the whole process to idle, and the loading
worker keeps it busy.

On Linux it also says how long the reader's UI thread ran and how long it waited for a core while the
library loaded (the kernel's schedstat): a key waits as long as that thread waits.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SESSION = "dateline-latency"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def screen() -> str:
    return tmux("capture-pane", "-p", "-t", SESSION)


def library_rows() -> str:
    """The library's rows with their colours (the cursor is a colour: copies of one article have the
    same text), without the status line or the border's counts."""
    return "\n".join(tmux("capture-pane", "-p", "-e", "-t", SESSION).splitlines()[2:8])


def press(key: str, timeout: float = 5.0) -> float:
    """Milliseconds from sending ``key`` until the screen differs."""
    before = library_rows()
    start = time.perf_counter()
    tmux("send-keys", "-t", SESSION, key)
    while time.perf_counter() - start < timeout:
        if library_rows() != before:
            return (time.perf_counter() - start) * 1000
        time.sleep(0.002)
    return timeout * 1000


def reader_pid() -> int | None:
    """The reader's process: the first Python process below the tmux pane's shell (Linux only)."""
    try:
        todo = [int(tmux("display-message", "-p", "-t", SESSION, "#{pane_pid}").strip())]
    except ValueError:
        return None
    while todo:
        pid = todo.pop(0)
        try:
            if "python" in os.readlink(f"/proc/{pid}/exe"):
                return pid
            for task in os.listdir(f"/proc/{pid}/task"):
                todo.extend(int(c) for c in Path(f"/proc/{pid}/task/{task}/children").read_text().split())
        except OSError:
            return None
    return None


def ui_thread_times(pid: int | None) -> tuple[float, float] | None:
    """Seconds the process's main (UI) thread has run and has waited to run, or None."""
    try:
        ran, waited, _ = Path(f"/proc/{pid}/task/{pid}/schedstat").read_text().split()
        return int(ran) / 1e9, int(waited) / 1e9
    except (OSError, ValueError):
        return None


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder")
    ap.add_argument("--presses", type=int, default=40)
    args = ap.parse_args()
    if shutil.which("tmux") is None:
        sys.exit("benchmarks/key_latency.py: tmux is needed")
    dateline = shutil.which("dateline") or str(Path(sys.executable).with_name("dateline"))
    with tempfile.TemporaryDirectory(prefix="dateline-latency-") as tmp:
        env = f"DATELINE_DATA_DIR={tmp}/data DATELINE_CONFIG_DIR={tmp}/config"
        tmux("kill-session", "-t", SESSION)
        tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "36",
             f"cd {ROOT} && {env} {dateline} {os.path.abspath(args.folder)}")
        start = time.perf_counter()
        while "Loading" not in screen() or "Article ·" not in screen():
            time.sleep(0.05)
            if time.perf_counter() - start > 60:
                sys.exit("no article within 60 s")
        pid = reader_pid()
        first, began = ui_thread_times(pid), time.perf_counter()
        tmux("send-keys", "-t", SESSION, "1")  # the library
        time.sleep(0.2)
        loading: list[float] = []
        sent: list[float] = []  # when each key was sent, seconds after the first article
        while "Loading" in screen() and len(loading) < args.presses:
            sent.append(time.perf_counter() - began)
            loading.append(press("j" if len(loading) % 2 == 0 else "k"))
            time.sleep(0.1)
        while "Loading" in screen():
            time.sleep(0.5)
        last, took = ui_thread_times(pid), time.perf_counter() - began
        time.sleep(3)  # the work done once a library has loaded (identities across articles) is over
        loaded = []
        for n in range(args.presses):
            loaded.append(press("j" if n % 2 == 0 else "k"))
            time.sleep(0.05)
        tmux("send-keys", "-t", SESSION, "q")
        time.sleep(0.5)
        tmux("kill-session", "-t", SESSION)
    if first is not None and last is not None:
        print(f"UI thread from the first article until loaded ({took:.0f} s): "
              f"ran {last[0] - first[0]:.1f} s, waited for a core {last[1] - first[1]:.1f} s")
    slow = [f"#{n} at {at:.1f} s: {ms:.0f} ms"
            for n, (at, ms) in enumerate(zip(sent, loading, strict=True)) if ms > 50]
    if slow:
        print(f"slow presses while loading ({len(slow)}): " + "; ".join(slow))
    for name, values in (("while loading", loading), ("loaded", loaded)):
        if values:
            print(f"key to frame {name:14} n={len(values):3}  median {statistics.median(values):7.1f} ms  "
                  f"p95 {p95(values):7.1f} ms  (target p95 ≤ 50 ms; load {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
