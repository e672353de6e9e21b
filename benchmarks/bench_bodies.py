"""Article bodies for the per-stage benchmarks: the paths given, else ../shared/corpus, else the samples."""

from __future__ import annotations

from pathlib import Path

from parsing import pipeline
from parsing.model import LoadError

ROOT = Path(__file__).resolve().parents[1]


def load_bodies(paths: list[str]) -> list[str]:
    if not paths:
        corpus = ROOT.parent / "shared" / "corpus"
        paths = [str(corpus if corpus.is_dir() else ROOT / "sample_articles")]
    return [a.text for a in pipeline.load(paths) if not isinstance(a, LoadError)]
