"""The core never imports Textual; `dateline parse` does not either."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _modules_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_parsing_does_not_import_textual() -> None:
    mods = _modules_after(
        "import parsing, parsing.pipeline, parsing.contract, parsing.timeline, parsing.temporal,"
        " parsing.attribution, parsing.entities, parsing.readers, parsing.fetch.cache"
    )
    assert {"parsing.pipeline", "parsing.temporal", "parsing.attribution", "parsing.entities"} <= mods
    assert not any(m == "textual" or m.startswith("textual.") for m in mods)
    assert "tui" not in mods


@pytest.mark.parametrize("command", [["parse", "--format", "jsonl"], ["timeline"], ["quotes"]])
def test_script_commands_do_not_import_textual(command: list[str]) -> None:
    code = (
        "import io, contextlib\n"
        "from tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main({[*command, 'sample_articles']!r})\n"
    )
    mods = _modules_after(code)
    assert f"tui.cli.{command[0]}" in mods
    assert "textual" not in mods


def test_the_reader_starts_without_the_parser_or_the_prompts() -> None:
    """The reader shows a stored article before it parses anything: importing the app leaves the
    parser, the format readers, the ingest and the prompts to be imported when first needed, and the
    side panes to be imported after the first frame (and Textual's DataTable, which only prompts use,
    and the cross-article identities, date ranges and timeline, which the first frame does not need)."""
    mods = _modules_after("import tui.app")
    assert {"tui.app", "parsing.store", "parsing.contract"} <= mods
    later = {"parsing.pipeline", "parsing.entities.extractor", "parsing.attribution", "parsing.temporal",
             "parsing.readers.dispatch", "parsing.ingest", "tui.screens.help", "tui.screens.speakers",
             "tui.screens.datefilter", "tui.export", "tui.widgets.entities", "tui.widgets.timeline",
             "textual.widgets._data_table", "parsing.crossref", "parsing.datefilter", "parsing.timeline"}
    assert mods & later == set()
