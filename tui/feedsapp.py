"""The reader over the feeds a user follows (``dateline`` with no argument, when there are feeds).

The library lists each feed's articles under the feed's name, newest first; ``u`` fetches every
feed again in the background (progress in the status line), adding what is new. Articles not
read yet are marked (●) until opened; what was read is kept in the library store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.binding import Binding, BindingType
from textual.message import Message

from parsing.model import Article, LoadError, Span
from parsing.store import ArticleSummary
from tui.app import DatelineApp
from tui.config import Config
from tui.messages import Loaded, LoadFinished, StoreOpened
from tui.readstate import ReadState
from tui.sanitize import sanitize_line
from tui.subscriptions import Feed
from tui.widgets.library import LibraryTable
from tui.widgets.status import StatusLine


@dataclass
class FeedFetched(Message):
    """One feed was fetched and parsed (``done`` of ``total``); ``first`` for the opening load."""

    url: str
    items: list[ArticleSummary | LoadError]
    done: int
    total: int
    first: bool


@dataclass
class RefreshFinished(Message):
    total: int


class FeedsApp(DatelineApp):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("u", "refresh_feeds", "Refresh feeds", tooltip="fetch every feed again, in the background"),
    ]

    def __init__(self, feeds: Sequence[Feed], config: Config | None = None) -> None:
        super().__init__([f.url for f in feeds], None, config)
        self.feeds = list(feeds)
        self.read_state: ReadState | None = None
        self._names = {f.url: f.name for f in feeds}
        self._added = 0
        self._notices: list[str] = []  # said by the last fetch (older copies used), not failures

    def on_mount(self) -> None:  # after DatelineApp.on_mount (Textual calls both)
        self.query_one(LibraryTable).set_sort("source")  # each feed's articles together, newest first
        self.title = "dateline — feeds"

    @work(thread=True, exclusive=True, group="load")
    def _load_articles(self) -> None:
        self._fetch(first=True)

    @work(thread=True, exclusive=True, group="refresh")
    def _refresh(self) -> None:
        self._fetch(first=False)

    def _fetch(self, first: bool) -> None:
        from parsing.pipeline import load_urls
        from parsing.store import open_store
        from tui.loading import put_items

        store = self.library.store
        if store is None:  # opened here: the store is not opened on the UI thread
            opened = open_store()
            store = opened.store
            self.post_message(StoreOpened(store, opened.notice))
            store.set_scope(list(self._names))
        if self.read_state is None:  # opened here: the store is not opened on the UI thread
            self.read_state = ReadState(lambda line: self.call_from_thread(
                self.notify, line, severity="warning", markup=False))
        total = len(self.feeds)
        self._notices = []
        for done, (url, items) in enumerate(load_urls(self._names, feeds_only=True,
                                                      on_notice=self._notices.append), 1):
            found = put_items(store, url, None, items, "feed")
            self.post_message(FeedFetched(url, found, done, total, first))
        self.post_message(LoadFinished(total) if first else RefreshFinished(total))

    def action_refresh_feeds(self) -> None:
        """Fetch every feed again; new articles are added and marked."""
        self._added = 0
        self.library.errors.clear()  # this refresh says again what fails
        self.query_one(StatusLine).progress = f"Refreshing 0/{len(self.feeds)} feeds…"
        self._refresh()

    @on(FeedFetched)
    def _feed_fetched(self, message: FeedFetched) -> None:
        name = self._names.get(message.url, message.url)
        fresh = [i for i in message.items if isinstance(i, LoadError) or self.library.at_path(i.path) is None]
        for item in fresh:
            if isinstance(item, ArticleSummary):
                self.library.groups[item.id] = name
                if self.read_state is None or not self.read_state.is_read(item.path):
                    self.library.unread.add(item.id)
        if message.first:
            self._loaded(Loaded(fresh, message.done, message.total))
            return
        self.library.errors.extend(i for i in fresh if isinstance(i, LoadError))
        self.library.replace(message.items)  # stored again: the feed's articles have new keys
        self._added += sum(isinstance(i, ArticleSummary) for i in fresh)
        self.query_one(StatusLine).progress = f"Refreshing {message.done}/{message.total} feeds…"
        self._reload_panes()

    @on(RefreshFinished)
    def _refresh_finished(self, message: RefreshFinished) -> None:
        self.query_one(StatusLine).progress = ""
        self._refresh_panes()
        failed = len(self.library.errors)
        new = f"{self._added} new article{'s' if self._added != 1 else ''}"
        self.notify(new + (f"; {failed} failed (listed at the end of the library)" if failed else ""),
                    title="Feeds refreshed", severity="warning" if failed else "information", markup=False)
        self._say_notices()

    @on(LoadFinished)
    def _say_notices(self) -> None:
        """What the fetch said that is not a failure: a kept copy shown (offline, a server failing),
        a summary kept because its page could not be fetched."""
        if self._notices:
            more = f" (and {len(self._notices) - 1} more)" if len(self._notices) > 1 else ""
            self.notify(sanitize_line(self._notices[0]) + more, title="Feeds", severity="warning",
                        markup=False)

    def _open(self, article: Article, target: Span | None, remember: bool = True) -> None:
        super()._open(article, target, remember)
        if article.id in self.library.unread:
            self.library.unread.discard(article.id)
            if self.read_state is not None:
                self.read_state.mark_read(article.path)
            self.query_one(LibraryTable).update_rows(article.id)


def run_feeds(feeds: Sequence[Feed]) -> int:
    """Open the reader on ``feeds``; the exit status as ``launch`` gives it."""
    from tui.launch import report_failures

    app = FeedsApp(feeds)
    app.run()
    report_failures(app)
    return app.return_code or 0
