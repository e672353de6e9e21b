"""What the reader asks of the store: summaries, the timeline, entities, quotes and search.

Every query reads only the files in the scope (``Store.set_scope``), in the scope's order.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from parsing.model import Article, LoadError

from .rows import SEP, decode_body
from .schema import SENTENCE_SLOTS
from .sql import IN_SCOPE, id_list, read_day


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What the library lists of an article; ``key`` finds it in the store."""

    key: int
    id: str
    path: str
    title: str | None
    source: str | None
    published: date | None
    quotes: int
    entities: int
    events: int
    warnings: int


@dataclass(frozen=True, slots=True)
class EntityTotal:
    """An entity across articles: the same name and type is one entity here."""

    name: str
    type: str
    roles: frozenset[str]
    articles: int
    mentions: int
    quotes: int


@dataclass(frozen=True, slots=True)
class SearchHit:
    article: ArticleSummary
    sentence: int
    text: str
    when: str  # the sentence's event date, else the article's publication date, as "YYYY-MM-DD"


_SUMMARY = ("a.id, a.aid, a.path, a.title, a.source, a.published, a.n_quotes, a.n_entities, a.n_events, "
            "a.n_warnings")
_ORDERS = {"input": "s.rank, a.ord", "date": "a.published IS NULL, a.published, s.rank, a.ord",
           "title": "coalesce(a.title, a.path) COLLATE NOCASE, s.rank, a.ord",
           "source": "a.source IS NULL, a.source COLLATE NOCASE, s.rank, a.ord"}





def _summary(row: Sequence[Any]) -> ArticleSummary:
    k, aid, path, title, source, pub, nq, ne, nev, nw = row
    return ArticleSummary(int(k), str(aid), str(path), title, source, read_day(pub),
                          int(nq), int(ne), int(nev), int(nw))


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query: each word a phrase, all of them required."""
    words = [w for w in text.split() if w]
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


class Queries:
    conn: sqlite3.Connection
    lock: threading.RLock

    def _all(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def count(self) -> int:
        return int(self._all(f"SELECT count(*) {IN_SCOPE}")[0][0])

    def summaries(self, order: str = "input", descending: bool = False, offset: int = 0,
                  limit: int = -1) -> list[ArticleSummary]:
        by = _ORDERS[order] if not descending else ", ".join(f"{c} DESC" for c in _ORDERS[order].split(", "))
        sql = f"SELECT {_SUMMARY} {IN_SCOPE} ORDER BY {by} LIMIT ? OFFSET ?"
        return [_summary(r) for r in self._all(sql, (limit, offset))]

    def summaries_of(self, real: str) -> list[ArticleSummary]:
        """The articles of one file, in its order (scope or not)."""
        sql = f"SELECT {_SUMMARY} FROM articles a WHERE a.file = ? ORDER BY a.ord"
        return [_summary(r) for r in self._all(sql, (real,))]

    def errors_of(self, real: str) -> list[LoadError]:
        import json

        rows = self._all("SELECT errors FROM files WHERE path = ?", (real,))
        return [LoadError(p, r) for p, r in json.loads(str(rows[0][0]))] if rows else []

    def article(self, key: int) -> Article | None:
        """The full model of one article, read back from its dateline/1 JSON."""
        rows = self._all("SELECT json FROM bodies WHERE article = ?", (key,))
        return decode_body(rows[0][0]) if rows else None

    def entity_rows(self, article_keys: Sequence[int] | None = None) -> list[EntityTotal]:
        """Entities merged by name and type across the scope (or these articles), most mentioned first.

        The articles are one materialised set and the quotes are counted once per name, so the
        entities are read from their covering index alone."""
        if article_keys is not None:
            arts = f"SELECT id FROM articles WHERE id IN ({id_list(article_keys)})"
        else:
            arts = "SELECT a.id FROM articles a JOIN scope s ON s.file = a.file"
        sql = (f"WITH chosen AS MATERIALIZED ({arts}), "
               "qc AS MATERIALIZED (SELECT q.entity AS name, count(*) AS n FROM quotes q "
               "WHERE q.entity IS NOT NULL AND q.article IN chosen GROUP BY q.entity) "
               "SELECT g.name, g.type, g.arts, g.m, g.roles, coalesce(qc.n, 0) FROM "
               "(SELECT n.name, n.type, count(DISTINCT n.article) AS arts, sum(n.mentions) AS m, "
               "group_concat(n.roles, ?) AS roles FROM entities n WHERE +n.article IN chosen "
               "GROUP BY n.name, n.type) g LEFT JOIN qc ON qc.name = g.name ORDER BY g.m DESC, g.name")
        return [EntityTotal(name, kind, frozenset(r for r in (roles or "").split(SEP) if r), arts, m, q)
                for name, kind, arts, m, roles, q in self._all(sql, (SEP,))]

    def entity_quotes(self, name: str, limit: int = 20) -> list[tuple[ArticleSummary, str]]:
        """Quotes whose speaker is an entity of this name, in library order."""
        sql = (f"SELECT {_SUMMARY}, q.text FROM quotes q JOIN articles a ON a.id = q.article "
               "JOIN scope s ON s.file = a.file WHERE q.entity = ? ORDER BY s.rank, a.ord, q.start LIMIT ?")
        return [(_summary(r[:10]), str(r[10])) for r in self._all(sql, (name, limit))]

    def quotes_by(self, speaker: str) -> list[tuple[ArticleSummary, str, str]]:
        """(article, quote id, quote text) for every quote of one speaker, by article order."""
        sql = (f"SELECT {_SUMMARY}, q.qid, q.text FROM quotes q JOIN articles a ON a.id = q.article "
               "JOIN scope s ON s.file = a.file WHERE q.speaker = ? ORDER BY s.rank, a.ord, q.start")
        return [(_summary(r[:10]), str(r[10]), str(r[11])) for r in self._all(sql, (speaker,))]

    def search(self, text: str, limit: int = 100) -> list[SearchHit]:
        """Sentences of the library matching every word of ``text``, best first."""
        query = fts_query(text)
        if not query:
            return []
        sql = (f"SELECT t.rowid, t.text, {_SUMMARY}, (SELECT e.earliest FROM events e WHERE e.article = a.id "
               f"AND e.sentence = t.rowid % {SENTENCE_SLOTS} AND e.earliest IS NOT NULL LIMIT 1) "
               f"FROM sentences t JOIN articles a ON a.id = t.rowid / {SENTENCE_SLOTS} "
               "JOIN scope s ON s.file = a.file WHERE sentences MATCH ? ORDER BY t.rank LIMIT ?")
        try:
            rows = self._all(sql, (query, limit))
        except sqlite3.OperationalError:  # a query FTS5 cannot read: no hits rather than an error
            return []
        hits = []
        for r in rows:
            art = _summary(r[2:12])
            when = r[12] or (art.published.isoformat() if art.published else "")
            hits.append(SearchHit(art, int(r[0]) % SENTENCE_SLOTS, str(r[1]), str(when)))
        return hits
