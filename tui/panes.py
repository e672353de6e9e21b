"""Pane keys: go to, hide, zoom and resize panes, Tab through all four, swap the narrow side strip."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widget import Widget

from tui import layout
from tui.actions import ReaderActions
from tui.layout import PANES, SIDE


class PaneActions(ReaderActions):
    """The reader's pane keys (after its reading keys); every pane stays reachable however small the
    terminal."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "other_side", "Entities/timeline", show=False,
                tooltip="switch between the two side panes"),
        Binding("z", "maximize", "Zoom pane", show=False),
        Binding("L", "toggle_pane('library')", "Show/hide library", show=False),
        Binding("E", "toggle_pane('entities')", "Show/hide entities", show=False),
        Binding("T", "toggle_pane('timeline')", "Show/hide timeline", show=False),
        Binding("plus", "resize(4)", "Widen pane", show=False),
        Binding("minus", "resize(-4)", "Narrow pane", show=False),
        *(Binding(str(n), f"focus_pane('{name}')", f"Go to {name}", show=False)
          for n, name in enumerate(PANES, 1)),
    ]

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands less its own Maximize/Minimize: the palette offers Zoom pane (z),
        which also zooms the side panes, and listing both read as two different things."""
        return [c for c in super().get_system_commands(screen) if c.title not in ("Maximize", "Minimize")]

    def action_maximize(self) -> None:
        """Zoom the focused pane to the whole window, or restore."""
        if self.screen.maximized is not None:
            self.screen.minimize()
        elif self.focused is not None:
            pane = self.focused.parent if self.focused.id in ("entity-table", "timeline-table") else None
            if not self.screen.maximize(pane if isinstance(pane, Widget) else self.focused, container=False):
                self.fail("This cannot be zoomed")

    def action_toggle_pane(self, name: str) -> None:
        """Hide or show a pane."""
        layout.toggle(self.screen, name)

    def action_focus_pane(self, name: str) -> None:
        """Focus a pane (showing it if hidden)."""
        self.screen.set_focus(layout.reveal(self.screen, name))

    def action_other_side(self) -> None:
        """Show (narrow layout) or go to the other of entities and timeline."""
        here = layout.pane_of(self.focused)
        if here in SIDE:
            self.action_focus_pane(SIDE[1 - SIDE.index(here)])
        elif layout.single_side(self.screen):
            shown = layout.shown_side(self.screen)
            layout.show_side(self.screen, SIDE[1 - SIDE.index(shown)])
        else:
            self.action_focus_pane("entities")

    def _cycle(self, step: int) -> bool:
        """Tab through the four panes in order, showing a side pane the narrow layout keeps hidden."""
        here = layout.pane_of(self.focused)
        if here is None or len(self.screen_stack) > 1:
            return False
        names = list(PANES)
        for n in range(1, len(names)):
            name = names[(names.index(here) + n * step) % len(names)]
            if not self.query_one(f"#{name}").has_class("-hidden"):
                self.action_focus_pane(name)
                return True
        return False

    def action_focus_next(self) -> None:
        if not self._cycle(1):
            super().action_focus_next()

    def action_focus_previous(self) -> None:
        if not self._cycle(-1):
            super().action_focus_previous()

    def action_resize(self, delta: int) -> None:
        """Make the focused pane bigger or smaller: the library, the side column, or the article (by
        giving the side column's room to it or taking it back)."""
        here = layout.pane_of(self.focused)
        pane = self.query_one("#library" if here == "library" else "#side")
        if here == "article":
            delta = -delta
        screen = self.screen
        stacked = screen.has_class("-narrow") or (pane.id == "library" and screen.has_class("-medium"))
        if stacked:
            pane.styles.height = max(4, min(pane.outer_size.height + delta // 2, self.size.height - 8))
        else:
            pane.styles.width = max(16, min(pane.outer_size.width + delta, self.size.width - 30))
