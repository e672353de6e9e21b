"""Readers: one module a format. Each turns decoded text into one or more ``Document``s.

``read_path`` dispatches by extension and, where that says nothing, by sniffing the content. A file
holding several articles (a feed, a JSON array, JSON Lines) may yield a ``LoadError`` for an entry
that cannot be read while its other entries load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Entry, ReadError

if TYPE_CHECKING:
    from .dispatch import KNOWN_EXTENSIONS, read_bytes, read_path

__all__ = ["KNOWN_EXTENSIONS", "Entry", "ReadError", "read_bytes", "read_path"]
_DISPATCH = frozenset({"KNOWN_EXTENSIONS", "read_bytes", "read_path"})


def __getattr__(name: str) -> object:
    """The format readers are imported when first asked for: the reader app decodes stored articles
    (``decode.clean``) long before it parses one."""
    if name in _DISPATCH:
        from . import dispatch

        return getattr(dispatch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
