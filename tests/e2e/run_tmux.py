"""End-to-end: the installed ``dateline`` in a real terminal (tmux, 100x30), driven by key presses.

    python tests/e2e/run_tmux.py [--dateline PATH]

Three runs. The reader on sample_articles/: start-up, Tab and j (scroll the article), next quote,
Enter on a timeline event (the article opens at that event), the date filter ``2021-11``, help,
quit (the reading position is saved). Then resizing 120x40 -> 80x24 -> 200x50 (each size its own
layout, no pane drawn over another) and back to the first article with its entities. Then the reader
on a hostile article: escape sequences, bidi overrides and markup must reach the terminal as inert
visible text. Keys come from the app's
bindings; expectations come from parsing the same files in-process with the project's own pipeline,
timeline and date-filter functions (so this checks the screen, not the extractors). Exit status 0
when all pass.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import tomllib
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screen_parse import box, box_text, column, shown_prefix, words
from tmux_driver import StepFailed, Tmux

ROOT = Path(__file__).resolve().parents[2]
SIZE = (100, 30)
MONTH = "2021-11"
TMUX_KEYS = {"tab": "Tab", "enter": "Enter", "escape": "Escape", "home": "Home", "end": "End"}

HOSTILE = (
    "Hostile \x1b]2;PWNED\x07report [bold red]x[/] \u202eevil\u202c title\n\n"
    "Hostile report\nBy A. Writer\n\n"
    "The mayor said on Monday: \u201cWe will \x1b[2Jclear [link=https://evil.example]this[/link] "
    "up\x1b]52;c;cm0gLXJmIH4=\x07 soon [/oops].\u201d She added \x1b[31mred\x1b[0m words.\n"
)

if TYPE_CHECKING:
    from parsing.model import Article, Event


def tmux_key(key: str) -> str:
    """A Textual key name as tmux ``send-keys`` spells it."""
    from textual.keys import KEY_TO_UNICODE_NAME, REPLACED_KEYS

    if len(key) == 1:
        return key
    if key in TMUX_KEYS:
        return TMUX_KEYS[key]
    name = REPLACED_KEYS.get(key, key)
    return unicodedata.lookup(KEY_TO_UNICODE_NAME.get(name, name.replace("_", " ")))


def bindings() -> list[Any]:
    """The app's key bindings, from every class it is built of (Textual merges them the same way)."""
    from textual.binding import Binding

    from tui.app import DatelineApp

    return [b for cls in DatelineApp.__mro__ for b in vars(cls).get("BINDINGS", ()) if isinstance(b, Binding)]


def hidden_help() -> list[str]:
    """Descriptions of the reader's own keys left out of the footer: only the help shows them."""
    from tui.app import DatelineApp

    own = [b for cls in DatelineApp.__mro__ if cls.__module__.startswith("tui.")
           for b in vars(cls).get("BINDINGS", ())]
    shown = {b.description for b in bindings() if b.show}
    return [b.description for b in own if not b.show and b.description and b.description not in shown]


def key_for(action: str) -> str:
    for b in bindings():
        if b.action == action:
            return tmux_key(b.key.split(",")[0].strip())
    raise StepFailed(f"no key is bound to {action}")


def parse(path: Path) -> list[Article]:
    from parsing.model import Article
    from parsing.pipeline import load

    return [a for a in load([str(path)], None) if isinstance(a, Article)]


def events_in(articles: list[Article], text: str) -> tuple[int, int]:
    """(timeline entries inside the date filter ``text``, all entries)."""
    from parsing.datefilter import parse as parse_range
    from parsing.timeline import build_timeline, filter_range, newest

    entries = build_timeline(articles)
    inside = filter_range(entries, parse_range(text, newest(entries) or date.today()))
    return len(inside), len(entries)


def env(config_dir: str) -> dict[str, str]:
    # the library store goes beside the config: the second start of a run is answered from it
    data = str(Path(config_dir) / "data")
    return {"DATELINE_CONFIG_DIR": config_dir, "DATELINE_DATA_DIR": data, "COLORTERM": "truecolor"}


def step(name: str, fn: Callable[[], object]) -> None:
    fn()
    print(f"ok   {name}", flush=True)


def _scrolled_one_line(before: list[str]) -> Callable[[list[str]], bool]:
    def ok(screen: list[str]) -> bool:
        after = box(screen, "Article") or []
        n = min(len(before), len(after))
        return n > 2 and after[: n - 1] == before[1:n]

    return ok


def _pick_event(cells: Iterable[str], articles: list[Article], current: str) -> tuple[int, Article, Event]:
    """A visible timeline row whose event is known, in an article other than the open one."""
    for i, cell in enumerate(cells):
        prefix = shown_prefix(cell)
        hits = [(a, e) for a in articles for e in a.events if prefix and words(e.summary).startswith(prefix)]
        if hits and len({a.id for a, _ in hits}) == 1 and hits[0][0].id != current:
            return i, hits[0][0], hits[0][1]
    raise StepFailed(f"no visible timeline row belongs to an article other than {current}")


def run_samples(dateline: Path) -> None:
    articles = parse(Path("sample_articles/"))
    first = articles[0]
    hidden_app_help = hidden_help()
    with tempfile.TemporaryDirectory() as conf, Tmux(SIZE) as t:
        t.start([str(dateline), "sample_articles/"], ROOT, env(conf))
        step("start-up: every article loaded", lambda: t.wait_text(f"{len(articles)} articles"))

        def tab_j() -> None:
            t.send("Tab")
            before = box(t.wait_stable(), "Article")
            if not before:
                raise StepFailed("no Article pane on screen:\n" + t.text())
            t.send("j")
            t.wait("j to scroll the article one line", _scrolled_one_line(before))

        step("Tab focuses the article, j scrolls it", tab_j)

        def next_quote() -> None:
            t.send(key_for("step('quote', 1)"))
            t.wait_text(f"quote 1/{len(first.quotes)}" if first.quotes else "No quote after this")

        step("next quote", next_quote)
        chosen: dict[str, Article] = {}

        def timeline_enter() -> None:
            t.send(key_for("focus_pane('timeline')"), "g")
            cells = column(t.wait_stable(), "Event", "When")
            i, article, event = _pick_event(cells, articles, first.id)
            chosen["article"] = article
            sentence = " ".join(words(article.text[event.start:event.end]).split()[:5])
            if sentence in box_text(t.screen(), "Article"):
                raise StepFailed("the event's sentence is on screen before Enter")
            t.send(*(["j"] * i), "Enter")
            t.wait(f"the article pane to show {sentence!r}", lambda s: sentence in box_text(s, "Article"))

        step("Enter on a timeline event opens its article there", timeline_enter)

        def date_filter() -> None:
            t.send(key_for("date_filter"))
            t.wait_text("Filter timeline by date")
            t.type(MONTH)
            t.wait_text("→")
            t.send("Enter")
            inside, total = events_in(articles, MONTH)
            t.wait_text(f"{inside}/{total} events")
            t.wait_gone("Filter timeline by date")

        step(f"date filter {MONTH}", date_filter)

        def help_screen() -> None:
            t.send(key_for("help"))
            t.wait("help listing keys not in the footer",
                   lambda s: any(d in "\n".join(s) for d in hidden_app_help))
            t.send("Escape")
            t.wait("help to close", lambda s: not any(d in "\n".join(s) for d in hidden_app_help))

        step("help opens and closes", help_screen)

        def quit_saves() -> None:
            t.send(key_for("quit"))
            status = t.wait_exit()
            if status != "0":
                raise StepFailed(f"exit status {status}:\n" + t.text())
            saved = tomllib.loads((Path(conf) / "config.toml").read_text())
            if saved.get("last_article") != chosen["article"].id:
                raise StepFailed(f"saved position {saved} is not in {chosen['article'].id}")

        step("q quits with status 0 and saves the reading position", quit_saves)

        def relaunch_restores() -> None:
            saved = tomllib.loads((Path(conf) / "config.toml").read_text())
            text = chosen["article"].text
            at = int(saved.get("last_offset", 0))
            tokens = text[at:at + 200].split()
            if at and not text[at - 1].isspace():
                tokens = tokens[1:]  # the saved offset may fall inside a word
            expected = " ".join(tokens[:4])
            t.start([str(dateline), "sample_articles/"], ROOT, env(conf))
            t.wait(f"the article to reopen at {expected!r}", lambda s: expected in box_text(s, "Article"))
            t.send(key_for("quit"))
            t.wait_exit()

        step("a new start reopens the saved article at the saved place", relaunch_restores)

        def speakers_view() -> None:
            from parsing.crossref import build, by_speaker, library_quotes, records, speakers

            quotes = library_quotes(articles, build(records(articles)))
            rows = speakers(quotes)
            top = rows[0]
            opening = " ".join(words(by_speaker(quotes, [top.id])[0].quote.text).split()[:3])
            t.start([str(dateline), "sample_articles/"], ROOT, env(conf))
            t.wait_text(f"{len(articles)} articles")
            t.send(key_for("speakers"))
            t.wait_text(f"{len(rows)} speakers")
            t.send("Enter")
            t.wait_text(f"{top.name} · {top.quotes} quotes in {top.articles} articles")
            t.send("Enter")
            t.wait(f"the article to show {opening!r}", lambda s: opening in box_text(s, "Article"))
            t.send(key_for("quit"))
            t.wait_exit()

        step("speakers view: the most quoted speaker's first quote opens in its article", speakers_view)


def _tops(screen: list[str]) -> list[tuple[int, int, str]]:
    """(row, column, title) of every box's top-left corner."""
    out = []
    for y, line in enumerate(screen):
        for x, ch in enumerate(line):
            if ch == "╭":
                out.append((y, x, line[x + 1:].lstrip("─ ").split("─")[0].strip()))
    return out


def _laid_out(width: int) -> Callable[[list[str]], bool]:
    """The reader's layout for ``width`` and no box drawn over another (``╭─ A╭─ Entities``)."""
    def ok(screen: list[str]) -> bool:
        tops = {title.split(" ")[0]: (y, x) for y, x, title in _tops(screen)}
        if any(line.count("╭") != line.count("╮") for line in screen):
            return False
        if not {"Library", "Article"} <= set(tops):
            return False
        lib, art = tops["Library"], tops["Article"]
        if width < 100:  # narrow: stacked, the article the full width
            return lib[1] == art[1] == 0 and lib[0] < art[0] and "Entities" in tops
        if width < 160:  # medium: the library over the article, the side column beside both
            return lib[1] == art[1] and lib[0] < art[0] and tops.get("Entities", (0, 0))[1] > art[1]
        return lib[0] == art[0] == tops.get("Entities", (-1, 0))[0] and lib[1] < art[1]  # wide: side by side

    return ok


def _article_title(screen: list[str]) -> str:
    return next((title for _, _, title in _tops(screen) if title.startswith("Article")), "")


def run_resize_and_back(dateline: Path) -> None:
    """120x40 -> 80x24 -> 200x50: each size gets its own layout; back returns to the first article
    with its entities."""
    articles = parse(Path("sample_articles/"))
    with tempfile.TemporaryDirectory() as conf, Tmux((120, 40)) as t:
        t.start([str(dateline), "sample_articles/"], ROOT, env(conf))
        t.wait_text(f"{len(articles)} articles")
        step("120x40: library over the article, side column beside", lambda: t.wait("medium", _laid_out(120)))
        first = _article_title(t.wait_stable())
        t.send(key_for("focus_pane('library')"), "j", "Enter")
        t.wait("another article to open", lambda s: _article_title(s) not in ("", first))
        for cols, rows in ((80, 24), (200, 50)):
            t.resize(cols, rows)
            step(f"{cols}x{rows}: the layout of the new size, no pane over another",
                 lambda cols=cols: t.wait(f"layout at {cols}", _laid_out(cols)))

        def back() -> None:
            t.send(key_for("go_back"))
            t.wait(f"the article {first!r} again", lambda s: _article_title(s) == first)
            shown = first.removeprefix("Article · ").rstrip("…")
            article = next(a for a in articles if (a.title or "").startswith(shown))
            names = [e.name for e in sorted(article.entities, key=lambda e: -len(e.mentions))][:3]
            t.wait("its entities listed", lambda s: any(n in box_text(s, "Entities") for n in names))

        step("back returns to the first article and its entities", back)
        t.send(key_for("quit"))
        t.wait_exit()


def run_hostile(dateline: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp, Tmux(SIZE) as t:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
        articles = parse(folder)
        t.start([str(dateline), str(folder)], ROOT, env(tmp))
        t.wait_text("Hostile")
        t.send("Tab")
        literal = ("␛]2;PWNED␇", "[bold red]x[/]", "[link=https://evil.example]this[/link]", "Library")

        def inert() -> None:
            t.wait("the hostile text shown literally", lambda s: all(x in "\n".join(s) for x in literal))
            if "PWNED" in t.info("#{pane_title}"):
                raise StepFailed("the article set the terminal title")
            if t.tmux("list-buffers").strip():
                raise StepFailed("the article wrote the clipboard (OSC 52)")

        step("hostile article: escapes inert and visible, markup literal", inert)
        if articles and articles[0].quotes:
            def copy_quote() -> None:
                t.send(key_for("step('quote', 1)"))
                t.wait_text(f"quote 1/{len(articles[0].quotes)}")
                t.send(key_for("copy_quote"))
                t.wait("the quote in a tmux buffer", lambda s: bool(t.tmux("list-buffers").strip()))
                copied = t.tmux("show-buffer")
                if any(c in copied for c in "\x1b\x07\u202e"):
                    raise StepFailed(f"copied text holds control characters: {copied!r}")
                t.send(key_for("help"))  # still alive and drawing after showing the quote back
                t.wait("help after copying", lambda s: any(d in "\n".join(s) for d in hidden_help()))
                t.send("Escape")  # and let it close before the next key: ESC + key would read as Alt+key
                t.wait("help to close", lambda s: not any(d in "\n".join(s) for d in hidden_help()))

            step("hostile quote copies without control characters", copy_quote)
        t.send(key_for("quit"))
        status = t.wait_exit()
        if status != "0":
            raise StepFailed(f"exit status {status} after the hostile article:\n" + t.text())
        print("ok   hostile article: quits cleanly", flush=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--dateline", type=Path,
                   default=Path(shutil.which("dateline", path=str(Path(sys.executable).parent))
                                or shutil.which("dateline") or "dateline"))
    args = p.parse_args(argv)
    if shutil.which("tmux") is None:
        print("tmux is not installed", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)  # article ids depend on the path as given: parse "sample_articles/" as the app does
    try:
        run_samples(args.dateline)
        run_resize_and_back(args.dateline)
        run_hostile(args.dateline)
    except StepFailed as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
