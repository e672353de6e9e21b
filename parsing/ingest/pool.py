"""A pure per-file function mapped over files by a process pool, results in input order.

Workers are started by a fork server that has already imported the parser, so each starts quickly
and none inherits the caller's threads (the reader's UI). ``jobs=1`` runs in the calling process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
_PRELOAD = ["parsing.pipeline", "parsing.store.rows"]
AHEAD = 4  # tasks queued per worker beyond the one it is running
FILES_PER_JOB = 8  # fewer files than this per process and the pool costs more than it saves


def default_jobs() -> int:
    return os.cpu_count() or 1


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def _start_tracker() -> None:
    """Start multiprocessing's resource tracker with a real standard error. It hands its parent's
    ``sys.stderr`` to the process it starts, and under a terminal app (Textual captures printing)
    that is an object whose file number is -1: starting it there fails ("bad value(s) in
    fds_to_keep") and the pool with it."""
    from multiprocessing import resource_tracker

    def usable(stream: object) -> bool:
        try:
            os.fstat(stream.fileno())  # type: ignore[attr-defined]
            return True
        except (AttributeError, OSError, ValueError):
            return False

    saved = sys.stderr
    if not usable(saved):
        sys.stderr = sys.__stderr__ if usable(sys.__stderr__) else open(os.devnull, "w")
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = saved


def map_files(fn: Callable[[str], T], files: Sequence[str], jobs: int | None = None) -> Iterator[T]:
    """``fn(file)`` for every file, in input order; at most ``jobs`` processes (fewer for few files).

    ``fn`` must be a module-level function (it is pickled by name). Work is submitted a few tasks
    ahead of what has been consumed, so a slow consumer does not let results pile up.
    """
    return (result for result, _ in map_ready(fn, files, jobs))


def map_ready(fn: Callable[[str], T], files: Sequence[str], jobs: int | None = None
              ) -> Iterator[tuple[T, bool]]:
    """As :func:`map_files`, each result with whether the next one is ready now (in one process it
    never is: it has still to be computed), so a consumer can write what it has before it waits."""
    jobs = min(jobs or default_jobs(), max(1, len(files) // FILES_PER_JOB))
    if jobs <= 1:
        for f in files:
            yield fn(f), False
        return
    _start_tracker()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context())
    try:
        pending: deque[Future[T]] = deque()
        it = iter(files)
        limit = jobs * (AHEAD + 1)
        for f in it:
            pending.append(pool.submit(fn, f))
            if len(pending) >= limit:
                break
        while pending:
            result = pending.popleft().result()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.submit(fn, nxt))
            yield result, bool(pending) and pending[0].done()
    finally:  # also when the consumer stops early: queued work is dropped, not waited for
        pool.shutdown(wait=True, cancel_futures=True)
