"""The reader app: composes the panes, loads articles in a worker and routes messages between panes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.timer import Timer
from textual.worker import get_current_worker

from parsing.model import Article, Span
from parsing.store import ArticleSummary, Store
from tui import layout, pacing
from tui.across import AcrossActions
from tui.commands import ReaderCommands
from tui.config import Config, load_config, save_config
from tui.loading import Loader
from tui.messages import EntityChosen, EntityHighlighted, Loaded, LoadFinished, OpenArticle, StoreOpened
from tui.pacing import EVERY, Pacing, release_long_lived, set_aside_long_lived
from tui.reader import Reader
from tui.sanitize import safe_line
from tui.state import EntityKey, Library, Opened, Searches, plural
from tui.widgets.article import ArticleView
from tui.widgets.footer import SteadyFooter
from tui.widgets.library import LibraryTable
from tui.widgets.status import StatusLine

if TYPE_CHECKING:
    from tui.widgets.entities import EntitiesPane


class DatelineApp(AcrossActions):
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
        set_aside_long_lived()  # the app as it starts, its panes in (tui.pacing)
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

    def _inputs(self) -> tuple[list[str], list[str]]:
        """The paths named: (files and folders, URLs)."""
        from parsing.fetch.config import is_url

        return [p for p in self.paths if not is_url(p)], [p for p in self.paths if is_url(p)]

    def _show_last_read(self) -> None:
        """The article read last, in the first frame, when the store holds its file unchanged (a few
        ms: one glance at the store); the library is opened and checked after."""
        from tui.loading import early_article

        article = early_article(self.config.last_path, self._inputs()[0], self.published)
        if article is not None:
            self._reopen(article)

    @work(thread=True, exclusive=True, group="load")
    def _load_articles(self) -> None:
        """Parsing happens here and in the ingest's processes, never on the UI thread."""
        from tui.loading import load_files  # the window is up before the store and the parser load

        worker = get_current_worker()
        roots, urls = self._inputs()
        stopped = lambda: worker.is_cancelled  # noqa: E731
        try:
            load_files(roots, urls, self.published, self.loader, self.post_message, stopped,
                       self.config.last_path)
        except Exception as exc:  # what loaded stays readable; the reason is said, not a traceback
            self.post_message(Loaded([], 0, 0, notice=f"dateline: loading stopped: {exc}"))
        self.post_message(LoadFinished(len(self.paths)))

    @property
    def store(self) -> Store | None:
        """The library store, once the loading worker opened it (the state owner holds it)."""
        return self.library.store

    @on(StoreOpened)
    def _store_opened(self, message: StoreOpened) -> None:
        self.library.store = message.store
        if message.notice:
            self.notify(message.notice, title="Library store", severity="warning", timeout=8, markup=False)

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        """A step of loading: said at once; taken into the library and the panes with the steps after it
        a few times a second, and while keys are being pressed when they pause (``tui.pacing``). Until
        there is an article to read (the first, or the one read last) and a first screen of them, at
        once."""
        self._held.append(message)
        self.pacing.held()
        if message.notice:
            self.notify(message.notice, title="Library store", severity="warning", timeout=8, markup=False)
        progress = message.progress
        self.query_one(StatusLine).progress = f"Loading {message.done}/{message.total}…" if progress is None \
            else progress
        if self.reader.article is None or self._restore_pending() or not self._filled():
            self._take_held()
        if self._pending is None:
            self._pending = self.set_timer(EVERY, self._paced)

    def _paced(self) -> None:
        self._pending = None
        wait = self.pacing.wait() if self._filled() else 0.0
        if wait > 0:  # keys are being pressed: after them
            self._pending = self.set_timer(wait, self._paced)
            return
        try:
            self._refresh_panes()
        except NoMatches:  # the reader is closing: its panes have gone
            pass

    def _take_held(self) -> None:
        """The steps held back into the library, in the order they came; open an article if none is."""
        held, self._held = self._held, []
        for message in held:
            before = len(self.library.articles)
            self.library.add(message.items)
            self._fresh.extend(self.library.articles[before:])
        if not held:
            return
        if self.reader.article is None and self.library.articles:
            first = self.library.article(self.library.articles[0].id)
            if first is not None:
                self._open(first, None, remember=False)
                if self.loading:  # the parser's modules have been imported by now: set aside too
                    self.call_after_refresh(set_aside_long_lived)
        self._restore()

    def _filled(self) -> bool:
        """The library has enough articles for a first screen of every pane (until then, no holding)."""
        return len(self.library.articles) >= pacing.FILLED

    def _restore_pending(self) -> bool:
        """The article read last is still to be found (and shown) as the library loads."""
        cfg = self.config
        return not self._restored and not self.reader.history and bool(cfg.last_article or cfg.last_path)

    @on(LoadFinished)
    def _finished(self, message: LoadFinished) -> None:
        self.loading = False
        self._take_held()
        self.query_one(StatusLine).progress = ""
        if not self.library.articles:  # every file failed: launch says why on the terminal
            self.exit(return_code=1)
            return
        self._refresh_panes()
        self._warm_identities()
        failed = len(self.library.errors)
        if failed:
            self.notify(f"{failed} file{'s' if failed != 1 else ''} could not be read: listed at the end of "
                        "the library with the reason", severity="warning", timeout=6, markup=False)

    @work(thread=True, exclusive=True, group="identities")
    def _warm_identities(self) -> None:
        """Group the library's entities into identities now, off the UI thread, so the first entity
        filter or speakers view does not wait for it (a second at 10,000 articles)."""
        self.library.identities()

    def _refresh_panes(self) -> None:
        if self._pending is not None:
            self._pending.stop()
            self._pending = None
        if not self.side_in:  # mounting: they take what loaded meanwhile once they are in
            return
        self._take_held()
        self.pacing.taken()
        library = self.query_one(LibraryTable)
        open_article = self.reader.article.id if self.reader.article else None
        library.update_rows(open_article)
        if open_article is not None and not library.has_focus:
            library.select_article(open_article)
        lib, settled = self.library, not self.loading  # while loading, what needs every article waits
        fresh, self._fresh = self._fresh, []
        self.entities().take(fresh, settled)
        self.timeline().take(fresh, settled)
        self.query_one(StatusLine).summary = plural(len(lib.articles), "article") + (
            f", {len(lib.errors)} failed" if lib.errors else "")

    def entities(self) -> EntitiesPane:
        """The entities pane (imported and mounted after the first frame)."""
        from tui.widgets.entities import EntitiesPane

        return self.query_one(EntitiesPane)

    def _reload_panes(self) -> None:
        """The library changed other than by growing: the panes ask the store again."""
        self._fresh.clear()
        self._refresh_panes()
        self.entities().reload()
        self.timeline().reload()

    def _restore(self) -> None:
        """Reopen the article and offset the config remembers, once, if it has loaded.

        By id, else by path (an article edited since has a new id); the offset is clamped.
        """
        if self._restored or self.reader.history:
            return
        cfg = self.config
        summary = self.library.get(cfg.last_article or "") or (
            self.library.at_path(cfg.last_path) if cfg.last_path else None)
        article = self.library.article(summary.id) if summary is not None else None
        if article is not None:
            self._reopen(article)

    def _reopen(self, article: Article) -> None:
        """Open the article read last at the offset it was left, once."""
        self._restored = True
        self._open(article, None, remember=False)
        offset = min(self.config.last_offset, len(article.text))
        # after the next refresh: a restore that comes before the first layout has no width to wrap at
        self.call_after_refresh(self._scroll_restored, article.id, offset)

    def _scroll_restored(self, article_id: str, offset: int, tries: int = 0) -> None:
        """Scroll the restored article once the view has been laid out (a warm store can load the
        library before the first layout); not if the reader has moved on meanwhile."""
        view = self.reader.view
        if self.reader.article is None or self.reader.article.id != article_id or self.reader.history:
            return
        if (view.scrollable_content_region.width <= 0 or view.max_scroll_y <= 0) and tries < 200:
            self.set_timer(0.05, lambda: self._scroll_restored(article_id, offset, tries + 1))
            return
        # forced: the scroll bars may not be set up yet, and an unforced scroll would be dropped
        view.scroll_to(y=view.line_for(offset), animate=False, immediate=True, force=True)

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
