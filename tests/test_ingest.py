"""The ingest: the pool keeps input order, progress adds up, each step says what it added."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from parsing.ingest import Ingest, Progress, map_files
from parsing.ingest.progress import Clock
from parsing.model import Article
from parsing.pipeline import load_file
from parsing.store import open_store

SAMPLES = Path(__file__).resolve().parents[1] / "sample_articles"


def _files() -> list[str]:
    from parsing.files import expand

    return list(expand([str(SAMPLES)]))


def test_the_pool_keeps_input_order_and_matches_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("parsing.ingest.pool.FILES_PER_JOB", 1)  # a pool even for a dozen files
    files = _files()
    serial = list(map_files(load_file, files, jobs=1))
    pooled = list(map_files(load_file, files, jobs=2))
    assert pooled == serial
    paths = [a.path.split("#")[0] for items in pooled for a in items if isinstance(a, Article)]
    assert paths[0] == files[0] and len(pooled) == len(files)


def test_the_pool_forks_only_a_process_without_other_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    from parsing.ingest import pool

    monkeypatch.setattr("parsing.ingest.pool.FILES_PER_JOB", 1)
    files = _files()[:4]
    serial = list(map_files(load_file, files, jobs=1))
    release = threading.Event()
    other = threading.Thread(target=release.wait)  # as the reader's UI thread beside the ingest
    other.start()
    try:
        assert pool._context().get_start_method() != "fork"
        assert list(map_files(load_file, files, jobs=2)) == serial
    finally:
        release.set()
        other.join()
    if sys.platform == "linux" and threading.active_count() == 1:
        assert pool._context().get_start_method() == "fork"


def _niceness(_: str) -> int:
    import os

    return os.getpriority(os.PRIO_PROCESS, 0)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="no process priorities on this platform")
def test_the_pool_lowers_its_workers_priority_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    from parsing.ingest.pool import map_ready

    monkeypatch.setattr("parsing.ingest.pool.FILES_PER_JOB", 1)
    monkeypatch.setattr("parsing.ingest.pool.CHUNK", 1)  # a task a file
    own = os.getpriority(os.PRIO_PROCESS, 0)
    files = [f"f{n}" for n in range(8)]
    assert [n for n, _ in map_ready(_niceness, files, jobs=2)] == [own] * 8
    niced = [n for n, _ in map_ready(_niceness, files, jobs=2, nice=5)]
    assert niced == [own] + [min(19, own + 5)] * 7  # the first file (a reader shows it) is not held back
    assert os.getpriority(os.PRIO_PROCESS, 0) == own  # the caller keeps its own


def test_the_readers_ingest_runs_its_workers_at_a_lower_priority(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from parsing.ingest import library
    from tui.loading import load_files

    asked: list[int] = []

    def fake_map_ready(fn: object, files: list[str], jobs: int | None = None,
                       nice: int = 0) -> Iterator[object]:
        asked.append(nice)
        return iter(())

    monkeypatch.setenv("DATELINE_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(library, "map_ready", fake_map_ready)
    files = [str(p) for p in sorted(SAMPLES.iterdir()) if p.suffix in (".md", ".txt")][:3]
    load_files(files, [], None, None, lambda message: None, lambda: False)
    assert len(asked) == 1 and asked[0] > 0


@pytest.mark.skipif(sys.platform != "linux", reason="a thread has a nice value of its own on Linux")
def test_the_readers_store_is_written_in_its_own_thread_at_a_lower_priority_once_the_workers_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.loading import WORKER_NICE, load_files
    from tui.messages import Loaded

    def priority() -> tuple[int, int]:
        tid = threading.get_native_id()
        return tid, os.getpriority(os.PRIO_PROCESS, tid)

    monkeypatch.setenv("DATELINE_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATELINE_NO_CACHE", raising=False)
    monkeypatch.setattr("parsing.ingest.library.BATCH_ARTICLES", 3)  # several steps
    monkeypatch.setattr("parsing.ingest.pool.FILES_PER_JOB", 1)  # in a pool
    caller = priority()
    seen: list[tuple[int, int]] = []

    def post(message: object) -> None:
        if isinstance(message, Loaded):
            seen.append(priority())

    load_files([str(SAMPLES)], [], None, None, post, lambda: False)
    assert priority() == caller  # the caller's thread (the app's pooled worker thread) is left as it was
    assert len(seen) > 2 and caller[0] not in {tid for tid, _ in seen}
    assert seen[0][1] == caller[1]  # the files found and the first article: at the caller's priority
    assert {n for _, n in seen[1:]} == {min(19, caller[1] + WORKER_NICE)}


def test_progress_adds_up_and_ends_finished(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATELINE_NO_CACHE", raising=False)
    monkeypatch.setattr("parsing.ingest.library.BATCH_ARTICLES", 3)
    monkeypatch.setattr("parsing.ingest.pool.FILES_PER_JOB", 1)
    store = open_store(tmp_path / "s.db").store
    steps = list(Ingest(store, jobs=2).run([str(SAMPLES)]))
    assert len(steps) > 2 and steps[-1].finished and not any(s.finished for s in steps[:-1])
    assert [s.done for s in steps] == sorted(s.done for s in steps) and steps[-1].done == steps[-1].total
    keys = [a.key for s in steps for a in s.articles]
    assert len(keys) == len(set(keys)) == store.count()
    again = list(Ingest(store, jobs=2).run([str(SAMPLES)]))  # a second run: everything in the first step
    assert len(again) == 1 and again[0].finished and len(again[0].articles) == store.count()


def test_progress_line_shows_count_rate_and_time_left() -> None:
    clock = Clock(to_parse=100, start=time.monotonic() - 10.0)  # ten seconds in
    rate, eta = clock.tick(20)
    assert rate == pytest.approx(2.0, rel=0.05) and eta == pytest.approx(40.0, rel=0.05)
    line = Progress(20, 100, rate, eta).describe()
    assert line.startswith("Loading 20/100 · 2/s · ") and line.endswith("s left")
    assert Progress(0, 5, 0.0, None).describe() == "Loading 0/5"
