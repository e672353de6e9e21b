"""The layout shows the architecture: subsystems are packages, modules stay small, no tui import cycles."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUBSYSTEMS = ("temporal", "attribution", "entities", "readers")


def _top_level_modules() -> list[str]:
    return sorted(p.stem for p in (ROOT / "parsing").glob("*.py") if p.stem != "__init__")


def test_few_modules_sit_directly_in_parsing() -> None:
    assert 0 < len(_top_level_modules()) <= 14, _top_level_modules()


def test_no_prefix_named_family_at_the_top() -> None:
    prefixes = Counter(m.split("_")[0] for m in _top_level_modules() if "_" in m)
    assert not [p for p, n in prefixes.items() if n >= 2], prefixes


@pytest.mark.parametrize("package", SUBSYSTEMS)
def test_subsystem_imports_on_its_own(package: str) -> None:
    code = f"import parsing.{package} as p, sys; print(p.__doc__ is not None and len(p.__doc__) > 80)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "True"


@pytest.mark.parametrize("package", ("temporal", "attribution", "entities"))
def test_extractor_packages_export_extract(package: str) -> None:
    import importlib

    mod = importlib.import_module(f"parsing.{package}")
    assert callable(mod.extract)
    assert mod.__all__ == ["extract"]


def test_no_module_over_400_lines() -> None:
    big = {str(p.relative_to(ROOT)): n for d in ("parsing", "tui") for p in (ROOT / d).rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not big, big


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, name: str) -> set[str]:
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level > 1:
                base = base[: len(base) - (node.level - 1)]
            if not node.level:
                target = node.module or ""
            else:
                target = ".".join([*base, node.module] if node.module else base)
            found.add(target)
            found.update(f"{target}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_no_two_tui_modules_import_each_other() -> None:
    paths = {_module_name(p): p for p in (ROOT / "tui").rglob("*.py")}
    edges = {m: {t for t in _imports(p, m) if t in paths and t != m} for m, p in paths.items()}
    mutual = sorted((a, b) for a in edges for b in edges[a] if a < b and a in edges[b])
    assert not mutual, mutual


def test_vocabularies_are_read_by_one_loader() -> None:
    readers = [str(p.relative_to(ROOT)) for p in (ROOT / "parsing").rglob("*.py")
               if re.search(r"resources\.files\(", p.read_text(encoding="utf-8"))]
    assert readers == ["parsing/vocab/__init__.py"], readers


def test_benchmark_stages_name_the_pipeline_entry_points() -> None:
    import importlib

    from benchmarks.parse_speed import STAGES

    for module_name, attr in STAGES:
        assert callable(getattr(importlib.import_module(f"parsing.{module_name}"), attr))


def _package_imports(package: str) -> set[str]:
    paths = {_module_name(p): p for p in (ROOT / "parsing" / package).rglob("*.py")}
    return {t for m, p in paths.items() for t in _imports(p, m)}


@pytest.mark.parametrize(("package", "below"), [
    ("segment", ("temporal", "attribution", "entities", "events", "timeline", "pipeline")),
    ("temporal", ("attribution",)),
    ("entities", ("attribution", "temporal")),
])
def test_data_flows_one_way_between_subsystems(package: str, below: tuple[str, ...]) -> None:
    """Segmentation comes before every extractor, and an extractor reads no later stage's
    internals: the time extractor asks ``segment`` for quotations, not the attribution."""
    wrong = sorted(t for t in _package_imports(package)
                   if any(t == f"parsing.{b}" or t.startswith(f"parsing.{b}.") for b in below))
    assert not wrong, wrong
