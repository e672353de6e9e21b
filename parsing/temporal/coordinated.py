"""Weekdays coordinated with another: days listed run forward from the one named first (``closed
schools for Thursday and Friday``, ``shut Saturday through Monday``), and days listed before ``of next
week`` are that week's (``Wednesday and Friday of next week``)."""

from __future__ import annotations

import re
from datetime import date

from . import calendar as cal
from .context import Context


def listed_after(pos: int, ctx: Context, wd: int) -> date | None:
    """The day named just before the weekday ``wd`` at ``pos`` that a conjunction or a range joins it
    to (``Thursday and``, ``Friday through``, ``Monday or``; not the same weekday again, ``nothing
    about Sunday until Sunday``), else None."""
    prior = _DAY_BEFORE_JOIN.search(ctx.text, max(0, pos - 40), pos)
    if prior is None or not ctx.named:
        return None
    at, day = ctx.named[-1]  # the day that weekday named ("9am Thursday and": named where the time is)
    if not prior.start() - 20 <= at <= prior.start() + 12:
        return None
    return day if day.weekday() != wd else None


_DAY_BEFORE_JOIN = re.compile(r"\b[A-Z][a-z]+day(?:\s+(?i:morning|afternoon|evening|night))?,?\s+"
                              r"(?:and|or|through|until|till|into)\s+$")


# "Wednesday of next week", "Wednesday and Friday of last week": past the days coordinated with it
OF_WEEK = re.compile(r"(?:,?\s+(?:and|or)\s+[A-Z][a-z]+day|,\s+[A-Z][a-z]+day)*"
                     r"\s+of\s+((?i:next|last|this))\s+week\b")


def in_week(which: str, published: date, wd: int, direction: int) -> date:
    """The day ``wd`` of the week ``which`` names (next, last or this), said on ``published``."""
    if which == "next":
        return cal.next_week(published, wd)
    if which == "last":
        return cal.next_week(cal.shift(published, "D", -14), wd)
    return cal.this_week(published, wd, direction)
