"""The reader's settings: a small TOML file in the user's config directory.

The file lives at ``$DATELINE_CONFIG_DIR/config.toml`` when that variable is set (tests use it),
otherwise in the platform's config directory (``~/.config/dateline/config.toml`` on Linux).

Safety rules:

* a missing file gives the defaults; an unreadable or invalid one gives the defaults and a one-line
  :attr:`Config.warning`, and is never overwritten: :func:`save_config` first moves it aside to
  ``config.toml.bak``, and refuses to save if a different backup is already there;
* keys this version does not know are kept, and written back on save as the file has them then
  (so two dateline processes do not undo each other's edits); ``save_config(config, changes)``
  edits such a key (the ``feeds`` list) explicitly;
* saving writes a temporary file in the same directory and renames it over the old one, so a crash
  never leaves a half-written file; a symlinked config file is updated where it points.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w
from platformdirs import user_config_dir

__all__ = ["ENV_VAR", "Config", "config_dir", "config_path", "load_config", "save_config"]

ENV_VAR = "DATELINE_CONFIG_DIR"
FILE_NAME = "config.toml"
BACKUP_SUFFIX = ".bak"


@dataclass(frozen=True, slots=True)
class Config:
    """Settings and the last reading position. Change one with ``dataclasses.replace``."""

    theme: str | None = None
    last_path: str | None = None
    last_article: str | None = None
    last_offset: int = 0
    library_sort: str | None = None  # "date", "-date" (reversed), "source", "title", …
    # Keys found in the file that this version does not use; written back unchanged.
    extra: Mapping[str, Any] = field(default_factory=dict)
    # Why the file was ignored or partly ignored (one line), or None. Never saved.
    warning: str | None = field(default=None, compare=False)


# Settings stored in the file, with the type each must have.
_KEYS: dict[str, type] = {"theme": str, "last_path": str, "last_article": str, "last_offset": int,
                          "library_sort": str}


def config_dir() -> Path:
    override = os.environ.get(ENV_VAR)
    return Path(override) if override else Path(user_config_dir("dateline", appauthor=False))


def config_path() -> Path:
    """Where the config file is (it may not exist yet)."""
    return config_dir() / FILE_NAME


def _read(path: Path) -> dict[str, Any]:
    """The parsed file; raises OSError, UnicodeDecodeError or TOMLDecodeError."""
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def load_config() -> Config:
    """The saved settings, or the defaults (with :attr:`Config.warning` set if the file is bad)."""
    path = config_path()
    try:
        data = _read(path)
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return Config(warning=f"ignoring config file {path}: {_one_line(exc)}")
    values: dict[str, Any] = {}
    wrong: list[str] = []
    for key, kind in _KEYS.items():
        if key not in data:
            continue
        value = data[key]
        ok = isinstance(value, kind) and not isinstance(value, bool)
        if ok and kind is int and value < 0:
            ok = False
        if ok:
            values[key] = value
        else:
            wrong.append(key)
    extra = {k: v for k, v in data.items() if k not in _KEYS}
    warning = f"ignoring invalid {', '.join(wrong)} in config file {path}" if wrong else None
    return Config(**values, extra=extra, warning=warning)


def _to_toml(config: Config, on_disk: Mapping[str, Any], changes: Mapping[str, Any]) -> str:
    # Keys this version does not own: what the file holds now wins over what was read at start
    # (another dateline may have edited it since, e.g. 'dateline feeds add' while the reader is open).
    data: dict[str, Any] = {k: v for k, v in config.extra.items() if k not in _KEYS}
    data.update({k: v for k, v in on_disk.items() if k not in _KEYS})
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    for key in _KEYS:
        value = getattr(config, key)
        if value is not None:
            data[key] = value
    return tomli_w.dumps(data)


def _keep_bad_file(path: Path) -> str | None:
    """Move an unparseable config aside; a message if that is not safe to do."""
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    try:
        if backup.exists() and backup.read_bytes() != path.read_bytes():
            return f"not saving settings: {path} is invalid and {backup.name} already exists"
        os.replace(path, backup)
    except OSError as exc:
        return f"not saving settings: cannot back up invalid {path}: {_one_line(exc)}"
    return None


def save_config(config: Config, changes: Mapping[str, Any] | None = None) -> str | None:
    """Write ``config`` atomically, with ``changes`` to keys it does not own (None removes one).
    Returns None, or a one-line reason it did not save; never raises."""
    path = config_path()
    if path.is_symlink():
        path = path.resolve()
    on_disk: Mapping[str, Any] = {}
    try:
        on_disk = _read(path)
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        if isinstance(exc, OSError) and not path.is_file():
            return f"not saving settings: {path}: {_one_line(exc)}"
        refusal = _keep_bad_file(path)
        if refusal:
            return refusal
    try:
        text = _to_toml(config, on_disk, changes or {})
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, TypeError, ValueError) as exc:
        return f"not saving settings to {path}: {_one_line(exc)}"
    return None
