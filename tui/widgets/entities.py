"""The entities pane: people, organisations and places of the article or the whole library.

A virtual list (only the rows on screen are drawn). For the open article the rows come from its
model; for the whole library from the store: while a library loads, each batch's totals by name are
added in place (a row moves to its new place by bisection); once it has settled, names that are one
identity across articles (``parsing.crossref``: "Blinken" and "Antony Blinken") are one row, gathered
in a worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Static

from parsing.model import Article
from parsing.store import ArticleSummary, Store, StoreError
from tui.messages import EntityChosen, EntityHighlighted
from tui.sanitize import sanitize_line
from tui.state import Library, Opened, article_label

from .columns import Column
from .entity_rows import EntityRow, Listed, by_identity, gather
from .rows import RowList
from .side import SidePane

TYPE_LABEL = {"PERSON": "person", "ORG": "org", "PLACE": "place", "OTHER": "other"}
SAID = 20  # quotes shown under the list
SMALL = 500  # a library this small has its identities gathered at once, larger ones in a worker


class EntityTable(RowList):
    """The entity list; moving highlights mentions in the article, Enter filters the timeline."""

    HELP_NAME = "Entities"
    HELP_ENTER = "Filter timeline"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("e", "toggle_scope", "Scope",
                                                              tooltip="this article or all articles",
                                                              show=False)]  # see tui.widgets.footer
    COLUMNS: ClassVar[list[Column]] = [("Name", "name", 0), ("Ment", "m", 4), ("Qts", "q", 3),
                                       ("Arts", "arts", 4), ("Type", "type", 6), ("Roles", "roles", 18)]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.listed = Listed()

    def row_cells(self, key: str) -> dict[str, Text]:
        row = self.listed.rows.get(key)
        if row is None:
            return {}
        return {"name": Text(sanitize_line(row.key.name)), "type": Text(TYPE_LABEL.get(row.key.type, "?")),
                "m": Text(str(row.mentions), justify="right"), "q": Text(str(row.said), justify="right"),
                "arts": Text(str(row.articles), justify="right"),
                "roles": Text(sanitize_line(", ".join(sorted(row.roles))), style="dim")}

    def action_toggle_scope(self) -> None:
        """Show the entities of this article, or of every article loaded."""
        self.post_message(ScopeToggled())


@dataclass
class ScopeToggled(Message):
    """The user asked for the other scope (this article / all articles)."""


class EntitiesPane(SidePane):
    """The entity list and, below it, what the highlighted entity said."""

    def __init__(self, opened: Opened, library: Library, *, id: str | None = None) -> None:
        super().__init__("Entities · this article", id=id)
        self.library_scope = False
        self.opened = opened
        self.library = library
        self._listed_for: tuple[int, int] | None = None  # the library's stamp when last gathered

    def compose(self) -> ComposeResult:
        yield EntityTable(id="entity-table")
        yield Static(id="entity-said")

    def on_mount(self) -> None:
        self.opened.watch(self._opened)

    def _opened(self, _before: Article | None, _now: Article | None) -> None:
        if not self.library_scope:
            self.refill()

    @property
    def table(self) -> EntityTable:
        return self.query_one(EntityTable)

    @property
    def rows(self) -> list[EntityRow]:
        """The rows in the order shown."""
        listed = self.table.listed
        return [listed.rows[k] for k in listed.keys]

    @property
    def store(self) -> Store | None:
        return self.library.store

    def on_scope_toggled(self, event: ScopeToggled) -> None:
        event.stop()
        self.library_scope = not self.library_scope
        self.refill()

    def take(self, articles: Sequence[ArticleSummary], settled: bool = True) -> None:
        """Articles were added: in the all-articles scope their totals are added to the rows while
        loading; once settled, the rows are gathered again with names joined into identities (only
        if the library changed since they last were)."""
        if not self.library_scope:
            return
        if settled:
            if self._listed_for != self.library.stamp():
                self.refill()
            return
        if articles and self.store is not None:
            try:
                totals = self.store.entity_rows([a.key for a in articles])
            except StoreError:
                totals = []
            listed = self.table.listed
            for total in totals:
                listed.add(total)
            self.table.invalidate()
            self.table.keys_changed()
            self._subtitle()

    def reload(self) -> None:
        """The library changed other than by growing."""
        if not self.library_scope or self._listed_for != self.library.stamp():
            self.refill()

    def refill(self) -> None:
        self.set_title("Entities · " + ("all articles" if self.library_scope else "this article"))
        if self.library_scope:
            self._listed_for = self.library.stamp()
            if len(self.library.articles) <= SMALL:  # at once: reading them all costs little
                self._gathered_rows(self._library_rows())
            else:
                self._show(Listed())
                self._gather()
            return
        article = self.opened.article
        self._show(Listed(gather([article] if article else [])))

    def _library_rows(self) -> list[EntityRow]:
        """Every entity of the library, one row an identity."""
        store = self.store
        if store is None:
            return []
        try:
            return by_identity(store.entity_rows(), self.library.identities())
        except StoreError:
            return []

    @work(thread=True, exclusive=True, group="entities")
    def _gather(self) -> None:
        """The library's rows off the UI thread (it reads every entity)."""
        rows = self._library_rows()
        self.app.call_from_thread(self._gathered_rows, rows)

    def _gathered_rows(self, rows: list[EntityRow]) -> None:
        if self.library_scope:
            self._show(Listed(rows))

    def _show(self, listed: Listed) -> None:
        table = self.table
        table.listed = listed
        table.set_keys(listed.keys)
        self._subtitle()
        self._show_said(self.current)

    def _subtitle(self) -> None:
        self.border_subtitle = str(len(self.table.listed.keys))

    @property
    def current(self) -> EntityRow | None:
        key = self.table.cursor_key
        return self.table.listed.rows.get(key) if key is not None else None

    def _said(self, row: EntityRow) -> list[tuple[str, str]]:
        """(quote, article label) of what the entity said, at most ``SAID``."""
        if not self.library_scope:
            return [(q.text, label) for label, q in row.quotes[:SAID]]
        if self.store is None or not row.said:
            return []
        found: list[tuple[str, str]] = []
        for name in row.names or (row.key.name,):
            try:
                found += [(text, article_label(a)) for a, text in self.store.entity_quotes(name, SAID)]
            except StoreError:
                break
        return found[:SAID]

    def _show_said(self, row: EntityRow | None) -> None:
        said = self.query_one("#entity-said", Static)
        quotes = self._said(row) if row is not None else []
        if not quotes:
            said.update(Text("No quotes attributed." if row else "", style="dim"))
            return
        text = Text()
        for quote, label in quotes:
            text.append(sanitize_line(quote), style="italic")
            if self.library_scope:
                text.append(" — " + sanitize_line(label), style="dim")
            text.append("\n")
        said.update(text)

    def on_row_list_highlighted(self, event: RowList.Highlighted) -> None:
        event.stop()
        self._show_said(self.current)
        if self.table.has_focus:
            self._announce()

    def on_descendant_focus(self) -> None:
        self._announce()

    def _announce(self) -> None:
        """Tell the app the user is on this entity (only while the table has focus)."""
        row = self.current
        if row is not None:
            self.post_message(EntityHighlighted(row.key.name, row.key.type, frozenset(row.members)))

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        event.stop()
        row = self.current
        if row is not None:
            self.post_message(EntityChosen(row.key.name, row.key.type))
