"""Export files: a proposed name, and a write that never replaces a file that is there."""

from __future__ import annotations

import re
from pathlib import Path

_UNSAFE = re.compile(r"[^\w.-]+")
FORMAT_OF = {".csv": "csv", ".ics": "ics", ".md": "markdown", ".txt": "text"}


def slug(text: str, limit: int = 40) -> str:
    """``Timeline · Nov 2021`` -> ``timeline-nov-2021``: safe in any file system."""
    flat = _UNSAFE.sub("-", text.casefold()).strip("-.")
    return flat[:limit].rstrip("-.") or "export"


def free_name(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``… the first that does not exist."""
    n = 2
    candidate = path
    while candidate.exists() or candidate.is_symlink():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def write_new(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` or, when something is there (now or by the time it opens), to the next
    free name; returns where it went. Raises ``OSError`` when the folder cannot be written."""
    target = free_name(path)
    for _ in range(100):
        try:
            with target.open("x", encoding="utf-8", newline="") as fh:  # exclusive: never replaces
                fh.write(text)
            return target
        except FileExistsError:
            target = free_name(target)
    raise OSError(f"no free file name beside {path}")
