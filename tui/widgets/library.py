"""The library pane: every loaded article (date, title, source) and every file that failed, why."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from parsing.fetch.config import is_url
from parsing.model import Article
from tui.messages import OpenArticle
from tui.sanitize import sanitize_line
from tui.state import Library, Opened, article_label, display_path, plural

from .table import Column, PaneTable

SORTS = ("date", "source", "title")


def _sort_key(sort: str, article: Article, source: str | None) -> tuple[object, ...]:
    """Newest first by date (undated last), else alphabetical by source (or feed) or by title."""
    newest_first = -(article.published or date.min).toordinal()
    if sort == "date":
        return (newest_first, (source or "").casefold())
    if sort == "source":
        return ((source or "~").casefold(), newest_first)
    return (article_label(article).casefold(),)


def _short(path: str) -> str:
    """A failed file by its name; a failed URL whole (its last part alone says little)."""
    return path if is_url(path) else path.rsplit("/", 1)[-1]


class LibraryTable(PaneTable):
    """Articles as rows; Enter opens one. Files that failed are listed last with their reason."""

    HELP_NAME = "Library"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("s", "cycle_sort", "Sort",
                                                              tooltip="by date, source or title",
                                                              show=False)]  # see tui.widgets.footer
    COLUMNS: ClassVar[list[Column]] = [("Date", "date", 10), ("Title", "title", 0), ("Source", "source", 12)]

    def __init__(self, library: Library, opened: Opened, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sort_by = "date"
        self.library = library
        self.opened = opened

    def on_mount(self) -> None:  # Textual runs PaneTable.on_mount too
        self.opened.watch(lambda _before, now: self.select_article(now.id) if now else None)

    def update_rows(self, open_article: str | None = None) -> None:
        """Show the library's articles and errors again (after some were added).

        The cursor stays on its row; on the first rows it goes to ``open_article``.
        """
        self._rebuild(open_article)

    def on_resize(self) -> None:
        """As a two-row strip (narrow layout) the column names give way to a second article."""
        self.show_header = self.size.height > 3

    def action_cycle_sort(self) -> None:
        """Sort by date, then source, then title."""
        self.sort_by = SORTS[(SORTS.index(self.sort_by) + 1) % len(SORTS)]
        self._rebuild()
        self.notify(f"Library sorted by {self.sort_by}", timeout=2)

    def select_article(self, article_id: str) -> None:
        if article_id in self.rows:
            self.move_cursor(row=self.get_row_index(article_id), animate=False)

    @property
    def article_ids(self) -> list[str]:
        """Article ids in the order shown."""
        return [str(key.value) for key in self.rows if not str(key.value).startswith("!")]

    def _rebuild(self, open_article: str | None = None) -> None:
        current = open_article
        if self.row_count:
            current = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        self.clear()
        self.fill()
        if current is not None and current in self.rows:
            self.move_cursor(row=self.get_row_index(current), animate=False)

    def fill(self) -> None:
        lib = self.library
        shown = sorted(lib.articles, key=lambda a: _sort_key(self.sort_by, a, lib.groups.get(a.id, a.source)))
        for a in shown:
            when = a.published.isoformat() if a.published else "undated"
            title = Text(sanitize_line(article_label(a)))
            if a.id in lib.unread:  # a subscribed article not read yet
                title = Text.assemble("● ", title, style="bold")
            self.add_cells({"date": Text(when, style="" if a.published else "dim"), "title": title,
                            "source": Text(sanitize_line(lib.groups.get(a.id, a.source) or ""), style="dim")},
                           a.id)
        for n, err in enumerate(self.library.errors):
            self.add_cells({"date": Text("error", style="bold red"),
                            "title": Text(sanitize_line(f"{_short(err.path)}: {err.reason}"),
                                          style="red"),
                            "source": Text("failed", style="red")}, f"!{n}")
        self.border_title = "Library"
        self.border_subtitle = plural(len(lib.articles), "article") + (
            f" · {len(lib.unread)} unread" if lib.unread else "") + (
            f" · {len(lib.errors)} failed" if lib.errors else "") + f" · by {self.sort_by}"

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        key = str(event.row_key.value)
        event.stop()
        if not key.startswith("!"):
            self.post_message(OpenArticle(key))
        else:
            err = self.library.errors[int(key[1:])]
            self.notify(sanitize_line(f"{display_path(err.path)}: {err.reason}"), title="Could not load",
                        severity="error", markup=False)
