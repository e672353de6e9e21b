"""The reader: which article is open, its marks, and the history stack that ``back`` unwinds."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from parsing.model import Article, Entity, Span
from parsing.when import format_when
from tui.navigate import Reading, StepKind, speaker_key
from tui.sanitize import safe_line, sanitize_line
from tui.state import Opened, Searches, article_label, plural
from tui.widgets.article import ArticleView

_CARRIED_ON = re.compile(r"[,;:]\s*(?=[\"”’»]*\s*$)")
"""The comma (or semicolon, colon) a quote ends with where the sentence carried on after it."""


@dataclass(frozen=True)
class Place:
    """Somewhere to go back to: an article, the offset at the top of the screen, the marks."""

    article: Article
    top: int
    quote: str | None = None
    target: Span | None = None
    context: object = None  # what the app needs to restore too (filters, focus)


class Reader:
    """Drives an :class:`ArticleView`; every method returns something the app can report."""

    def __init__(self, view: ArticleView, opened: Opened,
                 context: Callable[[], object] = lambda: None, searches: Searches | None = None) -> None:
        self.view = view
        self.opened = opened
        self.searches = searches if searches is not None else Searches()
        self.context = context
        self.reading: Reading | None = None
        self.history: list[Place] = []
        self.tops: dict[str, int] = {}  # article id -> offset at the top when it was left

    @property
    def article(self) -> Article | None:
        return self.opened.article

    def place(self) -> Place | None:
        r = self.reading
        if r is None:
            return None
        return Place(r.article, self.view.top_offset(), r.quote.id if r.quote else None, r.target,
                     self.context())

    def remember(self) -> None:
        """Push where the reader is now (before the app changes a filter or jumps)."""
        here = self.place()
        if here is not None:
            self.history.append(here)

    def open(self, article: Article, target: Span | None = None, remember: bool = True) -> None:
        """Show ``article``; ``target`` (a sentence) is highlighted and scrolled to.

        An article read before opens where it was left; the open article is left as it is.
        """
        here = self.place()
        same = here is not None and here.article.id == article.id
        if remember and here is not None and (not same or target is not None):
            self.history.append(here)
        if same and target is None:
            return
        if here is not None and not same:
            self.tops[here.article.id] = here.top
        if not same:
            self.view.show(article)
            self.view.border_title = safe_line(f"Article · {article_label(article)}")  # on screen at once
            if target is None and article.id in self.tops:
                self.view.scroll_to_offset(self.tops[article.id])
        entity = self.reading.entity if self.reading else None
        self.reading = Reading(article, target=target)
        self.reading.search(self.searches.of(article.id))  # the search it was left with
        if entity is not None:
            self.select_entity(next((e for e in article.entities if e.name == entity.name), None))
        self._refresh()
        if target is not None:
            self.view.reveal(target)
        self.opened.set(article)

    def replace(self, article: Article) -> None:
        """The open article parsed again (same id, e.g. with a new date): shown where the reader was."""
        r = self.reading
        if r is None or r.article.id != article.id:
            return
        top = self.view.top_offset()
        quote = r.quote.id if r.quote else None
        self.view.show(article)
        self.reading = Reading(article, target=r.target)
        self.reading.search(r.query)
        self.select_quote(quote)
        self.view.scroll_to_offset(top)
        self.opened.set(article)

    def select_quote(self, quote_id: str | None) -> None:
        """Make this quote of the open article the selected one (as ] would)."""
        if self.reading is not None:
            self.reading.quote = next((q for q in self.reading.article.quotes if q.id == quote_id), None)
            self._refresh()

    def back(self) -> Place | None:
        """Return to the previous place and return it (None when the history is empty)."""
        if not self.history:
            return None
        place = self.history.pop()
        self.open(place.article, place.target, remember=False)
        if self.reading is not None:  # the marks as they were (also when the article did not change)
            self.reading.target = place.target
            self.reading.quote = next((q for q in place.article.quotes if q.id == place.quote), None)
            self._refresh()
        self.view.scroll_to_offset(place.top)
        return place

    def step(self, kind: StepKind, direction: int) -> Span | None:
        if self.reading is None:
            return None
        span = self.reading.step(kind, direction, self.view.window())
        if span is not None:
            self._refresh()
            self.view.reveal(span)
        return span

    def wrap_match(self, direction: int) -> Span | None:
        """Past the last match forward (the first backward), go round to the first (the last)."""
        r = self.reading
        if r is None or not r.matches:
            return None
        r.match = 0 if direction > 0 else len(r.matches) - 1
        span = r.matches[r.match]
        self._refresh()
        self.view.reveal(span)
        return span

    def search(self, query: str) -> int:
        """Search the open article (and remember it as the article's search); the match count."""
        if self.reading is None:
            return 0
        self.searches.keep(self.reading.article.id, query)
        n = self.reading.search(query)
        self._refresh()
        return n

    def select_entity(self, entity: Entity | None) -> None:
        if self.reading is not None:
            self.reading.select_entity(entity)
            self._refresh()

    def quote_citation(self) -> str | None:
        """The selected quote with its speaker, date and source, one line, as copied."""
        r = self.reading
        if r is None or r.quote is None:
            return None
        a, q = r.article, r.quote
        when = format_when(a.published, a.published, "day") if a.published else "undated"
        host = urlsplit(a.url).hostname if a.url else None
        outlet = a.source or host or f"in “{article_label(a)}”"  # a title is never passed off as the outlet
        said = _CARRIED_ON.sub("", q.text)  # '"We are ready,"' was cut from a longer sentence
        return sanitize_line(f"{said} — {q.speaker or 'unattributed'}, {outlet}, {when}")

    def position_parts(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Where the reader is, for the status line: (quote, entity, search), each in the forms it
        can take, longest first ("" = left out where the line is short)."""
        r = self.reading
        if r is None:
            return ()
        parts: list[tuple[str, tuple[str, ...]]] = []
        if r.quote is not None:
            n = r.article.quotes.index(r.quote) + 1
            at = f"quote {n}/{len(r.article.quotes)}"
            key = speaker_key(r.quote)
            if key is not None:
                theirs = [q for q in r.article.quotes if speaker_key(q) == key]
                who = sanitize_line(f"{at} · {r.quote.speaker} {theirs.index(r.quote) + 1}/{len(theirs)}")
                parts.append(("quote", (who, at, "")))
            else:
                parts.append(("quote", (at, "")))
        if r.entity is not None:  # "mention 2/5" as "quote 2/5"; else "1 mention", "3 mentions"
            n = len(r.mentions)
            at = f"mention {r.mention + 1}/{n}" if r.mention is not None else plural(n, "mention")
            parts.append(("entity", (sanitize_line(f"{r.entity.name}: {at}"), at, "")))
        if r.query:
            n = len(r.matches)
            at = f"match {r.match + 1}/{n}" if r.match is not None else plural(n, "match", "matches")
            parts.append(("search", (sanitize_line(f"/{r.query}: {at}"), f"/…: {at}")))
        return tuple(parts)

    def position(self) -> str:
        """Where the reader is, every part in full."""
        return "  ".join(forms[0] for _, forms in self.position_parts())

    def _refresh(self) -> None:
        if self.reading is not None:
            self.view.set_marks(self.reading.marks())
