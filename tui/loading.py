"""Loading a library for the reader, off the UI thread, through the library store.

Files found unchanged in the store are read back from it; the others are parsed by the ingest's
process pool (``parsing.ingest``) and written by its one writer. Each step is posted to the app as
the articles it added, with the progress line (count, rate, time left). A custom ``loader`` (tests:
articles built by hand) hands its articles over as they are, and they go into a store in memory so
the library can still be searched.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date

from textual.message import Message

from parsing.ingest import Ingest
from parsing.model import Article, LoadError
from parsing.store import Store, memory_store, open_store
from parsing.store.keys import FileKey
from parsing.store.rows import encode_items
from tui.messages import Loaded, StoreOpened
from tui.userdates import UserDates, source_file

PIECE = 100  # articles read back from the store per message to the app
Loader = Callable[[str, date | None], list[Article | LoadError]]
Item = Article | LoadError


def _by_loader(loader: Loader, files: list[str], published: date | None, post: Callable[[Message], object],
               stopped: Callable[[], bool]) -> None:
    store = memory_store()
    post(StoreOpened(store, None))
    for done, path in enumerate(files, 1):
        if stopped():
            return
        items = loader(path, published)
        key = FileKey(os.path.abspath(path), 0, 0, 0, published.isoformat() if published else "", "loader")
        store.put([encode_items(path, key, items)])
        store.set_scope([os.path.abspath(f) for f in files[:done]])
        post(Loaded(items, done, len(files)))


def _with_user_dates(items: list[Item], dates: UserDates | None) -> list[Item]:
    """Files with an article the user gave a date are parsed again with the user's dates."""
    if dates is None:
        return items
    redo = {source_file(a.path) for a in items if isinstance(a, Article) and dates.user_published(a.path)}
    if not redo:
        return items
    from parsing.pipeline import load_file

    fresh: list[Item] = []
    for path in sorted(redo):
        fresh.extend(load_file(path, None, dates.user_published))
    keep = [i for i in items if not (isinstance(i, Article) and source_file(i.path) in redo)]
    return keep + fresh


def load_files(files: list[str], published: date | None, loader: Loader | None, dates: UserDates | None,
               post: Callable[[Message], object], stopped: Callable[[], bool], total: int) -> None:
    """Post :class:`StoreOpened`, then one :class:`Loaded` per step (``total`` counts URLs too)."""
    if loader is not None:
        _by_loader(loader, files, published, post, stopped)
        return
    opened = open_store()
    post(StoreOpened(opened.store, opened.notice))
    writer: Store = opened.store.sibling()  # the writer's own connection (the same store in memory)
    ingest = Ingest(writer, published)
    for step in ingest.run(files):
        if stopped():
            break
        if ingest.store is not writer:  # writing failed: the rest lives in memory
            writer = ingest.store
            post(StoreOpened(writer, None))
        # read back here, never on the UI thread, and posted in pieces: the first article is on
        # screen before a warm library of thousands has been read
        for at in range(0, max(1, len(step.articles)), PIECE):
            read = (writer.article(a.key) for a in step.articles[at:at + PIECE])
            articles: list[Item] = [a for a in read if a is not None]
            last = at + PIECE >= len(step.articles)
            items = _with_user_dates(articles, dates) + (list(step.errors) if last else [])
            progress = "" if step.finished and last else step.describe()
            post(Loaded(items, step.done, total, progress, step.notice if last else None))
    if writer is not opened.store:
        writer.close()
    opened.store.set_scope(ingest.scope)

