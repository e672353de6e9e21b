"""Make hostile article text safe to put on a terminal, without moving any character.

Article text is kept verbatim by the parser and may hold escape sequences (``ESC [2J``, OSC 52
clipboard writes), other control characters, bidirectional overrides that reorder what is shown,
and lone surrogates that cannot be encoded. :func:`sanitize` replaces each such character with one
visible placeholder, so the result has exactly the same length and every model offset
(``Quote.start``, ``Mention.end``…) still indexes into it.

Rich markup needs no escaping here: the reader never builds markup from article text. Use
:func:`safe_text` to turn article text into a renderable, :func:`safe_line` for a one-line label,
and :func:`sanitize_line` where a plain ``str`` is needed. Textual parses a plain ``str`` as markup
in ``border_title``/``border_subtitle``, ``Static``/``Label`` content and ``notify`` (unless
``markup=False``): text such as ``[/]`` or ``[link=…`` there raises ``MarkupError`` and stops the
app, so give those places a ``Text`` from these functions (``notify`` takes ``markup=False``).

Replacements:

* C0 controls other than ``\\n`` and ``\\t`` -> the Unicode "control picture" (``ESC`` -> ``␛``,
  ``CR`` -> ``␍``, ``NUL`` -> ``␀``); ``DEL`` -> ``␡``; ``\\t`` -> a space (no tab stops to
  expand, so the column count is stable).
* C1 controls (U+0080-U+009F), bidirectional controls, interlinear annotation marks, deprecated
  format controls, Unicode tag characters and lone surrogates -> ``�`` (U+FFFD).
* LINE SEPARATOR and PARAGRAPH SEPARATOR (U+2028/U+2029) -> a space: they break lines for
  ``str.splitlines`` but not for the terminal, so they would desynchronise line counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.text import Text

__all__ = ["REPLACEMENT", "UNSAFE_RANGES", "safe_line", "safe_text", "sanitize", "sanitize_line"]

REPLACEMENT = "\ufffd"

# Inclusive code-point ranges of characters that never reach the screen as themselves.
UNSAFE_RANGES: tuple[tuple[int, int], ...] = (
    (0x00, 0x08),  # C0 before TAB
    (0x09, 0x09),  # TAB (becomes a space)
    (0x0B, 0x1F),  # C0 after LF, including ESC
    (0x7F, 0x9F),  # DEL and the C1 controls (CSI, OSC, NEL…)
    (0x061C, 0x061C),  # ARABIC LETTER MARK
    (0x200E, 0x200F),  # LRM, RLM
    (0x2028, 0x2029),  # LINE / PARAGRAPH SEPARATOR (become spaces)
    (0x202A, 0x202E),  # LRE, RLE, PDF, LRO, RLO
    (0x2066, 0x2069),  # LRI, RLI, FSI, PDI
    (0x206A, 0x206F),  # deprecated format controls (symmetric swapping, shaping)
    (0xD800, 0xDFFF),  # lone surrogates (e.g. from surrogateescape decoding)
    (0xFFF9, 0xFFFB),  # interlinear annotation anchors: can hide text
    (0xE0000, 0xE007F),  # tag characters: invisible "ASCII smuggling"
)


def _placeholder(cp: int) -> str:
    if cp in (0x09, 0x2028, 0x2029):
        return " "
    if cp < 0x20:
        return chr(0x2400 + cp)  # SYMBOL FOR NULL … SYMBOL FOR UNIT SEPARATOR
    if cp == 0x7F:
        return "\u2421"  # SYMBOL FOR DELETE
    return REPLACEMENT


def _code_points(ranges: Iterable[tuple[int, int]]) -> Iterable[int]:
    for lo, hi in ranges:
        yield from range(lo, hi + 1)


_TABLE: dict[int, str] = {cp: _placeholder(cp) for cp in _code_points(UNSAFE_RANGES)}
_UNSAFE_RE = re.compile(
    "[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in UNSAFE_RANGES) + "]"
)


def _replace(match: re.Match[str]) -> str:
    return _TABLE[ord(match.group())]


def sanitize(text: str) -> str:
    """``text`` with every unsafe character replaced one-for-one; ``len`` is unchanged."""
    # str.translate is fast only on ASCII; elsewhere a regex visits just the unsafe characters.
    if text.isascii():
        return text.translate(_TABLE)
    return _UNSAFE_RE.sub(_replace, text)


def sanitize_line(text: str) -> str:
    """:func:`sanitize` for a one-line label: newlines become spaces too (length unchanged)."""
    return sanitize(text).replace("\n", " ")


def safe_text(text: str, style: str = "") -> Text:
    """The one way to make a renderable from article text: sanitised, never parsed as markup."""
    return Text(sanitize(text), style=style)


def safe_line(text: str, style: str = "") -> Text:
    """:func:`safe_text` for one-line labels (newlines become spaces); safe as a border title."""
    return Text(sanitize_line(text), style=style)
