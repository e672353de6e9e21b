"""Loading a library for the reader, off the UI thread, through the library store.

Files found unchanged in the store are listed from it; the others are parsed by the ingest's process
pool (``parsing.ingest``) and written by its one writer. Each step is posted to the app as the
summaries of the articles it added (never whole articles: the reader reads one from the store when
it is opened), with the progress line (count, rate, time left). URLs are fetched after the files and
kept in the same store. A custom ``loader`` (tests: articles built by hand) hands its articles to a
store in memory.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import zlib
from collections.abc import Callable
from datetime import date

from textual.message import Message

from parsing.files import expand
from parsing.model import Article, LoadError
from parsing.store import ArticleSummary, Store, StoreError, memory_store, open_store, peek_store
from parsing.store.keys import FileKey, file_key
from parsing.store.rows import encode_items
from tui.messages import Loaded, StoreOpened
from tui.userdates import source_file

WORKER_NICE = 10  # the parse workers' and the writer's lower CPU priority: keys and frames get a core first

Loader = Callable[[str, date | None], list[Article | LoadError]]
Item = ArticleSummary | LoadError


def put_items(store: Store, path: str, published: date | None, items: list[Article | LoadError],
              signature: str, real: str | None = None) -> list[Item]:
    """Articles parsed here (by a custom loader, or fetched from a URL) into ``store`` under ``real``
    (default: ``path``): their summaries and the errors (one naming ``path`` when the store fails)."""
    real = real or path
    key = FileKey(real, 0, 0, 0, published.isoformat() if published else "", signature)
    result = encode_items(path, key, items)
    try:
        store.put([result])
    except StoreError as exc:
        return [LoadError(path, f"not kept: {exc}")]
    return [*store.summaries_of(real), *(LoadError(p, why) for p, why in result.errors)]


def _by_loader(loader: Loader, files: list[str], published: date | None, post: Callable[[Message], object],
               stopped: Callable[[], bool]) -> Store:
    store = memory_store()
    post(StoreOpened(store, None))
    for done, path in enumerate(files, 1):
        if stopped():
            break
        real = os.path.abspath(path)
        store.set_scope([os.path.abspath(f) for f in files[:done]])
        found = put_items(store, path, published, loader(path, published), "loader", real)
        post(Loaded(found, done, len(files)))
    return store


def _urls(store: Store, scope: list[str], urls: list[str], published: date | None, done: int, total: int,
          post: Callable[[Message], object], stopped: Callable[[], bool]) -> None:
    """Fetch the URLs (``parsing.fetch``), put what they gave in the store and post it."""
    from parsing.pipeline import load_urls

    for n, (url, items) in enumerate(load_urls(urls, published), done + 1):
        if stopped():
            return
        scope.append(url)
        store.set_scope(scope)
        post(Loaded(put_items(store, url, published, items, "url"), n, total))


def _last_read(store: Store, last: str | None, roots: list[str],
               published: date | None) -> list[ArticleSummary]:
    """The article read last (``last``: its path), when its file is under ``roots`` and unchanged since
    it was stored: it can be shown before the rest of the library has been checked."""
    if not last:
        return []
    try:
        real = os.path.realpath(source_file(last))
        under = any(real == r or real.startswith(r.rstrip("/") + "/") for r in map(os.path.realpath, roots))
        key = file_key(real, published, store.user_days() if published is None else None) if under else None
        if key is None or store.digest_of(key.real) != key.digest():
            return []
        return [s for s in store.summaries_of(key.real) if s.path == last]
    except (OSError, StoreError):
        return []


def early_article(last: str | None, roots: list[str], published: date | None) -> Article | None:
    """The article read last (``last``: its path), when the store can be read at once and holds its
    file unchanged: the reader shows it in its first frame, before the store is opened for good and
    the library checked. None otherwise (the loading worker then finds it as before)."""
    store = peek_store()
    if store is None:
        return None
    try:
        found = _last_read(store, last, roots, published)
        return store.article(found[0].key) if found else None
    except (StoreError, sqlite3.Error, ValueError, zlib.error):
        return None
    finally:
        store.close()


def lower_priority(by: int) -> None:
    """Lower the calling thread's CPU priority by ``by`` (Linux, where the nice value is each
    thread's own; elsewhere it is the process's, and nothing is done). It cannot be raised again."""
    if sys.platform != "linux":
        return
    tid = threading.get_native_id()
    try:
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + by)
    except OSError:
        pass


def in_own_thread(fn: Callable[[], None]) -> None:
    """``fn()`` in a thread started for it, waited for (its exception raised here): a thread whose
    priority can be lowered for good, which a pooled worker thread's cannot."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # raised again in the caller's thread
            failed.append(exc)

    thread = threading.Thread(target=run, name="dateline-ingest", daemon=True)
    thread.start()
    thread.join()
    if failed:
        raise failed[0]


def load_files(roots: list[str], urls: list[str], published: date | None, loader: Loader | None,
               post: Callable[[Message], object], stopped: Callable[[], bool],
               last: str | None = None) -> None:
    """Post :class:`StoreOpened`, then one :class:`Loaded` per step (summaries and errors), the files
    of ``roots`` (folders and files named) first, then the URLs. The reader's store reads the
    library's scope from the first step on. ``last``: the path of the article read last: when it is
    stored and unchanged, it is posted first, before the library's files have been found and checked.

    The store is written in a thread of its own which, once the parse workers run, takes their lower
    CPU priority: it competes with the UI thread for a core (writing 10,000 articles costs about 12 s
    of CPU), and a key waits as long as that thread does."""
    if loader is not None:
        files = list(expand(roots))
        total = len(files) + len(urls)
        store = _by_loader(loader, files, published, post, stopped)
        _urls(store, [os.path.abspath(f) for f in files], urls, published, len(files), total, post, stopped)
        return
    in_own_thread(lambda: _ingest(roots, urls, published, post, stopped, last))


def _ingest(roots: list[str], urls: list[str], published: date | None, post: Callable[[Message], object],
            stopped: Callable[[], bool], last: str | None) -> None:
    opened = open_store()
    reader = opened.store
    post(StoreOpened(reader, opened.notice))
    early: list[Item] = [*_last_read(reader, last, roots, published)]
    if early:
        post(Loaded(early, 0, 0, "Loading…"))
    from parsing.ingest import Ingest  # after the article read last is on its way

    writer: Store = reader.sibling()  # the writer's own connection (the same store in memory)
    ingest = Ingest(writer, published, nice=WORKER_NICE)
    done = 0
    for n, step in enumerate(ingest.run(roots)):  # finds the files, forgets those gone from the folders named
        if stopped():
            break
        if n == 1:  # the first batch is written and the workers run (started at this thread's priority)
            lower_priority(WORKER_NICE)
        if ingest.store is not writer:  # writing failed: the rest lives in memory
            writer = reader = ingest.store
            post(StoreOpened(writer, None))
        if reader is not writer and not done:
            reader.set_scope(ingest.scope)  # before the first summaries reach the reader
        done = step.done
        items: list[Item] = [*step.articles, *step.errors]
        total = step.total + len(urls)
        post(Loaded(items, step.done, total, "" if step.finished else step.describe(), step.notice))
    if writer is not opened.store and writer is not reader:
        writer.close()
    found = len(ingest.scope)
    _urls(reader, list(ingest.scope), urls, published, found, found + len(urls), post, stopped)
