"""Contextual help, generated from the bindings active where the user pressed ? (never a copy)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

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
        keys = actions.setdefault(ab.binding.description, [])
        shown = display(ab.binding)
        if shown not in keys:
            keys.append(shown)
    order = sorted(grouped, key=lambda place: place == "Everywhere")
    return [(place, [(", ".join(keys), desc) for desc, keys in grouped[place].items()]) for place in order]


def render_sections(sections: list[Section]) -> Text:
    text = Text()
    width = max((len(keys) for _, rows in sections for keys, _ in rows), default=4) + 2
    for place, rows in sections:
        text.append(f"{place}\n", style="bold underline")
        for keys, desc in rows:
            text.append(keys.rjust(width), style="bold")
            text.append(f"  {desc}\n")
        text.append("\n")
    return text


class HelpScreen(ModalScreen[None]):
    """The keys that work where you are; any of Escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark,f1", "dismiss", "Close help")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 72; max-width: 95%; height: auto; max-height: 90%;
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
            yield Static(render_sections(self.sections), id="help-text")
