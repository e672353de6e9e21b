"""``the week`` alone: the week in view, one named just before, else the week of publication."""

from __future__ import annotations

import re

from . import calendar as cal
from .context import Context
from .found import Found, one

_WEEK_VALUE = re.compile(r"\d{4}-W\d\d")
_DAY_OF = re.compile(r"\b(?i:days?|nights?|time)\s+of\s+$")  # "any day of the week": no one week


def week_in_view(m: re.Match[str], ctx: Context) -> list[Found]:
    """``the week``: the week named just before ("next week … the week's last release"), else the
    week of publication ("For the week, the Dow rose 1.5 percent", "had spent much of the week")."""
    if ctx.published is None or _DAY_OF.search(ctx.text, max(0, m.start() - 12), m.start()):
        return []
    recent = ctx.recent_near(m.start())
    value = recent if recent is not None and _WEEK_VALUE.fullmatch(recent) else cal.week(ctx.published)
    return one(m, "DATE", value, True)
