"""Publication dates as metadata writes them: ISO 8601, RFC 822 (feeds), or common prose forms.

The date is the one the writer meant, in the writer's own time zone (never shifted to UTC).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_tz

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]|$|\s)")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T|$)")
_YEAR = re.compile(r"\b(1[6-9]|2[0-9])\d{2}\b")
# ".../2026/03/05/slug", ".../2026-03-05-slug", ".../20260305/...", ".../2026/03/slug" in a URL path.
_URL_DATE = re.compile(r"/((?:19|20)\d{2})([/_-]?)(0[1-9]|1[0-2])(?:\2(0[1-9]|[12]\d|3[01]))?(?=[/_.-]|$)")
_MID_MONTH = 15
_MAX_DATE_CHARS = 100  # a longer metadata value is no date


def parse_date(value: object) -> date | None:
    """A date from a metadata value (string, ``date``/``datetime``, or epoch seconds), else None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_epoch(float(value))
    if not isinstance(value, str) or not value.strip():
        return None
    return _from_text(value.strip())


def _from_epoch(seconds: float) -> date | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds).date()
    except (OverflowError, OSError, ValueError):
        return None


def _from_text(text: str) -> date | None:
    for pattern in (_ISO, _COMPACT):
        m = pattern.match(text)
        if m:
            return _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    rfc = parsedate_tz(text)
    if rfc is not None and rfc[0] > 0:
        return _ymd(rfc[0], rfc[1], rfc[2])
    if not _YEAR.search(text) or len(text) > _MAX_DATE_CHARS:  # "Nov 23", "Tuesday": no year to use
        return None
    from dateutil import parser

    try:
        return parser.parse(text, fuzzy=False, default=datetime(2000, 1, 1)).date()
    except Exception:  # ValueError, OverflowError, and decimal's errors on a 50-digit minute
        return None


def _ymd(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):  # a 30-digit year
        return None


def url_date(url: str | None) -> date | None:
    """The date an article's URL path spells (``/2026/03/05/``), the 15th for a year and month only.

    Good enough as a reference for a dateline's missing year; not a publication date by itself.
    """
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    m = _URL_DATE.search(path.split("://", 1)[-1])
    if m is None or (m.group(2) == "" and m.group(4) is None):  # "/202603" is not a date
        return None
    return _ymd(int(m.group(1)), int(m.group(3)), int(m.group(4) or _MID_MONTH))
