"""Readers: one module a format. Each turns decoded text into one or more ``Document``s.

``read_path`` dispatches by extension and, where that says nothing, by sniffing the content.
"""

from __future__ import annotations

from .dispatch import KNOWN_EXTENSIONS, ReadError, read_bytes, read_path

__all__ = ["KNOWN_EXTENSIONS", "ReadError", "read_bytes", "read_path"]
