"""A folder's dateline.toml fills metadata the files leave out, and never overrides what they state."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from parsing.model import Article
from parsing.pipeline import load

BODY = "Officials met on Tuesday to discuss the plan.\n\nThe talks went on for hours, they said.\n"


def _articles(paths: list[str], published: date | None = None) -> list[Article]:
    return [a for a in load(paths, published) if isinstance(a, Article)]


def test_manifest_supplies_date_and_source(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "dateline.toml").write_text(
        '[files."a.txt"]\npublished = "2021-11-23"\nsource = "The Example Post"\n', encoding="utf-8"
    )
    (art,) = _articles([str(tmp_path)])
    assert art.published == date(2021, 11, 23)
    assert art.published_from == "metadata"
    assert art.source == "The Example Post"
    tuesday = next(t for t in art.times if t.text == "Tuesday")
    assert tuesday.value == "2021-11-23"


def test_file_metadata_wins_over_manifest(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("---\ntitle: Own\ndate: 2020-01-02\n---\n" + BODY, encoding="utf-8")
    (tmp_path / "dateline.toml").write_text(
        '[files."b.md"]\npublished = "2021-11-23"\ntitle = "Other"\n', encoding="utf-8"
    )
    (art,) = _articles([str(tmp_path / "b.md")])
    assert art.published == date(2020, 1, 2)
    assert art.title == "Own"


def test_published_option_overrides_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "dateline.toml").write_text('[files."a.txt"]\npublished = "2021-11-23"\n', encoding="utf-8")
    (art,) = _articles([str(tmp_path / "a.txt")], published=date(2022, 5, 1))
    assert art.published == date(2022, 5, 1)
    assert art.published_from == "option"


def test_broken_manifest_is_a_warning_not_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "dateline.toml").write_text("[files\nnot toml", encoding="utf-8")
    (art,) = _articles([str(tmp_path)])
    assert art.published is None
    assert any("dateline.toml" in w for w in art.warnings)


def test_manifest_is_not_read_as_an_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "dateline.toml").write_text('[files."a.txt"]\npublished = "2021-11-23"\n', encoding="utf-8")
    assert [Path(a.path).name for a in _articles([str(tmp_path)])] == ["a.txt"]
