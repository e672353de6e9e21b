"""Pieces of the reader without the app: wrapping, stepping through marks, the sparkline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.strip import Strip
from tui_support import DAM, make_app, until_fitted, until_loaded

from parsing.datefilter import DateRange
from tui.navigate import Reading
from tui.widgets.article import ArticleView
from tui.widgets.sparkline import Sparkline
from tui.widgets.timeline import TimelinePane
from tui.widgets.wrap import line_of, wrap_offsets


@given(st.text(alphabet=st.sampled_from("ab cd\u4e00 \u00e9xyz"), max_size=300), st.integers(1, 40))
def test_wrapped_lines_fit_and_cover_the_text(text: str, width: int) -> None:
    starts = wrap_offsets(text, width)
    assert starts[0] == 0 and starts == sorted(set(starts))
    ends = [*starts[1:], len(text)]
    for start, end in zip(starts, ends, strict=True):
        assert cell_len(text[start:end].rstrip()) <= max(width, 2)
    for offset in range(len(text)):
        line = line_of(starts, offset)
        assert starts[line] <= offset < ends[line]


def test_wrapping_breaks_between_words() -> None:
    text = "the quick brown fox jumps"
    starts = wrap_offsets(text, 10)
    assert [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)] == [
        "the quick", "brown fox", "jumps"]


def test_steps_start_from_the_screen_when_the_selection_is_off_screen() -> None:
    reading = Reading(DAM)
    whole = (0, len(DAM.text))
    assert reading.step("quote", 1, whole) is not None and reading.quote is DAM.quotes[0]
    # scrolled so only the last paragraph shows: forward takes the first quote there, not q1
    last_para = DAM.paragraphs[-1]
    span = reading.step("quote", 1, (last_para.start, last_para.end))
    assert span is not None and reading.quote is DAM.quotes[3]
    reading = Reading(DAM)
    assert reading.step("quote", -1, (0, DAM.paragraphs[1].end)) is not None
    assert reading.quote is DAM.quotes[2]  # backward from the screen takes the last quote on it


def test_search_is_literal_and_case_insensitive() -> None:
    reading = Reading(DAM)
    assert reading.search("ROE") == 3
    assert reading.search("(") == 0 and reading.search("") == 0


@pytest.fixture
def cdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    return tmp_path


async def test_narrow_timeline_puts_speaker_and_source_in_the_event(cdir: Path) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        table = app.query_one(TimelinePane).table
        await until_fitted(pilot, table)
        assert "source" not in table.columns
        events = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert "A storm hit the coast in 2019. — Anchor" in events
    wide = make_app(cdir)
    async with wide.run_test(size=(250, 50)) as pilot:
        await until_loaded(wide, pilot)
        table = wide.query_one(TimelinePane).table
        await until_fitted(pilot, table)
        assert "source" in table.columns
        assert str(table.get_row_at(0)[1]) == "A storm hit the coast in 2019."
        # rather than a short event
        assert table.column_width("event") >= 40 and "speaker" not in table.columns


async def test_sparkline_zooms_to_the_date_filter(cdir: Path) -> None:
    app = make_app(cdir)
    async with app.run_test(size=(200, 50)) as pilot:
        await until_loaded(app, pilot)
        pane = app.query_one(TimelinePane)
        spark = pane.query_one(Sparkline)
        legend = str(spark.render()).splitlines()[1]
        assert legend.startswith("2019 – 2026 · per year")
        pane.set_range(DateRange(date(2026, 3, 1), date(2026, 3, 31), "Mar 2026"))
        await pilot.pause()
        bars, legend = str(spark.render()).splitlines()
        assert legend.startswith("1 Mar – 31 Mar 2026 · per day") and spark.highlighted == 31
        per_day = bars[:: len(bars) // 31][:31]  # each day's bar is widened to fill the pane
        assert [day for day, bar in enumerate(per_day, 1) if bar != " "] == [2, 3]
        assert pane.border_title == "Timeline · Mar 2026"
        pane.set_range(DateRange(date(2019, 6, 1), date(2019, 6, 30), "Jun 2019"))
        await pilot.pause()
        bars, legend = str(spark.render()).splitlines()
        # the storm is dated "2019": not one June day
        assert not bars.strip() and "1 spanning more than a day" in legend
        pane.set_range(DateRange(date(2019, 1, 1), None, "since 2019"))
        await pilot.pause()
        assert str(spark.render()).splitlines()[1].startswith("1 Jan 2019 – 3 Mar 2026")
        assert pane.border_title == "Timeline · since 2019"
        for start, end, title in ((date(2021, 11, 1), date(2021, 11, 30), "Nov 2021"),
                                  (date(2019, 1, 1), date(2021, 12, 31), "2019 – 2021"),
                                  (date(2021, 11, 20), date(2021, 11, 25), "20 Nov – 25 Nov 2021"),
                                  (date(2021, 11, 1), date(2022, 2, 28), "Nov 2021 – Feb 2022")):
            pane.set_range(DateRange(start, end, "typed"))
            assert pane.border_title == f"Timeline · {title}"


class _FirstDrawn(ArticleView):
    """An article view that keeps the lines it drew first."""

    drawn: list[str]

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        if not hasattr(self, "drawn"):
            self.drawn = []
        if len(self.drawn) < self.size.height:
            self.drawn.append(strip.text)
        return strip


class _OpensBeforeLayout(App[None]):
    def compose(self) -> ComposeResult:
        yield _FirstDrawn()

    def on_mount(self) -> None:
        self.query_one(_FirstDrawn).show(DAM)  # as the reader shows the article read last: no size yet


async def test_an_article_shown_before_the_first_layout_is_wrapped_at_the_width_it_is_drawn_at() -> None:
    """Its first frame is the article as read, not one word a line until the resize has been handled."""
    app = _OpensBeforeLayout()
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        drawn = app.query_one(_FirstDrawn).drawn
        assert drawn[0].strip() == DAM.title
        first = DAM.text[:DAM.paragraphs[0].end]
        assert any(first[:60] in line for line in drawn), drawn
