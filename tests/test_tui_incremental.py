"""The panes grow by increments while a library loads: rows go into place, the timeline merges each
batch's events, and what needs every article waits for the library to grow (issue 8)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from tui_support import make_app, make_article, until_loaded

import tui.widgets.entities as entities_module
from parsing.datefilter import DateRange
from parsing.model import Article
from parsing.timeline import build_timeline, filter_range, keyed_timeline
from tui.app import DatelineApp
from tui.messages import Loaded
from tui.state import sort_key
from tui.widgets.entities import EntitiesPane, gather
from tui.widgets.library import LibraryTable
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


async def load_in_batches(app: DatelineApp, articles: list[Article], batch: int) -> None:
    """What the loading worker does, batch by batch, with the panes refreshed after each."""
    app.loading = True
    for at in range(0, len(articles), batch):
        app._loaded(Loaded(list(articles[at:at + batch]), at + batch, len(articles)))
        app._refresh_panes()


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
            assert timeline.all_entries == build_timeline(everything)
            assert timeline.entries == filter_range(build_timeline(everything), timeline.range)


async def test_each_batch_costs_only_its_own_articles(cdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[int] = []

    def counting(articles: Any, first_rank: int = 0) -> Any:
        articles = list(articles)
        taken.append(len(articles))
        return keyed_timeline(articles, first_rank)

    gathered: list[int] = []
    real_gather = entities_module.gather

    def counting_gather(articles: Any) -> Any:
        articles = list(articles)
        gathered.append(len(articles))
        return real_gather(articles)

    app = make_app(cdir)
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        pane = app.query_one(EntitiesPane)
        pane.library_scope = True
        pane.refill()
        monkeypatch.setattr("tui.widgets.timeline.keyed_timeline", counting)
        monkeypatch.setattr(entities_module, "gather", counting_gather)
        extra = generated(400)
        await load_in_batches(app, extra, 10)
        assert taken == [10] * 40  # the timeline took in each batch's articles, never the library again
        # the all-articles entity list is gathered again only as the library grows by a quarter
        assert len(gathered) <= 20 and sum(gathered) < 6 * len(app.library.articles)
        app.loading = False
        app._refresh_panes()  # loading finished: everything is up to date
        assert {r.key.name: r.mentions for r in pane.rows} == {
            r.key.name: r.mentions for r in gather(app.library.articles)}
