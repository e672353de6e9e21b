"""The core never imports Textual; `dateline parse` does not either."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_parsing_does_not_import_textual() -> None:
    mods = _modules_after("import parsing, parsing.pipeline, parsing.contract, parsing.timeline")
    assert "parsing.pipeline" in mods
    assert not any(m == "textual" or m.startswith("textual.") for m in mods)
    assert "tui" not in mods


def test_parse_command_does_not_import_textual() -> None:
    code = (
        "import io, contextlib\n"
        "from tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['parse', '--format', 'jsonl', 'sample_articles'])\n"
    )
    mods = _modules_after(code)
    assert "tui.cli" in mods
    assert "textual" not in mods
