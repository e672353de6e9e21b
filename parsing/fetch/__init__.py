"""Articles from URLs: pages and feeds fetched over HTTP(S), then read like files.

``cache`` holds the interface between fetching and the store: what a fetched copy is
(:class:`Fetched`) and what keeps it (:class:`FetchCache`), so conditional GET and offline
reading work whether or not the library store is open.
"""
