"""The library across articles from the store: entity records for ``parsing.crossref`` and every
speech quote with its speaker's identity and date, without reading any article whole.

The same answers as ``crossref.records(articles)`` and ``crossref.library_quotes(articles, …)`` over
the articles in the scope, in the scope's order.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from typing import TYPE_CHECKING, Any

from parsing.model import Quote

from .sql import IN_SCOPE, read_names

if TYPE_CHECKING:  # imported when first asked (the reader's first frame does without them)
    from parsing.crossref import EntityRecord, Identities, QuoteEntry


class AcrossQueries:
    conn: sqlite3.Connection
    lock: threading.RLock

    def entity_records(self) -> list[EntityRecord]:
        """Every entity of the scope, as ``crossref.records`` gives them."""
        from parsing.crossref import EntityRecord

        sql = (f"SELECT a.aid, n.eid, n.name, n.type, n.aliases, n.mentions {IN_SCOPE} "
               "JOIN entities n ON n.article = a.id ORDER BY s.rank, a.ord, n.rowid")
        with self.lock:
            rows = self.conn.execute(sql).fetchall()
        return [EntityRecord(aid, eid, name, kind, read_names(aliases), int(m))
                for aid, eid, name, kind, aliases, m in rows]

    def library_quotes(self, identities: Identities) -> tuple[QuoteEntry, ...]:
        """Every speech quote of the scope in date order (the day it was said, else the article's
        publication date; undated last), then the article's place, then the quote's."""
        sql = ("SELECT a.id, a.aid, a.title, a.source, a.path, a.published, q.qid, q.start, q.\"end\", "
               f"q.text, q.speaker, q.eid, q.said {IN_SCOPE} JOIN quotes q ON q.article = a.id "
               "WHERE q.kind = 'speech' ORDER BY coalesce(q.said, a.published) IS NULL, "
               "coalesce(q.said, a.published), s.rank, a.ord, q.start")
        from parsing.crossref import QuoteEntry
        from parsing.crossref.identity import norm

        names = "SELECT n.eid, n.name FROM entities n WHERE n.article = ?"
        by_name: dict[int, dict[str, str]] = {}
        out: list[QuoteEntry] = []
        with self.lock:
            rows: list[Any] = self.conn.execute(sql).fetchall()
            for key, aid, title, source, path, published, qid, start, end, text, speaker, eid, said in rows:
                day = date.fromisoformat(said or published) if (said or published) else None
                quote = Quote(qid, int(start), int(end), text, "speech", speaker, eid)
                ident = identities.of(aid, eid) if eid else None
                if ident is None and speaker:  # a name the entities know under that name
                    if key not in by_name:
                        by_name[key] = {norm(n): e for e, n in self.conn.execute(names, (key,))}
                    found = by_name[key].get(norm(speaker))
                    ident = identities.of(aid, found) if found else None
                if ident is not None:
                    name, sid = ident.name, ident.id
                elif speaker:
                    name, sid = speaker, "?:" + norm(speaker)
                else:
                    name, sid = None, None
                out.append(QuoteEntry(aid, title, source, path, quote, name, sid, day, day,
                                      "day" if day else "none"))
        return tuple(out)
