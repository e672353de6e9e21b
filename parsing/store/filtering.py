"""The timeline as the reader filters it: event keys (see :mod:`.timeline`) narrowed by a date range
and an entity's names, how many a filter keeps, and the events' spans for a histogram.

A date range keeps what ``parsing.timeline.filter_range`` keeps: ``within`` the events wholly inside
it (both ends known), ``overlap`` every dated event that meets it; an open range keeps everything,
undated events too. Names keep the events in which an entity of one of those names takes part.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Collection, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from .rows import SEP
from .sql import norm_name, read_day
from .timeline import FROM_EVENTS, KEY, TimelineQueries

if TYPE_CHECKING:
    from parsing.datefilter import DateRange


def _any_name(names: str | None, wanted: str) -> bool:
    if not names:
        return False
    want = set(wanted.split(SEP))
    return any(norm_name(n) in want for n in str(names).split(SEP))


class FilterQueries(TimelineQueries):
    conn: sqlite3.Connection
    lock: threading.RLock

    def _filtered(self, article_keys: Iterable[int] | None, selected: DateRange | None, mode: str,
                  names: Collection[str] | None) -> tuple[str, list[object]]:
        open_ = selected is None or selected.is_open  # None: no range (the reader starts without datefilter)
        start, end = (None, None) if selected is None or open_ else (selected.start, selected.end)
        if open_ or mode != "within":
            where, params = self._where(article_keys, start, end)
        else:
            where, params = self._where(article_keys, None, None)
            lo, hi = (start or date.min).isoformat(), (end or date.max).isoformat()
            clause = ("e.tier = 0 AND e.earliest IS NOT NULL AND e.latest IS NOT NULL AND "
                      "((e.wide = 0 AND e.first BETWEEN ? AND ?) OR e.wide = 1) AND "
                      "e.earliest >= ? AND e.latest <= ?")
            where = (where + " AND " if where else "WHERE ") + clause
            params += [lo, hi, lo, hi]
        if names is not None:
            clause = "dateline_any_name(e.entity_names, ?)"
            where = (where + " AND " if where else "WHERE ") + clause
            params.append(SEP.join(sorted({norm_name(n) for n in names})))
        return where, params

    def _run(self, sql: str, params: list[object]) -> list[tuple[Any, ...]]:
        with self.lock:
            self.conn.create_function("dateline_any_name", 2, _any_name, deterministic=True)
            return self.conn.execute(sql, params).fetchall()

    def event_keys(self, article_keys: Iterable[int] | None = None, selected: DateRange | None = None,
                   mode: str = "within", names: Collection[str] | None = None) -> list[str]:
        """The keys of the events a filter keeps, in timeline order."""
        where, params = self._filtered(article_keys, selected, mode, names)
        return [k for (k,) in self._run(f"SELECT {KEY} AS k {FROM_EVENTS} {where} ORDER BY k", params)]

    def timeline_keys(self, article_keys: Iterable[int] | None = None, start: date | None = None,
                      end: date | None = None, entity: str | None = None) -> list[str]:
        """:meth:`event_keys` with the range given by its ends (overlapping it) and one entity's name."""
        from parsing.datefilter import DateRange

        return self.event_keys(article_keys, DateRange(start, end, ""), "overlap",
                               {entity} if entity else None)

    def event_count(self, article_keys: Iterable[int] | None = None, selected: DateRange | None = None,
                    mode: str = "within", names: Collection[str] | None = None) -> int:
        where, params = self._filtered(article_keys, selected, mode, names)
        return int(self._run(f"SELECT count(*) {FROM_EVENTS} {where}", params)[0][0])

    def event_spans(self, selected: DateRange | None = None, mode: str = "within",
                    names: Collection[str] | None = None, article_keys: Iterable[int] | None = None,
                    ) -> list[tuple[date | None, date | None, str, int]]:
        """(earliest, latest, granularity, how many events) of the events a filter keeps (of these
        articles, or all): what a histogram counts, one row per distinct span rather than one per event."""
        where, params = self._filtered(article_keys, selected, mode, names)
        sql = f"SELECT e.earliest, e.latest, e.granularity, count(*) {FROM_EVENTS} {where} GROUP BY 1, 2, 3"
        return [(read_day(a), read_day(b), str(g), int(n)) for a, b, g, n in self._run(sql, params)]
