"""The reader app: composes the panes and routes messages between them (loading is in ``tui.flow``)."""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import date
from typing import ClassVar

from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.timer import Timer

from parsing.model import Article, Span
from parsing.store import ArticleSummary
from tui import layout
from tui.commands import ReaderCommands
from tui.config import Config, load_config, save_config
from tui.flow import LoadingFlow
from tui.loading import Loader
from tui.messages import EntityChosen, EntityHighlighted, Loaded, OpenArticle
from tui.pacing import Pacing, release_long_lived, set_aside_long_lived
from tui.reader import Reader
from tui.sanitize import safe_line
from tui.state import EntityKey, Library, Opened, Searches
from tui.widgets.article import ArticleView
from tui.widgets.footer import SteadyFooter
from tui.widgets.library import LibraryTable
from tui.widgets.status import StatusLine


class DatelineApp(LoadingFlow):
    """``DatelineApp(paths, published, config)``; ``loader`` parses one file (default: cached pipeline)."""

    CSS_PATH = "dateline.tcss"
    TITLE = "dateline"
    COMMANDS: ClassVar = App.COMMANDS | {ReaderCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("R", "rescan", "Rescan", show=False, tooltip="find files added, changed or removed"),
        Binding("F", "search_library", "Search library", show=False, tooltip="the text of every article"),
    ]

    def __init__(self, paths: list[str], published: date | None = None, config: Config | None = None,
                 loader: Loader | None = None) -> None:
        super().__init__()
        self.paths, self.published, self.loader = paths, published, loader
        self.config = config if config is not None else load_config()
        self.library = Library()
        self.opened = Opened()
        self.searches = Searches()  # per article, so a search is there again when you come back
        self.reader: Reader
        self._pending: Timer | None = None
        self._restored = False
        self._held: list[Loaded] = []  # loaded, not yet taken into the library and the panes
        self._fresh: list[ArticleSummary] = []  # added since the panes last took them in
        self.pacing = Pacing()  # while keys are pressed, what loads waits (tui.pacing)
        self.loading = False

    def compose(self) -> ComposeResult:
        layout.fit(self.screen, self.size.width)  # while the screen is empty: later, it restyles every widget
        with Horizontal(id="main"):
            with Vertical(id="reading"):
                yield LibraryTable(self.library, self.opened, sort=self.config.library_sort, id="library")
                view = ArticleView(id="article")
                self.reader = Reader(view, self.opened, self.context, self.searches)
                yield view
            yield Vertical(id="side")  # sized from the start; its panes come after the first frame
        yield StatusLine(id="status")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        if self.config.theme in self.available_themes:
            self.theme = self.config.theme
        if self.config.warning:
            self.notify(self.config.warning, title="Config", severity="warning", markup=False)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.query_one("#article").border_title = "Article"
        self.query_one(StatusLine).progress = "Loading…"
        layout.fit(self.screen, self.size.width)  # narrow: start reading, the library strip stays small
        start = self.reader.view if layout.single_side(self.screen) else self.query_one(LibraryTable)
        self.screen.set_focus(start)
        self.loading = True
        if self.loader is None:
            self._show_last_read()
        self.call_after_refresh(self._mount_side)

    async def _mount_side(self) -> None:
        """Mount the entities and the timeline after the first frame, which shows the article read
        last sooner without them (less to import, mount and draw); their column has its size from
        the start, so the article does not move. The library loads meanwhile."""
        from tui.widgets.entities import EntitiesPane
        from tui.widgets.timeline import TimelinePane

        self._load_articles()  # after the first frame: the parser does not compete with it for the GIL
        await self.query_one("#side").mount(EntitiesPane(self.opened, self.library, id="entities"),
                                            TimelinePane(self.opened, self.library, id="timeline"))
        layout.fit(self.screen_stack[0], self.size.width)  # their hints, in the narrow layout
        self.side_in = True
        self.refresh_bindings()
        gc.enable()  # ``dateline`` starts without collections (tui.cli.reader): what the start made is
        set_aside_long_lived()  # collected here, then the app as it starts, its panes in (tui.pacing)
        self._refresh_panes()  # what loaded while they mounted

    def on_unmount(self) -> None:
        release_long_lived()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseScrollDown, events.MouseScrollUp)):
            self.pacing.input()
        await super().on_event(event)

    def on_resize(self, event: events.Resize) -> None:
        """Lay the reader out for the new size (``self.size`` may still hold the old one here); the
        reader's screen is the bottom of the stack, also while a prompt is open over it."""
        layout.fit(self.screen_stack[0], event.size.width)

    def _open(self, article: Article, target: Span | None, remember: bool = True) -> None:
        self.reader.open(article, target, remember)  # the panes that follow the open article watch it
        self.update_position()

    @on(OpenArticle)
    def _open_article(self, message: OpenArticle) -> None:
        article = self.library.article(message.article_id)
        if article is None:
            return
        target = Span(message.start, message.end) if message.start is not None and message.end else None
        if message.sentence is not None and 0 <= message.sentence < len(article.sentences):
            target = article.sentences[message.sentence]
        self._open(article, target)
        self.screen.set_focus(self.reader.view)

    @on(EntityHighlighted)
    def _entity_highlighted(self, message: EntityHighlighted) -> None:
        article = self.reader.article
        if article is not None:
            mine = [e for e in article.entities if (article.id, e.id) in message.members]
            if len(mine) > 1:  # one identity, several entities here ("Roe" and "Ann Roe"): every mention
                mentions = tuple(sorted((m for e in mine for m in e.mentions), key=lambda m: m.start))
                mine = [replace(mine[0], name=message.name, mentions=mentions)]
            found = mine[0] if mine else EntityKey(message.name, message.type).find(article)
            self.reader.select_entity(found)
            self.update_position()

    @on(EntityChosen)
    def _entity_chosen(self, message: EntityChosen) -> None:
        self.reader.remember()
        self.timeline().set_entity(message.name)
        self.action_focus_pane("timeline")

    def action_rescan(self) -> None:
        """Look again for files added, changed or removed since the library loaded."""
        if self.loading:
            self.fail("Still loading")
            return
        self.library.clear()
        self._held.clear()
        self._fresh.clear()
        self._reload_panes()
        self.query_one(StatusLine).progress = "Rescanning…"
        self.loading = True
        self._load_articles()

    def action_search_library(self) -> None:
        """Search the text of every article in the library."""
        from tui.screens.library_search import LibrarySearchScreen

        store = self.store
        if store is None:
            self.fail("Still opening the library")
            return

        def done(hit: OpenArticle | None) -> None:
            if hit is not None:
                self.post_message(hit)

        self.push_screen(LibrarySearchScreen(store.search), done)

    def update_position(self) -> None:
        self.query_one(StatusLine).parts = self.reader.position_parts()

    def on_library_table_sort_changed(self, event: LibraryTable.SortChanged) -> None:
        """Remember the order chosen; it is saved with the reading position."""
        self.config = replace(self.config, library_sort=event.sort)

    def _theme_changed(self, _theme: object) -> None:
        self.config = replace(self.config, theme=self.theme)
        problem = save_config(self.config)
        if problem:
            self.notify(problem, title="Config not saved", severity="warning", markup=False)

    async def action_quit(self) -> None:
        """Save the theme and the reading position, then leave."""
        place = self.reader.place() if hasattr(self, "reader") else None
        if place is not None:
            self.config = replace(self.config, last_article=place.article.id, last_offset=place.top,
                                  last_path=place.article.path)
        problem = save_config(self.config)
        self.exit(message=safe_line(f"dateline: settings not saved: {problem}") if problem else None)
