"""Search across the library: every article's sentences (the store's full-text index), each hit
listed with its date, article and sentence; Enter opens the article at that sentence."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from parsing.store import SearchHit
from tui.messages import OpenArticle
from tui.sanitize import sanitize_line
from tui.state import article_label

LIMIT = 100


def hit_line(hit: SearchHit) -> Text:
    """"2021-11-23  Title — the sentence" (never markup: article text is hostile)."""
    text = Text()
    text.append(f"{hit.when or 'undated':10}  ", style="dim")
    text.append(sanitize_line(article_label(hit.article)), style="bold")
    text.append("  ")
    text.append(sanitize_line(hit.text))
    return text


class LibrarySearchScreen(ModalScreen[OpenArticle | None]):
    """Returns where to go (an article and a sentence) on Enter, None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    LibrarySearchScreen { align: center middle; }
    LibrarySearchScreen > Vertical { width: 90%; height: 80%; border: round $primary; background: $panel; }
    LibrarySearchScreen Input, LibrarySearchScreen Input:focus { border: none; height: 1; padding: 0 1; }
    LibrarySearchScreen Label { padding: 0 1; color: $text-muted; }
    LibrarySearchScreen OptionList { height: 1fr; border: none; }
    """

    def __init__(self, search: Callable[[str, int], Sequence[SearchHit]]) -> None:
        super().__init__()
        self.search = search
        self.hits: Sequence[SearchHit] = ()

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Search the library"
            yield Input(placeholder="words to find in every article", id="library-search-input")
            yield Label("", id="library-search-count")
            yield OptionList(id="library-search-hits")

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.hits = self.search(event.value, LIMIT) if event.value.strip() else ()
        hits = self.query_one(OptionList)
        hits.clear_options()
        hits.add_options([Option(hit_line(h)) for h in self.hits])
        n = len(self.hits)
        more = "+" if n >= LIMIT else ""
        label = f"{n}{more} sentence{'s' if n != 1 else ''}" if event.value.strip() else ""
        self.query_one("#library-search-count", Label).update(label)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        if self.hits:
            hits = self.query_one(OptionList)
            hits.highlighted = 0
            hits.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        hit = self.hits[event.option_index]
        self.dismiss(OpenArticle(hit.article.id, sentence=hit.sentence))

    def action_cancel(self) -> None:
        self.dismiss(None)
