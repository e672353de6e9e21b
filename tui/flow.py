"""The reader's loading flow: the worker that loads the library, what it posts taken into the library
and the panes (a few times a second, after the keys being pressed: ``tui.pacing``), and the article
read last opened again. A mixin of the app, which only wires the widgets together."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.css.query import NoMatches
from textual.timer import Timer
from textual.worker import get_current_worker

from parsing.model import Article
from parsing.store import ArticleSummary, Store
from tui import pacing
from tui.across import AcrossActions
from tui.config import Config
from tui.loading import Loader
from tui.messages import Loaded, LoadFinished, StoreOpened
from tui.pacing import EVERY, Pacing, set_aside_long_lived
from tui.state import plural
from tui.widgets.library import LibraryTable
from tui.widgets.status import StatusLine

if TYPE_CHECKING:
    from tui.widgets.entities import EntitiesPane


class LoadingFlow(AcrossActions):
    """Loading the library and taking it into the panes; the app sets these in its ``__init__``."""

    paths: list[str]
    loader: Loader | None
    config: Config
    pacing: Pacing
    loading: bool
    _pending: Timer | None
    _restored: bool
    _held: list[Loaded]
    _progress: str | None = None  # the progress line not said yet (keys are being pressed)
    _fresh: list[ArticleSummary]

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
        self._progress = f"Loading {message.done}/{message.total}…" if progress is None else progress
        if self.reader.article is None or self._restore_pending() or not self._filled():
            self._take_held()
        if not self._filled() or self.pacing.wait() == 0:  # else said with what is held, keys first
            self._say_progress()
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

    def _say_progress(self) -> None:
        """The progress line as the last step loaded left it. While keys are being pressed it waits
        with the steps held (``tui.pacing``): a frame drawn for it makes the frame of a key pressed
        just after wait for the screen's next update period (Textual draws at most one frame a
        period, and after an idle one waits one to two periods: 17-33 ms at 60 frames a second)."""
        if self._progress is not None:
            self.query_one(StatusLine).progress, self._progress = self._progress, None

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
        self._progress = None
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
        self._say_progress()
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
