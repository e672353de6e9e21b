"""The panes grow by increments while a library loads: rows go into place, the timeline merges each
batch's events, and what needs every article waits for the library to grow (issue 8)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text
from tui_support import make_app, make_article, until_loaded

from parsing.datefilter import CLEARED, DateRange
from parsing.model import Article, LoadError
from parsing.store import ArticleSummary, Store
from parsing.timeline import build_timeline, filter_range
from tui.app import DatelineApp
from tui.loading import put_items
from tui.messages import Loaded
from tui.orders import sort_key
from tui.widgets.entities import EntitiesPane
from tui.widgets.entity_rows import gather
from tui.widgets.library import LibraryTable
from tui.widgets.sparkline import Sparkline
from tui.widgets.timeline import TimelinePane


def generated(n: int, seed: int = 8) -> list[Article]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        day = date(2020, 1, 1) + timedelta(days=rnd.randrange(900))
        event = f"Council {i} met on the river."
        text = f'{event} "We act now," Ann Roe said.'
        out.append(make_article(
            f"g{i}", text, title=f"Article {rnd.randrange(1000)}",
            source=rnd.choice(["Courier", "Anchor", ""]),
            published=day if i % 7 else None, people={"Ann Roe": "PERSON"},
            speeches=[('"We act now,"', "Ann Roe")], dated=[(event, day, day + timedelta(days=i % 3))]))
    return out


@pytest.fixture
def cdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    return tmp_path


async def load_in_batches(app: DatelineApp, articles: list[Article], batch: int,
                          refresh: bool = True) -> None:
    """What the loading worker does, batch by batch (the articles into the store, their summaries to
    the app), with the panes refreshed after each (unless not ``refresh``: the app's pacing decides)."""
    store = app.library.store
    assert store is not None
    scope = [s.path for s in store.summaries()]
    app.loading = True
    for at in range(0, len(articles), batch):
        items: list[ArticleSummary | LoadError] = []
        for article in articles[at:at + batch]:
            scope.append(article.path)
            store.set_scope(scope)
            items += put_items(store, article.path, None, [article], "test")
        app._loaded(Loaded(items, at + batch, len(articles)))
        if refresh:
            app._refresh_panes()


def whole(app: DatelineApp) -> list[Article]:
    found = [app.library.article(a.id) for a in app.library.articles]
    assert all(a is not None for a in found)
    return [a for a in found if a is not None]


def shown(timeline: TimelinePane) -> list[tuple[str, str]]:
    return [(e.article_id, e.event.id) for e in timeline.entries]


async def test_batches_go_into_place_as_a_full_sort_would_put_them(cdir: Path) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        library, timeline = app.query_one(LibraryTable), app.query_one(TimelinePane)
        library.focus()
        await pilot.press("j")
        on = library.cursor_key
        timeline.set_range(DateRange(date(2020, 6, 1), date(2021, 5, 31), "Jun 2020 – May 2021"))
        for step, batch in enumerate(range(0, 90, 30)):
            extra = generated(90)[batch:batch + 30]
            await load_in_batches(app, extra, 10)
            await pilot.pause()
            everything = app.library.articles
            assert len(everything) == 2 + 30 * (step + 1)
            for sort in ("date", "source", "title"):
                library.set_sort(sort)
                expected = sorted(everything, key=lambda a: sort_key(sort, a, a.source))
                assert library.article_ids == [a.id for a in expected]
            library.set_sort("date")
            assert library.cursor_key == on  # rows went in above it: the cursor stayed on its article
            timeline_now = build_timeline(whole(app))
            kept = filter_range(timeline_now, timeline.range)
            assert 0 < len(kept) < len(timeline_now)
            assert shown(timeline) == [(e.article_id, e.event.id) for e in kept]
            assert timeline.total == len(timeline_now)


async def test_each_batch_costs_only_its_own_articles(cdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int | None] = []
    totals: list[int | None] = []
    real_keys, real_rows = Store.event_keys, Store.entity_rows

    def counting_keys(self: Store, article_keys: Any = None, *args: Any, **kw: Any) -> list[str]:
        asked.append(None if article_keys is None else len(list(article_keys)))
        return real_keys(self, article_keys, *args, **kw)

    def counting_rows(self: Store, article_keys: Any = None) -> Any:
        totals.append(None if article_keys is None else len(list(article_keys)))
        return real_rows(self, article_keys)

    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        pane = app.query_one(EntitiesPane)
        pane.library_scope = True
        pane.refill()
        monkeypatch.setattr(Store, "event_keys", counting_keys)
        monkeypatch.setattr(Store, "entity_rows", counting_rows)
        app.query_one(LibraryTable).focus()  # the timeline does not follow the open article's events
        extra = generated(400)
        await load_in_batches(app, extra, 10)
        # the timeline and the all-articles entity list took in each batch's articles, never the library
        assert [n for n in asked if n != 1] == [10] * 40
        assert totals == [10] * 40
        every = sum(r.mentions for r in gather(whole(app)))
        assert sum(r.mentions for r in pane.rows) == every  # counts added to, none lost
        app.loading = False
        app._refresh_panes()  # loading finished: names that are one identity are one row
        assert sum(r.mentions for r in pane.rows) == every
        assert {r.key.name for r in pane.rows} == {"Ann Roe", "Bob Poe"}  # "Roe" is Ann Roe


async def test_while_loading_the_histogram_adds_each_batchs_counts_and_draws_what_a_full_count_draws(
        cdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counted: list[int | None] = []
    real = Store.event_spans

    def counting(self: Store, *args: Any, **kw: Any) -> Any:
        keys = kw.get("article_keys", args[3] if len(args) > 3 else None)
        counted.append(None if keys is None else len(list(keys)))
        return real(self, *args, **kw)

    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        timeline = app.query_one(TimelinePane)
        spark = timeline.query_one(Sparkline)
        monkeypatch.setattr(Store, "event_spans", counting)
        articles = generated(90)
        await load_in_batches(app, articles[:60], 10)
        assert counted == [10] * 6  # each batch's own events, never the whole library's
        while_loading = drawn(spark)
        timeline.set_range(DateRange(date(2020, 6, 1), date(2020, 8, 31), "summer 2020"))
        timeline.set_range(CLEARED)  # the filters applied again: the whole library counted at once
        assert counted[-1] is None
        assert drawn(spark) == while_loading
        timeline.set_range(DateRange(date(2020, 6, 1), date(2020, 8, 31), "summer 2020"))
        zoomed_at_once = drawn(spark)
        await load_in_batches(app, articles[60:], 10)  # batches with a filter set
        app.loading = False
        grown_by_batches = drawn(spark)
        app._refresh_panes()  # loading finished: counted again whole
        assert counted[-1] is None and drawn(spark) == grown_by_batches != zoomed_at_once


def drawn(spark: Sparkline) -> str:
    shown = spark.render()
    return shown.plain if isinstance(shown, Text) else str(shown)
