"""The library pane: every loaded article (date, title, source) and every file that failed, why.

It shows one of the state's sorted indexes (by date, source or title): a sort is switching index,
new articles are already in place when they arrive, and only the rows on screen are drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from parsing.fetch.config import is_url
from tui.messages import OpenArticle
from tui.orders import SORTS
from tui.sanitize import sanitize_line
from tui.state import Library, Opened, article_label, display_path, plural

from .columns import Column
from .rows import RowList


def _short(path: str) -> str:
    """A failed file by its name; a failed URL whole (its last part alone says little)."""
    return path if is_url(path) else path.rsplit("/", 1)[-1]


def _sort_of(sort: str | None) -> tuple[str, bool]:
    """``date`` -> (date, not reversed); ``-title`` -> (title, reversed); anything unknown: by date."""
    name = (sort or "date").lstrip("-")
    return (name, bool(sort and sort.startswith("-"))) if name in SORTS else ("date", False)


class LibraryTable(RowList):
    """Articles as rows; Enter opens one. Files that failed are listed last with their reason."""

    HELP_NAME = "Library"
    HELP_ENTER = "Open article"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "cycle_sort", "Sort", tooltip="by date, source or title", show=False),  # see footer
        Binding("r", "reverse_sort", "Reverse sort", tooltip="the other way round", show=False),
    ]

    @dataclass
    class SortChanged(Message):
        """The user chose another order (``-date`` is by date, reversed); the app remembers it."""

        sort: str
    COLUMNS: ClassVar[list[Column]] = [("Date", "date", 10), ("Title", "title", 0), ("Source", "source", 12)]

    def __init__(self, library: Library, opened: Opened, *, sort: str | None = None,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.sort_by, self.reverse = _sort_of(sort)
        self.library = library
        self.opened = opened
        self.keys = self._rows = library.rows(self.sort_by, self.reverse)
        self._generation = library.generation

    def on_mount(self) -> None:  # Textual runs RowList.on_mount too
        self.opened.watch(lambda _before, now: self.select_article(now.id) if now else None)
        self._subtitle()

    def update_rows(self, open_article: str | None = None) -> None:
        """Articles or errors were added to the library (or an unread mark changed): show them.

        The cursor stays on its row's article; on the first rows it goes to ``open_article``.
        """
        first = self.shown_rows == 0
        if self._generation != self.library.generation:  # replaced or forgotten: in place all the same
            self._generation = self.library.generation
            self.set_keys(self._rows)
        else:
            self.invalidate()  # an unread mark may have gone; only the rows on screen are drawn again
            self.keys_changed()
        if first and open_article is not None:
            self.select_article(open_article)
        self._subtitle()

    def row_of(self, key: str) -> int | None:
        return self._rows.find(key)

    def on_resize(self) -> None:
        """As a two-row strip (narrow layout) the column names give way to a second article."""
        self.show_header = self.size.height > 3
        super().on_resize()

    def action_cycle_sort(self) -> None:
        """Sort by date, then source, then title."""
        self.set_sort(SORTS[(SORTS.index(self.sort_by) + 1) % len(SORTS)], self.reverse)
        self._sort_chosen()

    def action_reverse_sort(self) -> None:
        """The same order, the other way round."""
        self.set_sort(self.sort_by, not self.reverse)
        self._sort_chosen()

    def _sort_chosen(self) -> None:
        self.notify(f"Library sorted by {self._sort_label()}", timeout=2)
        self.post_message(self.SortChanged(("-" if self.reverse else "") + self.sort_by))

    def _sort_label(self) -> str:
        arrow = {"date": ("oldest first", "newest first")}.get(self.sort_by, ("A–Z", "Z–A"))
        return f"{self.sort_by}, {arrow[self.reverse != (self.sort_by == 'date')]}"

    def set_sort(self, sort: str, reverse: bool = False) -> None:
        """Show the library in another order (switching index: nothing is sorted here)."""
        self.sort_by, self.reverse = sort, reverse
        self._rows = self.library.rows(sort, reverse)
        self.set_keys(self._rows)
        self.keep_cursor_visible()
        self._subtitle()

    def select_article(self, article_id: str) -> None:
        row = self.row_of(article_id)
        if row is not None:
            self.move_cursor(row=row, animate=False)

    @property
    def article_ids(self) -> list[str]:
        """Article ids in the order shown."""
        keys = list(self._rows.articles.keys)
        return keys[::-1] if self.reverse else keys

    def row_cells(self, key: str) -> dict[str, Text]:
        lib = self.library
        if key.startswith("!"):
            err = lib.errors[int(key[1:])]
            return {"date": Text("error", style="bold red"),
                    "title": Text(sanitize_line(f"{_short(err.path)}: {err.reason}"), style="red"),
                    "source": Text("failed", style="red")}
        a = lib.get(key)
        if a is None:
            return {}
        when = a.published.isoformat() if a.published else "undated"
        title = Text(sanitize_line(article_label(a)))
        if a.id in lib.unread:  # a subscribed article not read yet
            title = Text.assemble("● ", title, style="bold")
        return {"date": Text(when, style="" if a.published else "dim"), "title": title,
                "source": Text(sanitize_line(lib.groups.get(a.id, a.source) or ""), style="dim")}

    def _subtitle(self) -> None:
        lib = self.library
        self.border_title = "Library"
        order = self._sort_label() if self.reverse else self.sort_by
        self.border_subtitle = plural(len(lib.articles), "article") + (
            f" · {len(lib.unread)} unread" if lib.unread else "") + (
            f" · {len(lib.errors)} failed" if lib.errors else "") + f" · by {order}"

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        key = event.key
        event.stop()
        if not key.startswith("!"):
            self.post_message(OpenArticle(key))
        else:
            err = self.library.errors[int(key[1:])]
            self.notify(sanitize_line(f"{display_path(err.path)}: {err.reason}"), title="Could not load",
                        severity="error", markup=False)

