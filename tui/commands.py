"""Command palette: every action bound to a key in the reader, found from the bindings themselves."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode


def _bindings(node: DOMNode) -> Iterator[Binding]:
    """The Binding objects declared on ``node``'s class and its bases (our own modules only)."""
    seen: set[str] = set()
    for cls in type(node).__mro__:
        if not cls.__module__.startswith("tui."):
            continue
        for item in vars(cls).get("BINDINGS", ()):
            if isinstance(item, Binding) and item.description and item.action not in seen:
                seen.add(item.action)
                yield item


class ReaderCommands(Provider):
    """Lists "Next quote  ]" and the like; choosing one runs the action where it is bound."""

    def _entries(self) -> Iterator[tuple[str, str, DOMNode, Binding]]:
        nodes: list[DOMNode] = [self.app, *self.screen.query("*")]
        for node in nodes:
            pane = getattr(node, "HELP_NAME", None)
            for binding in _bindings(node):
                title = f"{pane}: {binding.description}" if isinstance(pane, str) else binding.description
                keys = self.app.get_key_display(binding)
                more = f"{binding.tooltip} · " if binding.tooltip else ""
                yield title, f"{more}key: {keys}", node, binding

    async def _run(self, node: DOMNode, action: str) -> None:
        await self.app.run_action(action, node)

    async def discover(self) -> Hits:
        for title, about, node, binding in self._entries():
            yield DiscoveryHit(title, partial(self._run, node, binding.action), help=about)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, about, node, binding in self._entries():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, node, binding.action),
                          help=about)
