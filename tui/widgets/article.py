"""The article pane: a virtualised line view of header and paragraphs with quotes and marks styled.

Paragraphs are wrapped with exact offsets (wrap.py) and only the paragraphs on screen are styled, so
long articles scroll smoothly. Every string shown passes through tui.sanitize first; nothing from the
article is ever parsed as markup.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from parsing.model import Article, Span
from parsing.when import format_when
from tui.highlight import highlight_styles
from tui.navigate import Mark, base_marks
from tui.sanitize import sanitize, sanitize_line
from tui.state import display_path

from .keys import SCROLL_KEYS
from .wrap import line_of, wrap_offsets


@dataclass
class _Block:
    """A run of text shown as wrapped lines; ``start`` is its body offset (None for the header)."""

    text: Text
    start: int | None
    starts: list[int]
    component: str | None = None
    gap: int = 1  # blank lines after the block

    @property
    def end(self) -> int | None:
        return None if self.start is None else self.start + len(self.text)


_DATE_SOURCE = {"metadata": "metadata", "dateline": "dateline", "option": "--published", "user": "you"}


def _header(article: Article) -> Iterable[tuple[str, str, int]]:
    """(text, component class, blank lines after) for the title, byline and date, origin, captions."""
    yield sanitize_line(article.title or article.path.rsplit("/", 1)[-1]), "article--title", 0
    meta = []
    if article.byline:
        meta.append("by " + ", ".join(article.byline))
    if article.published:
        meta.append(f"published {format_when(article.published, article.published, 'day')}"
                    f" (from {_DATE_SOURCE.get(article.published_from or '', 'unknown')})")
    else:
        meta.append("publication date unknown")
    yield sanitize_line(" · ".join(meta)), "article--meta", 0
    origin = [article.source or "", article.url or "", display_path(article.path)]
    yield sanitize_line(" · ".join(dict.fromkeys(o for o in origin if o))), "article--meta", 1  # a URL once
    for i, caption in enumerate(article.captions, 1):
        yield sanitize_line("▏" + caption), "article--caption", int(i == len(article.captions))


def _paragraphs(article: Article) -> tuple[Span, ...]:
    return article.paragraphs or ((Span(0, len(article.text)),) if article.text else ())


_SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})


class ArticleView(ScrollView, can_focus=True):
    """Shows one article; :meth:`set_marks` changes what is highlighted, :meth:`reveal` scrolls."""

    HELP_NAME = "Article"
    BINDINGS: ClassVar[list[BindingType]] = SCROLL_KEYS
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--title", "article--meta", "article--caption", "article--quote", "article--speaker",
        "article--entity", "article--selected", "article--mention", "article--current",
        "article--match", "article--target",
    }
    DEFAULT_CSS = """
    ArticleView { padding: 0 1; scrollbar-gutter: stable; scrollbar-size-vertical: 1; }
    ArticleView > .article--title { text-style: bold; color: $text-accent; }
    ArticleView > .article--meta { color: $text-muted; }
    ArticleView > .article--caption { color: $text-muted; text-style: italic; }
    ArticleView > .article--quote { color: $text-success; }
    ArticleView > .article--speaker { text-style: bold underline; }
    ArticleView > .article--entity { text-style: italic; }
    """
    # selected, mention, match, current and target come from tui.highlight (readable in every theme)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self._blocks: list[_Block] = []
        self._first: list[int] = []  # first screen line of each block
        self._head = 0  # header blocks come first; body blocks follow in offset order
        self._body_starts: list[int] = []
        self._base: dict[int, list[Mark]] = {}  # block index -> marks in it
        self._marks: list[Mark] = []
        self._marked: dict[int, list[Mark]] = {}
        self._cache: dict[int, list[Strip]] = {}
        self._wrap_width = 0
        self._highlights: dict[str, Style] = {}
        self._keep: int | None = None  # the offset to bring back to the top after re-wrapping
        self.empty_text = "Loading articles…"
        """Shown when no article is open."""

    def on_mount(self) -> None:
        self._highlights = highlight_styles(self.app.theme_variables)
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._restyle())

    def show(self, article: Article | None) -> None:
        """Replace the article shown (scrolls to the top)."""
        self.article = article
        self._blocks, self._marks, self._marked = [], [], {}
        if article is not None:
            for text, style, gap in _header(article):
                self._blocks.append(_Block(Text(text), None, [0], style, gap))
            self._head = len(self._blocks)
            for span in _paragraphs(article):
                body = sanitize(article.text[span.start:span.end].replace("\t", " ")).replace("\n", " ")
                self._blocks.append(_Block(Text(body), span.start, [0]))
        self._body_starts = [b.start for b in self._blocks[self._head:] if b.start is not None]
        self._base = self._by_block(base_marks(article) if article else [])
        self._keep = None
        self._relayout(force=True)
        self.scroll_to(0, 0, animate=False)

    def set_marks(self, marks: list[Mark]) -> None:
        """Highlight these spans (replacing the previous marks); only changed paragraphs redraw."""
        changed = set(marks).symmetric_difference(self._marks)
        self._marks, self._marked = marks, self._by_block(marks)
        for i in self._by_block(changed):
            self._cache.pop(i, None)
        self.refresh()

    def _blocks_touching(self, start: int, end: int) -> Iterator[int]:
        """Indexes of the body blocks that ``[start, end)`` overlaps."""
        i = max(0, bisect_right(self._body_starts, start) - 1)
        while i < len(self._body_starts) and self._body_starts[i] < end:
            block = self._blocks[self._head + i]
            if block.end is not None and block.end > start:
                yield self._head + i
            i += 1

    def _by_block(self, marks: Iterable[Mark]) -> dict[int, list[Mark]]:
        out: dict[int, list[Mark]] = {}
        for mark in marks:
            for i in self._blocks_touching(mark[0], max(mark[1], mark[0] + 1)):
                out.setdefault(i, []).append(mark)
        return out

    @property
    def styled_blocks(self) -> list[int]:
        """Indexes of the blocks styled and cached so far (only those that were on screen)."""
        return sorted(self._cache)

    def offset_at(self, y: int) -> int | None:
        """The body offset where screen line ``y`` (of the whole view) starts; None past the end."""
        for i in range(max(0, bisect_right(self._first, y) - 1), len(self._blocks)):
            block, n = self._blocks[i], max(0, y - self._first[i])
            if block.start is not None and n < len(block.starts):
                return block.start + block.starts[n]
        return None

    def top_offset(self) -> int:
        """The body offset of the first line on screen (0 when only the header shows)."""
        return self.offset_at(int(self.scroll_y)) or 0

    def window(self) -> tuple[int, int]:
        """The first and last body offsets on screen."""
        y = int(self.scroll_y)
        after = self.offset_at(y + self.scrollable_content_region.height)
        end = len(self.article.text) if self.article else 0
        return self.top_offset(), (after - 1 if after is not None and after > 0 else end)

    def line_for(self, offset: int) -> int:
        """The screen line showing body ``offset``."""
        n = bisect_right(self._body_starts, offset) - 1
        if not self._body_starts or n >= len(self._body_starts):
            return max(0, self.virtual_size.height - 1)
        i = self._head + max(0, n)
        block = self._blocks[i]
        assert block.start is not None
        return self._first[i] + line_of(block.starts, max(0, offset - block.start))

    def reveal(self, span: Span) -> None:
        """Scroll so ``span`` is on screen, centred when it was off screen."""
        line = self.line_for(span.start)
        top, height = int(self.scroll_y), self.scrollable_content_region.height
        if not top <= line < top + height - 1:
            self.scroll_to(y=max(0, line - height // 3), animate=False)

    def scroll_to_offset(self, offset: int) -> None:
        self.scroll_to(y=self.line_for(offset), animate=False)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._show_progress()

    def _show_progress(self) -> None:
        """How far through the article the screen is, like a pager's percentage."""
        end = self.max_scroll_y
        self.border_subtitle = "all" if end <= 0 else f"{round(100 * self.scroll_y / end)}%"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Lines are wrapped to the width, so there is nothing to scroll sideways."""
        return action not in _SIDEWAYS

    def action_lines(self, n: int) -> None:
        self.scroll_to(y=max(0, min(self.max_scroll_y, int(self.scroll_y) + n)), animate=False)

    def action_pages(self, n: int) -> None:
        self.action_lines(n * max(1, self.scrollable_content_region.height - 2))

    def action_half_pages(self, n: int) -> None:
        self.action_lines(n * max(1, self.scrollable_content_region.height // 2))

    def on_resize(self) -> None:
        self._relayout()

    def _restyle(self) -> None:
        self._highlights = highlight_styles(self.app.theme_variables)
        self._cache.clear()
        self.refresh()

    def _relayout(self, force: bool = False) -> None:
        width = max(10, self.scrollable_content_region.width)
        if width == self._wrap_width and not force:
            return
        keep = self._keep if self._keep is not None else (
            self.top_offset() if self._first and self.scroll_y > 0 else None)
        self._wrap_width = width
        self._cache.clear()
        self._first, line = [], 0
        for block in self._blocks:
            block.starts = wrap_offsets(block.text.plain, width)
            self._first.append(line)
            line += len(block.starts) + block.gap
        self.virtual_size = Size(width, line)
        if keep is not None and not force:  # the same text stays at the top after re-wrapping
            if self._keep is None:  # (two resizes before the refresh: the first one's text stays)
                self.call_after_refresh(self._scroll_back)
            self._keep = keep
        self.call_after_refresh(self._show_progress)
        self.refresh()

    def _scroll_back(self) -> None:
        keep, self._keep = self._keep, None
        if keep is not None:
            self.scroll_to_offset(keep)

    def _component(self, name: str) -> Style:
        """A component's own style, its colour as painted (a partial style drops the alpha of
        ``$text-muted`` and the like: the header's grey came out white, unreadable on light themes)."""
        style = self.get_component_rich_style(name, partial=True)
        if style.color is not None:
            style += Style(color=self.get_component_rich_style(name).color)
        return style

    def _styled(self, index: int) -> list[Strip]:
        cached = self._cache.get(index)
        if cached is not None:
            return cached
        block = self._blocks[index]
        text = block.text.copy()
        if block.start is not None:
            for start, end, name in (*self._base.get(index, ()), *self._marked.get(index, ())):
                style = self._highlights.get(name) or self._component(name)
                text.stylize(style, max(0, start - block.start), end - block.start)
        elif block.component:
            text.stylize(self._component(block.component))
        base = self.rich_style
        strips = []
        for line in text.divide(block.starts[1:]):
            strip = Strip(line.render(self.app.console), line.cell_len)
            strips.append(strip.crop(0, self._wrap_width).adjust_cell_length(self._wrap_width, base))
        self._cache[index] = strips
        return strips

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if width > 0 and width != self._wrap_width:  # drawn before its resize was handled (an article
            self._relayout()  # shown before the first layout): wrapped at 10, it waited frames for it
        line = int(self.scroll_y) + y
        i = bisect_right(self._first, line) - 1
        if i < 0 or i >= len(self._blocks):
            if not self._blocks and y == 1:
                dim = self.get_component_rich_style("article--meta")
                return Strip([Segment(self.empty_text[:width].center(width), dim)], width)
            return Strip.blank(width, self.rich_style)
        strips = self._styled(i)
        n = line - self._first[i]
        strip = strips[n] if n < len(strips) else Strip.blank(self._wrap_width, self.rich_style)
        return strip.apply_style(self.rich_style)
