"""Word wrapping that keeps exact character offsets (so a body offset maps to a screen line)."""

from __future__ import annotations

import re

from rich.cells import cell_len

_WORD = re.compile(r"\S+\s*|\s+")


def wrap_offsets(text: str, width: int) -> list[int]:
    """Offsets where each wrapped line starts (the first is always 0); words longer than a line fold."""
    width = max(1, width)
    starts = [0]
    col = 0
    for m in _WORD.finditer(text):
        word = m.group()
        visible = cell_len(word.rstrip())
        if col and col + visible > width:
            starts.append(m.start())
            col = 0
        if visible <= width:
            col += cell_len(word)
            continue
        for i, ch in enumerate(word):
            w = cell_len(ch)
            if col and col + w > width and not ch.isspace():
                starts.append(m.start() + i)
                col = 0
            col += w
    return starts


def line_of(starts: list[int], offset: int) -> int:
    """Index of the wrapped line holding ``offset``."""
    lo, hi = 0, len(starts)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid
    return lo
