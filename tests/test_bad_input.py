"""Bad input: one `PATH: reason` line on stderr each, never a traceback, exit 1, good files still parse."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parsing.readers import dispatch
from tui.cli import main

GOOD = "Bridge Closes\n\nThe bridge closed on Wednesday. It reopens in May.\n"


Capsys = pytest.CaptureFixture[str]


def _run(capsys: Capsys, *paths: Path | str) -> tuple[int, list[dict[str, object]], list[str]]:
    code = main(["parse", "--format", "jsonl", *map(str, paths)])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err.splitlines()


def _one_error(err: list[str], path: Path | str, reason: str) -> None:
    assert len(err) == 1, err
    assert err[0].startswith(f"{path}: ") and reason in err[0]
    assert "Traceback" not in err[0]


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b"\n  \n", "empty file"),
    ("image.txt", bytes(range(256)) * 20, "binary file, not text"),
    ("cut.json", b'{"title": "x",\n "body": "abc",\n "au', "invalid JSON at line 3, column"),
    ("bad.rss", b"<rss><channel><item><title>x", "malformed feed"),
    ("bad.html", b"<html><body><div", "no article text"),
    ("noise.xml", b"<?xml version='1.0'?><note>hi</note>", "not an RSS or Atom feed"),
])
def test_bad_file(tmp_path: Path, capsys: Capsys, name: str, data: bytes, reason: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    code, articles, err = _run(capsys, bad)
    assert code == 1 and articles == []
    _one_error(err, bad, reason)


def test_invalid_utf8_parses_with_a_warning(tmp_path: Path, capsys: Capsys) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Caf\xe9 owners said the bridge closed.\n".encode("latin-1"))
    code, articles, err = _run(capsys, f)
    assert code == 0 and err == []
    assert articles[0]["text"] == "Café owners said the bridge closed."
    assert any("UTF-8" in str(w) for w in articles[0]["warnings"])  # type: ignore[attr-defined]


def test_missing_broken_symlink_and_fifo(tmp_path: Path, capsys: Capsys) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would block: it must be refused without opening
    missing = tmp_path / "missing.txt"
    code, articles, err = _run(capsys, link, fifo, missing)
    assert code == 1 and articles == []
    assert err == [
        f"{link}: broken symbolic link",
        f"{fifo}: not a regular file (a FIFO, socket or device)",
        f"{missing}: no such file",
    ]


def test_unreadable_file(tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "secret.txt"
    f.write_text(GOOD)
    f.chmod(0)
    if os.geteuid() == 0:
        # root reads a mode-000 file anyway: simulate the refusal the OS gives everyone else
        real = Path.read_bytes

        def refuse(self: Path) -> bytes:
            if self == f:
                raise PermissionError(13, "Permission denied")
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", refuse)
    code, articles, err = _run(capsys, f)
    assert code == 1 and articles == []
    _one_error(err, f, "permission denied")


def test_large_file_is_refused_quickly(tmp_path: Path, capsys: Capsys) -> None:
    big = tmp_path / "big.txt"
    line = GOOD.encode() * 1000
    with big.open("wb") as fh:
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(line)
    start = time.monotonic()
    code, articles, err = _run(capsys, big)
    assert time.monotonic() - start < 5
    assert code == 1 and articles == []
    _one_error(err, big, "file too large (50 MB; the limit is 10 MB)")


def test_long_article_text_is_refused(tmp_path: Path, capsys: Capsys) -> None:
    long = tmp_path / "long.txt"
    long.write_text("The bridge closed on Wednesday. " * (dispatch.MAX_BODY_CHARS // 30))
    code, articles, err = _run(capsys, long)
    assert code == 1 and articles == []
    _one_error(err, long, "article text too long")


def test_directory_with_one_bad_file(tmp_path: Path, capsys: Capsys) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.json").write_text('{"title": "B", "body": "Text b."')
    (tmp_path / "c.md").write_text("---\ntitle: C\n---\nText c.\n")
    (tmp_path / "d.jsonl").write_text(
        '{"title": "D1", "body": "One."}\nnot json\n{"title": "D3", "body": "Three."}\n'
    )
    code, articles, err = _run(capsys, tmp_path)
    assert code == 1
    assert [a["title"] for a in articles] == ["Bridge Closes", "C", "D1", "D3"]
    failed = [line.split(": ", 1)[0] for line in err]
    assert failed == [str(tmp_path / "b.json"), str(tmp_path / "d.jsonl") + "#2"]


def test_installed_command_exit_codes(tmp_path: Path) -> None:
    beside = Path(sys.executable).parent / "dateline"
    exe = str(beside) if beside.exists() else shutil.which("dateline")
    if exe is None:
        pytest.skip("the dateline command is not installed")
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(GOOD)
    bad.write_bytes(b"")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([exe, "parse", *args], capture_output=True, text=True, timeout=60, check=False)

    ok = run(str(good))
    assert ok.returncode == 0 and json.loads(ok.stdout)[0]["title"] == "Bridge Closes" and ok.stderr == ""
    failed = run(str(good), str(bad))
    assert failed.returncode == 1 and failed.stderr == f"{bad}: empty file\n"
    assert len(json.loads(failed.stdout)) == 1
    usage = run("--format", "xml", str(good))
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
