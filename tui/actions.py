"""The reader's key bindings and the actions behind them (the app class adds the wiring)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from tui import layout
from tui.navigate import StepKind
from tui.reader import Reader
from tui.state import Library

if TYPE_CHECKING:
    from parsing.datefilter import DateRange
    from tui.widgets.timeline import TimelinePane

_WHAT = {"quote": "quote", "same_speaker": "quote by this speaker", "speaker": "other speaker",
         "mention": "mention", "match": "match"}


@dataclass(frozen=True)
class View:
    range: DateRange
    entity: str | None
    focused: str | None


class ReaderActions(App[None]):
    """Actions every pane can use; they act on the article reader and the timeline filters."""

    reader: Reader
    library: Library
    side_in = False
    """Whether the side panes (entities, timeline) are mounted: they come after the first frame."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right_square_bracket", "step('quote', 1)", "Next quote"),
        Binding("left_square_bracket", "step('quote', -1)", "Prev quote", show=False),
        Binding("right_curly_bracket", "step('same_speaker', 1)", "Next quote, same speaker", show=False),
        Binding("left_curly_bracket", "step('same_speaker', -1)", "Prev quote, same speaker", show=False),
        Binding("right_parenthesis", "step('speaker', 1)", "Next speaker", show=False),
        Binding("left_parenthesis", "step('speaker', -1)", "Prev speaker", show=False),
        Binding("m", "step('mention', 1)", "Next mention of entity", show=False),
        Binding("M", "step('mention', -1)", "Prev mention of entity", show=False),
        Binding("slash", "search", "Search"),
        Binding("n", "step('match', 1)", "Next match", show=False),
        Binding("N", "step('match', -1)", "Prev match", show=False),
        Binding("d", "date_filter", "Dates", tooltip="Filter the timeline to a date range"),
        Binding("D", "clear_filters", "Clear filters", show=False),
        Binding("y", "copy_quote", "Copy quote", tooltip="with its speaker, date and source"),
        Binding("b,backspace,escape", "go_back", "Back"),
        Binding("question_mark,f1", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    def update_position(self) -> None:
        """Overridden by the app: show the reader's position in the status line."""

    def timeline(self) -> TimelinePane:
        """The timeline pane (imported and mounted after the first frame)."""
        from tui.widgets.timeline import TimelinePane

        return self.query_one(TimelinePane)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Until the side panes are in (a frame after the first), the reader's keys but q do nothing
        (shown greyed): most of them reach a side pane."""
        return self.side_in or action == "quit" or None

    def fail(self, message: str) -> None:
        """Nothing there: ring the bell and say why."""
        self.bell()
        self.clear_notifications()  # one at a time: repeated presses do not stack up toasts
        self.notify(message, timeout=2, markup=False)

    def action_step(self, kind: StepKind, direction: int) -> None:
        """Select the next/previous quote, speaker, mention or match."""
        reading = self.reader.reading
        if self.reader.step(kind, direction) is None:
            if kind == "match" and self.reader.wrap_match(direction) is not None:  # as vi does
                self.clear_notifications()
                self.notify(f"Search wrapped to the {'top' if direction > 0 else 'bottom'}", timeout=2)
            elif reading is None:
                self.fail("No article open")
            elif kind == "same_speaker" and reading.quote is None:
                self.fail("Select a quote first (] or [)")
            elif kind == "mention" and reading.entity is None:
                self.fail("Select an entity first (in the entities pane)")
            elif kind == "match" and not reading.query:
                self.fail("Search first (/)")
            else:
                self.fail(f"No {_WHAT[kind]} {'after' if direction > 0 else 'before'} this")
        self.update_position()

    def action_search(self) -> None:
        """Search the article."""
        reading = self.reader.reading
        if reading is None:
            self.fail("No article open")
            return

        previous = reading.query

        def done(query: str | None) -> None:
            if query is None:  # cancelled: the marks of the previous search come back
                self.reader.search(previous)
                return
            n = self.reader.search(query)
            if query and n:
                self.action_step("match", 1)
            elif query:
                self.fail(f"No match for {query!r}")
            self.update_position()

        from tui.screens.search import SearchScreen  # the prompts are imported when first asked for

        self.push_screen(SearchScreen(self.reader.search, reading.query), done)

    def action_date_filter(self) -> None:
        """Filter the timeline to a date range."""
        timeline = self.timeline()

        def done(found: DateRange | None) -> None:
            if found is not None:
                self.reader.remember()
                timeline.set_range(found)
                self._show_timeline()

        from parsing.datefilter import relative_anchor
        from tui.screens.datefilter import DateFilterScreen

        store = self.library.store
        anchor, counted = relative_anchor(store.newest() if store is not None else None, date.today())
        current = "" if timeline.range.is_open else timeline.range.label
        self.push_screen(DateFilterScreen(anchor, current, timeline.count_in, counted), done)

    def _show_timeline(self) -> None:
        """After a filter changed: the narrow strip shows the timeline (focus follows from entities)."""
        layout.show_side(self.screen, "timeline")
        if layout.pane_of(self.focused) == "entities" and layout.single_side(self.screen):
            self.screen.set_focus(layout.reveal(self.screen, "timeline"))  # not left on a hidden pane

    def action_clear_filters(self) -> None:
        """Clear the timeline's date and entity filters."""
        from parsing.datefilter import CLEARED

        timeline = self.timeline()
        if timeline.range.is_open and timeline.entity is None:
            self.fail("No timeline filter to clear")
            return
        self.reader.remember()
        timeline.set_filters(CLEARED, None)
        self._show_timeline()
        self.notify("Timeline filters cleared", timeout=2)

    def action_copy_quote(self) -> None:
        """Copy the selected quote, with speaker, date and source."""
        citation = self.reader.quote_citation()
        if citation is None:
            self.fail("Select a quote first (] or [)")
            return
        self.copy_to_clipboard(citation)
        self.notify(citation, title="Copied", timeout=4, markup=False)

    def action_go_back(self) -> None:
        """Go back to where you were."""
        if self.screen.maximized is not None:
            self.screen.minimize()
            return
        place = self.reader.back()
        if place is None:
            self.fail("Nothing to go back to")
            return
        self.restore_context(place.context)
        self.update_position()

    def context(self) -> View:
        """The part of "where you were" outside the article: timeline filters and the focused pane."""
        focused = self.focused.id if self.focused is not None else None
        if not self.side_in:  # quitting before the side panes are in
            from parsing.datefilter import CLEARED

            return View(CLEARED, None, focused)
        timeline = self.timeline()
        return View(timeline.range, timeline.entity, focused)

    def restore_context(self, context: object) -> None:
        if not isinstance(context, View):
            return
        timeline = self.timeline()
        if (timeline.range, timeline.entity) != (context.range, context.entity):
            timeline.set_filters(context.range, context.entity)
        focus = self.query_one(f"#{context.focused}") if context.focused else self.reader.view
        name = layout.pane_of(focus)
        self.screen.set_focus(layout.reveal(self.screen, name) if name else focus)

    def action_help(self) -> None:
        """Show the keys that work here."""
        from tui.screens.help import HelpScreen, help_sections

        sections = help_sections(self.screen.active_bindings.values(), self.get_key_display)
        self.push_screen(HelpScreen(sections))
