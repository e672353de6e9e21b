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
    Binding("j,down", "lines(1)", "Down", show=False),
    Binding("k,up", "lines(-1)", "Up", show=False),
    Binding("g,home", "lines(-1_000_000_000)", "Top", show=False),
    Binding("G,end", "lines(1_000_000_000)", "Bottom", show=False),
    Binding("pagedown,space,ctrl+f", "pages(1)", "Page down", show=False),
    Binding("pageup,ctrl+b", "pages(-1)", "Page up", show=False),
    Binding("ctrl+d", "half_pages(1)", "Half a page down", show=False),
    Binding("ctrl+u", "half_pages(-1)", "Half a page up", show=False),
]
"""For scrolling text panes (they implement ``action_lines``, ``action_pages`` and ``action_half_pages``,
unanimated); ^f/^b/^d/^u as in vi and less."""
