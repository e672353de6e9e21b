"""Seasons: ``last summer``, ``in the spring of 2009``, ``the following autumn``, ``the spring and
summer``, in the year the tense, a year named or the season joined before points to."""

from __future__ import annotations

import re
from datetime import date

from .context import Context
from .found import ANAPHORIC_REL, Found, offset, one, words
from .guards import season_joined
from .ranges import bounds
from .tense import FUTURE, PAST, UNKNOWN
from .vocab import vocab


def season(m: re.Match[str], ctx: Context) -> list[Found]:
    code = vocab().seasons[m.group("season").lower()]
    rel = offset(m.group("rel"))
    if m.group("year"):
        return one(m, "DATE", f"{m.group('year')}-{code}")
    if m.group("yrel") and ctx.published is not None:  # "the autumn of next year": that year's
        y = ctx.published.year + (offset(m.group("yrel")) or 0)
        return one(m, "DATE", f"{y}-{code}", True)
    recent = ctx.recent_near(m.start())
    months = vocab().season_months
    prior = recent[5:] if recent is not None and _SEASON_VALUE.fullmatch(recent) else ""
    if recent is not None and prior in months and season_joined(ctx.text, m.start()):
        # "into the spring and summer": the year of the season it is joined to, the next one when it
        # begins earlier in the year ("the winter and spring")
        later = months[code][0] < months[prior][0]
        return one(m, "DATE", f"{int(recent[:4]) + later}-{code}", True)
    if m.group("that"):  # "the spring of that year": the year last named
        return one(m, "DATE", f"{recent[:4]}-{code}" if recent and recent[:4].isdigit() else None, True)
    if recent is not None and words(m.group("rel")) in ANAPHORIC_REL:
        # "sold in 1983 ... the following spring": the season after the time just named (before it)
        first, last, _granularity = bounds(recent)
        anchor = last if rel == 1 else first
        if anchor is not None:
            return one(m, "DATE", f"{_season_year(anchor, code, rel)}-{code}", True)
    if ctx.published is None:
        return one(m, "DATE", None, True)
    direction = ctx.ahead(m.start(), m.end()) if rel is None else UNKNOWN
    if rel is None and _FOR_SEASON.search(ctx.text, max(0, m.start() - 12), m.start()) is not None:
        direction = FUTURE  # "approved increases for the fall", "have left for the summer": the season a
        # thing is for is the current or the next one, whatever the tense of the clause
    y = _season_year(ctx.published, code, rel, direction)
    return one(m, "DATE", f"{y}-{code}", True)


_FOR_SEASON = re.compile(r"\b(?i:for)\s+(?:(?i:the|this)\s+)?$")
_SEASON_VALUE = re.compile(r"\d{4}-[A-Z]{2}")  # a season's value ("2003-SP"), its code after the year


def _season_year(pub: date, code: str, rel: int | None, direction: int = UNKNOWN) -> int:
    """The year of the season ``code``: the last one ended (``rel`` -1), the next one to start (1);
    with neither, the latest one begun in a past clause ("began in the summer"), the current or
    next one in a future clause, else the current year's."""
    first, last = vocab().season_months[code]
    spans = []
    for y in range(pub.year - 2, pub.year + 2):
        start, end = date(y, first, 1), date(y + (1 if last < first else 0), last, 1)
        spans.append((y, start, end))
    if rel == -1:
        return max(y for y, _s, end in spans if (end.year, end.month) < (pub.year, pub.month))
    if rel == 1:
        return min(y for y, start, _e in spans if start > pub)
    if direction == PAST:
        return max(y for y, start, _e in spans if start <= pub)
    if direction == FUTURE:
        return min(y for y, _s, end in spans if end >= date(pub.year, pub.month, 1))
    if rel is None:  # no tense either way: the nearest one ("down four points from the fall", said in March)
        return min(spans, key=lambda s: max((s[1] - pub).days, (pub - s[2]).days, 0))[0]
    return pub.year - 1 if code == "WI" and pub.month <= 2 else pub.year
