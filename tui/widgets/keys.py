"""The movement keys every pane shares, so j/k, g/G and the page keys behave the same everywhere."""

from __future__ import annotations

from textual.binding import Binding, BindingType

LIST_KEYS: list[BindingType] = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    Binding("g", "scroll_top", "Top", show=False),
    Binding("G", "scroll_bottom", "Bottom", show=False),
]
"""For DataTable panes (arrows, PgUp/PgDn, Home/End come with the table)."""

SCROLL_KEYS: list[BindingType] = [
    Binding("j,down", "scroll_down", "Down", show=False),
    Binding("k,up", "scroll_up", "Up", show=False),
    Binding("g,home", "scroll_home", "Top", show=False),
    Binding("G,end", "scroll_end", "Bottom", show=False),
    Binding("pagedown,space", "page_down", "Page down", show=False),
    Binding("pageup", "page_up", "Page up", show=False),
]
"""For scrolling text panes."""
