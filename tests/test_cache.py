"""The reader's cache of parsed articles: hits for unchanged files, misses for any change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from parsing.model import Article, LoadError
from tui import cache

BODY = "Jane Doe said on Monday that \"the bridge will close,\" officials reported.\n"


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV_DIR, str(d))
    monkeypatch.delenv(cache.ENV_OFF, raising=False)
    return d


def _entries(store: Path) -> list[Path]:
    return sorted(store.rglob("*.pickle")) if store.exists() else []


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import parsing.pipeline

    calls: list[str] = []
    real = parsing.pipeline.load_file

    def counting(path: str, published: object = None) -> list[Article | LoadError]:
        calls.append(path)
        return real(path, published)  # type: ignore[arg-type]

    monkeypatch.setattr(parsing.pipeline, "load_file", counting)
    return calls


def test_second_load_is_answered_from_the_cache(store: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "a.txt"
    f.write_text(BODY, encoding="utf-8")
    calls = _count_parses(monkeypatch)
    first = cache.load_file_cached(str(f))
    second = cache.load_file_cached(str(f))
    assert calls == [str(f)]
    assert first == second and isinstance(second[0], Article)
    assert len(_entries(store)) == 1


def test_a_changed_file_is_parsed_again(store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "a.txt"
    f.write_text(BODY, encoding="utf-8")
    calls = _count_parses(monkeypatch)
    cache.load_file_cached(str(f))
    f.write_text(BODY.replace("Monday", "Friday morning"), encoding="utf-8")
    os.utime(f, ns=(1, 2_000_000_000_000_000_000))
    (art,) = cache.load_file_cached(str(f))
    assert len(calls) == 2
    assert isinstance(art, Article) and "Friday" in art.text


def test_another_publication_date_is_another_entry(store: Path, tmp_path: Path) -> None:
    from datetime import date

    f = tmp_path / "a.txt"
    f.write_text(BODY, encoding="utf-8")
    (plain,) = cache.load_file_cached(str(f))
    (dated,) = cache.load_file_cached(str(f), date(2024, 5, 8))
    assert isinstance(plain, Article) and isinstance(dated, Article)
    assert plain.published is None and dated.published == date(2024, 5, 8)


def test_a_damaged_entry_is_a_miss(store: Path, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(BODY, encoding="utf-8")
    cache.load_file_cached(str(f))
    (entry,) = _entries(store)
    entry.write_bytes(b"not a pickle")
    (art,) = cache.load_file_cached(str(f))
    assert isinstance(art, Article) and art.text.strip() == BODY.strip()


def test_failures_are_not_cached(store: Path, tmp_path: Path) -> None:
    f = tmp_path / "bad.json"
    f.write_text("{ truncated", encoding="utf-8")
    (err,) = cache.load_file_cached(str(f))
    assert isinstance(err, LoadError)
    assert _entries(store) == []


def test_the_cache_can_be_turned_off(store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_OFF, "1")
    f = tmp_path / "a.txt"
    f.write_text(BODY, encoding="utf-8")
    cache.load_file_cached(str(f))
    assert _entries(store) == []
