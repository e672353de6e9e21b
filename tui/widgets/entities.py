"""The entities pane: people, organisations and places of the article or the whole library."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from parsing.crossref import build, records
from parsing.model import Article, Entity, Quote
from tui.messages import EntityChosen, EntityHighlighted
from tui.sanitize import sanitize_line
from tui.state import EntityKey, Opened, article_label

from .side import SidePane
from .table import Column, PaneTable

GROWTH = 1.25  # while loading, the all-articles list is gathered again when there are this many times more
MAX_ROWS = 400  # the most mentioned; a long table costs time to build and nobody scrolls that far
TYPE_LABEL = {"PERSON": "person", "ORG": "org", "PLACE": "place", "OTHER": "other"}


@dataclass
class EntityRow:
    """One entity as listed (one identity across articles): totals over the articles in scope."""

    key: EntityKey
    roles: set[str] = field(default_factory=set)
    mentions: int = 0
    quotes: list[tuple[Article, Quote]] = field(default_factory=list)
    members: set[tuple[str, str]] = field(default_factory=set)  # (article id, entity id)

    @property
    def articles(self) -> int:
        return len({a for a, _ in self.members})


def said_by(article: Article, entity: Entity) -> list[Quote]:
    """The quotes attributed to ``entity`` in ``article``."""
    name = entity.name.casefold()
    return [q for q in article.quotes if q.speaker_entity == entity.id
            or (q.speaker_entity is None and q.speaker and q.speaker.casefold() == name)]


def gather(articles: Iterable[Article]) -> list[EntityRow]:
    """Entities of ``articles``, one row an identity across them (``parsing.crossref``: "Blinken" in
    one article is "Antony Blinken" of another), most mentioned first."""
    articles = list(articles)
    identities = build(records(articles))
    rows: dict[EntityKey, EntityRow] = {}
    for article in articles:
        for entity in article.entities:
            ident = identities.of(article.id, entity.id)
            key = EntityKey(ident.name, ident.type) if ident is not None else EntityKey.of(entity)
            row = rows.setdefault(key, EntityRow(key))
            row.members.add((article.id, entity.id))
            row.roles.update(entity.roles)
            row.mentions += len(entity.mentions)
            row.quotes.extend((article, q) for q in said_by(article, entity))
    return sorted(rows.values(), key=lambda r: (-r.mentions, -len(r.quotes), r.key.name))


class EntityTable(PaneTable):
    """The entity list; moving highlights mentions in the article, Enter filters the timeline."""

    HELP_NAME = "Entities"
    HELP_ENTER = "Filter timeline"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("e", "toggle_scope", "Scope",
                                                              tooltip="this article or all articles",
                                                              show=False)]  # see tui.widgets.footer
    COLUMNS: ClassVar[list[Column]] = [("Name", "name", 0), ("Ment", "m", 4), ("Qts", "q", 3),
                                       ("Arts", "arts", 4), ("Type", "type", 6), ("Roles", "roles", 18)]
    entity_rows: Sequence[EntityRow] = ()

    def fill(self) -> None:
        for i, row in enumerate(self.entity_rows):
            self.add_cells({"name": Text(sanitize_line(row.key.name)),
                            "type": Text(TYPE_LABEL.get(row.key.type, "?")),
                            "m": Text(str(row.mentions), justify="right"),
                            "q": Text(str(len(row.quotes)), justify="right"),
                            "arts": Text(str(row.articles), justify="right"),
                            "roles": Text(sanitize_line(", ".join(sorted(row.roles))), style="dim")}, str(i))

    def action_toggle_scope(self) -> None:
        """Show the entities of this article, or of every article loaded."""
        pane = self.parent
        if isinstance(pane, EntitiesPane):
            pane.library_scope = not pane.library_scope
            pane.refill()


class EntitiesPane(SidePane):
    """The entity table and, below it, what the highlighted entity said."""

    def __init__(self, opened: Opened, *, id: str | None = None) -> None:
        super().__init__("Entities · this article", id=id)
        self.library_scope = False
        self.opened = opened
        self.articles: list[Article] = []
        self.rows: list[EntityRow] = []
        self._taken: tuple[int, int | None, int] = (0, None, 0)  # (the list, its generation, its length)
        self._gathered: tuple[int, int | None, int] = self._taken  # what the list was last gathered from

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

    def set_articles(self, articles: list[Article], generation: int | None = None,
                     settled: bool = True) -> None:
        """The library (held, not copied). In the all-articles scope the list is gathered again when
        articles were added: at once when ``settled``, and while loading when the library has grown
        by a quarter since (an identity across articles can join names of any two of them, so the
        list is not added to row by row)."""
        self.articles = articles
        self._taken = (id(articles), generation, len(articles))
        stale = self._taken != self._gathered
        if self.library_scope and stale and (settled or len(articles) >= GROWTH * max(1, self._gathered[2])):
            self.refill()

    def refill(self) -> None:
        article = self.opened.article
        scope = self.articles if self.library_scope else ([article] if article else [])
        if self.library_scope:
            self._gathered = self._taken
        every = gather(scope)
        self.rows = every[:MAX_ROWS]
        table = self.table
        table.entity_rows = self.rows
        table.clear()
        table.fill()
        self.set_title("Entities · " + ("all articles" if self.library_scope else "this article"))
        n = len(self.rows)
        self.border_subtitle = f"{n}" if len(every) == n else f"top {n} of {len(every)}"
        self._show_said(self.rows[0] if self.rows else None)

    @property
    def current(self) -> EntityRow | None:
        table = self.table
        if not self.rows or not table.row_count:
            return None
        return self.rows[min(table.cursor_row, len(self.rows) - 1)]

    def _show_said(self, row: EntityRow | None) -> None:
        said = self.query_one("#entity-said", Static)
        if row is None or not row.quotes:
            said.update(Text("No quotes attributed." if row else "", style="dim"))
            return
        text = Text()
        for article, quote in row.quotes[:20]:
            text.append(sanitize_line(quote.text), style="italic")
            if self.library_scope:
                text.append(" — " + sanitize_line(article_label(article)), style="dim")
            text.append("\n")
        said.update(text)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
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

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        row = self.current
        if row is not None:
            self.post_message(EntityChosen(row.key.name, row.key.type))
