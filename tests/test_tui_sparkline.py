"""The timeline's histogram stays readable in every theme: its bars are drawn in a colour apart from
the pane's background, on the pane's background, also after the theme changes (a light theme chosen
while the reader runs drew them as a dark block: the dark theme's colours stayed on the bars)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.segment import Segment
from textual.color import Color
from tui_support import make_app, until_loaded

from tui.config import Config
from tui.widgets.sparkline import Sparkline
from tui.widgets.timeline import TimelinePane

BARS = set("▁▂▃▄▅▆▇█")


def bar_segments(spark: Sparkline) -> list[Segment]:
    spark.refresh()
    return [s for s in spark.render_line(0) if set(s.text) & BARS and set(s.text) <= BARS | {" "}]


@pytest.mark.parametrize(("first", "then"), [("textual-light", None), ("textual-dark", "textual-light"),
                                             ("textual-light", "textual-dark"),
                                             ("textual-dark", "catppuccin-latte")])
async def test_bars_are_readable_on_the_panes_background(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          first: str, then: str | None) -> None:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    app = make_app(tmp_path, config=Config(theme=first))
    async with app.run_test(size=(160, 48)) as pilot:
        await until_loaded(app, pilot)
        if then is not None:
            app.theme = then
            await pilot.pause()
            await pilot.pause()
        pane = app.query_one(TimelinePane)
        spark = pane.query_one(Sparkline)
        background = pane.background_colors[1]
        segs = bar_segments(spark)
        assert segs, "no bars drawn"
        for seg in segs:
            assert seg.style is not None and seg.style.color is not None and seg.style.bgcolor is not None
            fg = Color.from_rich_color(seg.style.color)
            bg = Color.from_rich_color(seg.style.bgcolor)
            assert bg == background, f"{app.theme}: bars on {bg.hex}, the pane is {background.hex}"
            assert fg != bg and abs(fg.brightness - bg.brightness) > 0.2, (
                f"{app.theme}: bars {fg.hex} on {bg.hex}")
