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
from textual.widgets import Static

Section = tuple[str, list[tuple[str, str]]]


def _place(node: DOMNode) -> str:
    name = getattr(node, "HELP_NAME", None)
    if isinstance(name, str):
        return name
    if node is node.app:
        return "Everywhere"
    return "Between panes" if isinstance(node, Screen) else type(node).__name__


def help_sections(active: Iterable[ActiveBinding], display: Callable[[Binding], str]) -> list[Section]:
    """Bindings grouped by where they come from (the focused pane first), keys of one action joined."""
    grouped: dict[str, dict[str, list[str]]] = {}
    for ab in active:
        if not ab.binding.description:
            continue
        actions = grouped.setdefault(_place(ab.node), {})
        desc = ab.binding.description
        if ab.binding.tooltip:
            desc += f" ({ab.binding.tooltip})"
        keys = actions.setdefault(desc, [])
        shown = display(ab.binding)
        if shown not in keys:
            keys.append(shown)
    rank = {"Everywhere": 1, "Between panes": 2}
    order = sorted(grouped, key=lambda place: rank.get(place, 0))
    return [(place, [(", ".join(keys), desc) for desc, keys in grouped[place].items()]) for place in order]


def render_sections(sections: list[Section], columns: int) -> Group:
    """Each section as a heading over a grid of key / description pairs, ``columns`` pairs a row."""
    parts: list[RenderableType] = []
    for place, rows in sections:
        parts.append(Text(place, style="bold underline"))
        grid = Table.grid(padding=(0, 1))
        for _ in range(columns):
            grid.add_column(justify="right", style="bold", no_wrap=True)
            grid.add_column(no_wrap=True, overflow="ellipsis")
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

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark,f1", "dismiss", "Close help")]
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
        scroll = VerticalScroll()
        scroll.border_title = "Keys · Esc closes"
        with scroll:
            columns = 2 if self.app.size.width >= 80 else 1
            yield Static(render_sections(self.sections, columns), id="help-text")
