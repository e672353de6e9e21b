"""What a stored article is keyed by: the file, its folder's manifest, ``--published`` and the parser.

Any change to the file (size, modification time), to the manifest beside it, to the publication
date given on the command line or to dateline's own code and vocabularies makes a fresh parse.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

FORMAT = 2  # bump when what is stored for an article changes shape


@lru_cache(maxsize=1)
def code_signature() -> str:
    """Changes whenever any file of the parser (code or vocabulary) changes."""
    root = Path(__file__).resolve().parent.parent  # the ``parsing`` package
    h = hashlib.sha1(str(FORMAT).encode())
    for f in sorted(root.rglob("*")):
        if f.suffix in {".py", ".json", ".txt"} and "__pycache__" not in f.parts:
            st = f.stat()
            h.update(f"{f.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class FileKey:
    """One input file as it is now; two keys equal means its stored parse still holds."""

    real: str
    size: int
    mtime_ns: int
    manifest_mtime_ns: int
    published: str  # the ``--published`` date, ISO, or ""
    signature: str
    user: str = ""  # the publication dates the user gave this file's articles (:func:`user_part`)

    def digest(self) -> str:
        raw = (f"{self.real}\0{self.size}\0{self.mtime_ns}\0{self.manifest_mtime_ns}\0"
               f"{self.published}\0{self.signature}\0{self.user}")
        return hashlib.sha1(raw.encode()).hexdigest()


UserDays = Mapping[str, str]
"""The user's publication dates: an article's real path (``feed.rss#2`` an entry) -> ISO day."""


def user_part(real: str, days: UserDays) -> str:
    """What of ``days`` concerns the file ``real`` (its own path and its entries'), as one string."""
    if not days:
        return ""
    mine = sorted((p, d) for p, d in days.items() if p == real or p.startswith(real + "#"))
    return ";".join(f"{p}={d}" for p, d in mine)


def file_key(path: str, published: date | None = None, user: UserDays | None = None) -> FileKey | None:
    """The key of ``path`` now, or None when it cannot be read (it is then parsed, never stored).
    ``user``: the user's dates (ignored under ``published``, which wins over them)."""
    try:
        real = os.path.realpath(path)
        st = os.stat(real)
        manifest = Path(real).parent / "dateline.toml"
        mst = manifest.stat().st_mtime_ns if manifest.is_file() else 0
    except (OSError, ValueError):
        return None
    mine = user_part(real, user) if user and published is None else ""
    return FileKey(real, st.st_size, st.st_mtime_ns, mst, published.isoformat() if published else "",
                   code_signature(), mine)
