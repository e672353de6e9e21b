"""What a stored article is keyed by (parsing.store.keys): the file's real path, size and time, its
folder's manifest, --published and the user's dates; the keys of many files are looked up with a
folder's real path and manifest once, and must be the keys each file has on its own."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest

from parsing.store import keys
from parsing.store.keys import FORMAT, FileKey, code_signature, file_keys, tree_signature


def _alone(path: str, published: date | None = None, user: dict[str, str] | None = None) -> FileKey | None:
    """The key as worked out for one file with nothing shared: every step from scratch."""
    try:
        real = os.path.realpath(path)
        st = os.stat(real)
        manifest = Path(real).parent / "dateline.toml"
        mst = manifest.stat().st_mtime_ns if manifest.is_file() else 0
    except OSError:
        return None
    mine = ";".join(f"{p}={d}" for p, d in sorted((user or {}).items())
                    if p == real or p.startswith(real + "#"))
    return FileKey(real, st.st_size, st.st_mtime_ns, mst, published.isoformat() if published else "",
                   code_signature(), mine if published is None else "")


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Files reached in every way a library can name them (from inside tmp_path)."""
    (tmp_path / "news" / "deep").mkdir(parents=True)
    (tmp_path / "other").mkdir()
    for name in ("news/a.md", "news/deep/b.txt", "other/c.md"):
        (tmp_path / name).write_text(name * 3, encoding="utf-8")
    (tmp_path / "news" / "dateline.toml").write_text('published = "2024-01-02"\n', encoding="utf-8")
    (tmp_path / "other" / "dateline.toml").mkdir()  # a folder of that name is no manifest
    (tmp_path / "linked").symlink_to(tmp_path / "news", target_is_directory=True)
    (tmp_path / "news" / "link.md").symlink_to(tmp_path / "other" / "c.md")
    (tmp_path / "news" / "broken.md").symlink_to(tmp_path / "gone.md")
    monkeypatch.chdir(tmp_path)
    return ["news/a.md", "./news/deep/b.txt", "linked/a.md", "linked/deep/../a.md", "news/link.md",
            "news/broken.md", "news/missing.md", str(tmp_path / "other" / "c.md"), "other/c.md",
            "news/deep"]


def test_the_keys_of_many_files_are_each_files_own(tree: list[str]) -> None:
    user = {os.path.realpath("news/a.md"): "2020-05-06", os.path.realpath("other/c.md") + "#2": "2021-01-01"}
    for published, days in ((None, None), (None, user), (date(2022, 3, 4), user)):
        assert file_keys(tree, published, days) == [_alone(p, published, days) for p in tree]
    keys = file_keys(tree)
    assert keys[5] is None and keys[6] is None  # a broken link, a missing file
    assert keys[0] is not None and keys[0] == keys[2] == keys[3]  # one file, however it is reached
    assert keys[0].manifest_mtime_ns > 0 and keys[7] is not None and keys[7].manifest_mtime_ns == 0
    assert keys[4] is not None and keys[4].real == keys[7].real


def test_a_key_changes_with_the_file_and_its_manifest(tree: list[str]) -> None:
    before = file_keys(["news/a.md", "news/deep/b.txt"])
    os.utime("news/dateline.toml", ns=(1, 3_000_000_000_000_000_000))
    after = file_keys(["news/a.md", "news/deep/b.txt"])
    assert after[0] != before[0] and after[1] == before[1]  # the manifest beside a.md, not b.txt
    Path("news/deep/b.txt").write_text("changed", encoding="utf-8")
    assert file_keys(["news/deep/b.txt"]) != after[1:]


def _by_rglob(root: Path) -> str:
    """The parser's signature as it was first worked out (Path.rglob): stores keyed with it stay valid."""
    h = hashlib.sha1(str(FORMAT).encode())
    for f in sorted(root.rglob("*")):
        if f.suffix in {".py", ".json", ".txt"} and "__pycache__" not in f.parts:
            st = f.stat()
            h.update(f"{f.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def test_the_parser_signature_follows_its_code_and_vocabulary_and_not_its_byte_code(tmp_path: Path) -> None:
    for name in ("a.py", "b/c.py", "b/d/words.json", "b/d/list.txt", "b-e/f.py", "notes.md",
                 "__pycache__/a.cpython-311.pyc", "b/__pycache__/x.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name, encoding="utf-8")
    first = tree_signature(tmp_path)
    assert first == _by_rglob(tmp_path)
    (tmp_path / "b/__pycache__/x.py").write_text("changed", encoding="utf-8")
    (tmp_path / "notes.md").write_text("changed", encoding="utf-8")
    assert tree_signature(tmp_path) == first
    (tmp_path / "b/d/words.json").write_text('["changed"]', encoding="utf-8")
    assert tree_signature(tmp_path) != first
    assert tree_signature(tmp_path) == _by_rglob(tmp_path)
    assert code_signature() == _by_rglob(Path(keys.__file__).resolve().parent.parent)
