"""Text (one line a row, for the terminal), CSV (RFC 4180) and Markdown (a table)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from tui.sanitize import sanitize_line

from .rows import Row

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def _day(d: object) -> str:
    return d.isoformat() if hasattr(d, "isoformat") else ""


def _marked(r: Row) -> str:
    """The event's kind as the reader marks it (``said · ``, ``reported · ``), before the text."""
    return f"{r.kind_label} · " if r.kind_label else ""


def to_text(rows: Sequence[Row], text_name: str = "summary") -> str:
    """``when  [said · ]speaker: text  [source]``, one line a row, safe for a terminal."""
    out = []
    for r in rows:
        who = f"{r.speaker}: " if r.speaker else ("unattributed: " if text_name == "quote" else "")
        when = r.when if r.inside else f"≈ {r.when}"
        out.append(sanitize_line(f"{when:<18} {_marked(r)}{who}{r.text}  [{r.source or r.article}]") + "\n")
    return "".join(out)


def to_csv(rows: Sequence[Row], text_name: str = "summary") -> str:
    """A header, then one record a row; fields quoted where RFC 4180 needs it, CRLF line ends. Events
    have a last column, ``kind`` (statement, speech, reported), after the columns they always had."""
    events = text_name == "summary"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(["earliest", "latest", "when", "speaker", text_name, "article", "source",
                     *(["kind"] if events else [])])
    for r in rows:
        writer.writerow([_day(r.earliest), _day(r.latest), r.when, sanitize_line(r.speaker),
                         sanitize_line(r.text), sanitize_line(r.article), sanitize_line(r.source),
                         *([sanitize_line(r.kind)] if events else [])])
    return buf.getvalue()


def md_escape(text: str) -> str:
    """Article text as literal Markdown: no emphasis, link, HTML, heading or table cell break."""
    return _MD_SPECIAL.sub(r"\\\1", sanitize_line(text))


def to_markdown(rows: Sequence[Row], text_name: str = "summary") -> str:
    """A GitHub-style table: when, speaker, the summary or quote, and the article's source."""
    head = ["When", "Speaker", text_name.capitalize(), "Source"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [r.when if r.inside else f"≈ {r.when}", r.speaker, _marked(r) + r.text, r.source or r.article]
        lines.append("| " + " | ".join(md_escape(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"
