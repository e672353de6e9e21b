"""Every reader binding, driven with Pilot over hand-built articles (see tui_support)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from tui_support import DAM, STORM, Notes, make_app, until_loaded

from parsing.datefilter import DateRange
from tui.app import DatelineApp
from tui.screens.datefilter import DateFilterScreen
from tui.screens.help import HelpScreen, acts_here
from tui.screens.search import SearchScreen
from tui.widgets.entities import EntitiesPane
from tui.widgets.library import LibraryTable
from tui.widgets.timeline import TimelinePane

SIZE = (120, 40)


class Bells:
    def __init__(self, app: DatelineApp, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        monkeypatch.setattr(app, "bell", self.ring)

    def ring(self) -> None:
        self.count += 1


async def ready(app: DatelineApp, pilot: Pilot[None]) -> None:
    await until_loaded(app, pilot)


def focused(app: DatelineApp) -> Widget | None:
    """The focused widget (a call, so mypy does not narrow it between key presses)."""
    return app.focused


def summaries(timeline: TimelinePane) -> list[str]:
    return [entry.event.summary for entry in timeline.entries]


def quote_id(app: DatelineApp) -> str | None:
    r = app.reader.reading
    return r.quote.id if r and r.quote else None


async def test_quote_keys_step_through_quotes_and_ring_at_the_end(
    app: DatelineApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        bells = Bells(app, monkeypatch)
        assert app.reader.article == DAM
        seen = []
        for _ in range(4):
            await pilot.press("right_square_bracket")
            seen.append(quote_id(app))
        assert seen == ["q0", "q1", "q2", "q3"]
        await pilot.press("right_square_bracket")
        assert quote_id(app) == "q3" and bells.count == 1
        await pilot.press("left_square_bracket")
        assert quote_id(app) == "q2"


async def test_same_speaker_and_next_speaker(app: DatelineApp, monkeypatch: pytest.MonkeyPatch) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        bells = Bells(app, monkeypatch)
        notes = Notes(app, monkeypatch)
        await pilot.press("right_curly_bracket")  # nothing selected yet
        assert bells.count == 1 and quote_id(app) is None
        await pilot.press("right_square_bracket")  # q0, Roe
        assert app.reader.position() == "quote 1/4 · Roe 1/2"
        await pilot.press("right_curly_bracket")  # next by Roe skips Poe's two
        assert quote_id(app) == "q3" and app.reader.position() == "quote 4/4 · Roe 2/2"
        await pilot.press("right_curly_bracket")  # the last of Roe's: the bell, and only one message
        await pilot.press("right_curly_bracket")
        assert quote_id(app) == "q3" and bells.count == 3 and len(notes.showing) == 1
        await pilot.press("left_curly_bracket")
        assert quote_id(app) == "q0"
        await pilot.press("right_parenthesis")  # next other speaker: Poe
        assert quote_id(app) == "q1"
        await pilot.press("right_parenthesis")  # next speaker other than Poe: Roe again
        assert quote_id(app) == "q3"
        await pilot.press("left_parenthesis")
        assert quote_id(app) == "q2"


async def test_tab_moves_between_panes_and_jk_move_in_every_list(app: DatelineApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        order = []
        for _ in range(4):
            order.append(app.focused.id if app.focused else None)
            await pilot.press("tab")
        assert order == ["library", "article", "entity-table", "timeline-table"]
        await pilot.press("shift+tab")
        assert focused(app) is app.query_one(TimelinePane).table
        table = app.query_one(TimelinePane).table
        await pilot.press("g", "j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("g")
        assert table.cursor_row == 0


async def test_article_pane_scrolls_with_j_and_G(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        view = app.reader.view
        view.focus()
        await pilot.pause()
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y and view.border_subtitle == "100%"
        await pilot.press("g")
        assert view.scroll_y == 0 and view.border_subtitle == "0%"
        await pilot.press("j")
        assert view.scroll_y == 1


async def test_library_enter_opens_and_back_returns(
    app: DatelineApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        bells = Bells(app, monkeypatch)
        library = app.query_one(LibraryTable)
        assert library.article_ids == ["dam", "storm"]  # newest first
        library.focus()
        await pilot.pause()
        await pilot.press("j", "enter")
        assert app.reader.article == STORM and len(app.reader.history) == 1
        assert focused(app) is app.reader.view
        timeline = app.query_one(TimelinePane)
        assert timeline.table.opened.id == "storm"  # its events in bold, the cursor on the first
        assert timeline.entries[timeline.table.cursor_row].article_id == "storm"
        await pilot.press("b")
        assert app.reader.article == DAM and app.reader.history == []
        await pilot.press("b")
        assert bells.count == 1
        await pilot.press("right_square_bracket", "1", "enter")  # Enter on the open article keeps it as it is
        assert quote_id(app) == "q0" and app.reader.history == []


async def test_library_cursor_starts_on_the_open_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    app = make_app(tmp_path, paths=["/articles/storm.txt", "/articles/dam.txt"])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        library = app.query_one(LibraryTable)
        assert app.reader.article == STORM and library.article_ids == ["dam", "storm"]
        assert library.cursor_row == 1


async def test_library_lists_failed_files_and_sorts(app: DatelineApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        library = app.query_one(LibraryTable)
        assert library.row_count == 3 and "!0" in library.keys
        assert "not valid UTF-8" in str(library.get_row("!0")[1])
        library.focus()
        await pilot.pause()
        await pilot.press("s")
        assert library.sort_by == "source" and library.article_ids == ["storm", "dam"]
        await pilot.press("s")
        assert library.sort_by == "title" and library.article_ids == ["dam", "storm"]
        await pilot.press("s")
        assert library.sort_by == "date"


async def test_timeline_enter_opens_article_at_the_sentence(app: DatelineApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        pane = app.query_one(TimelinePane)
        assert pane.entries[0].event.summary == "A storm hit the coast in 2019."
        pane.table.focus()
        await pilot.pause()
        await pilot.press("g", "enter")
        reading = app.reader.reading
        assert reading is not None and reading.article == STORM
        assert reading.target is not None and STORM.text[reading.target.start:reading.target.end] == (
            "A storm hit the coast in 2019.")
        assert focused(app) is app.reader.view
        await pilot.press("escape")
        assert app.reader.article == DAM and focused(app) is pane.table  # back where you were
        dam_event = next(i for i, e in enumerate(pane.entries) if e.article_id == "dam")
        await pilot.press(*["j"] * dam_event, "enter")  # an event of the open article: same article, marked
        assert app.reader.reading is not None and app.reader.reading.target is not None
        await pilot.press("escape")
        assert app.reader.reading.target is None


async def test_entity_selection_marks_mentions_and_enter_filters_timeline(
    app: DatelineApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        bells = Bells(app, monkeypatch)
        await pilot.press("m")
        assert bells.count == 1  # no entity chosen yet
        pane = app.query_one(EntitiesPane)
        pane.table.focus()
        await pilot.pause()
        names = [row.key.name for row in pane.rows]
        await pilot.press(*["j"] * names.index("Bob Poe"))
        reading = app.reader.reading
        assert reading is not None and reading.entity is not None and reading.entity.name == "Bob Poe"
        n = len(reading.mentions)  # "Bob Poe" and, as the same person, "Poe"
        assert n == sum(len(e.mentions) for e in DAM.entities if "Poe" in e.name) > 1
        await pilot.press("m")
        assert reading.mention == 0
        await pilot.press(*["m"] * (n - 1))
        assert reading.mention == n - 1 and bells.count == 1
        await pilot.press("m")
        assert bells.count == 2  # no mention after the last
        await pilot.press("enter")
        timeline = app.query_one(TimelinePane)
        assert timeline.entity == "Bob Poe"
        assert [e.event.summary for e in timeline.entries] == ["Engineer Bob Poe disagreed on 3 March."]
        assert focused(app) is timeline.table
        await pilot.press("b")  # back: the timeline unfiltered, the entity list focused again
        assert timeline.entity is None and len(timeline.entries) == 4 and focused(app) is pane.table


async def test_entities_scope_toggle(app: DatelineApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        pane = app.query_one(EntitiesPane)
        pane.table.focus()
        await pilot.pause()
        here = {r.key.name: r for r in pane.rows}
        ann = here["Ann Roe"]  # "Roe" in the same article is her surname: one row
        assert "Roe" not in here and ann.articles == 1 and len(ann.quotes) == 2
        await pilot.press("e")
        every = {r.key.name: r for r in pane.rows}["Ann Roe"]
        assert pane.library_scope and every.articles == 2  # and "Ann Roe" of the storm article
        assert every.mentions == ann.mentions + 1 and every.said == len(ann.quotes) + 1
        assert "Arts" in [label for label, _, _ in pane.table.columns.values()]


async def test_date_filter_shows_what_it_understood_and_D_clears(app: DatelineApp,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        notes = Notes(app, monkeypatch)
        timeline = app.query_one(TimelinePane)
        total = len(timeline.entries)
        await pilot.press("d")
        assert isinstance(app.screen, DateFilterScreen)
        await pilot.press(*"mar 2026")
        assert app.screen.understood is not None and app.screen.understood.label == "Mar 2026"
        assert "2 events" in str(app.screen.query_one("#understood").render())
        await pilot.press("enter")
        assert [e.event.earliest.day for e in timeline.entries if e.event.earliest] == [2, 3]
        await pilot.press("d")
        await pilot.press(*"zzz")
        assert isinstance(app.screen, DateFilterScreen) and app.screen.understood is None
        await pilot.press("escape")
        await pilot.press("D")
        assert len(timeline.entries) == total and timeline.range.is_open
        await pilot.press("b")  # back to the March filter, then to no filter
        assert timeline.range.label == "Mar 2026"
        await pilot.press("b")
        assert timeline.range.is_open
        depth = len(app.reader.history)
        await pilot.press("D")  # nothing to clear: said, and no place pushed for back
        assert len(app.reader.history) == depth and "No timeline filter" in notes.last
        await pilot.press("n")  # no search yet: says how to start one
        assert notes.last == "Search first (/)"


async def test_w_in_the_timeline_keeps_also_the_events_that_only_overlap_the_range(
    app: DatelineApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        notes = Notes(app, monkeypatch)
        timeline = app.query_one(TimelinePane)
        timeline.set_range(DateRange(date(2026, 2, 10), date(2026, 2, 20), "10-20 Feb 2026"))
        assert summaries(timeline) == []  # "The river rose in February" is wider than the range
        timeline.table.focus()
        await pilot.pause()
        await pilot.press("w")
        assert "overlap" in notes.last
        assert summaries(timeline) == ["The river rose in February."]
        await pilot.press("w")
        assert "within" in notes.last and summaries(timeline) == []


async def test_search_counts_matches_and_n_N_move(app: DatelineApp, monkeypatch: pytest.MonkeyPatch) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        bells = Bells(app, monkeypatch)
        notes = Notes(app, monkeypatch)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"poe")
        assert str(app.screen.query_one("#search-count").render()) == "3 matches"
        reading = app.reader.reading
        assert reading is not None and len(reading.matches) == 3  # highlighted as you type
        await pilot.press("escape")
        assert reading.matches == []  # cancelled: no search, as before
        await pilot.press("slash", *"poe")
        await pilot.press("enter")
        reading = app.reader.reading
        assert reading is not None and len(reading.matches) == 3 and reading.match == 0
        await pilot.press("n", "n")
        assert reading.match == 2
        await pilot.press("n")  # past the last: round to the first, as vi does
        assert reading.match == 0 and bells.count == 0
        assert notes.last == "Search wrapped to the top"
        await pilot.press("N")
        assert reading.match == 2


async def test_copy_quote_with_speaker_date_and_source(
    app: DatelineApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        bells = Bells(app, monkeypatch)
        await pilot.press("y")
        assert bells.count == 1 and app.clipboard == ""
        await pilot.press("right_square_bracket", "y")
        assert app.clipboard == '"We are ready" — Roe, Courier, Wed 4 Mar 2026'


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_is_generated_from_the_active_bindings(app: DatelineApp, key: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        app.query_one(LibraryTable).focus()
        await pilot.pause()
        await pilot.press(key)
        screen = app.screen
        assert isinstance(screen, HelpScreen)
        places = [place for place, _ in screen.sections]
        assert places == ["Library", "Everywhere", "Between panes"]
        everywhere = dict((d, k) for k, d in screen.sections[1][1])
        assert everywhere["Next quote"] == "]" and everywhere["Search"] == "/"
        assert ("s", "Sort (by date, source or title)") in screen.sections[0][1]
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_reads_at_80x24_and_scrolls(app: DatelineApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        screen = app.screen
        assert isinstance(screen, HelpScreen)
        everywhere = screen.sections[1][1]
        assert everywhere[0] == ("]", "Next quote") and all(keys for keys, _ in everywhere)
        descs = [desc for _, desc in everywhere]  # the keys Textual adds (^p) after the reader's
        assert descs.index("Go to timeline") < next(i for i, d in enumerate(descs) if d.startswith("palette"))
        assert ("q, ^q", "Quit") in everywhere  # the keys of one action on one row
        scroll = screen.query_one("#help-scroll")
        assert scroll.max_scroll_y > 0 and scroll.has_focus
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
        await pilot.press("g", "j")
        await pilot.pause()
        assert scroll.scroll_y == 1
        text = "".join(strip.text for strip in screen.query_one("#help-text").render_lines(
            screen.query_one("#help-text").region.reset_offset))
        assert "Entities/timeline (switch between the two side panes)" in text  # wrapped, not cut


async def test_zoom_and_hide_panes(app: DatelineApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        app.reader.view.focus()
        await pilot.pause()
        await pilot.press("z")
        assert app.screen.maximized is app.reader.view
        await pilot.press("z")
        assert app.screen.maximized is None
        await pilot.press("L")
        assert not app.query_one("#library").display
        await pilot.press("1")
        assert app.query_one("#library").display and focused(app) is app.query_one(LibraryTable)
        before = app.query_one("#library").outer_size.height  # 120 columns: library above article
        await pilot.press("plus")
        await pilot.pause()
        assert app.query_one("#library").outer_size.height == before + 2
        side = app.query_one("#side").outer_size.width
        await pilot.press("4", "minus")
        await pilot.pause()
        assert app.query_one("#side").outer_size.width == side - 4


async def test_q_quits_and_saves_the_position(app: DatelineApp, tmp_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("q")
    saved = (tmp_path / "config.toml").read_text()
    assert 'last_article = "dam"' in saved


async def test_remaining_keys_prev_mention_pages_panes(app: DatelineApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        pane = app.query_one(EntitiesPane)
        await pilot.press("3")
        assert focused(app) is pane.table
        names = [row.key.name for row in pane.rows]
        await pilot.press("g", *["j"] * names.index("Bob Poe"))
        await pilot.press("2", "G", "M")  # from the bottom, back to Poe's last mention
        reading = app.reader.reading
        assert reading is not None and reading.entity is not None and reading.entity.name == "Bob Poe"
        assert len(reading.mentions) == sum(len(e.mentions) for e in DAM.entities if "Poe" in e.name)
        assert reading.mention == len(reading.mentions) - 1
        await pilot.press("M")
        assert reading.mention == len(reading.mentions) - 2
        await pilot.press("4")
        assert focused(app) is app.query_one(TimelinePane).table
        await pilot.press("E", "T")
        assert not app.query_one("#entities").display and not app.query_one("#timeline").display
        await pilot.press("E", "T")
        assert app.query_one("#entities").display and app.query_one("#timeline").display
        await pilot.press("1", "j", "enter", "backspace")
        assert app.reader.article == DAM


async def test_article_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    app = make_app(tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await ready(app, pilot)
        view = app.reader.view
        await pilot.press("2", "pagedown")
        assert view.scroll_y > 1
        await pilot.press("pageup")
        assert view.scroll_y == 0
        await pilot.press(*["j"] * 7)
        top = view.top_offset()
        assert top > 0
        await pilot.press("1", "j", "enter")  # another article…
        assert app.reader.article == STORM and view.top_offset() == 0
        await pilot.press("1", "k", "enter")  # …and back to this one, where it was left
        assert app.reader.article == DAM and view.top_offset() == top


async def test_every_binding_is_in_the_footer_or_the_help(app: DatelineApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        for pane in ("1", "2", "3", "4"):
            await pilot.press(pane)
            active = app.screen.active_bindings.values()
            await pilot.press("question_mark")
            screen = app.screen
            assert isinstance(screen, HelpScreen)
            listed = {key for _, rows in screen.sections for keys, _ in rows for key in keys.split(", ")}
            for ab in active:
                if ab.binding.description and not ab.binding.show and acts_here(ab):
                    assert app.get_key_display(ab.binding) in listed
            await pilot.press("escape")


async def test_tab_and_o_reach_both_side_panes_when_they_share_a_strip(app: DatelineApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        entities, timeline = app.query_one(EntitiesPane), app.query_one(TimelinePane)
        assert focused(app) is app.reader.view
        await pilot.press("o")  # from the article: swap what the strip shows, stay reading
        await pilot.pause()
        assert timeline.display and not entities.display and focused(app) is app.reader.view
        order = []
        for _ in range(4):
            await pilot.press("tab")
            await pilot.pause()
            order.append(focused(app))
        assert order == [entities.table, timeline.table, app.query_one(LibraryTable), app.reader.view]
        await pilot.press("shift+tab", "shift+tab")
        await pilot.pause()
        assert focused(app) is timeline.table and timeline.display and not entities.display
        assert "o: entities" in str(timeline.border_title)
        await pilot.press("o")
        await pilot.pause()
        assert focused(app) is entities.table and entities.display and not timeline.display
        await pilot.press("d", *"mar 2026", "enter")  # a date filter shows the timeline it changed
        await pilot.pause()
        assert timeline.display and not entities.display and len(timeline.entries) == 2
        assert focused(app) is timeline.table  # focus follows the strip, never left on a hidden pane
        await pilot.press("3")
        await pilot.press("2")
        await pilot.pause()
        rows = app.reader.view.outer_size.height
        await pilot.press("E")  # hiding a pane of the shared strip hides the strip
        await pilot.pause()
        assert not app.query_one("#side").display and app.reader.view.outer_size.height == rows + 6
        await pilot.press("4")
        await pilot.pause()
        assert focused(app) is timeline.table and timeline.display
