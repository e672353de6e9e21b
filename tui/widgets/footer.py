"""The footer, rebuilt only when the keys it shows change.

Textual's footer recomposes on every change of the active bindings, which is every change of focus:
its keys are removed and mounted again, and the screen is laid out and drawn whole. So the footer
shows the reader's keys only, the same in every pane (a pane's own keys, s/e/w, are in the help and
the palette), and is rebuilt only when what it shows changes (a prompt, a zoomed pane).
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer

Shown = tuple[tuple[str, str, bool], ...]


def shown_keys(screen: Screen[object]) -> Shown:
    """The keys the footer would show on ``screen``: key, description, enabled."""
    return tuple((binding.key, binding.description, enabled)
                 for _node, binding, enabled, _tip in screen.active_bindings.values() if binding.show)


class SteadyFooter(Footer):
    """A :class:`Footer` that skips rebuilding when the keys to show are the same as shown."""

    shown: Shown | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        keys = shown_keys(screen)
        if keys == self.shown and self.children:
            return
        self.shown = keys
        super().bindings_changed(screen)
