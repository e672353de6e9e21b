"""Where the store lives, and whether there is one.

``DATELINE_DATA_DIR`` moves it from the user's data folder; ``DATELINE_NO_CACHE=1`` means no
store at all: articles are parsed in memory for the run and nothing is written.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_DIR = "DATELINE_DATA_DIR"
ENV_OFF = "DATELINE_NO_CACHE"
FILE_NAME = "library.sqlite3"


def data_dir() -> Path:
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("dateline"))


def store_disabled() -> bool:
    return os.environ.get(ENV_OFF, "") not in ("", "0")


def store_path() -> Path:
    return data_dir() / FILE_NAME
