"""Which files are articles: the known extensions, and directories expanded to the files in them.

Kept apart from the readers so that the reader app can check its paths before the parser loads.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .manifest import MANIFEST_NAME

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
KNOWN_EXTENSIONS = frozenset(EXTENSIONS)


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files named, and the known-format files under directories named (recursive, sorted; hidden
    files and folders and links to folders are passed over).

    A folder's manifest named among the files (``dateline parse folder/*``) is no article: skipped."""
    for p in paths:
        yield from sorted(_found(p))


def has_articles(path: str) -> bool:
    """Whether ``expand([path])`` gives anything, known at the first article file found: the reader
    checks its paths before its window opens (a folder of 10,000 files listed whole: 20 ms)."""
    return any(True for _ in _found(path))


def _found(p: str) -> Iterator[str]:
    """``expand([p])`` in the order the files are found."""
    if p != "-" and os.path.basename(p) == MANIFEST_NAME and os.path.isfile(p):
        return
    if p != "-" and os.path.isdir(p):
        yield from _walk(str(Path(p)))
    else:
        yield p


def _walk(folder: str) -> Iterator[str]:
    """The article files under ``folder``, named as ``Path(folder) / name`` names them. One
    ``scandir`` a folder: the entries' types come with the listing, so a file costs no ``stat``."""
    prefix = "" if folder == "." else folder.rstrip(os.sep) + os.sep
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(prefix + entry.name)
            elif os.path.splitext(entry.name)[1].lower() in KNOWN_EXTENSIONS and entry.is_file():
                yield prefix + entry.name
        except OSError:
            continue
