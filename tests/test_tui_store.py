"""The reader on the library store: a second start parses nothing, changed files are parsed again,
R finds files added while it runs, F searches every article's text."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from textual.widgets import Input
from tui_support import until_loaded

from parsing.model import LoadError
from parsing.store import ArticleSummary
from tui.app import DatelineApp
from tui.config import Config, load_config
from tui.messages import OpenArticle
from tui.screens.library_search import LibrarySearchScreen
from tui.widgets.library import LibraryTable
from tui.widgets.timeline import TimelinePane

ROOT = Path(__file__).resolve().parents[1]
BODY = "Rain fell on Monday in Millbridge. \"It is wet,\" Ann Lee said.\n\nThe river rose by noon.\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path / "conf"))
    monkeypatch.setenv("DATELINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DATELINE_NO_CACHE", raising=False)
    d = tmp_path / "news"
    d.mkdir()
    (d / "a.txt").write_text(BODY, encoding="utf-8")
    (d / "b.txt").write_text(BODY.replace("Ann Lee", "Bo Park").replace("river", "canal"), encoding="utf-8")
    return d


async def _texts(folder: Path) -> dict[str, str]:
    app = DatelineApp([str(folder)], None, Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await until_loaded(app, pilot)
        return {os.path.basename(a.path): getattr(app.library.article(a.id), "text", "")
                for a in app.library.articles}


async def test_a_second_start_parses_nothing_and_a_changed_file_is_parsed_again(
        folder: Path, parses: list[str]) -> None:
    first = await _texts(folder)
    assert sorted(parses) == ["a.txt", "b.txt"] and sorted(first) == ["a.txt", "b.txt"]
    parses.clear()
    assert await _texts(folder) == first and parses == []
    (folder / "b.txt").write_text(BODY.replace("Rain", "Snow"), encoding="utf-8")
    os.utime(folder / "b.txt", ns=(1, 2_000_000_000_000_000_000))
    (folder / "a.txt").unlink()
    third = await _texts(folder)
    assert parses == ["b.txt"] and list(third) == ["b.txt"] and third["b.txt"].startswith("Snow")


async def test_r_finds_a_file_added_while_the_reader_runs(folder: Path, parses: list[str]) -> None:
    app = DatelineApp([str(folder)], None, Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await until_loaded(app, pilot)
        assert len(app.library.articles) == 2
        (folder / "c.txt").write_text(BODY.replace("Rain", "Hail"), encoding="utf-8")
        parses.clear()
        await pilot.press("R")
        await until_loaded(app, pilot)
        assert parses == ["c.txt"]
        assert sorted(os.path.basename(a.path) for a in app.library.articles) == ["a.txt", "b.txt", "c.txt"]
        assert app.query_one("#library", LibraryTable).row_count == 3


async def test_r_lists_each_event_of_the_timeline_once(folder: Path) -> None:
    """A rescan empties the library and loads it again: the timeline's rows are the store's keys,
    each once (it listed the events twice: 244 of 122 on the sample articles)."""
    app = DatelineApp([str(folder)], None, Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await until_loaded(app, pilot)
        timeline = app.query_one(TimelinePane)
        before = list(timeline.table.shown)
        assert before and timeline.total == len(before)
        for _ in range(2):
            await pilot.press("R")
            await until_loaded(app, pilot)
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert timeline.table.shown == before and timeline.total == len(before)


async def test_f_searches_every_article_and_opens_the_sentence(folder: Path) -> None:
    app = DatelineApp([str(folder)], None, Config())
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("F")
        screen = app.screen
        assert isinstance(screen, LibrarySearchScreen)
        await pilot.press(*"canal rose")
        await pilot.pause()
        assert [h.text for h in screen.hits] == ["The canal rose by noon."]
        field = screen.query_one(Input)
        assert field.content_region.height >= 1 and field.value == "canal rose"  # what is typed shows
        hit = screen.hits[0]
        assert hit.article.path.endswith("b.txt") and hit.when == ""  # b.txt has no date
        await pilot.press("enter", "enter")
        await pilot.pause()
        reading = app.reader.reading
        assert reading is not None and reading.article.path.endswith("b.txt")
        assert reading.target is not None
        assert reading.article.text[reading.target.start:reading.target.end] == "The canal rose by noon."


CHILD = """
import asyncio, sys
from tui.app import DatelineApp
from tui.config import Config

async def main():
    app = DatelineApp([sys.argv[1]], None, Config())
    async with app.run_test(size=(100, 30)) as pilot:
        while app.loading:
            await pilot.pause(0.05)
        print(len(app.library.articles), len(app.library.errors))

if __name__ == "__main__":
    asyncio.run(main())
"""


def test_a_cold_folder_is_parsed_by_the_process_pool_inside_the_reader(tmp_path: Path) -> None:
    """In a fresh process the reader starts the pool itself, while Textual holds standard error (a
    capture whose file number is -1): the pool's helper process must still start."""
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(40):  # enough files for two processes
        (folder / f"a{n:02d}.txt").write_text(BODY.replace("Ann Lee", f"Ann Lee{n}"), encoding="utf-8")
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, DATELINE_DATA_DIR=str(tmp_path / "data"), DATELINE_CONFIG_DIR=str(tmp_path / "c"))
    env.pop("DATELINE_NO_CACHE", None)
    done = subprocess.run([sys.executable, str(script), str(folder)], env=env, capture_output=True, text=True,
                          timeout=120, cwd=str(ROOT))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["40", "0"]


async def _read_b_then_quit(folder: Path) -> Config:
    app = DatelineApp([str(folder)], None, Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await until_loaded(app, pilot)
        app.post_message(OpenArticle(next(a.id for a in app.library.articles if a.path.endswith("b.txt"))))
        await pilot.pause()
        await pilot.press("q")
    return load_config()


async def test_the_article_read_last_is_shown_before_the_library_is_checked(folder: Path) -> None:
    """A warm start posts the last-read article (stored, unchanged) before the rest; nothing is twice."""
    config = await _read_b_then_quit(folder)
    assert config.last_path is not None and config.last_path.endswith("b.txt")
    first: list[list[str]] = []
    again = DatelineApp([str(folder)], None, config)

    add = again.library.add

    def seen(items: Sequence[ArticleSummary | LoadError]) -> None:
        first.append([os.path.basename(i.path) for i in items])
        add(items)

    again.library.add = seen  # type: ignore[method-assign]
    async with again.run_test(size=(100, 30)) as pilot:
        await until_loaded(again, pilot)
        assert first[0] == ["b.txt"]  # alone, first
        assert sorted(os.path.basename(a.path) for a in again.library.articles) == ["a.txt", "b.txt"]
        reading = again.reader.reading
        assert reading is not None and reading.article.path.endswith("b.txt")
        assert len(again.query_one(TimelinePane).table.shown) == again.query_one(TimelinePane).total


async def test_the_article_read_last_is_in_the_first_frame_from_the_store_alone(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Shown before the loading worker has even opened the store (here it never does); a file
    changed since it was stored is not shown that way."""
    config = await _read_b_then_quit(folder)
    monkeypatch.setattr("tui.loading.load_files", lambda *args: None)
    again = DatelineApp([str(folder)], None, config)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        reading = again.reader.reading
        assert reading is not None and reading.article.path.endswith("b.txt")
        assert "canal" in reading.article.text
        assert again.library.articles == [] and again.library.store is None
    (folder / "b.txt").write_text(BODY.replace("Rain", "Snow"), encoding="utf-8")
    changed = DatelineApp([str(folder)], None, config)
    async with changed.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert changed.reader.reading is None


async def test_a_file_gone_from_the_folder_is_dropped_from_the_store(folder: Path) -> None:
    """Not only out of the library's scope: its rows (and its text in the search index) go."""
    from parsing.store import open_store

    await _texts(folder)
    (folder / "a.txt").unlink()
    assert sorted(await _texts(folder)) == ["b.txt"]
    store = open_store().store
    try:
        assert sorted(os.path.basename(p) for p in store.digests()) == ["b.txt"]
    finally:
        store.close()
