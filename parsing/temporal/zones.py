"""The UTC offset a clock time's zone gives its value.

``Z`` for UTC and GMT, or the offset written after them (``GMT +8``, ``UTC-05:30``: ``+08:00``). A
zone that names one offset gives it (``1:13 p.m. EST``: ``-05:00``, ``14:15 CEST``: ``+02:00``). The
US zone names that say neither standard nor daylight time (``ET``, ``9:45 a.m. Eastern time``) take
the one in force on the day by the US rule of that year, so only when the day is known. A zone that
names several (``IST``), ``local time`` or ``New York time`` gives none: the clock stays as written.
"""

from __future__ import annotations

from datetime import date

from . import calendar as cal
from .vocab import vocab


def zone(tz: str | None, day: date | None, shift: str | None = None) -> str:
    """The offset suffix of a clock time's value for the zone ``tz`` written after it ('' for none)."""
    if tz is None:
        return ""
    v = vocab()
    if tz in v.zulu_zones:
        return written_offset(shift) if shift else "Z"
    offset = v.zone_offsets.get(tz, "")
    if not offset or tz not in v.us_daylight_zones:
        return offset
    if day is None:
        return ""
    return f"{int(offset[:3]) + 1:+03d}{offset[3:]}" if us_daylight(day) else offset


def written_offset(shift: str) -> str:
    """``+8`` -> ``+08:00``, ``- 0530`` -> ``-05:30``, ``+0`` -> ``Z``."""
    sign = "+" if shift[0] == "+" else "-"
    digits = "".join(ch for ch in shift if ch.isdigit())
    hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    if int(hours) == 0 and int(minutes) == 0:
        return "Z"
    return f"{sign}{int(hours):02d}:{int(minutes):02d}"


def us_daylight(d: date) -> bool:
    """Whether US daylight time is in force on ``d``: from the second Sunday of March to the first
    Sunday of November since 2007, from the first Sunday of April to the last Sunday of October from
    1987, and from the last Sunday of April before that."""
    if d.year >= 2007:
        start, end = _sundays(d.year, 3)[1], _sundays(d.year, 11)[0]
    else:
        start = _sundays(d.year, 4)[0 if d.year >= 1987 else -1]
        end = _sundays(d.year, 10)[-1]
    return start <= d < end


def _sundays(year: int, month: int) -> list[date]:
    return cal.weekdays_in(year, month, _SUNDAY)


_SUNDAY = 6  # date.weekday()
