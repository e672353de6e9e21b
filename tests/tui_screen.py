"""What a Pilot-driven app shows, as plain text lines, read from its SVG screenshot (public API)."""

from __future__ import annotations

import html
import re

from rich.cells import cell_len
from textual.app import App

_TEXT = re.compile(r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="[\d.]+" '
                   r'clip-path="url\(#[\w-]+-line-(\d+)\)">([^<]*)</text>')
CELL = 12.2  # the SVG's width of one cell (Textual's screenshot geometry)


def screen_lines(app: App[object]) -> list[str]:
    """The screen, one string per row (cells placed by their x in the screenshot)."""
    width, height = app.size
    rows = [[" "] * width for _ in range(height)]
    for x, line, text in _TEXT.findall(app.export_screenshot()):
        col, row = round(float(x) / CELL), int(line)
        for ch in html.unescape(text).replace("\xa0", " "):
            if 0 <= row < height and 0 <= col < width:
                rows[row][col] = ch
            col += max(1, cell_len(ch))
    return ["".join(r).rstrip() for r in rows]
