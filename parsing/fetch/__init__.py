"""Articles from URLs: pages and feeds fetched over HTTP(S), then read like files.

A URL flows: ``client.Fetcher.get`` (limits, redirects, conditional GET against the kept copy in a
``cache.FetchCache``) → ``kinds`` (page, feed, or a reason it is neither) → the readers, as for a
file (``readers.read_bytes``) → ``articles`` (a feed entry with only a summary gets its page) →
``Document``s and ``LoadError``s for the pipeline. ``run.fetch_sources`` does many URLs at once from
synchronous code. ``config`` holds the limits and ``is_url``; it and ``cache`` import no HTTP
library, so checking an argument costs nothing. Failures read ``URL: reason`` in plain words
(``reasons``); compressed bodies are decoded within the size limit (``inflate``).
"""
