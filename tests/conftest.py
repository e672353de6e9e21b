"""Every test keeps the library store in a folder of its own, never in the user's data folder."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from parsing.store.rows import FileResult

if TYPE_CHECKING:
    from tui.app import DatelineApp


@pytest.fixture(autouse=True)
def _private_store(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("DATELINE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DatelineApp:
    """The reader over the hand-built library of ``tui_support``, with its config in ``tmp_path``."""
    from tui_support import make_app

    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    return make_app(tmp_path)


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the ingest parses from here on (the store answers the others)."""
    import parsing.ingest.library as ingest_library
    from parsing.store.keys import UserDays
    from parsing.store.rows import encode_file

    calls: list[str] = []

    def counting(path: str, published: date | None = None, user: UserDays | None = None) -> FileResult:
        calls.append(os.path.basename(path))
        return encode_file(path, published, user)

    monkeypatch.setattr(ingest_library, "encode_file", counting)
    return calls
