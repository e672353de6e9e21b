"""Extraction on the blind test sets (``tests/data/blind3`` to ``blind65``), scored by the shared scorer
as the corpus is. Each was written by someone who never read the parser or its output; what each set
holds, its one blind score and the fixes it led to are in ``tests/blind_sets.md``. A set is held to the
metrics it measures, with floors a little under its figures after those fixes, so that a regression
fails. Rerun one with ``python ../shared/eval/score.py tests/data/blindN/gold.jsonl --cmd "dateline parse
--format jsonl"``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import score

DATA = Path(__file__).resolve().parent / "data"

# each set's floors, in the order of KEYS (None: a figure the set is not held to)
KEYS = ("quote_f1", "speaker_p", "speaker_f1", "time_f1", "time_value_f1", "entity_f1", "entity_typed_f1")
FLOORS: dict[str, tuple[float | None, ...]] = {
    "blind3": (0.97, 0.95, 0.95, 0.95, 0.86, 0.95, 0.83),
    "blind4": (0.97, 0.95, 0.94, 0.92, 0.865, 0.96, 0.86),
    "blind5": (0.97, 0.96, 0.955, 0.95, 0.90, 0.94, 0.87),
    "blind6": (0.97, None, 0.96, 0.95, 0.865, 0.97, 0.88),
    "blind7": (0.97, 0.94, 0.91, None, 0.87, 0.93, 0.86),
    "blind8": (0.97, None, 0.96, 0.93, 0.88, 0.97, 0.84),
    "blind9": (0.97, None, 0.935, 0.94, 0.88, 0.94, 0.85),
    "blind10": (0.97, None, 0.9, 0.96, 0.91, 0.97, 0.87),
    "blind11": (0.97, None, 0.92, 0.97, 0.91, 0.95, 0.84),
    "blind12": (0.96, None, 0.96, 0.96, 0.85, 0.92, 0.81),
    "blind13": (0.97, None, 0.93, 0.96, 0.90, 0.94, 0.89),
    "blind14": (0.98, None, 0.97, 0.95, 0.87, 0.96, 0.85),
    "blind15": (0.98, None, 0.93, 0.92, 0.8, 0.94, 0.84),
    "blind16": (0.98, None, 0.97, 0.95, 0.87, 0.96, 0.86),
    "blind17": (0.97, None, 0.935, 0.95, 0.91, 0.96, 0.91),
    "blind18": (0.98, None, 0.97, 0.95, 0.84, 0.96, 0.86),
    "blind19": (0.97, 0.93, 0.92, 0.96, 0.91, 0.96, 0.89),
    "blind20": (0.98, None, 0.94, 0.96, 0.93, 0.97, 0.86),
    "blind21": (0.98, 0.98, 0.97, 0.96, 0.90, 0.96, 0.89),
    "blind22": (0.97, None, 0.96, 0.96, 0.90, 0.97, 0.85),
    "blind23": (0.98, 0.97, 0.96, 0.94, 0.92, 0.96, 0.90),
    "blind24": (0.98, 0.97, 0.97, 0.96, 0.93, 0.96, 0.88),
    "blind25": (0.98, 0.97, 0.965, 0.94, 0.88, 0.91, 0.83),
    "blind26": (0.98, 0.99, 0.97, 0.95, 0.90, 0.96, 0.89),
    "blind27": (0.99, 0.97, 0.965, 0.96, 0.92, 0.96, 0.88),
    "blind28": (0.99, 0.93, 0.935, 0.96, 0.87, 0.98, 0.88),
    "blind29": (0.99, 0.96, 0.95, 0.95, 0.92, 0.98, 0.94),
    "blind30": (0.97, 0.95, 0.95, 0.98, 0.90, 0.97, 0.86),
    "blind31": (0.99, 0.97, 0.975, 0.97, 0.90, 0.97, 0.89),
    "blind32": (0.97, 0.97, 0.97, 0.94, 0.85, 0.96, 0.88),
    "blind33": (0.985, 0.945, 0.945, 0.98, 0.955, 0.955, 0.895),
    "blind34": (0.99, 0.99, 0.99, 0.955, 0.90, 0.975, 0.915),
    "blind35": (0.99, 0.975, 0.965, 0.97, 0.87, 0.975, 0.915),
    "blind36": (0.99, 0.97, 0.97, 0.975, 0.935, 0.975, 0.87),
    "blind37": (0.985, 0.97, 0.95, 0.96, 0.91, 0.89, 0.79),
    "blind38": (0.97, 0.935, 0.915, 0.955, 0.88, 0.94, 0.895),
    "blind39": (0.98, 0.99, 0.98, 0.97, 0.935, 0.975, 0.9),
    "blind40": (0.99, 0.945, 0.945, 0.98, 0.925, 0.96, 0.86),
    "blind41": (0.975, 0.965, 0.96, 0.965, 0.895, 0.945, 0.87),
    "blind42": (0.985, 0.96, 0.95, 0.975, 0.97, 0.945, 0.855),
    "blind43": (0.98, 0.94, 0.93, 0.965, 0.94, 0.925, 0.83),
    "blind44": (0.99, 0.99, 0.99, 0.97, 0.925, 0.965, 0.875),
    "blind45": (0.98, 0.975, 0.97, 0.975, 0.93, 0.97, 0.91),
    "blind46": (0.975, 0.95, 0.94, 0.95, 0.905, 0.965, 0.86),
    "blind47": (0.97, 0.95, 0.935, 0.95, 0.92, 0.915, 0.795),
    "blind48": (0.99, 0.975, 0.975, 0.975, 0.92, 0.965, 0.885),
    "blind49": (0.99, 0.93, 0.93, 0.965, 0.91, 0.945, 0.83),
    "blind50": (0.99, 0.99, 0.98, 0.97, 0.885, 0.955, 0.81),
    "blind51": (0.99, 0.99, 0.99, 0.97, 0.90, 0.94, 0.84),
    "blind52": (0.98, 0.975, 0.955, 0.97, 0.915, 0.95, 0.83),
    "blind53": (0.99, 0.99, 0.99, 0.975, 0.92, 0.97, 0.895),
    "blind54": (0.98, 0.98, 0.965, 0.975, 0.915, 0.925, 0.87),
    "blind55": (0.98, 0.955, 0.96, 0.94, 0.85, 0.915, 0.77),
    "blind56": (0.99, 0.98, 0.98, 0.965, 0.895, 0.925, 0.87),
    "blind57": (0.99, 0.99, 0.99, 0.955, 0.905, 0.965, 0.94),
    "blind58": (0.98, 0.97, 0.975, 0.96, 0.91, 0.89, 0.78),
    "blind59": (0.99, 0.97, 0.95, 0.975, 0.95, 0.97, 0.93),
    "blind60": (0.975, 0.97, 0.94, 0.935, 0.865, 0.95, 0.90),
    "blind61": (0.98, None, 0.98, 0.97, 0.895, 0.975, 0.945),
    "blind62": (0.975, 0.97, 0.975, 0.975, 0.91, 0.955, 0.85),
    "blind63": (0.98, None, 0.975, 0.98, 0.89, 0.925, 0.82),
    "blind64": (0.965, 0.955, 0.965, 0.96, 0.86, 0.875, 0.84),
    "blind65": (0.98, 0.975, 0.97, 0.96, 0.905, 0.91, 0.80),
}


@pytest.mark.parametrize("name", list(FLOORS))
def test_scores_stay_above_their_floors(name: str, tmp_path: Path) -> None:
    summary = score(DATA / name, tmp_path)
    below = {key: (summary[key], floor) for key, floor in zip(KEYS, FLOORS[name], strict=True)
             if floor is not None and summary[key] < floor}
    assert not below, (below, summary)
