"""Columns of the list panes: a label, a key and a width, one of them taking the spare width.

Shared by the virtual row lists (``rows.py``) and the DataTable panes of the prompts (``table.py``);
kept apart so that the reader's first frame does not import Textual's DataTable.
"""

from __future__ import annotations

Column = tuple[str, str, int]  # label, key, width (0 = takes the spare width)
FLEX_MIN = 24


def fit_columns(columns: list[Column], width: int, flex_min: int = FLEX_MIN) -> list[Column]:
    """The columns shown at ``width``, each with its width: the flexible one takes the spare width;
    when it would be narrower than ``flex_min`` the rightmost fixed columns after the first go."""
    shown = list(columns)
    while True:
        spare = width - sum(w + 2 for _, _, w in shown if w) - 3
        droppable = [c for c in shown[1:] if c[2]]
        if spare >= flex_min or not droppable:
            break
        shown.remove(droppable[-1])
    return [(label, key, w or max(8, spare)) for label, key, w in shown]
