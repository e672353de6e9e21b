"""Highlights in the article keep text readable in every theme and look different from each other
(issue 11, item 4): the selected quote, the current match, the other matches and entity mentions.

The colours are read from what the article view draws, not from the stylesheet.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from rich.color import Color as RichColor
from rich.segment import Segment
from textual.color import Color
from textual.pilot import Pilot
from tui_support import make_app, until_loaded

from tui.app import DatelineApp
from tui.config import Config
from tui.highlight import AA, contrast
from tui.state import EntityKey

THEMES = sorted(DatelineApp([], config=Config()).available_themes)  # every theme the reader offers


def rgb(color: RichColor | None) -> Color:
    assert color is not None, "a highlight sets its own colours"
    r, g, b = color.get_truecolor()  # ANSI colours through rich's standard palette
    return Color(r, g, b)


def segments(app: DatelineApp) -> list[Segment]:
    view = app.reader.view
    view.refresh()
    return [s for y in range(view.size.height) for s in view.render_line(y)]


async def themed(app: DatelineApp, pilot: Pilot[None], theme: str) -> None:
    """Loaded, then in ``theme`` (the article restyled)."""
    await until_loaded(app, pilot)
    app.theme = theme
    await pilot.pause()
    await pilot.pause()


def drawn(app: DatelineApp) -> dict[str, list[Segment]]:
    """The segments of each kind of highlight, found by the text under them."""
    plain = app.reader.view.rich_style.bgcolor
    segs = [s for s in segments(app) if s.style is not None and s.style.bgcolor not in (None, plain)]
    poe = [s for s in segs if s.text == "Poe"]
    return {
        "selected quote": [s for s in segs if s.text.strip() and s.text.strip() in '"It could fail,"'],
        "current match": poe[:1],
        "other matches": poe[1:],
        "mention": [s for s in segs if s.text.strip() and s.text in "Ann Roe"],
    }


@pytest.mark.parametrize("theme", THEMES)
async def test_highlights_are_readable_and_distinct(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    theme: str) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await themed(app, pilot, theme)
        reader = app.reader
        assert reader.article is not None
        reader.select_entity(EntityKey("Ann Roe", "PERSON").find(reader.article))
        reader.step("quote", 1)
        reader.step("quote", 1)  # '"It could fail,"'
        reader.search("Poe")
        reader.step("match", 1)
        await pilot.pause()
        kinds = drawn(app)
        looks = {}
        for kind, segs in kinds.items():
            assert segs, f"{theme}: no {kind} drawn"
            styles = {(s.style.color, s.style.bgcolor, s.style.bold) for s in segs if s.style}
            assert len(styles) == 1, f"{theme}: {kind} drawn in {len(styles)} ways"
            fg, bg, bold = styles.pop()
            ratio = contrast(rgb(fg), rgb(bg))
            assert ratio >= AA, f"{theme}: {kind} {rgb(fg).hex} on {rgb(bg).hex} is {ratio:.2f}:1"
            looks[kind] = (rgb(bg), bold)
        for (a, (bg_a, bold_a)), (b, (bg_b, bold_b)) in combinations(looks.items(), 2):
            apart = sum(abs(x - y) for x, y in zip(bg_a.rgb, bg_b.rgb, strict=True))
            assert apart >= 40 or bold_a != bold_b, f"{theme}: {a} and {b} look alike: {bg_a.hex}, {bg_b.hex}"


@pytest.mark.parametrize("theme", THEMES)
async def test_the_article_header_is_drawn_in_the_colours_of_the_theme(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, theme: str) -> None:
    """The muted header line is drawn as muted as the theme makes it, not in the unblended colour
    (white on a light theme, before)."""
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await themed(app, pilot, theme)
        view = app.reader.view
        meta = [s for y in range(view.size.height) for s in view.render_line(y) if "published" in s.text]
        assert meta and meta[0].style is not None
        painted = view.get_component_rich_style("article--meta")
        assert meta[0].style.color == painted.color
        if painted.color is not None and not painted.color.is_default:
            assert contrast(rgb(painted.color), rgb(painted.bgcolor)) >= 3
