"""Contextual help, generated from the bindings active where the user pressed ? (never a copy)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

Section = tuple[str, list[tuple[str, str]]]


def _place(node: DOMNode) -> str:
    name = getattr(node, "HELP_NAME", None)
    if isinstance(name, str):
        return name
    if node is node.app:
        return "Everywhere"
    return "Between panes" if isinstance(node, Screen) else type(node).__name__


def _ours(ab: ActiveBinding) -> bool:
    """Whether the binding is declared by the reader (not one Textual adds, like ctrl+q)."""
    def what(b: Binding) -> tuple[str, str, str]:  # a binding of several keys comes split per key
        return b.action, b.description, b.tooltip

    return any(isinstance(d, Binding) and what(d) == what(ab.binding)
               for cls in type(ab.node).__mro__ if cls.__module__.startswith("tui.")
               for d in vars(cls).get("BINDINGS", ()))


_SIDEWAYS = {"cursor_left", "cursor_right", "scroll_home", "scroll_end", "page_left", "page_right",
             "scroll_left", "scroll_right"}
"""What Textual's tables bind to move sideways: in a table of whole rows these only scroll across."""


def acts_here(ab: ActiveBinding) -> bool:
    """Whether the key does something where it is: a row table that fits its width does not scroll
    sideways, so its ←/→, Home/End and ^PgUp/^PgDn do nothing there."""
    node = ab.node
    if ab.binding.action not in _SIDEWAYS or not isinstance(node, DataTable):
        return True
    return not (node.cursor_type == "row" and node.max_scroll_x == 0)


def _description(ab: ActiveBinding) -> str:
    """What the key does, said where it is: Enter as the pane's ``HELP_ENTER`` ("Open article")."""
    desc = ab.binding.description
    enter = getattr(ab.node, "HELP_ENTER", None)
    if ab.binding.key == "enter" and isinstance(enter, str):
        desc = enter
    return f"{desc} ({ab.binding.tooltip})" if ab.binding.tooltip else desc


def help_sections(active: Iterable[ActiveBinding], display: Callable[[Binding], str]) -> list[Section]:
    """Bindings grouped by where they come from (the focused pane first), keys of one action joined
    under the reader's description of it (↓ and j both "Down"); the reader's own keys before those
    Textual adds; keys that do nothing where they are left out."""
    grouped: dict[str, dict[str, tuple[str, list[str]]]] = {}
    for ab in sorted(active, key=lambda ab: not _ours(ab)):
        if not ab.binding.description or not acts_here(ab):
            continue
        actions = grouped.setdefault(_place(ab.node), {})
        _, keys = actions.setdefault(ab.binding.action, (_description(ab), []))
        shown = display(ab.binding)
        if shown not in keys:
            keys.append(shown)
    rank = {"Everywhere": 1, "Between panes": 2}
    order = sorted(grouped, key=lambda place: rank.get(place, 0))
    return [(place, [(", ".join(keys), desc) for desc, keys in grouped[place].values()]) for place in order]


def render_sections(sections: list[Section], columns: int) -> Group:
    """Each section as a heading over a grid of key / description pairs, ``columns`` pairs a row."""
    parts: list[RenderableType] = []
    for place, rows in sections:
        parts.append(Text(place, style="bold underline"))
        grid = Table.grid(padding=(0, 1))
        widest = max((len(keys) for keys, _ in rows), default=1)
        for _ in range(columns):  # keys never squeezed; a long description wraps
            grid.add_column(justify="right", style="bold", no_wrap=True, min_width=widest)
            grid.add_column(ratio=1)
        per = -(-len(rows) // columns)
        for r in range(per):
            cells: list[RenderableType] = []
            for c in range(columns):
                keys, desc = rows[c * per + r] if c * per + r < len(rows) else ("", "")
                cells += [Text(keys), Text(desc + "  ")]
            grid.add_row(*cells)
        parts += [grid, Text("")]
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    """The keys that work where you are; any of Escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help"),
        Binding("j", "scroll('down')", "Down", show=False),
        Binding("k", "scroll('up')", "Up", show=False),
        Binding("space", "scroll('page_down')", "Page down", show=False),
        Binding("g", "scroll('home')", "Top", show=False),
        Binding("G", "scroll('end')", "Bottom", show=False),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 100; max-width: 95%; height: auto; max-height: 95%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, sections: list[Section]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        scroll = VerticalScroll(id="help-scroll")
        scroll.border_title = "Keys · Esc closes"
        scroll.border_subtitle = "j/k, space, g/G scroll"
        with scroll:
            columns = 2 if self.app.size.width >= 120 else 1
            yield Static(render_sections(self.sections, columns), id="help-text")

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()  # arrows and page keys scroll it too

    def action_scroll(self, how: str) -> None:
        scroll = self.query_one(VerticalScroll)
        {"down": scroll.scroll_down, "up": scroll.scroll_up, "page_down": scroll.scroll_page_down,
         "home": scroll.scroll_home, "end": scroll.scroll_end}[how](animate=False)
