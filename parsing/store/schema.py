"""The store's tables, and its schema version (``PRAGMA user_version``).

``articles`` holds one row per article (what the library lists) and ``bodies`` its dateline/1
JSON, zlib-compressed, read back only when the article is opened. ``events``, ``entities``,
``quotes`` and the FTS5 table ``sentences`` are what the reader queries across the library.
A sentence's FTS rowid is ``article * SENTENCE_SLOTS + sentence``, so an article's sentences are
one rowid range. ``fetched`` keeps fetched pages and feeds; ``user_meta`` what the user set by hand.
"""

from __future__ import annotations

import sqlite3

VERSION = 5  # 3: events.kind; 4: entities.aliases, quotes.eid and quotes.said; 5: covering indexes
SENTENCE_SLOTS = 100_000  # sentences past this many in one article are not searchable
WIDE_DAYS = 366  # a range query finds narrower events by an index range on their first day

_TABLES = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,          -- real path of the input file
    digest TEXT NOT NULL,           -- keys.FileKey.digest() when it was parsed
    errors TEXT NOT NULL DEFAULT '[]'  -- JSON [[path, reason], ...]
);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
    ord INTEGER NOT NULL,           -- place within its file
    aid TEXT NOT NULL,              -- the article's own id (dateline/1 "id")
    path TEXT NOT NULL,
    title TEXT, source TEXT, published TEXT, published_from TEXT, format TEXT NOT NULL,
    n_quotes INTEGER NOT NULL, n_entities INTEGER NOT NULL, n_events INTEGER NOT NULL,
    n_times INTEGER NOT NULL, n_warnings INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_file ON articles(file, ord);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS bodies (
    article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    json BLOB NOT NULL              -- zlib(dateline/1 JSON)
);
CREATE TABLE IF NOT EXISTS events (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    eid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence INTEGER NOT NULL,
    summary TEXT NOT NULL, time TEXT, earliest TEXT, latest TEXT, date_from TEXT,
    granularity TEXT NOT NULL,
    speakers TEXT NOT NULL,         -- names joined by U+001F
    entity_ids TEXT NOT NULL, quote_ids TEXT NOT NULL, entity_names TEXT NOT NULL,
    first TEXT, last TEXT,          -- the days the timeline sorts by (publication date if undated)
    tier INTEGER NOT NULL,          -- 0 dated by itself, 1 placed at its article's date
    wide INTEGER NOT NULL,          -- 1: open on one side or longer than WIDE_DAYS (few; scanned)
    kind TEXT NOT NULL              -- statement, speech or reported (model.EventKind)
);
-- covering: a date filter, its counts and the histogram read the index alone
CREATE INDEX IF NOT EXISTS events_when ON events(wide, tier, first, last, earliest, latest, granularity,
                                                 start, article, ord);
CREATE INDEX IF NOT EXISTS events_article ON events(article, ord);
CREATE TABLE IF NOT EXISTS entities (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL,
    roles TEXT NOT NULL,            -- joined by U+001F
    aliases TEXT NOT NULL           -- joined by U+001F
);
-- covering: the library's entity totals read the index alone
CREATE INDEX IF NOT EXISTS entities_name ON entities(name, type, article, mentions, roles);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article);
CREATE TABLE IF NOT EXISTS quotes (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    qid TEXT NOT NULL, speaker TEXT, kind TEXT NOT NULL,
    entity TEXT,                    -- the name of the speaker's entity in the article, if resolved
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    eid TEXT,                       -- the speaker's entity id in the article, if resolved
    said TEXT                       -- the day the text gives for the saying (crossref.said), ISO
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);
CREATE INDEX IF NOT EXISTS quotes_entity ON quotes(entity);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences USING fts5(text, tokenize='unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS fetched (
    url TEXT PRIMARY KEY, final_url TEXT NOT NULL, status INTEGER NOT NULL, content_type TEXT,
    etag TEXT, last_modified TEXT, fetched_at TEXT NOT NULL, body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS user_meta (
    path TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (path, key)
);
"""


DERIVED = ("sentences", "quotes", "entities", "events", "bodies", "articles", "files")
"""What a parse put in the store: an older schema's copy is dropped and parsed again (the user's
own settings and fetched pages are kept)."""


class NewerSchema(Exception):
    """The file was written by a newer dateline; it is left as it is."""

    def __init__(self, found: int) -> None:
        super().__init__(f"schema {found}, this dateline knows {VERSION}")
        self.found = found


def ensure(conn: sqlite3.Connection) -> None:
    """Create the tables on a new file; refuse a newer one. Safe with other processes opening it too."""
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found > VERSION:
        raise NewerSchema(found)
    if found == VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have won
        if found > VERSION:
            raise NewerSchema(found)
        if found < VERSION:
            if found > 0:  # an older schema: what a parse put there is parsed again
                for table in DERIVED:
                    conn.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in _TABLES.split(";\n"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
