"""The Dask home of the per-file function: a LocalCluster of two workers over the shared corpus
writes the same articles as parsing them here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsing.contract import article_to_dict
from parsing.files import expand
from parsing.model import Article
from parsing.pipeline import load

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def test_local_cluster_of_two_writes_the_corpus_as_jsonl(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag", reason="dask is in the dateline[cluster] extra")
    distributed = pytest.importorskip("distributed", reason="distributed is in the dateline[cluster] extra")
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    from parsing.ingest.cluster import parse_to_jsonl

    files = list(expand([str(CORPUS)]))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        names, errors = parse_to_jsonl(files, tmp_path / "out", partitions=8)
    written = [json.loads(line) for n in names for line in Path(n).read_text(encoding="utf-8").splitlines()]
    here = [article_to_dict(a) for a in load(files) if isinstance(a, Article)]
    assert len(names) > 1 and len(written) == len(here) > 100
    assert sorted(written, key=lambda d: d["id"]) == sorted(here, key=lambda d: d["id"])
    assert all(Path(e).exists() for e in errors)
