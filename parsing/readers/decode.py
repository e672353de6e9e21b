"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, a legacy single-byte fallback."""

from __future__ import annotations

import codecs


class DecodeError(ValueError):
    """The bytes are not text."""


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Return the text with CRLF/CR normalised to LF, and any warnings."""
    warnings: tuple[str, ...] = ()
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        if b"\x00" in data[:4096]:
            raise DecodeError("binary file (NUL bytes), not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            warnings = ("not valid UTF-8; decoded as Windows-1252",)
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings
