"""Where the panes go by terminal width, and which side pane shows when there is room for one only.

Wide (>= 160): library | article | entities over timeline. Medium: library over article beside the
side column. Narrow (< 100): stacked, and entities and timeline share one strip at the bottom: the
screen class ``-side-timeline`` shows the timeline there instead of the entities.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widget import Widget

from tui.widgets.side import SidePane

NARROW, WIDE = 100, 160
PANES = {"library": "#library", "article": "#article", "entities": "#entity-table",
         "timeline": "#timeline-table"}
"""Pane name -> the widget that takes the focus; also the Tab order."""
SIDE = ("entities", "timeline")


def fit(screen: Screen[object], width: int) -> None:
    """Set the layout classes for ``width`` and the side panes' hints."""
    screen.set_class(width < NARROW, "-narrow")
    screen.set_class(NARROW <= width < WIDE, "-medium")
    _label_side(screen)


def single_side(screen: Screen[object]) -> bool:
    """Whether entities and timeline take turns (narrow layout)."""
    return screen.has_class("-narrow")


def shown_side(screen: Screen[object]) -> str:
    return "timeline" if screen.has_class("-side-timeline") else "entities"


def show_side(screen: Screen[object], name: str) -> None:
    """In the narrow layout, show ``name`` (entities or timeline) in the bottom strip."""
    if shown_side(screen) != name:
        screen.set_class(name == "timeline", "-side-timeline")
        _label_side(screen)


def _label_side(screen: Screen[object]) -> None:
    single = single_side(screen)
    for name, other in zip(SIDE, reversed(SIDE), strict=True):
        for pane in screen.query(f"#{name}").results(SidePane):  # none before they are mounted
            pane.hint = f"o: {other}" if single else ""


def pane_of(widget: Widget | None) -> str | None:
    """The name of the pane ``widget`` takes the focus for (None for anything else)."""
    return next((name for name, sel in PANES.items() if widget is not None and sel == f"#{widget.id}"), None)


def toggle(screen: Screen[object], name: str) -> None:
    """Hide pane ``name`` (library, entities or timeline), or show it again; when entities and
    timeline share one strip, the strip goes (the article gets its rows)."""
    shared = name in SIDE and single_side(screen)
    screen.query_one("#side" if shared else f"#{name}").toggle_class("-hidden")
    if name in SIDE and not shared:  # both side panes hidden: the column goes, the article takes its room
        empty = all(screen.query_one(f"#{n}").has_class("-hidden") for n in SIDE)
        screen.query_one("#side").set_class(empty, "-hidden")


def reveal(screen: Screen[object], name: str) -> Widget:
    """Make pane ``name`` visible (unhide it and its containers; pick it in the narrow strip)."""
    widget = screen.query_one(PANES[name])
    for node in (widget, *widget.ancestors):
        node.remove_class("-hidden")
    if name in SIDE and single_side(screen):  # a class on the screen restyles every widget: only
        show_side(screen, name)               # where it matters (the narrow strip), and if it changes
    return widget
