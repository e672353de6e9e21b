"""The library store: parsed articles kept in one SQLite file between runs, and queried in place.

Flow: the ingest (:mod:`parsing.ingest`) checks each input file's key (:mod:`.keys`) against
:meth:`Store.digests`; files that changed are parsed by :func:`.rows.encode_file` (in worker
processes) into rows, which one writer puts in the store in batches. The reader then asks the
store (:mod:`.queries`) for summaries, timeline rows, entity counts and search hits, and reads an
article's full model (its dateline/1 JSON) only when it is opened. :func:`open_store` handles a
damaged, locked, newer or unwritable file (:mod:`.opening`). Never imports Textual.
"""

from .db import Store
from .errors import StoreError
from .keys import code_signature, file_key
from .opening import Opened, memory_store, open_store, peek_store
from .queries import ArticleSummary, EntityTotal, SearchHit

__all__ = ["ArticleSummary", "EntityTotal", "Opened", "SearchHit", "Store", "StoreError", "code_signature",
           "file_key", "memory_store", "open_store", "peek_store"]
