"""iCalendar (RFC 5545): one all-day VEVENT a dated row, spanning its days; undated and open rows left out.

CRLF line ends; lines folded at 75 octets (never inside a UTF-8 sequence); TEXT values escaped
(backslash, semicolon, comma, newline) after control characters are replaced, so article text can
never end a property or start another.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from tui.sanitize import sanitize_line

from .rows import Row

LIMIT = 75  # octets a line, CRLF not counted
PRODID = "-//dateline//dateline//EN"


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): control characters replaced, then \\ ; , escaped."""
    clean = sanitize_line(text)
    return clean.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def fold(line: str) -> str:
    """A content line folded to 75 octets a line, continuation lines starting with a space."""
    data = line.encode("utf-8")
    if len(data) <= LIMIT:
        return line
    parts: list[str] = []
    start, room = 0, LIMIT
    while start < len(data):
        end = min(start + room, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # not inside a character
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, room = end, LIMIT - 1
    return "\r\n ".join(parts)


def _day(d: date) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def _event(r: Row, stamp: str) -> list[str] | None:
    if r.earliest is None or r.latest is None:
        return None
    try:
        end = max(r.earliest, r.latest) + timedelta(days=1)  # DTEND is exclusive
    except OverflowError:
        return None
    summary = f"{r.speaker}: {r.text}" if r.speaker else r.text
    about = f"{r.when} — {r.article}" + (f" ({r.source})" if r.source else "")
    return [
        "BEGIN:VEVENT", f"UID:{escape(r.uid)}@dateline", f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(min(r.earliest, r.latest))}", f"DTEND;VALUE=DATE:{_day(end)}",
        f"SUMMARY:{escape(summary)}", f"DESCRIPTION:{escape(about)}", "TRANSP:TRANSPARENT", "END:VEVENT",
    ]


def to_ics(rows: Sequence[Row], text_name: str = "summary", now: datetime | None = None) -> str:
    """The calendar; ``now`` (UTC) stamps every event."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    for r in rows:
        lines += _event(r, stamp) or []
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def left_out(rows: Sequence[Row]) -> int:
    """How many rows a calendar cannot hold (undated or open-ended)."""
    return sum(1 for r in rows if r.earliest is None or r.latest is None)
