"""A large batch of articles (a warm library comes in as one) has its events' keys read off the UI
thread and merged when they come: the timeline ends as if they had been read at once, and a filter
applied meanwhile does not count them twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_incremental import generated
from tui_support import make_app, until_loaded

import tui.widgets.timeline as timeline_module
from parsing.datefilter import CLEARED
from parsing.model import LoadError
from parsing.store import ArticleSummary
from tui.loading import put_items
from tui.widgets.timeline import TimelinePane


@pytest.fixture
def cdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    return tmp_path


async def test_a_big_batch_is_merged_once_even_across_a_refill(
        cdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        store = app.library.store
        assert store is not None
        pane = app.query_one(TimelinePane)
        monkeypatch.setattr(timeline_module, "BIG", 10)
        scope = [a.path for a in app.library.articles]
        for refill_meanwhile in (False, True):
            items: list[ArticleSummary | LoadError] = []
            for article in generated(12, seed=5 if refill_meanwhile else 6):
                article_path = f"{article.path}-{refill_meanwhile}"
                scope.append(article_path)
                store.set_scope(scope)
                items += put_items(store, article_path, None, [article], "test")
            summaries = [i for i in items if isinstance(i, ArticleSummary)]
            app.library.add(summaries)
            before = list(pane.table.shown)
            pane.take(summaries)
            assert pane.table.shown == before  # not yet: the keys are being read in a worker
            if refill_meanwhile:
                pane.set_range(CLEARED)  # the filters applied again: one query reads every key
            await app.workers.wait_for_complete()
            await pilot.pause()
            every = store.event_keys(None)
            assert pane.table.shown == every and len(set(every)) == len(every) > len(before)
            assert pane.border_subtitle is not None and str(pane.border_subtitle).startswith(f"{len(every)}/")


async def test_a_first_batch_while_loading_reads_only_its_own_events(
        cdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While the library loads, the store may already hold the next batch's events: the first batch
    (the whole library so far) must read its own events only, or the next batch adds them twice."""
    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        store = app.library.store
        assert store is not None
        pane = app.query_one(TimelinePane)
        articles = list(app.library.articles)
        assert len(articles) >= 2
        first, rest = articles[:1], articles[1:]
        pane.table.shown.clear()
        monkeypatch.setattr(app.library, "articles", first)  # what the library has taken so far
        pane.take(first, settled=False)
        monkeypatch.setattr(app.library, "articles", articles)
        pane.take(rest, settled=False)
        every = store.event_keys(None)
        assert pane.table.shown == every and len(set(pane.table.shown)) == len(every)
