"""The reader app as a whole: launching, background loading, errors, config, layout, palette."""

from __future__ import annotations

import gc
import sys
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.pilot import Pilot
from tui_support import DAM, LIBRARY, STORM, Item, fake_loader, make_app, make_article, until_loaded

from parsing.model import Article, Span
from tui.app import DatelineApp
from tui.cli.reader import run_reader
from tui.commands import ReaderCommands
from tui.config import Config, load_config
from tui.launch import SWITCH_INTERVAL, launch
from tui.state import display_path
from tui.widgets.article import ArticleView
from tui.widgets.library import LibraryTable
from tui.widgets.status import StatusLine


@pytest.fixture
def cdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "conf"
    d.mkdir()
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(d))
    return d


async def ready(app: DatelineApp, pilot: Pilot[None]) -> None:
    await until_loaded(app, pilot)


def test_launch_refuses_a_path_without_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.bin").write_bytes(b"\0")
    assert launch([str(tmp_path)], None) == 1
    assert "no articles found" in capsys.readouterr().err
    assert launch([str(tmp_path / "missing.txt")], None) == 1
    assert "no such file" in capsys.readouterr().err
    assert launch(["-"], None) == 1
    assert "dateline parse -" in capsys.readouterr().err



def test_launch_runs_the_reader_at_a_short_switch_interval(tmp_path: Path, cdir: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The thread that writes Textual's frames gets the GIL soon after a frame is made (the first one
    reached the terminal 20-30 ms late at Python's default); the interval is the caller's again after."""
    (tmp_path / "a.txt").write_text("Rain fell on Monday.\n", encoding="utf-8")
    during: list[float] = []
    monkeypatch.setattr(DatelineApp, "run", lambda self, *a, **k: during.append(sys.getswitchinterval()))
    before = sys.getswitchinterval()
    assert launch([str(tmp_path)], None) == 0
    assert during == [SWITCH_INTERVAL] and SWITCH_INTERVAL < before
    assert sys.getswitchinterval() == before


def test_the_reader_starts_without_collections(tmp_path: Path, cdir: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """``dateline PATH`` makes no collections while the reader starts; they are on again after."""
    (tmp_path / "a.txt").write_text("Rain fell on Monday.\n", encoding="utf-8")
    during: list[bool] = []
    monkeypatch.setattr(DatelineApp, "run", lambda self, *a, **k: during.append(gc.isenabled()))
    assert run_reader([str(tmp_path)]) == 0
    assert during == [False]
    assert gc.isenabled()


async def test_the_reader_enables_collections_after_its_first_frame(cdir: Path) -> None:
    gc.disable()
    try:
        app = make_app(cdir)
        async with app.run_test(size=(120, 36)) as pilot:
            await until_loaded(app, pilot)
            assert gc.isenabled()
    finally:
        gc.enable()

async def test_real_files_load_in_the_background_with_errors_listed(tmp_path: Path, cdir: Path) -> None:
    (tmp_path / "a.txt").write_text('Rain fell on Monday. "It is wet," Ann Lee said.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00\xd8 broken \x00\x00\x00")
    app = DatelineApp([str(tmp_path)], None, Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        library = app.query_one(LibraryTable)
        assert len(app.library.articles) + len(app.library.errors) == 2
        assert library.row_count == 2
        assert app.reader.article is not None and app.reader.article.path.endswith("a.txt")
        assert app.query_one(StatusLine).progress == ""


async def test_failed_files_are_announced_once_loading_ends(
    cdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(cdir)
    said: list[str] = []

    def notify(message: str, **_: object) -> None:
        said.append(message)

    monkeypatch.setattr(app, "notify", notify)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
    assert said == ["1 file could not be read: listed at the end of the library with the reason"]


async def test_progress_shows_while_loading_and_panes_fill_as_files_arrive(cdir: Path) -> None:
    gate = threading.Event()

    def slow_loader(path: str, published: date | None) -> list[Item]:
        if path != next(iter(LIBRARY)):
            gate.wait(timeout=10)
        return fake_loader(path, published)

    app = DatelineApp(list(LIBRARY), None, Config(), loader=slow_loader)
    async with app.run_test(size=(100, 30)) as pilot:
        status = app.query_one(StatusLine)
        for _ in range(200):
            if status.progress == "Loading 1/3…":
                break
            await pilot.pause()
        assert status.progress == "Loading 1/3…"
        assert app.reader.article == DAM and len(app.library.articles) == 1
        gate.set()
        await ready(app, pilot)
        assert status.progress == "" and len(app.library.articles) == 2


async def test_the_article_pane_says_loading_until_the_first_article(cdir: Path) -> None:
    gate = threading.Event()

    def gated_loader(path: str, published: date | None) -> list[Item]:
        gate.wait(timeout=10)
        return fake_loader(path, published)

    app = DatelineApp(list(LIBRARY), None, Config(), loader=gated_loader)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert "Loading articles…" in view.render_line(1).text and app.reader.article is None
        gate.set()
        await ready(app, pilot)
        assert "Loading articles…" not in "".join(view.render_line(y).text for y in range(4))


async def test_when_every_file_fails_the_reader_exits_with_an_error(cdir: Path) -> None:
    broken = [p for p in LIBRARY if p.endswith("broken.txt")]
    app = DatelineApp(broken, None, Config(), loader=fake_loader)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(200):  # the app exits by itself once loading ends
            if app.return_code is not None:
                break
            await pilot.pause()
    assert app.return_code == 1 and [e.reason for e in app.library.errors] == ["not valid UTF-8"]


async def test_position_and_theme_are_saved_and_restored(cdir: Path) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        app.theme = "nord"
        await pilot.pause()
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        top = app.reader.view.top_offset()
        await pilot.press("q")
    saved = load_config()
    assert saved.theme == "nord" and saved.last_article == DAM.id and saved.last_offset == top

    edited = replace(saved, last_article="gone", last_path=STORM.path, last_offset=10**9)
    moved = make_app(cdir, config=edited)
    async with moved.run_test(size=(100, 30)) as pilot:  # the file was edited: found by its path
        await ready(moved, pilot)
        assert moved.reader.article == STORM

    again = make_app(cdir, config=saved)
    async with again.run_test(size=(100, 30)) as pilot:
        await ready(again, pilot)
        assert again.theme == "nord"
        assert again.reader.article == DAM and again.reader.view.top_offset() == top


async def test_resizing_keeps_the_text_at_the_top(cdir: Path) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(app, pilot)
        view = app.reader.view
        app.reader.open(long_article(50))
        await pilot.pause()
        view.scroll_to_offset(len(DAM.text) * 20)
        await pilot.pause()
        top = view.top_offset()
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        assert abs(view.top_offset() - top) < 80  # the same line, give or take its wrap


async def test_narrow_terminals_stack_the_panes(cdir: Path) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        assert app.screen.has_class("-narrow")
        article, library = app.query_one(ArticleView), app.query_one("#library")
        assert article.region.y > library.region.y and article.region.width >= 76
        entities, timeline = app.query_one("#entities"), app.query_one("#timeline")
        assert entities.display and not timeline.display  # they share one strip
        strips = library.outer_size.height + entities.outer_size.height
        assert article.outer_size.height > strips and article.scrollable_content_region.height >= 9
        assert app.focused is article  # start reading; the library strip stays two rows
        assert library.outer_size.height == 4 and not app.query_one(LibraryTable).show_header


async def test_the_two_row_library_strip_scrolls_only_when_the_cursor_leaves_it(cdir: Path) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        library = app.query_one(LibraryTable)
        library.select_article(STORM.id)  # the second row: both rows fit without the header
        library.keep_cursor_visible()
        await pilot.pause()
        assert library.cursor_row == 1 and library.scroll_y == 0
        library.move_cursor(row=2, animate=False)
        library.keep_cursor_visible()
        await pilot.pause()
        assert library.scroll_y == 1


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (160, 48), (250, 60)])
async def test_every_pane_is_shown_with_room_when_focused(cdir: Path, size: tuple[int, int]) -> None:
    app = make_app(cdir)
    async with app.run_test(size=size) as pilot:
        await ready(app, pilot)
        for n, name in enumerate(("library", "article", "entity-table", "timeline-table"), 1):
            await pilot.press(str(n))
            await pilot.pause()
            widget = app.query_one(f"#{name}")
            assert app.focused is widget and widget.region.height >= min(8, size[1] // 3)
            assert widget.region.width >= 36
    medium = make_app(cdir)
    async with medium.run_test(size=(120, 40)) as pilot:
        await ready(medium, pilot)
        assert medium.screen.has_class("-medium")
        article, library = medium.query_one(ArticleView), medium.query_one("#library")
        assert library.region.y < article.region.y and article.region.width >= 70
    wide = make_app(cdir)
    async with wide.run_test(size=(250, 60)) as pilot:
        await ready(wide, pilot)
        assert not wide.screen.has_class("-narrow")
        article, side = wide.query_one(ArticleView), wide.query_one("#side")
        assert article.region.x < side.region.x and article.region.y == side.region.y


async def test_palette_offers_every_bound_action(cdir: Path) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        provider = ReaderCommands(app.screen)
        titles = [hit.text async for hit in provider.discover()]
        for title in ("Next quote", "Search", "Dates", "Copy quote", "Library: Sort", "Entities: Scope",
                      "Back", "Help", "Article: Page down", "Entities/timeline", "Go to timeline"):
            assert title in titles
        every = {b.description for cls in type(app).__mro__ for b in vars(cls).get("BINDINGS", ())
                 if isinstance(b, Binding) and cls.__module__.startswith("tui.")}
        assert len(every) > 25 and every <= set(titles)  # each app-wide key is in the palette
        hits = [hit async for hit in provider.search("next quote")]
        assert hits
        await hits[0].command()
        await pilot.pause()
        assert app.reader.reading is not None and app.reader.reading.quote is not None


async def test_article_header_shows_source_url_and_a_short_path(
    cdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    here = replace(DAM, id="here", path=str(tmp_path / "news" / "dam.txt"), url="https://example.org/dam")
    app = make_app(cdir)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(app, pilot)
        app.reader.open(here)
        await pilot.pause()
        view = app.reader.view
        header = " ".join(view.render_line(y).text.strip() for y in range(6))
        assert "Courier · https://example.org/dam · news/dam.txt" in header
        assert str(tmp_path) not in header


def test_paths_outside_the_current_directory_are_shown_from_home() -> None:
    assert display_path("/work/x/a.txt", cwd="/work", home="/root") == "x/a.txt"
    assert display_path("/root/news/a.txt", cwd="/work", home="/root") == "~/news/a.txt"
    assert display_path("/workshop/a.txt", cwd="/work", home="/root") == "/workshop/a.txt"


async def test_article_text_is_never_markup_and_control_characters_are_replaced(cdir: Path) -> None:
    hostile = make_article(
        "h", 'Bold [b]claim[/b] and \x1b[31mred\x1b[0m here. "Quote [i]x[/i]," Ann Lee said.',
        title="[red]T\x07itle", source="S", published=None, people={"Ann Lee": "PERSON"},
        speeches=[('"Quote [i]x[/i],"', "Ann Lee")], dated=[],
    )
    app = make_app(cdir)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(app, pilot)
        app.reader.open(hostile)
        await pilot.press("right_square_bracket")
        view = app.reader.view
        lines = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert "[b]claim[/b]" in lines and "[red]T" in lines and "[i]x[/i]" in lines
        assert "\x1b" not in lines and "\x07" not in lines
        await pilot.press("y")
        assert "\x1b" not in app.clipboard and "[i]x[/i]" in app.clipboard


def long_article(copies: int) -> Article:
    """DAM repeated ``copies`` times, offsets shifted (a long article without running the parser)."""
    unit = DAM.text + "\n"
    n = len(unit)

    def moved(k: int, start: int, end: int) -> Span:
        return Span(start + k * n, end + k * n)

    paras = tuple(moved(k, p.start, p.end) for k in range(copies) for p in DAM.paragraphs)
    quotes = tuple(replace(q, id=f"q{k}.{q.id}", start=q.start + k * n, end=q.end + k * n)
                   for k in range(copies) for q in DAM.quotes)
    return replace(DAM, id="long", text=unit * copies, paragraphs=paras, sentences=paras, quotes=quotes,
                   entities=(), events=())


async def test_long_article_renders_only_what_is_on_screen(cdir: Path) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        view = app.reader.view
        app.reader.open(long_article(2000))
        view.focus()
        await pilot.pause()
        assert view.virtual_size.height > 6000
        await pilot.press("G")
        await pilot.pause()
        assert "Roe replied" in "".join(view.render_line(y).text for y in range(view.size.height))
        await pilot.press("left_square_bracket")
        assert app.reader.reading is not None and app.reader.reading.quote is not None
        assert app.reader.reading.quote.id == "q1999.q3"
        assert len(view.styled_blocks) < 60


async def test_a_config_that_cannot_be_saved_is_reported(cdir: Path) -> None:
    bad = cdir / "config.toml"
    bad.write_text("theme = [unclosed\n", encoding="utf-8")
    (cdir / "config.toml.bak").write_text("an older, different backup\n", encoding="utf-8")
    app = make_app(cdir)
    shown: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        app.notify = lambda message, **kw: shown.append(str(message))  # type: ignore[method-assign]
        app.theme = "nord"
        await pilot.pause()
        assert any("config" in s.lower() or "backup" in s.lower() for s in shown)
    assert bad.read_text(encoding="utf-8") == "theme = [unclosed\n"  # the user's file is never lost
