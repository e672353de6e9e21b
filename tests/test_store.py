"""The library store: round trip, what a second run parses, and the bad cases (damaged, newer,
locked, read-only, full, two processes at once, files changed between runs)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import parsing.store.opening as opening
from parsing.contract import article_from_dict, article_to_dict
from parsing.datefilter import DateRange
from parsing.fetch.cache import Fetched
from parsing.ingest import Ingest
from parsing.model import Article
from parsing.pipeline import load, parse_text
from parsing.store import Store, open_store
from parsing.timeline import build_timeline, filter_range

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_articles"
BODY = "Jane Doe said on Monday that \"the bridge will close,\" officials reported.\n"


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATELINE_NO_CACHE", raising=False)


def _folder(tmp_path: Path, n: int = 3) -> Path:
    d = tmp_path / "news"
    d.mkdir()
    for i in range(n):
        (d / f"a{i}.txt").write_text(BODY.replace("Jane", f"Jane{i}"), encoding="utf-8")
    return d


def _ingest(store: Store, *paths: Path) -> list[str]:
    """Run an ingest in this process; the notices it gave."""
    notices = [p.notice for p in Ingest(store, jobs=1).run([str(p) for p in paths]) if p.notice]
    return notices


def test_sample_articles_round_trip_through_the_contract_and_the_store(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db").store
    _ingest(store, SAMPLES)
    parsed = [a for a in load([str(SAMPLES)]) if isinstance(a, Article)]
    assert [article_from_dict(article_to_dict(a)) for a in parsed] == parsed
    stored = [store.article(s.key) for s in store.summaries()]
    assert stored == parsed


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200), st.one_of(st.none(), st.dates()))
def test_any_text_round_trips(text: str, published: date | None) -> None:
    a = parse_text(text.encode("utf-8", "replace").decode("utf-8"), published)
    assert article_from_dict(article_to_dict(a)) == a


def test_a_second_run_parses_nothing_and_finds_changes(tmp_path: Path, parses: list[str]) -> None:
    d = _folder(tmp_path)
    db = tmp_path / "s.db"
    calls = parses
    _ingest(open_store(db).store, d)
    assert sorted(calls) == ["a0.txt", "a1.txt", "a2.txt"]
    calls.clear()
    store = open_store(db).store
    _ingest(store, d)
    assert calls == [] and store.count() == 3
    (d / "a1.txt").write_text(BODY.replace("Monday", "Friday"), encoding="utf-8")
    os.utime(d / "a1.txt", ns=(1, 2_000_000_000_000_000_000))
    (d / "a2.txt").unlink()
    (d / "a3.txt").write_text(BODY.replace("bridge", "tunnel"), encoding="utf-8")
    store = open_store(db).store
    _ingest(store, d)
    assert sorted(calls) == ["a1.txt", "a3.txt"]
    texts = {os.path.basename(s.path): store.article(s.key).text for s in store.summaries()}  # type: ignore[union-attr]
    assert sorted(texts) == ["a0.txt", "a1.txt", "a3.txt"]
    assert "Friday" in texts["a1.txt"] and "tunnel" in texts["a3.txt"]
    assert store.digests().keys() == {str((d / n).resolve()) for n in ("a0.txt", "a1.txt", "a3.txt")}


def test_another_publication_date_is_parsed_again(tmp_path: Path) -> None:
    d = _folder(tmp_path, 1)
    store = open_store(tmp_path / "s.db").store
    _ingest(store, d)
    (plain,) = store.summaries()
    list(Ingest(store, published=date(2024, 5, 8), jobs=1).run([str(d)]))
    (dated,) = store.summaries()
    assert plain.published is None and dated.published == date(2024, 5, 8)


def test_every_connection_to_a_store_file_commits_without_syncing(tmp_path: Path) -> None:
    """WAL with synchronous NORMAL is a per-connection setting: the reader's writer (a sibling
    connection) takes it too, not only the connection that opened the file."""
    store = open_store(tmp_path / "s.db").store
    writer = store.sibling()
    normal = 1
    try:
        for s in (store, writer):
            assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert s.conn.execute("PRAGMA synchronous").fetchone()[0] == normal
    finally:
        writer.close()
        store.close()


def test_a_damaged_file_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    db.write_bytes(b"this is not a database, it is a text file\n" * 100)
    opened = open_store(db)
    assert opened.notice is not None and "damaged" in opened.notice and "\n" not in opened.notice
    aside = list(tmp_path.glob("library.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not a database")
    _ingest(opened.store, _folder(tmp_path, 2))
    assert opened.store.count() == 2 and opened.store.persistent


def test_a_newer_schema_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db.read_bytes()
    opened = open_store(db)
    assert opened.notice is not None and "newer" in opened.notice and "\n" not in opened.notice
    assert not opened.store.persistent
    _ingest(opened.store, _folder(tmp_path, 2))
    assert opened.store.count() == 2
    assert db.read_bytes() == before


def test_a_folder_that_cannot_be_made_means_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    opened = open_store(blocker / "sub" / "library.sqlite3")
    assert opened.notice is not None and "\n" not in opened.notice and not opened.store.persistent


def _read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Connections as a read-only folder gives them (chmod does not bind root, which runs CI)."""
    real = opening.connect

    def ro(target: str | Path) -> sqlite3.Connection:
        if str(target) == ":memory:":
            return real(target)
        return sqlite3.connect(f"file:{target}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)

    monkeypatch.setattr(opening, "connect", ro)


def test_a_read_only_store_is_read_and_the_rest_kept_in_memory(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    d = _folder(tmp_path, 2)
    db = tmp_path / "library.sqlite3"
    _ingest(open_store(db).store, d)
    (d / "a9.txt").write_text(BODY.replace("Jane", "Anna"), encoding="utf-8")
    before = db.read_bytes()
    _read_only(monkeypatch)
    opened = open_store(db)
    notices = _ingest(opened.store, d) if opened.notice is None else [opened.notice]
    assert len(notices) == 1 and "cannot be written" in notices[0]
    assert db.read_bytes() == before


def test_a_new_store_in_a_read_only_folder_means_memory(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _read_only(monkeypatch)
    opened = open_store(tmp_path / "library.sqlite3")
    assert opened.notice is not None and "parsing in memory" in opened.notice
    _ingest(opened.store, _folder(tmp_path, 2))
    assert opened.store.count() == 2


def test_a_full_disk_keeps_the_rest_in_memory(tmp_path: Path) -> None:
    d = _folder(tmp_path, 1)
    store = open_store(tmp_path / "s.db").store
    _ingest(store, d)
    for i in range(1, 40):
        (d / f"b{i}.txt").write_text((BODY * 40).replace("Jane", f"Ann{i}"), encoding="utf-8")
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # a disk with two pages left
    ingest = Ingest(store, jobs=1)
    notices = [p.notice for p in ingest.run([str(d)]) if p.notice]
    assert len(notices) == 1 and "disk is full" in notices[0]
    assert ingest.store is not store and ingest.store.count() == 40
    assert all(ingest.store.article(s.key) is not None for s in ingest.store.summaries())


def test_a_locked_store_is_waited_for_then_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "library.sqlite3"
    open_store(db).store.close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr("parsing.store.db.BUSY_TIMEOUT_S", 0.05)
    try:
        opened = open_store(db)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert opened.notice is not None and "locked" in opened.notice and not opened.store.persistent


def test_no_cache_means_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_NO_CACHE", "1")
    monkeypatch.setenv("DATELINE_DATA_DIR", str(tmp_path / "data"))
    opened = open_store()
    _ingest(opened.store, _folder(tmp_path, 2))
    assert opened.notice is None and opened.store.count() == 2 and not (tmp_path / "data").exists()


def test_the_data_dir_variable_moves_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_DATA_DIR", str(tmp_path / "data"))
    opened = open_store()
    assert opened.store.path is not None and opened.store.path.parent == tmp_path / "data"


_WORKER = """
import sys
from parsing.store import open_store
from parsing.ingest import Ingest
if __name__ == "__main__":
    store = open_store(__import__("pathlib").Path(sys.argv[1])).store
    for p in Ingest(store, jobs=1).run([sys.argv[2]]):
        assert p.notice is None, p.notice
    print(store.count())
"""


def test_two_processes_at_once_both_work(tmp_path: Path) -> None:
    d = _folder(tmp_path, 30)
    db = tmp_path / "library.sqlite3"
    script = tmp_path / "w.py"
    script.write_text(_WORKER)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, str(script), str(db), str(d)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1][-2000:] for o in outs]
    assert [o[0].strip() for o in outs] == ["30", "30"]
    store = open_store(db).store
    store.set_scope([str(p.resolve()) for p in sorted(d.iterdir())])
    assert store.count() == 30
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_queries_over_the_samples(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db").store
    _ingest(store, SAMPLES)
    hits = store.search("spillway")
    assert hits and all("spillway" in h.text.lower() for h in hits)
    assert all(h.when for h in hits if h.article.published)
    keys = store.timeline_keys()
    rows = store.timeline_entries(keys)
    entries = [rows[k] for k in keys]
    assert len(entries) == sum(s.events for s in store.summaries())
    parsed = [a for a in load([str(SAMPLES)]) if isinstance(a, Article)]
    for lo, hi in ((date(2026, 3, 1), date(2026, 3, 31)), (date(2021, 1, 1), date(2021, 12, 31)),
                   (date(1900, 1, 1), date(2000, 1, 1)), (date(2026, 3, 4), date(2026, 3, 4))):
        want = filter_range(build_timeline(parsed), DateRange(lo, hi, ""), "overlap")
        assert store.timeline_range(lo, hi) == list(want)
    assert entries == list(build_timeline(parsed))
    totals = store.entity_rows()
    assert totals and all(t.articles >= 1 and t.mentions >= t.articles for t in totals)
    said = next(t for t in totals if t.quotes)
    assert len(store.entity_quotes(said.name, limit=100)) == said.quotes
    assert store.newest() == max(s.published for s in store.summaries() if s.published)
    assert store.timeline_keys(entity="  northgate HYDRO ") == [k for k, e in zip(keys, entries, strict=True)
                                                              if "Northgate Hydro" in e.entity_names]
    speaker = next(q.speaker for s in store.summaries() for q in store.article(s.key).quotes  # type: ignore[union-attr]
                   if q.speaker)
    assert all(text for _, _, text in store.quotes_by(speaker))


def test_fetched_pages_and_user_dates_are_kept(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    store = open_store(db).store
    page = Fetched("http://127.0.0.1/a", "http://127.0.0.1/b", 200, "text/html", '"e1"', None,
                   "2026-01-01T00:00:00Z", b"<p>hi</p>")
    store.put_fetched(page)
    f = tmp_path / "a.txt"
    f.write_text(BODY)
    store.set_user_published(str(f), date(2020, 2, 2))
    again = open_store(db).store
    assert again.get_fetched(page.url) == page and again.get_fetched("http://127.0.0.1/x") is None
    assert again.user_published(str(f)) == date(2020, 2, 2)
    again.set_user_published(str(f), None)
    assert again.user_published(str(f)) is None


def test_an_older_schema_is_parsed_again_and_the_users_dates_kept(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    d = _folder(tmp_path, 2)
    store = open_store(db).store
    _ingest(store, d)
    store.set_user_published(str(d / "a0.txt"), date(2020, 2, 2))
    store.conn.execute("PRAGMA user_version = 1")  # as a dateline before schema 2 left it
    store.close()
    again = open_store(db)
    assert again.notice is None and again.store.digests() == {}
    assert again.store.user_published(str(d / "a0.txt")) == date(2020, 2, 2)
    _ingest(again.store, d)
    assert again.store.count() == 2
