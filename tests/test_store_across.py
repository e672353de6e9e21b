"""What the reader asks of the store instead of holding articles: the same answers as the in-memory
functions over the same articles (identities, quotes by speaker, filtered timeline keys and spans),
and the user's publication dates as part of a file's key."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from parsing.crossref import build, library_quotes, records
from parsing.datefilter import DateRange
from parsing.ingest import Ingest
from parsing.model import Article
from parsing.pipeline import load
from parsing.store import Store, open_store
from parsing.store.timeline import key_ref
from parsing.timeline import build_timeline, filter_entity_name, filter_range

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_articles"
RANGES = [DateRange(date(2021, 11, 1), date(2021, 11, 30), "nov 2021"),
          DateRange(date(2026, 3, 1), date(2026, 3, 31), "mar 2026"),
          DateRange(date(2014, 1, 1), None, "since 2014"), DateRange(None, date(2020, 12, 31), "until 2020")]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, list[Article]]:
    os.environ.pop("DATELINE_NO_CACHE", None)
    store = open_store(tmp_path_factory.mktemp("s") / "s.db").store
    for _ in Ingest(store, jobs=1).run([str(SAMPLES)]):
        pass
    articles = [a for a in load([str(SAMPLES)]) if isinstance(a, Article)]
    return store, articles


def test_entity_records_are_those_of_the_articles(library: tuple[Store, list[Article]]) -> None:
    store, articles = library
    assert store.entity_records() == list(records(articles))


def test_library_quotes_match_the_in_memory_listing(library: tuple[Store, list[Article]]) -> None:
    store, articles = library
    identities = build(store.entity_records())
    mine = store.library_quotes(identities)
    theirs = library_quotes(articles, identities)
    assert len(mine) == len(theirs) > 20
    for a, b in zip(mine, theirs, strict=True):
        fields = ("article_id", "speaker", "speaker_id", "earliest")
        assert [getattr(a, f) for f in fields] == [getattr(b, f) for f in fields]
        assert (a.quote.id, a.quote.start, a.quote.text) == (b.quote.id, b.quote.start, b.quote.text)


@pytest.mark.parametrize("mode", ["within", "overlap"])
@pytest.mark.parametrize("selected", RANGES, ids=lambda r: r.label)
def test_filtered_keys_keep_what_filter_range_keeps(library: tuple[Store, list[Article]], mode: str,
                                                    selected: DateRange) -> None:
    store, articles = library
    timeline = build_timeline(articles)
    kept = filter_range(timeline, selected, mode)  # type: ignore[arg-type]
    keys = store.event_keys(selected=selected, mode=mode)
    assert len(keys) == len(kept) == store.event_count(selected=selected, mode=mode)
    entries = store.timeline_entries(keys)
    assert [(entries[k].article_id, entries[k].event.id) for k in keys] == [
        (e.article_id, e.event.id) for e in kept]
    spans = store.event_spans(selected, mode)
    assert sum(n for *_, n in spans) == len(kept)


def test_names_keep_the_events_of_those_names(library: tuple[Store, list[Article]]) -> None:
    store, articles = library
    timeline = build_timeline(articles)
    kept = filter_entity_name(timeline, "Helena Marsh")
    keys = store.event_keys(names={"helena  MARSH"})
    assert len(keys) == len(kept) > 0
    assert store.event_keys(names=set()) == []


def test_keys_of_some_articles_only(library: tuple[Store, list[Article]]) -> None:
    store, _ = library
    first = store.summaries()[0]
    keys = store.event_keys(article_keys=[first.key])
    assert keys and {key_ref(k)[0] for k in keys} == {first.key}
    assert len(keys) == first.events


def test_a_user_date_is_part_of_the_key_so_the_file_is_parsed_again(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Jane Doe said on Monday that the bridge will close.\n", encoding="utf-8")
    store = open_store(tmp_path / "s.db").store
    list(Ingest(store, jobs=1).run([str(folder)]))
    (before,) = store.summaries()
    assert before.published is None
    store.set_user_published(str(folder / "a.txt"), date(2020, 2, 5))
    ingest = Ingest(store, jobs=1)
    _, todo = ingest.plan([str(folder)])
    assert [os.path.basename(f) for f in todo] == ["a.txt"]
    list(Ingest(store, jobs=1).run([str(folder)]))
    (after,) = store.summaries()
    assert after.published == date(2020, 2, 5)
    article = store.article(after.key)
    assert article is not None and article.published_from == "user"
    assert any(e.earliest == date(2020, 2, 3) for e in article.events)  # "on Monday" from the user's date
    _, todo = Ingest(store, jobs=1).plan([str(folder)])
    assert todo == []
    # --published wins over the user's date
    list(Ingest(store, published=date(2019, 1, 1), jobs=1).run([str(folder)]))
    (forced,) = store.summaries()
    assert forced.published == date(2019, 1, 1)
