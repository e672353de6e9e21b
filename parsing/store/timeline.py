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
from typing import Any

from parsing.model import Event
from parsing.timeline import TimelineEntry

from .rows import SEP
from .schema import WIDE_DAYS

KEY = ("printf('%d|%s|%s|%d|%08d|%06d|%09d|%d:%d', e.first IS NULL, coalesce(e.first, ''), "
       "coalesce(e.last, ''), e.tier, s.rank, a.ord, e.start, e.article, e.ord)")
_FROM = "FROM events e JOIN articles a ON a.id = e.article JOIN scope s ON s.file = a.file"
_EVENT = ("e.eid, e.start, e.\"end\", e.sentence, e.summary, e.time, e.earliest, e.latest, e.date_from, "
          "e.granularity, e.speakers, e.entity_ids, e.quote_ids, e.entity_names, a.aid, a.title, a.source, "
          "a.path, a.published, e.kind")


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _split(s: str) -> tuple[str, ...]:
    return tuple(s.split(SEP)) if s else ()


def _entry(row: Sequence[Any]) -> TimelineEntry:
    (eid, start, end, sentence, summary, time, earliest, latest, date_from, gran, speakers, entity_ids,
     quote_ids, names, aid, title, source, path, published, kind) = row
    event = Event(eid, start, end, summary, time, _date(earliest), _date(latest), date_from,
                  _split(entity_ids), _split(quote_ids), sentence, kind)
    return TimelineEntry(aid, title, source, path, _date(published), event, _split(speakers), _split(names),
                         gran)


def key_ref(key: str) -> tuple[int, int]:
    """(article key, event ord) of an event key."""
    article, ord_ = key.rsplit("|", 1)[1].split(":")
    return int(article), int(ord_)


def key_span(key: str) -> tuple[date | None, date | None, bool]:
    """(first day, last day, dated by itself) of an event key, without asking the store."""
    _, first, last, tier, _ = key.split("|", 4)
    return _date(first), _date(last), tier == "0"


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def _has_name(names: str | None, wanted: str) -> bool:
    return bool(names) and any(_norm(n) == wanted for n in str(names).split(SEP))


class TimelineQueries:
    conn: sqlite3.Connection
    lock: threading.RLock

    def _where(self, article_keys: Iterable[int] | None, start: date | None, end: date | None,
               entity: str | None) -> tuple[str, list[object]]:
        where: list[str] = []
        params: list[object] = []
        if article_keys is not None:
            where.append(f"e.article IN ({','.join(str(int(k)) for k in article_keys) or 'NULL'})")
        if start is not None or end is not None:
            lo, hi = (start or date.min).isoformat(), (end or date.max).isoformat()
            far = start is not None and start.toordinal() > WIDE_DAYS
            back = (start - timedelta(days=WIDE_DAYS)).isoformat() if start and far else date.min.isoformat()
            where.append("e.tier = 0 AND ((e.wide = 0 AND e.first BETWEEN ? AND ? AND e.last >= ?) OR "
                         "(e.wide = 1 AND (e.earliest IS NULL OR e.earliest <= ?) AND "
                         "(e.latest IS NULL OR e.latest >= ?)))")
            params += [back, hi, lo, hi, lo]
        if entity:
            where.append("dateline_has_name(e.entity_names, ?)")
            params.append(_norm(entity))
        return ("WHERE " + " AND ".join(where) if where else ""), params

    def timeline_keys(self, article_keys: Iterable[int] | None = None, start: date | None = None,
                      end: date | None = None, entity: str | None = None) -> list[str]:
        """Event keys of the scope (or of these articles) in timeline order, narrowed like
        ``timeline.filter_range`` (a range open on both sides keeps everything) and
        ``timeline.filter_entity_name``. A closed range is an index range on the events' first day."""
        where, params = self._where(article_keys, start, end, entity)
        sql = f"SELECT {KEY} AS k {_FROM} {where} ORDER BY k"
        with self.lock:
            self.conn.create_function("dateline_has_name", 2, _has_name, deterministic=True)
            return [k for (k,) in self.conn.execute(sql, params)]

    def timeline_entries(self, keys: Sequence[str]) -> dict[str, TimelineEntry]:
        """The rows for these event keys."""
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
        return {refs[(r[0], r[1])]: _entry(r[2:]) for r in rows}

    def timeline_range(self, start: date, end: date) -> list[TimelineEntry]:
        """Dated events overlapping ``[start, end]``, in timeline order (keys and rows in one query)."""
        where, params = self._where(None, start, end, None)
        sql = f"SELECT {KEY} AS k, {_EVENT} {_FROM} {where} ORDER BY k"
        with self.lock:
            return [_entry(r[1:]) for r in self.conn.execute(sql, params)]

    def newest(self) -> date | None:
        """The newest publication date in the scope, else the newest event date (``timeline.newest``)."""
        with self.lock:
            (pub,) = self.conn.execute(
                "SELECT max(a.published) FROM articles a JOIN scope s ON s.file = a.file").fetchone()
            if pub is None:
                (pub,) = self.conn.execute(f"SELECT max(coalesce(e.latest, e.earliest)) {_FROM}").fetchone()
        return _date(pub)
