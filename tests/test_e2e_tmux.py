"""The end-to-end script (tests/e2e/run_tmux.py): the installed reader in tmux, driven by keys."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent / "e2e" / "run_tmux.py"


def installed_dateline() -> str | None:
    """The ``dateline`` installed beside this interpreter (the venv under test), else on PATH."""
    return shutil.which("dateline", path=str(Path(sys.executable).parent)) or shutil.which("dateline")


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_reader_end_to_end_in_tmux() -> None:
    exe = installed_dateline()
    if exe is None:
        pytest.skip("the dateline command is not installed")
    run = subprocess.run([sys.executable, str(SCRIPT), "--dateline", exe], capture_output=True, text=True,
                         timeout=600, check=False)
    assert run.returncode == 0, f"{run.stdout}\n{run.stderr}"
    assert run.stdout.count("ok   ") >= 14, run.stdout
    assert "80x24: the layout of the new size" in run.stdout and "back returns" in run.stdout
