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
    """Files named, and the known-format files under directories named (recursive, sorted).

    A folder's manifest named among the files (``dateline parse folder/*``) is no article: skipped."""
    for p in paths:
        if p != "-" and os.path.basename(p) == MANIFEST_NAME and os.path.isfile(p):
            continue
        if p != "-" and os.path.isdir(p):
            found = sorted(
                str(f) for f in Path(p).rglob("*")
                if f.is_file() and f.suffix.lower() in KNOWN_EXTENSIONS
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            yield from found
        else:
            yield p
