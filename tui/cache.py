"""A cache of parsed articles for the reader, so that opening the same folder again is quick.

An entry is keyed by the file (real path, size, modification time), the folder's manifest, the
``--published`` date and a signature of the parser's own code and vocabularies, so any change to
the file or to dateline makes a fresh parse. It lives in the user's cache folder
(``DATELINE_CACHE_DIR`` overrides it; ``DATELINE_NO_CACHE=1`` turns it off). It only ever holds
dateline's own output: losing it costs a re-parse, nothing more. Files that failed are not cached.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from datetime import date
from pathlib import Path

from parsing.model import Article, LoadError
from parsing.store.keys import code_signature

ENV_DIR = "DATELINE_CACHE_DIR"
ENV_OFF = "DATELINE_NO_CACHE"


def cache_dir() -> Path:
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dateline"))


def _key(path: str, published: date | None) -> str | None:
    try:
        real = os.path.realpath(path)
        st = os.stat(real)
        manifest = Path(real).parent / "dateline.toml"
        mst = manifest.stat().st_mtime_ns if manifest.is_file() else 0
    except OSError:
        return None
    raw = f"{real}\0{st.st_size}\0{st.st_mtime_ns}\0{mst}\0{published}\0{code_signature()}"
    return hashlib.sha1(raw.encode()).hexdigest()


def _read(file: Path) -> list[Article | LoadError] | None:
    try:
        with file.open("rb") as fh:
            items = pickle.load(fh)
    except Exception:  # a damaged or foreign entry is a miss, never an error
        return None
    if isinstance(items, list) and all(isinstance(i, Article) for i in items):
        return items
    return None


def _write(file: Path, items: list[Article | LoadError]) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(items, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, file)
    except OSError:
        return  # a read-only or full disk only costs the next start a re-parse


def load_file_cached(path: str, published: date | None = None) -> list[Article | LoadError]:
    """``parsing.pipeline.load_file``, answered from the cache when the file has not changed.

    The pipeline (and its vocabularies) is only imported on a miss.
    """
    key = None if os.environ.get(ENV_OFF) else _key(path, published)
    file = cache_dir() / key[:2] / f"{key}.pickle" if key else None
    cached = _read(file) if file else None
    if cached is not None:
        return cached
    from parsing.pipeline import load_file

    items = load_file(path, published)
    if file is None:
        return items
    if items and not any(isinstance(i, LoadError) for i in items):
        _write(file, items)
    return items
