"""Getting a library in: many files parsed at once, written to the store by one writer.

:func:`.pool.map_files` maps a pure per-file function over files in a process pool (input order
kept); :class:`.library.Ingest` uses it with :func:`parsing.store.rows.encode_file` to bring the
store up to date with a set of paths, yielding :class:`.progress.Progress` (count, rate, time
left, and the articles each step added). :mod:`.cluster` does the same map on a Dask cluster.
"""

from .library import Ingest
from .pool import default_jobs, map_files
from .progress import Progress

__all__ = ["Ingest", "Progress", "default_jobs", "map_files"]
