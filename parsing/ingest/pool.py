"""A pure per-file function mapped over files by a process pool, results in input order.

In a process with no other thread than its own (``dateline parse``), workers are forked from it:
they start at once with what it has imported. Otherwise (the reader, with its UI threads) they are
started by a fork server that has already imported the parser, so none inherits a thread's locks;
starting that server costs a Python start-up and the parser's imports before the first worker
runs. ``jobs=1`` runs in the calling process. ``nice``: workers lower their CPU priority by this much
(the reader's parse is background work: its UI process gets a core first when it needs one).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
_PRELOAD = ["parsing.pipeline", "parsing.store.rows"]
AHEAD = 4  # tasks queued per worker beyond the one it is running
FILES_PER_JOB = 8  # fewer files than this per process and the pool costs more than it saves
CHUNK = 4  # files a task at most: a task's round trip costs about 0.3 ms of CPU, a file about 6 ms
CHUNKS_PER_JOB = 8  # at least this many tasks a worker, so that they finish together


def default_jobs() -> int:
    return os.cpu_count() or 1


def _context() -> multiprocessing.context.BaseContext:
    if sys.platform == "linux" and threading.active_count() == 1:  # fork is safe with one thread
        return multiprocessing.get_context("fork")
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


_niced = 0  # in a worker: how much it has lowered its CPU priority so far


def _each(fn: Callable[[str], T], files: Sequence[str], nice: int = 0) -> list[T]:
    """``fn`` over a task's files, first lowering this worker's CPU priority to ``nice`` (once; where
    the system allows it: a priority lowered cannot be raised again)."""
    global _niced
    if nice > _niced:
        try:
            os.nice(nice - _niced)
        except (AttributeError, OSError):
            pass
        _niced = nice
    return [fn(f) for f in files]


def map_files(fn: Callable[[str], T], files: Sequence[str], jobs: int | None = None) -> Iterator[T]:
    """``fn(file)`` for every file, in input order; at most ``jobs`` processes (fewer for few files).

    ``fn`` must be a module-level function (it is pickled by name). Files go to the workers a few
    (``CHUNK``) a task, and tasks are submitted a few ahead of what has been consumed, so a slow
    consumer does not let results pile up.
    """
    return (result for result, _ in map_ready(fn, files, jobs))


def map_ready(fn: Callable[[str], T], files: Sequence[str], jobs: int | None = None, nice: int = 0
              ) -> Iterator[tuple[T, bool]]:
    """As :func:`map_files`, each result with whether the next one is ready now (in one process it
    never is: it has still to be computed), so a consumer can write what it has before it waits.
    ``nice`` > 0: the workers run at that much lower a CPU priority from the second task on (the first,
    which holds the first file, at the caller's: a reader shows it as soon as it can); in one process
    it is ignored."""
    jobs = min(jobs or default_jobs(), max(1, len(files) // FILES_PER_JOB))
    if jobs <= 1:
        for f in files:
            yield fn(f), False
        return
    _start_tracker()
    size = max(1, min(CHUNK, len(files) // (jobs * CHUNKS_PER_JOB)))
    chunks = (files[i:i + size] for i in range(0, len(files), size))
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context())
    try:
        pending: deque[Future[list[T]]] = deque()
        limit = jobs * (AHEAD + 1)
        for n, chunk in enumerate(chunks):
            pending.append(pool.submit(_each, fn, chunk, nice if n else 0))
            if len(pending) >= limit:
                break
        while pending:
            results = pending.popleft().result()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.submit(_each, fn, nxt, nice))
            for n, result in enumerate(results, 1):
                yield result, n < len(results) or (bool(pending) and pending[0].done())
    finally:  # also when the consumer stops early: queued work is dropped, not waited for
        pool.shutdown(wait=True, cancel_futures=True)
