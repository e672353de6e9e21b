"""tui.config: XDG location, defaults, bad files kept, unknown keys kept, atomic writes."""

from __future__ import annotations

import dataclasses
import os
import sys
import tomllib
from pathlib import Path

import pytest

from tui import config as cfg
from tui.cli import main
from tui.config import Config, config_path, load_config, save_config


@pytest.fixture
def cdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "conf"
    monkeypatch.setenv(cfg.ENV_VAR, str(d))
    return d


def _files(d: Path) -> list[str]:
    return sorted(p.name for p in d.iterdir())


def test_env_var_overrides_location(cdir: Path) -> None:
    assert config_path() == cdir / "config.toml"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout is Linux's")
def test_default_location_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cfg.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_path() == tmp_path / "xdg" / "dateline" / "config.toml"


def test_cli_prints_config_path(cdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config-path"]) == 0
    assert capsys.readouterr().out.strip() == str(cdir / "config.toml")


def test_missing_file_gives_defaults_and_creates_nothing(cdir: Path) -> None:
    c = load_config()
    assert c == Config() and c.warning is None
    assert not cdir.exists()


def test_round_trip(cdir: Path) -> None:
    c = Config(theme="nord", last_path="sample_articles", last_article="a-1", last_offset=42)
    assert save_config(c) is None
    back = load_config()
    assert back == c and back.warning is None
    assert _files(cdir) == ["config.toml"]  # no temporary file left behind


def test_every_setting_is_saved(cdir: Path) -> None:
    """A new Config field must also be known to the file format."""
    settable = {f.name for f in dataclasses.fields(Config)} - {"extra", "warning"}
    c = Config(theme="t", last_path="p", last_article="a", last_offset=1, library_sort="-title")
    assert {k for k in settable if getattr(c, k) == getattr(Config(), k)} == set()
    save_config(c)
    assert set(tomllib.loads(config_path().read_text())) == settable


def test_none_values_are_omitted(cdir: Path) -> None:
    save_config(Config(last_offset=7))
    assert tomllib.loads(config_path().read_text()) == {"last_offset": 7}


def test_invalid_toml_gives_defaults_and_one_line_warning(cdir: Path) -> None:
    cdir.mkdir()
    config_path().write_text('theme = "nord"\nthis is [not toml\n')
    c = load_config()
    assert c == Config()
    assert c.warning is not None and "\n" not in c.warning and str(config_path()) in c.warning


def test_save_over_invalid_file_keeps_a_backup(cdir: Path) -> None:
    cdir.mkdir()
    bad = b'theme = "nord"\nthis is [not toml\n'
    config_path().write_bytes(bad)
    assert save_config(Config(theme="light")) is None
    assert (cdir / "config.toml.bak").read_bytes() == bad
    assert load_config() == Config(theme="light")


def test_save_refuses_when_a_different_backup_exists(cdir: Path) -> None:
    cdir.mkdir()
    config_path().write_bytes(b"broken = = =\n")
    (cdir / "config.toml.bak").write_bytes(b"older = 1\n")
    reason = save_config(Config(theme="light"))
    assert reason is not None and "\n" not in reason
    assert config_path().read_bytes() == b"broken = = =\n"
    assert (cdir / "config.toml.bak").read_bytes() == b"older = 1\n"


def test_save_proceeds_when_backup_is_the_same_bad_file(cdir: Path) -> None:
    cdir.mkdir()
    config_path().write_bytes(b"broken = = =\n")
    (cdir / "config.toml.bak").write_bytes(b"broken = = =\n")
    assert save_config(Config(theme="light")) is None
    assert load_config().theme == "light"


def test_undecodable_file_is_invalid(cdir: Path) -> None:
    cdir.mkdir()
    config_path().write_bytes(b'theme = "\xff\xfe"\n')
    assert load_config().warning is not None


def test_unreadable_file_is_left_alone(cdir: Path) -> None:
    config_path().mkdir(parents=True)  # a directory where the file should be
    (config_path() / "keep").write_text("x")
    assert load_config().warning is not None
    assert save_config(Config(theme="x")) is not None
    assert (config_path() / "keep").read_text() == "x"


def test_wrong_types_fall_back_per_key(cdir: Path) -> None:
    cdir.mkdir()
    config_path().write_text('theme = 3\nlast_offset = -1\nlast_path = "here"\n')
    c = load_config()
    assert (c.theme, c.last_offset, c.last_path) == (None, 0, "here")
    assert c.warning is not None and "theme" in c.warning and "last_offset" in c.warning
    config_path().write_text("last_offset = true\n")
    assert load_config().last_offset == 0


def test_unknown_keys_survive_a_save(cdir: Path) -> None:
    cdir.mkdir()
    config_path().write_text('future = "yes"\ntheme = "old"\n[keys]\nquit = "ctrl+q"\n')
    c = load_config()
    assert c.theme == "old" and c.extra == {"future": "yes", "keys": {"quit": "ctrl+q"}}
    # a key added to the file by hand while the reader runs is kept as well
    with config_path().open("a") as fh:
        fh.write('[later]\nadded = 1\n')
    assert save_config(dataclasses.replace(c, theme="new", last_offset=3)) is None
    data = tomllib.loads(config_path().read_text())
    assert data == {"future": "yes", "keys": {"quit": "ctrl+q"}, "later": {"added": 1},
                    "theme": "new", "last_offset": 3}


def test_failed_write_leaves_old_file_and_no_temp(cdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_config(Config(theme="before"))
    before = config_path().read_bytes()

    def boom(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    reason = save_config(Config(theme="after"))
    assert reason is not None and "disk full" in reason
    assert config_path().read_bytes() == before
    assert _files(cdir) == ["config.toml"]


def test_symlinked_config_is_updated_in_place(cdir: Path, tmp_path: Path) -> None:
    cdir.mkdir()
    target = tmp_path / "dotfiles" / "dateline.toml"
    target.parent.mkdir()
    target.write_text('theme = "a"\n')
    config_path().symlink_to(target)
    assert save_config(Config(theme="b")) is None
    assert config_path().is_symlink()
    assert tomllib.loads(target.read_text())["theme"] == "b"


def test_config_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Config().theme = "x"  # type: ignore[misc]
