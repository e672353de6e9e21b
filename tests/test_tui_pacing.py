"""Input first while a library loads: what loads while keys are being pressed is held back and taken
into the library and the panes when the keys pause (or after a bound), all of it, in order (issue 8)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from test_tui_incremental import generated, load_in_batches
from textual.pilot import Pilot
from tui_support import make_app, until_loaded

from tui.app import DatelineApp
from tui.orders import sort_key
from tui.pacing import Pacing
from tui.widgets.library import LibraryTable
from tui.widgets.timeline import TimelinePane


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_batches_wait_while_keys_are_recent_and_no_longer_than_the_bound() -> None:
    clock = Clock()
    pacing = Pacing(quiet=0.25, most=2.0, clock=clock)
    assert pacing.wait() == 0  # nothing held
    pacing.held()
    assert pacing.wait() == 0  # no key pressed: at once
    pacing.input()
    assert pacing.wait() == pytest.approx(0.25)
    clock.now += 0.125
    assert pacing.wait() == pytest.approx(0.125)
    clock.now += 0.25
    assert pacing.wait() == 0  # the keys paused
    for _ in range(30):  # a key held down: the bound and a pause's length, from the first batch held
        clock.now += 0.125
        pacing.input()
        pacing.held()
        if pacing.wait() == 0:
            break
    assert clock.now == pytest.approx(102.25)
    pacing.taken()
    pacing.held()
    assert pacing.wait() == pytest.approx(0.25)  # a new batch: its own bound


def test_past_the_bound_batches_are_taken_between_two_keys_once_the_last_ones_frame_is_out() -> None:
    clock = Clock()
    pacing = Pacing(quiet=0.25, most=2.0, after=0.05, clock=clock)
    pacing.held()
    clock.now += 1.9
    pacing.input()
    assert pacing.wait() == pytest.approx(0.1)  # keys are recent: until the bound
    clock.now += 0.15  # past the bound, in the middle of a gap between keys: the next key is waited for
    assert 0 < pacing.wait() <= 0.03
    pacing.input()  # a key now: after its frame
    assert pacing.wait() == pytest.approx(0.05)
    clock.now += 0.05
    assert pacing.wait() == 0
    clock.now += 0.2  # no key since: the keys paused
    assert pacing.wait() == 0


@pytest.fixture
def cdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def filled(monkeypatch: pytest.MonkeyPatch) -> None:
    """The hand-built library counts as filled: what loads can be held back from the first batch."""
    monkeypatch.setattr("tui.pacing.FILLED", 0)


async def loading_again(app: DatelineApp, pilot: Pilot[None]) -> Clock:
    """The app loaded, then loading more, its pacing on a clock the test moves; keys go to the library.
    The hand-built library is small: it counts as filled unless a test says otherwise."""
    await until_loaded(app, pilot)
    clock = Clock()
    app.pacing = Pacing(quiet=0.25, most=2.0, clock=clock)
    app.query_one(LibraryTable).focus()
    app.loading = True
    return clock


async def test_what_loads_while_keys_are_pressed_is_all_taken_in_order_when_they_pause(
        cdir: Path, filled: None) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        clock = await loading_again(app, pilot)
        library, timeline = app.query_one(LibraryTable), app.query_one(TimelinePane)
        before = [a.id for a in app.library.articles]
        rows_before, shown_before = library.row_count, list(timeline.table.shown)
        articles = generated(50)
        await pilot.press("j")
        await load_in_batches(app, articles[:30], 10, refresh=False)
        await pilot.press("k")
        await load_in_batches(app, articles[30:], 10, refresh=False)
        for _ in range(3):  # the timer comes round while the keys are recent: nothing is taken
            app._paced()
            await pilot.pause()
        assert [a.id for a in app.library.articles] == before
        assert library.row_count == rows_before and timeline.table.shown == shown_before
        status = app.query_one("#status")
        assert "Loading" not in str(status.render())  # the progress line waits with them (no frame)

        clock.now += 1.0  # the keys paused
        app._paced()
        await pilot.pause()
        assert "Loading 20/20" in str(status.render())  # as the last step left it
        store = app.library.store
        assert store is not None
        posted = [s.id for s in store.summaries()]
        assert [a.id for a in app.library.articles] == posted  # every batch, in the order it came
        assert len(posted) == len(before) + 50
        expected = sorted(app.library.articles, key=lambda a: sort_key("date", a, a.source))
        assert library.article_ids == [a.id for a in expected]
        assert timeline.table.shown == store.event_keys(None)


async def test_a_key_held_down_holds_the_panes_back_no_longer_than_the_bound(
        cdir: Path, filled: None) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        clock = await loading_again(app, pilot)
        before = len(app.library.articles)
        await load_in_batches(app, generated(10), 10, refresh=False)
        taken_at = None
        for step in range(100):  # repeating faster than a key's frame is out: never between two keys
            clock.now += 0.03
            await pilot.press("j")
            app._paced()
            if len(app.library.articles) > before:
                taken_at = step
                break
        assert taken_at is not None and len(app.library.articles) == before + 10
        assert 102.25 <= clock.now < 102.25 + 0.03  # the bound and a pause's length, from the batch held


async def test_the_first_article_is_opened_at_once_whatever_the_keys(cdir: Path) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        await loading_again(app, pilot)
        app.library.clear()
        app.reader.opened.set(None)
        app.reader.reading = None
        await pilot.press("j")
        await load_in_batches(app, generated(5), 5, refresh=False)
        assert app.reader.article is not None  # nothing was open: taken at once, the first opened
        assert app.reader.article.id == app.library.articles[0].id


async def test_what_the_reader_starts_with_is_left_out_of_collections_while_it_runs(cdir: Path) -> None:
    assert gc.get_freeze_count() == 0
    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        assert gc.get_freeze_count() > 0
        assert not any(o is app for o in gc.get_objects())  # a collection does not go over the app
    assert gc.get_freeze_count() == 0  # given back when the reader closes: its cycles can be collected


async def test_until_the_library_has_a_first_screen_what_loads_is_taken_at_once_whatever_the_keys(
        cdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tui.pacing.FILLED", 20)
    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        await loading_again(app, pilot)
        articles = generated(40)
        counts, expected, n = [], [], len(app.library.articles)
        for at in range(0, 40, 5):
            await pilot.press("j")
            await load_in_batches(app, articles[at:at + 5], 5, refresh=False)
            counts.append(len(app.library.articles))
            n += 5 if n < 20 else 0  # taken at once until filled; then they wait for the keys to pause
            expected.append(n)
        assert counts == expected and expected[-1] < 40
