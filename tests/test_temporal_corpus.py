"""Time extraction over the development corpus (../shared/corpus): a floor on value F1.

Matching follows the scorer: DATE/TIME gold only, overlap matching, exact value strings, other
gold mentions (durations, sets, GUM's unnormalised mentions) count neither way.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from parsing import segment, temporal

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _body(raw: str) -> str:
    end = raw.find("\n---\n", 4) if raw.startswith("---\n") else -1
    return raw[end + 5:] if end != -1 else raw


def _overlaps(a: tuple[int, int], b: dict[str, Any]) -> bool:
    return min(a[1], int(b["end"])) > max(a[0], int(b["start"]))


def _score_article(gold: dict[str, Any], body: str, counts: dict[str, int]) -> None:
    scored = [g for g in gold["times"] if g["type"] in ("DATE", "TIME")]
    neutral = [g for g in gold["times"] if g["type"] not in ("DATE", "TIME")]
    neutral += gold.get("time_mentions_unnormalized") or []
    ext = gold.get("entity_time_extent")
    times = temporal.extract(body, segment.sentences(body, segment.paragraphs(body)),
                             date.fromisoformat(gold["published"]))
    used: set[int] = set()
    for t in times:
        span = (t.start, t.end)
        if ext and not _overlaps(span, ext):
            continue
        hit = next((i for i, g in enumerate(scored) if i not in used and _overlaps(span, g)), None)
        if hit is None:
            counts["system"] += 0 if any(_overlaps(span, g) for g in neutral) else 1
            continue
        used.add(hit)
        counts["system"] += 1
        counts["extent_ok"] += 1
        counts["value_ok"] += t.value == scored[hit]["value"]
    counts["gold"] += len(scored)


def _f1(ok: int, system: int, gold: int) -> float:
    p, r = ok / max(1, system), ok / max(1, gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def test_corpus_time_f1() -> None:
    golds = sorted(CORPUS.glob("*/gold.jsonl"))
    if not golds:
        pytest.skip("shared/corpus is not beside the repository")
    counts = {"gold": 0, "system": 0, "extent_ok": 0, "value_ok": 0}
    for gold_file in golds:
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold = json.loads(line)
                raw = (gold_file.parent / gold["file"]).read_text(encoding="utf-8")
                _score_article(gold, _body(raw), counts)
    assert counts["gold"] > 500
    assert _f1(counts["extent_ok"], counts["system"], counts["gold"]) >= 0.92
    assert _f1(counts["value_ok"], counts["system"], counts["gold"]) >= 0.86
