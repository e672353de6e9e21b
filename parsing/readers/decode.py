"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, a legacy single-byte fallback.

Line ends are normalised to ``\\n``. Binary data (NUL bytes, or mostly control bytes) is refused.
"""

from __future__ import annotations

import codecs
import re

SAMPLE = 8192
# Control characters other than tab, LF, VT, FF, CR and ESC (escape sequences may be in hostile text).
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.05
_MAX_REPLACEMENT_SHARE = 0.10


class DecodeError(ValueError):
    """The bytes are not text."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than a few control bytes, in the first 8 KB."""
    sample = data[:SAMPLE]
    if b"\x00" in sample:
        return True
    return len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * max(len(sample), 1)


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Return the text with CRLF/CR normalised to LF, and any warnings."""
    warnings: tuple[str, ...] = ()
    if data.startswith(codecs.BOM_UTF8):
        text, warnings = _utf8(data[len(codecs.BOM_UTF8):])
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
        if text.count("\ufffd") > _MAX_REPLACEMENT_SHARE * max(len(text), 1):
            raise DecodeError("binary file, not text (invalid UTF-16)")
    else:
        if looks_binary(data):
            raise DecodeError("binary file, not text")
        text, warnings = _utf8(data)
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


def _utf8(data: bytes) -> tuple[str, tuple[str, ...]]:
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        where = exc.start
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > _MAX_REPLACEMENT_SHARE * max(len(text), 1):
        raise DecodeError("binary file, not text")
    return text, (f"not valid UTF-8 (byte {where}); decoded as Windows-1252",)
