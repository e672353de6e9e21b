"""The timeline from the store: events as sortable keys, and the rows for the keys on screen.

An event's key is one string that sorts as ``parsing.timeline`` orders events (dated by their
first then last day, undated at their article's date after those, then the article's place in the
library and the event's place in the article), ending in ``|article:ord``. A reader keeps the keys
in a sorted list, merges new ones in with ``bisect``, and asks for rows only for keys it shows.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from parsing.model import Event

from .schema import WIDE_DAYS
from .sql import IN_SCOPE, id_list, read_day, read_names

if TYPE_CHECKING:  # imported when first asked (the reader's first frame does without it)
    from parsing.timeline import TimelineEntry

KEY = ("printf('%d|%s|%s|%d|%08d|%06d|%09d|%d:%d', e.first IS NULL, coalesce(e.first, ''), "
       "coalesce(e.last, ''), e.tier, s.rank, a.ord, e.start, e.article, e.ord)")
FROM_EVENTS = "FROM events e JOIN articles a ON a.id = e.article JOIN scope s ON s.file = a.file"
_EVENT = ("e.eid, e.start, e.\"end\", e.sentence, e.summary, e.time, e.earliest, e.latest, e.date_from, "
          "e.granularity, e.speakers, e.entity_ids, e.quote_ids, e.entity_names, a.aid, a.title, a.source, "
          "a.path, a.published, e.kind")


def _entry(row: Sequence[Any], entry: type[TimelineEntry]) -> TimelineEntry:
    (eid, start, end, sentence, summary, time, earliest, latest, date_from, gran, speakers, entity_ids,
     quote_ids, names, aid, title, source, path, published, kind) = row
    event = Event(eid, start, end, summary, time, read_day(earliest), read_day(latest), date_from,
                  read_names(entity_ids), read_names(quote_ids), sentence, kind)
    return entry(aid, title, source, path, read_day(published), event, read_names(speakers),
                 read_names(names), gran)


def key_ref(key: str) -> tuple[int, int]:
    """(article key, event ord) of an event key."""
    article, ord_ = key.rsplit("|", 1)[1].split(":")
    return int(article), int(ord_)


def key_span(key: str) -> tuple[date | None, date | None, bool]:
    """(first day, last day, dated by itself) of an event key, without asking the store."""
    _, first, last, tier, _ = key.split("|", 4)
    return read_day(first), read_day(last), tier == "0"


class TimelineQueries:
    conn: sqlite3.Connection
    lock: threading.RLock

    def _where(self, article_keys: Iterable[int] | None, start: date | None,
               end: date | None) -> tuple[str, list[object]]:
        """The events of these articles (else all) meeting ``[start, end]`` (either side may be open)."""
        where: list[str] = []
        params: list[object] = []
        if article_keys is not None:
            where.append(f"e.article IN ({id_list(article_keys)})")
        if start is not None or end is not None:
            lo, hi = (start or date.min).isoformat(), (end or date.max).isoformat()
            far = start is not None and start.toordinal() > WIDE_DAYS
            back = (start - timedelta(days=WIDE_DAYS)).isoformat() if start and far else date.min.isoformat()
            where.append("e.tier = 0 AND ((e.wide = 0 AND e.first BETWEEN ? AND ? AND e.last >= ?) OR "
                         "(e.wide = 1 AND (e.earliest IS NULL OR e.earliest <= ?) AND "
                         "(e.latest IS NULL OR e.latest >= ?)))")
            params += [back, hi, lo, hi, lo]
        return ("WHERE " + " AND ".join(where) if where else ""), params

    def timeline_entries(self, keys: Sequence[str]) -> dict[str, TimelineEntry]:
        """The rows for these event keys."""
        from parsing.timeline import TimelineEntry

        refs = {key_ref(k): k for k in keys}
        if not refs:
            return {}
        values = ",".join(f"({a},{o})" for a, o in refs)
        # the keys first, each found by the (article, ord) index: "(e.article, e.ord) IN (VALUES …)"
        # read every event instead (100,000 articles: 170-370 ms for 50 keys, against 1 ms)
        sql = (f"SELECT e.article, e.ord, {_EVENT} FROM (VALUES {values}) v CROSS JOIN events e "
               "ON e.article = v.column1 AND e.ord = v.column2 "
               "JOIN articles a ON a.id = e.article JOIN scope s ON s.file = a.file")
        with self.lock:
            rows = self.conn.execute(sql).fetchall()
        return {refs[(r[0], r[1])]: _entry(r[2:], TimelineEntry) for r in rows}

    def timeline_range(self, start: date, end: date) -> list[TimelineEntry]:
        """Dated events overlapping ``[start, end]``, in timeline order (keys and rows in one query)."""
        from parsing.timeline import TimelineEntry

        where, params = self._where(None, start, end)
        sql = f"SELECT {KEY} AS k, {_EVENT} {FROM_EVENTS} {where} ORDER BY k"
        with self.lock:
            return [_entry(r[1:], TimelineEntry) for r in self.conn.execute(sql, params)]

    def newest(self) -> date | None:
        """The newest publication date in the scope, else the newest event date (``timeline.newest``)."""
        with self.lock:
            (pub,) = self.conn.execute(f"SELECT max(a.published) {IN_SCOPE}").fetchone()
            if pub is None:
                latest = f"SELECT max(coalesce(e.latest, e.earliest)) {FROM_EVENTS}"
                (pub,) = self.conn.execute(latest).fetchone()
        return read_day(pub)
