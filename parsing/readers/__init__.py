"""Readers: one module a format. Each turns decoded text into one or more ``Document``s.

``read_path`` dispatches by extension and, where that says nothing, by sniffing the content. A file
holding several articles (a feed, a JSON array, JSON Lines) may yield a ``LoadError`` for an entry
that cannot be read while its other entries load.
"""

from __future__ import annotations

from .base import Entry, ReadError
from .dispatch import KNOWN_EXTENSIONS, read_bytes, read_path

__all__ = ["KNOWN_EXTENSIONS", "Entry", "ReadError", "read_bytes", "read_path"]
