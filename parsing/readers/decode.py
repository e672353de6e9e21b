"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, a legacy single-byte fallback.

Line ends are normalised to ``\\n``. Binary data (NUL bytes, or mostly control bytes) is refused.
The one policy for characters that are not text: a lone surrogate (what an escape such as
``\\ud800`` or ``&#xD800;`` decodes to) cannot be written out, and a non-character (U+FFFE,
U+FDD0…) is not meant for interchange; ``clean_document`` replaces both by U+FFFD in every text
field of a document and says so in a warning, so nothing after the readers ever sees them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace

from ..model import Document

SAMPLE = 8192
# Control characters other than tab, LF, VT, FF, CR and ESC (escape sequences may be in hostile text).
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.05
_MAX_REPLACEMENT_SHARE = 0.10
_MIN_UTF16_CHARS = 8
_UTF16_SHARE = 0.7


_NOT_TEXT = re.compile(
    r"[\ud800-\udfff\ufdd0-\ufdef" + "".join(rf"\U{p:04x}fffe\U{p:04x}ffff" for p in range(17)) + "]"
)
# What may be one of them: a quick first look (the full class is slow on any text beyond ASCII).
_MAYBE = re.compile(r"[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]")
REPLACEMENT = "\ufffd"


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
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            text = data.decode(utf16, errors="replace")
        elif looks_binary(data):
            raise DecodeError("binary file, not text")
        else:
            text, warnings = _utf8(data)
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte of the start is NUL (ASCII-range UTF-16 text)."""
    sample = data[:SAMPLE - SAMPLE % 2]
    half = len(sample) // 2
    if half < _MIN_UTF16_CHARS or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= _UTF16_SHARE * half and even == 0:
        return "utf-16-le"
    if even >= _UTF16_SHARE * half and odd == 0:
        return "utf-16-be"
    return None


def _utf8(data: bytes) -> tuple[str, tuple[str, ...]]:
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        where = exc.start
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > _MAX_REPLACEMENT_SHARE * max(len(text), 1):
        raise DecodeError("binary file, not text")
    return text, (f"not valid UTF-8 (byte {where}); decoded as Windows-1252",)


def clean(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates and non-characters replaced by U+FFFD, and how many there were.

    One character for one, so offsets into the text stay valid."""
    if _MAYBE.search(text) is None or _NOT_TEXT.search(text) is None:
        return text, 0
    return _NOT_TEXT.subn(REPLACEMENT, text)


def _clean_all(values: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    pairs = [clean(v) for v in values]
    return tuple(v for v, _ in pairs), sum(n for _, n in pairs)


def clean_document(doc: Document) -> Document:
    """``doc`` with every text field cleaned (see ``clean``) and a warning naming the fields."""
    changes: dict[str, object] = {}
    where: list[str] = []
    count = 0
    for name, label in (("body", "text"), ("title", "title"), ("source", "source"), ("url", "URL")):
        value = getattr(doc, name)
        if value is not None:
            fixed, n = clean(value)
            if n:
                changes[name], count = fixed, count + n
                where.append(label)
    for name, label in (("byline", "byline"), ("captions", "captions"), ("tags", "tags"),
                        ("warnings", "warnings")):
        fixed_all, n = _clean_all(getattr(doc, name))
        if n:
            changes[name], count = fixed_all, count + n
            where.append(label)
    if not count:
        return doc
    noun = "character" if count == 1 else "characters"
    note = (f"{count} {noun} that cannot be text (a lone surrogate or a non-character) replaced by "
            f"U+FFFD in the {', '.join(where)}")
    warnings = changes.get("warnings", doc.warnings)
    assert isinstance(warnings, tuple)
    changes["warnings"] = (*warnings, note)
    return replace(doc, **changes)  # type: ignore[arg-type]
