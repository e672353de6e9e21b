"""Read panes out of a captured terminal screen: a bordered box by its title, a table column."""

from __future__ import annotations

import re

BLOCKS = "▁▂▃▄▅▆▇█▉▊▋▌▍▎▏▐"  # scrollbar glyphs


def words(text: str) -> str:
    return " ".join(text.split())


def box(screen: list[str], title: str) -> list[str] | None:
    """The content lines of the rounded box whose top border starts with ``title``, or None."""
    for i, line in enumerate(screen):
        left = line.find("╭─ " + title)
        if left < 0:
            continue
        right = line.find("╮", left)
        rows: list[str] = []
        for row in screen[i + 1:]:
            if row[left:left + 1] != "│":
                break
            rows.append(row[left + 1:right].rstrip(" │" + BLOCKS).removeprefix(" "))
        return rows
    return None


def box_text(screen: list[str], title: str) -> str:
    """A box's lines joined, whitespace collapsed (so wrapped text reads as one run)."""
    return words(" ".join(box(screen, title) or []))


def column(screen: list[str], header: str, beside: str) -> list[str]:
    """The cells under ``header`` in the table whose header line also holds ``beside``."""
    for i, line in enumerate(screen):
        if beside not in line or not re.search(rf"\b{re.escape(header)}\b", line):
            continue
        start = re.search(rf"\b{re.escape(header)}\b", line)
        assert start is not None
        col = start.start()
        end = line.find("│", col)
        cells: list[str] = []
        for row in screen[i + 1:]:
            cell = row[col:end if end >= 0 else None]
            if not cell.strip() or cell.lstrip()[:1] in "─╰":
                break
            cells.append(cell.rstrip(" " + BLOCKS))
        return cells
    return []


def shown_prefix(cell: str) -> str:
    """The words of a table cell that are surely whole (the last may be cut by the column)."""
    parts = cell.replace("…", " ").split()
    return " ".join(parts[:-1] if len(parts) > 1 else parts)
