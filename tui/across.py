"""The reader across the library: the speakers view, a speaker's quotes in the next article, exporting
what is on screen, and setting an article's publication date (issue 9's keys; the app adds the wiring)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.binding import Binding, BindingType
from textual.message import Message

from parsing.model import Article, LoadError, Span
from parsing.store import ArticleSummary
from tui.panes import PaneActions
from tui.sanitize import sanitize_line
from tui.state import article_label, display_path, plural
from tui.userdates import source_file

if TYPE_CHECKING:  # the screens and writers are imported when first used: the reader starts sooner
    from parsing.crossref import QuoteEntry
    from tui.export import Row


@dataclass
class Redated(Message):
    """The files of articles whose date the user set, parsed again with it."""

    items: list[ArticleSummary | LoadError]
    day: date | None
    count: int
    notice: str | None
    kept: bool


class AcrossActions(PaneActions):
    """Keys that work across articles (after the reading and pane keys)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("S", "speakers", "Speakers", show=False,
                tooltip="every speaker in the library and their quotes"),
        Binding("greater_than_sign", "speaker_across(1)", "Same speaker, on into the next article",
                show=False, tooltip="as } but going on into the next article that quotes them"),
        Binding("less_than_sign", "speaker_across(-1)", "Same speaker, back into the previous article",
                show=False, tooltip="as { but going back into the previous article that quotes them"),
        Binding("x", "export", "Export", show=False,
                tooltip="the timeline as shown, or a speaker's quotes, to a file"),
        Binding("P", "set_published", "Publication date", show=False,
                tooltip="set or change the open article's date (or its folder's undated ones)"),
    ]
    published: date | None

    def _refresh_panes(self) -> None:
        """Overridden by the app: show the library again."""

    def _reload_panes(self) -> None:
        """Overridden by the app: the library changed other than by growing."""

    def _open(self, article: Article, target: Span | None, remember: bool = True) -> None:
        """Overridden by the app: open an article (at a span)."""

    def _entry_of_selected(self) -> QuoteEntry | None:
        r = self.reader.reading
        if r is None or r.quote is None:
            return None
        aid, qid = r.article.id, r.quote.id
        return next((q for q in self.library.quotes() if q.article_id == aid and q.quote.id == qid), None)

    def action_speakers(self) -> None:
        """Every speaker in the library; Enter lists their quotes across articles."""
        from parsing.crossref import speakers
        from tui.screens.speakers import SpeakersScreen

        quotes = self.library.quotes()
        rows = speakers(quotes)
        if not rows:
            self.fail("No attributed quotes in the library")
            return
        here = self._entry_of_selected()
        self.push_screen(SpeakersScreen(rows, quotes, here.speaker_id if here else None), self._quote_chosen)

    def _quote_chosen(self, entry: QuoteEntry | None) -> None:
        if entry is not None:
            self.open_quote(entry)

    def open_quote(self, entry: QuoteEntry) -> None:
        """Open the quote's article there, with the quote selected (so } and > go on from it)."""
        article = self.library.article(entry.article_id)
        if article is None:
            self.fail("That article is no longer loaded")
            return
        self._open(article, Span(entry.quote.start, entry.quote.end))
        self.reader.select_quote(entry.quote.id)
        self.screen.set_focus(self.reader.view)
        self.update_position()

    def action_speaker_across(self, direction: int) -> None:
        """The next (previous) quote by this speaker: in this article, then in the next article that
        quotes them, in date order."""
        here = self._entry_of_selected()
        if here is None or here.speaker_id is None:
            self.fail("Select a quote first (] or [)" if here is None else "This quote has no speaker")
            return
        if self.reader.step("same_speaker", direction) is not None:
            self.update_position()
            return
        from parsing.crossref import by_speaker

        theirs = by_speaker(self.library.quotes(), [here.speaker_id])
        at = theirs.index(here)
        steps = range(at + 1, len(theirs)) if direction > 0 else range(at - 1, -1, -1)
        found = next((theirs[i] for i in steps if theirs[i].article_id != here.article_id), None)
        if found is None:
            way = "later" if direction > 0 else "earlier"
            self.fail(f"No {way} quote by {sanitize_line(here.speaker or '')}")
            return
        self.open_quote(found)
        outlet = found.article_source or found.article_title or found.article_path
        self.notify(sanitize_line(f"{found.speaker} in {outlet}, {found.when}"), timeout=3, markup=False)

    def _on_screen(self) -> tuple[str, Sequence[Row], str]:
        """(what, rows, text column name) of what is on screen to export."""
        from tui.export import quote_rows, timeline_rows
        from tui.screens.speakers import SpeakersScreen

        screen = self.screen
        if isinstance(screen, SpeakersScreen):
            if screen.speaker is None:
                return "every quote", quote_rows(screen.quotes), "quote"
            return f"quotes by {screen.speaker.name}", quote_rows(screen.said), "quote"
        timeline = self.timeline()
        label = "timeline" + ("" if timeline.range.is_open else f" {timeline.range.label}")
        if timeline.entity:
            label += f" {timeline.entity}"
        return label, timeline_rows(timeline.entries, timeline.range), "summary"

    def action_export(self) -> None:
        """Write what is on screen (the filtered timeline, or a speaker's quotes) to a new file."""
        from tui.export import WRITERS
        from tui.export.files import FORMAT_OF, slug, write_new
        from tui.screens.export import ExportScreen

        what, rows, column = self._on_screen()
        if not rows:
            self.fail(f"Nothing to export: the {what} is empty")
            return

        def done(path: Path | None) -> None:
            if path is None:
                return
            text = WRITERS[FORMAT_OF[path.suffix.lower()]](rows, column)
            try:
                written = write_new(path, text)
            except OSError as exc:
                self.notify(sanitize_line(f"{path}: {exc.strerror or exc}"), title="Not exported",
                            severity="error", markup=False)
                return
            where = display_path(str(written))
            self.notify(sanitize_line(f"{plural(len(rows), 'row')} of the {what} → {where}"),
                        title="Exported", timeout=6, markup=False)

        self.push_screen(ExportScreen(what, Path.cwd() / f"{slug(what)}.csv"), done)

    def action_set_published(self) -> None:
        """Set or change the open article's publication date (ctrl+o in the prompt: every undated
        article in its folder); relative dates are worked out again and the timeline follows."""
        from tui.screens.pubdate import PublicationDateScreen

        article = self.reader.article
        if article is None:
            self.fail("No article open")
            return
        if self.published is not None:
            self.fail(f"--published {self.published.isoformat()} wins for this run: start without it to "
                      "set dates")
            return
        folder = os.path.dirname(source_file(article.path))
        undated = [a for a in self.library.articles
                   if a.published is None and os.path.dirname(source_file(a.path)) == folder]
        mine = article.published_from == "user" and article.published is not None
        current = article.published.isoformat() if mine and article.published else ""
        store = self.library.store
        anchor = article.published or (store.newest() if store is not None else None) or date.today()
        screen = PublicationDateScreen(anchor, current, article_label(article), len(undated))

        def done(found: object) -> None:
            if found is None or not hasattr(found, "start"):
                return
            day = getattr(found, "start", None)
            targets = undated if screen.whole_folder else [article]
            if not targets:
                self.fail("No undated article in this folder")
                return
            self.remember_dates([a.path for a in targets], day)

        self.push_screen(screen, done)

    @work(thread=True, group="dates")
    def remember_dates(self, paths: list[str], day: date | None) -> None:
        """Keep the date as the user's own in the library store, then parse those files again with it
        into the store (off the UI thread)."""
        from parsing.store import StoreError
        from parsing.store.rows import encode_file

        store = self.library.store
        if store is None:
            return
        notice = None
        try:
            for path in paths:
                store.set_user_published(path, day)
        except StoreError as exc:
            notice = f"date not kept: {exc}"
        items: list[ArticleSummary | LoadError] = []
        for file in dict.fromkeys(source_file(p) for p in paths):
            result = encode_file(file, None, store.user_days())
            try:
                store.put([result])
            except StoreError as exc:
                notice = f"not kept: {exc}"
            if result.real is not None:
                items += store.summaries_of(result.real)
            items += [LoadError(p, why) for p, why in result.errors]
        self.post_message(Redated(items, day, len(paths), notice, store.persistent))

    @on(Redated)
    def _redated(self, message: Redated) -> None:
        self.library.replace(message.items)
        self._reload_panes()
        current = self.reader.article
        fresh = self.library.article(current.id) if current else None
        if fresh is not None:
            self.reader.replace(fresh)
        when = message.day.isoformat() if message.day else "the file's own date"
        text = f"Publication date {when} for {plural(message.count, 'article')}; the timeline follows"
        if not message.kept:
            text += " (kept for this run only: no library store)"
        self.notify(text, timeout=5, markup=False)
        if message.notice:
            self.notify(sanitize_line(message.notice), severity="warning", markup=False)
