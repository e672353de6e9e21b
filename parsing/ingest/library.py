"""A library into the store: find what changed since the last run, parse that in a process pool,
write the results with one writer in batches, and say how far it has got at each step.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from functools import partial

from parsing.files import expand
from parsing.model import LoadError
from parsing.store.db import Store
from parsing.store.errors import StoreError
from parsing.store.keys import file_keys
from parsing.store.opening import memory_store
from parsing.store.queries import ArticleSummary
from parsing.store.rows import FileResult, encode_file
from parsing.store.schema import SENTENCE_SLOTS

from .pool import map_ready
from .progress import Clock, Progress

BATCH_ARTICLES = 64
BATCH_SECONDS = 0.25


def _removed(store: Store, paths: Iterable[str], present: set[str]) -> list[str]:
    """Stored files under the folders named that are no longer there."""
    stored = store.digests()
    gone: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            root = os.path.realpath(p).rstrip("/") + "/"
            gone.extend(f for f in stored if f.startswith(root) and f not in present)
    return gone


def _copy_to_memory(store: Store) -> Store:
    """A store in memory holding what ``store`` holds for the scope (same article keys)."""
    mem = memory_store()
    c = mem.conn
    with store.lock:
        scope = [r for (r,) in store.conn.execute("SELECT file FROM scope ORDER BY rank")]
    mem.set_scope(scope)
    if store.path is None:
        return mem
    c.execute("ATTACH DATABASE ? AS disk", (f"file:{store.path}?mode=ro",))
    try:
        scoped = "IN (SELECT file FROM temp.scope)"
        c.execute(f"INSERT INTO files SELECT * FROM disk.files WHERE path {scoped}")
        c.execute(f"INSERT INTO articles SELECT * FROM disk.articles WHERE file {scoped}")
        for table in ("bodies", "events", "entities", "quotes"):
            c.execute(f"INSERT INTO {table} SELECT * FROM disk.{table} "
                      "WHERE article IN (SELECT id FROM articles)")
        c.execute(f"INSERT INTO sentences (rowid, text) SELECT rowid, text FROM disk.sentences "
                  f"WHERE rowid / {SENTENCE_SLOTS} IN (SELECT id FROM articles)")
    finally:
        c.execute("DETACH DATABASE disk")
    return mem


class Ingest:
    """``Ingest(store).run(paths)`` yields :class:`Progress`; ``store`` is where to read the library
    from (it becomes a store in memory if writing to the file fails part-way). ``nice``: how much
    lower a CPU priority the parse workers take (:func:`.pool.map_ready`)."""

    def __init__(self, store: Store, published: date | None = None, jobs: int | None = None,
                 parse: Callable[[str], FileResult] | None = None, nice: int = 0) -> None:
        self.store, self.published, self.jobs, self.nice = store, published, jobs, nice
        self._parse = parse
        self.user: dict[str, str] = {}  # the user's publication dates, read when planning
        self.scope: list[str] = []  # the real paths of the files, in order, once planned

    @property
    def parse(self) -> Callable[[str], FileResult]:
        """Parses one file for the store (module-level with its arguments: it is pickled)."""
        return self._parse or partial(encode_file, published=self.published, user=self.user)

    def plan(self, paths: Sequence[str]) -> tuple[list[str], list[str]]:
        """Set the scope to the files of ``paths``, forget what changed or went; return (all, to parse)."""
        files = list(expand(paths))
        self.user = {} if self.published is not None else self.store.user_days()
        keys = file_keys(files, self.published, self.user)
        stored = self.store.digests()
        reals = [k.real if k else os.path.abspath(f) for f, k in zip(files, keys, strict=True)]
        todo = [f for f, k in zip(files, keys, strict=True) if k is None or stored.get(k.real) != k.digest()]
        stale = [k.real for k in keys if k is not None and k.real in stored and stored[k.real] != k.digest()]
        self.store.drop(stale + _removed(self.store, paths, set(reals)))
        self.store.set_scope(reals)
        self.scope = reals
        return files, todo

    def run(self, paths: Sequence[str]) -> Iterator[Progress]:
        notice: str | None = None
        try:
            files, todo = self.plan(paths)
        except StoreError as exc:
            notice = self._fall_back(exc)
            files, todo = self.plan(paths)
        total, done = len(files), len(files) - len(todo)
        yield Progress(done, total, 0.0, None, tuple(self.store.summaries()), self._stored_errors(),
                       notice, finished=not todo)
        if not todo:
            return
        clock = Clock(len(todo))
        batch: list[FileResult] = []
        n_articles, started = 0, time.monotonic()
        first = True
        for result, more_ready in map_ready(self.parse, todo, self.jobs, self.nice):
            batch.append(result)
            n_articles += len(result.articles)
            age = time.monotonic() - started
            # the first article at once; then batches, written early when the next result is not
            # there yet (in a pool) or the batch is old enough
            if first or n_articles >= BATCH_ARTICLES or age >= BATCH_SECONDS or (
                    not more_ready and self.jobs != 1 and age >= BATCH_SECONDS / 5):
                first = not n_articles
                done += len(batch)
                yield self._write(batch, done, total, clock)
                batch, n_articles, started = [], 0, time.monotonic()
        done += len(batch)
        last = self._write(batch, done, total, clock)
        yield Progress(last.done, last.total, last.rate, 0.0, last.articles, last.errors, last.notice, True)

    def _write(self, batch: list[FileResult], done: int, total: int, clock: Clock) -> Progress:
        notice = None
        try:
            self.store.put(batch)
        except StoreError as exc:
            notice = self._fall_back(exc)
            self.store.put(batch)
        rate, eta = clock.tick(len(batch))
        articles: list[ArticleSummary] = []
        errors: list[LoadError] = []
        for r in batch:
            if r.real is not None and r.digest is not None:
                articles.extend(self.store.summaries_of(r.real))
            errors.extend(LoadError(p, why) for p, why in r.errors)
        return Progress(done, total, rate, eta, tuple(articles), tuple(errors), notice)

    def _fall_back(self, exc: StoreError) -> str:
        where = self.store.path
        self.store = _copy_to_memory(self.store)
        return f"dateline: library store {where}: {exc}; the rest is kept in memory this time"

    def _stored_errors(self) -> tuple[LoadError, ...]:
        import json

        with self.store.lock:
            rows = self.store.conn.execute(
                "SELECT f.errors FROM files f JOIN scope s ON s.file = f.path "
                "WHERE f.errors != '[]' ORDER BY s.rank").fetchall()
        return tuple(LoadError(p, why) for (raw,) in rows for p, why in json.loads(raw))
