"""``dateline PATH…``: check the paths, then run the reader app."""

from __future__ import annotations

import os
import sys
from datetime import date
from typing import TYPE_CHECKING

from parsing.fetch.config import is_url
from parsing.files import has_articles
from tui.sanitize import sanitize_line
from tui.state import display_path

if TYPE_CHECKING:
    from tui.app import DatelineApp

SWITCH_INTERVAL = 0.001
"""Seconds a thread holds the GIL while another waits for it (Python's default: 0.005). Textual
writes each frame to the terminal from a thread of its own, which waits for the GIL while the UI
thread goes on to its next work: at the default the reader's first frame reached the terminal 20-30 ms
after it was made, the time the UI thread took to give the GIL up (the next frames, the side panes
mounting). At 1 ms it is there 1-2 ms after."""


def launch(paths: list[str], published: date | None) -> int:
    """Run the reader on ``paths``; 1 (without opening) when a path holds no articles."""
    for path in paths:
        if path == "-":
            print("dateline: the reader needs the terminal; use 'dateline parse -' for standard input",
                  file=sys.stderr)
            return 1
        if is_url(path):
            continue
        if not os.path.exists(path):
            print(f"dateline: {path}: no such file or directory", file=sys.stderr)
            return 1
        if not has_articles(path):
            print(f"dateline: no articles found in {path}", file=sys.stderr)
            return 1
    from tui.app import DatelineApp

    app = DatelineApp(paths, published)
    before = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL)
    try:
        app.run()
    finally:
        sys.setswitchinterval(before)
    report_failures(app)
    return app.return_code or 0


def report_failures(app: DatelineApp) -> None:
    """When nothing could be read the reader closes at once: say why on the terminal."""
    if app.return_code and not app.library.articles:
        n = len(app.library.errors)
        which = f"none of the {n} inputs could be read" if n > 1 else "nothing could be read"
        print(f"dateline: {which}:", file=sys.stderr)
        for err in app.library.errors:
            print(f"  {sanitize_line(display_path(err.path))}: {sanitize_line(err.reason)}", file=sys.stderr)
