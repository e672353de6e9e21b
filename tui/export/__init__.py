"""Writing timelines and quotes out: text, CSV (RFC 4180), Markdown and iCalendar (RFC 5545).

Shared by ``dateline timeline``/``dateline quotes`` and the reader's export key. Rows are made from
the model (:mod:`.rows`), then written by one function per format (:mod:`.tables`, :mod:`.ics`).
Article text is hostile: every field is sanitised (:mod:`tui.sanitize`) and escaped by the format's
own rules, so no text can add a CSV field or row, an iCalendar property or a Markdown link or cell.
Never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .ics import to_ics
from .rows import Row, quote_rows, timeline_rows
from .tables import to_csv, to_markdown, to_text

Writer = Callable[[Sequence[Row], str], str]
WRITERS: dict[str, Writer] = {"text": to_text, "csv": to_csv, "markdown": to_markdown, "ics": to_ics}
SUFFIX = {"text": "txt", "csv": "csv", "markdown": "md", "ics": "ics", "json": "json"}

__all__ = ["SUFFIX", "WRITERS", "Row", "quote_rows", "timeline_rows", "to_csv", "to_ics", "to_markdown",
           "to_text"]
