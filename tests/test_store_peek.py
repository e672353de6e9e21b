"""A glance at the store (``peek_store``), read-only and at once or not at all: what the reader uses
to show the article read last in its first frame. It never creates, moves or changes the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from parsing.ingest import Ingest
from parsing.store import open_store, peek_store


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATELINE_NO_CACHE", raising=False)


def _stored(tmp_path: Path) -> tuple[Path, Path]:
    """A store holding one article; (the store's file, the article's file)."""
    article = tmp_path / "a.txt"
    article.write_text("Jane Doe said on Monday that \"the bridge will close.\"\n", encoding="utf-8")
    db = tmp_path / "library.sqlite3"
    store = open_store(db).store
    list(Ingest(store, jobs=1).run([str(article)]))
    store.close()
    return db, article


def test_a_stored_article_is_read_and_nothing_can_be_written(tmp_path: Path) -> None:
    db, article = _stored(tmp_path)
    store = peek_store(db)
    assert store is not None
    try:
        (summary,) = store.summaries_of(str(article.resolve()))
        found = store.article(summary.key)
        assert found is not None and found.text.startswith("Jane Doe")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.conn.execute("DELETE FROM files")
    finally:
        store.close()


def test_no_file_is_none_and_none_is_made(tmp_path: Path) -> None:
    assert peek_store(tmp_path / "library.sqlite3") is None
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_file_is_none_and_left_where_it_is(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    db.write_bytes(b"not a database\n" * 300)
    assert peek_store(db) is None
    assert [p.name for p in tmp_path.iterdir()] == ["library.sqlite3"]
    assert db.read_bytes() == b"not a database\n" * 300


def test_another_schema_version_is_none(tmp_path: Path) -> None:
    db, _ = _stored(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert peek_store(db) is None


def test_a_store_locked_by_a_writer_is_none(tmp_path: Path) -> None:
    db, _ = _stored(tmp_path)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert peek_store(db) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_no_store_asked_for_is_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = _stored(tmp_path)
    monkeypatch.setenv("DATELINE_NO_CACHE", "1")
    assert peek_store(db) is None
