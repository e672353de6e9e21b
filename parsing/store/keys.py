"""What a stored article is keyed by: the file, its folder's manifest, ``--published`` and the parser.

Any change to the file (size, modification time), to the manifest beside it, to the publication
date given on the command line or to dateline's own code and vocabularies makes a fresh parse.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path, PurePath

from ..manifest import MANIFEST_NAME

FORMAT = 2  # bump when what is stored for an article changes shape


@lru_cache(maxsize=1)
def code_signature() -> str:
    """Changes whenever any file of the parser (code or vocabulary) changes."""
    return tree_signature(Path(__file__).resolve().parent.parent)  # the ``parsing`` package


def tree_signature(root: Path) -> str:
    """The names, sizes and times of the ``.py``, ``.json`` and ``.txt`` files under ``root``, byte
    code folders left out, hashed in path order.

    The reader's first frame waits for it (the article read last is shown when its key still
    holds), so the tree is walked with ``os.walk`` rather than ``Path.rglob``, in half the time."""
    found: list[PurePath] = []
    for top, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        here = PurePath(top).relative_to(root)
        found.extend(here / name for name in files if name.endswith((".py", ".json", ".txt")))
    h = hashlib.sha1(str(FORMAT).encode())
    for rel in sorted(found):
        st = os.stat(root / rel)
        h.update(f"{rel}:{st.st_size}:{st.st_mtime_ns}\n".encode())
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
    return file_keys([path], published, user)[0]


def file_keys(paths: Sequence[str], published: date | None = None,
              user: UserDays | None = None) -> list[FileKey | None]:
    """:func:`file_key` of each path, a folder's real path and manifest looked up once for all its
    files: a file that is no link costs one ``lstat`` (10,000 files: a fifth of the system calls)."""
    folders: dict[str, tuple[str, int] | None] = {}
    signature = code_signature()
    iso = published.isoformat() if published else ""
    keys: list[FileKey | None] = []
    for path in paths:
        try:
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                real = os.path.realpath(path)
                st = os.stat(real)
                folder = _folder(os.path.dirname(real), folders)
            else:
                folder = _folder(os.path.dirname(path) or ".", folders)
                real = os.path.join(folder[0], os.path.basename(path)) if folder else ""
        except (OSError, ValueError):
            folder = None
        if folder is None:
            keys.append(None)
            continue
        mine = user_part(real, user) if user and published is None else ""
        keys.append(FileKey(real, st.st_size, st.st_mtime_ns, folder[1], iso, signature, mine))
    return keys


def _folder(name: str, seen: dict[str, tuple[str, int] | None]) -> tuple[str, int] | None:
    """(real path, manifest mtime or 0) of a folder, once per folder; None if it cannot be read."""
    if name not in seen:
        try:
            real = os.path.realpath(name)
            try:
                found = os.stat(os.path.join(real, MANIFEST_NAME))
                mst = found.st_mtime_ns if stat.S_ISREG(found.st_mode) else 0
            except (FileNotFoundError, NotADirectoryError):
                mst = 0
            seen[name] = (real, mst)
        except (OSError, ValueError):
            seen[name] = None
    return seen[name]
