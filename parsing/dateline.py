"""Datelines at the top of a body: ``WASHINGTON, Nov. 23 (Reuters) -``, ``Friday, July 21, 2017``,
``June 13, 2005``, ``LONDON (AP) —``, ``13 June 2005``, ``2021-11-23``.

``parse_dateline`` says what the dateline holds (place, agency, date parts, its span);
``find_dateline`` gives the publication date when the dateline carries a full date with a year, or
a month and day with a reference date to take the year from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from .vocab import load

_HEAD = 300


@dataclass(frozen=True, slots=True)
class Dateline:
    start: int
    end: int
    place: str | None = None
    agency: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        return _safe_date(self.year, self.month, self.day)


@cache
def _words() -> dict[str, object]:
    return load("dateline_words.json")


def _months() -> dict[str, int]:
    months = _words()["months"]
    assert isinstance(months, dict)
    return {str(k): int(v) for k, v in months.items()}


def _alt(words: object) -> str:
    assert isinstance(words, list | dict)
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    month = "(?i:" + _alt(_words()["months"]) + ")"
    weekday = "(?i:" + _alt(_words()["weekdays"]) + ")"
    date_ = (
        rf"(?:(?:{weekday})\.?,?\s+)?"
        rf"(?:(?P<m1>{month})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{month})\.?,?\s+(?P<y2>\d{{4}})"
        rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))"
    )
    upper, letter = "A-ZÀ-ÖØ-Þ", "A-Za-zÀ-ÖØ-öø-ÿ"  # "BOGOTÁ, Colombia", "SÃO PAULO"
    caps = rf"[{upper}][{upper}.'’\-]+"
    region = rf"[{upper}][{letter}.]+(?:\s+[{upper}][{letter}.]+)?"
    place = rf"(?P<place>{caps}(?:\s+{caps}){{0,3}}(?:,\s+{region})?)"
    agency = r"\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,30})\)"
    dash = r"\s*(?:[-–—]+|:)"
    with_place = re.compile(rf"{place}(?:,\s+{date_})?(?:\s*{agency})?{dash}")
    alone = re.compile(rf"{date_}(?=\s*$|\s*\n|{dash}|\s+[A-Z“\"])")
    only = re.compile(rf"\s*{date_}\s*")
    return with_place, alone, only


def _parts(m: re.Match[str]) -> tuple[int | None, int | None, int | None]:
    g = m.groupdict()
    months = _months()
    for y, mo, d in (("y1", "m1", "d1"), ("y2", "m2", "d2"), ("y3", "m3", "d3")):
        if g.get(mo):
            raw = g[mo]
            month = int(raw) if raw.isdigit() else months.get(raw.lower().rstrip("."))
            return (int(g[y]) if g.get(y) else None), month, int(g[d])
    return None, None, None


def parse_dateline(body: str) -> Dateline | None:
    """The dateline opening ``body`` (after leading blank space), or None."""
    offset = len(body) - len(body.lstrip())
    head = body[offset:offset + _HEAD]
    with_place, alone, _ = _patterns()
    m = alone.match(head)
    if m is None:
        m = with_place.match(head)
        if m is None:
            return None
        if m.group("agency") is None and not any(m.group(k) for k in ("m1", "m2", "m3")) and (
                head[m.end() - 1] not in "—–" or len(m.group("place").split(",")[0]) < 4):
            return None  # a place alone only before a dash ("JACKSON, Miss. —"), not "NOTE:"
    year, month, day = _parts(m)
    g = m.groupdict()
    return Dateline(offset + m.start(), offset + m.end(), g.get("place"), g.get("agency"), year, month, day)


def find_dateline(body: str, reference: date | None = None) -> date | None:
    """The publication date of a dateline at the top of ``body``.

    A dateline without a year (``WASHINGTON, Nov. 23 (Reuters) -``) gives a date only with a
    ``reference`` date: the year (of the reference's, the one before or after) that puts it nearest.
    The pipeline passes the reader's ``Document.date_hint``: the date in the article's URL
    (``/2026/03/05/``) or, failing that, that of the other articles of the same file. Without a
    reference there is no date: guessing the current year, or the file's modification time (when it
    was saved, not written), would be wrong for any archive. ``--published`` overrides every dateline anyway.
    """
    found = parse_dateline(body)
    if found is None or found.month is None or found.day is None:
        return None
    if found.year is not None or reference is None:
        return found.date
    years = (reference.year - 1, reference.year, reference.year + 1)
    candidates = (_safe_date(y, found.month, found.day) for y in years)
    return min((c for c in candidates if c), key=lambda c: abs((c - reference).days), default=None)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def search_date(text: str) -> date | None:
    """The first full date (with a year) written anywhere in a short ``text``."""
    for m in _patterns()[2].finditer(text):
        year, month, day = _parts(m)
        if year is not None and month is not None and day is not None:
            found = _safe_date(year, month, day)
            if found is not None:
                return found
    return None


def is_date_only(text: str) -> bool:
    """True when ``text`` is a date and nothing else (``June 13, 2005``, ``Friday, July 21, 2017``)."""
    return _patterns()[2].fullmatch(text) is not None
