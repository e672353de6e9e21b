"""Weekdays coordinated with another: days listed run forward from the one named first (``closed
schools for Thursday and Friday``, ``shut Saturday through Monday``), and days listed before ``of next
week`` are that week's (``Wednesday and Friday of next week``), and two days joined by ``and`` make a
plural subject (``Friday and Saturday bring``)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from . import calendar as cal
from .rules import pieces
from .vocab import vocab

if TYPE_CHECKING:  # the futurate, which context reads, asks for and_day: no import at run time
    from .context import Context


def listed_after(pos: int, ctx: Context, wd: int) -> date | None:
    """The day named just before the weekday ``wd`` at ``pos`` that a conjunction or a range joins it
    to (``Thursday and``, ``Friday through``, ``Monday or``; not the same weekday again, ``nothing
    about Sunday until Sunday``), else None."""
    prior = _day_before_join().search(ctx.text, max(0, pos - 40), pos)
    if prior is None or not ctx.named:
        return None
    at, day = ctx.named[-1]  # the day that weekday named ("9am Thursday and": named where the time is)
    if not prior.start() - 20 <= at <= prior.start() + 12:
        return None
    return day if day.weekday() != wd else None


@cache
def _day_before_join() -> re.Pattern[str]:
    """A weekday, its part of the day or not, and the conjunction or range word after it."""
    return re.compile(rf"\b{pieces(vocab())['WD']}(?:\s+(?i:morning|afternoon|evening|night))?,?\s+"
                      r"(?:and|or|through|until|till|into)\s+$")


@cache
def of_week() -> re.Pattern[str]:
    """``Wednesday of next week``, ``Wednesday and Friday of last week``: past the days coordinated
    with the weekday, the week it names."""
    wd = pieces(vocab())["WD"]
    return re.compile(rf"(?:,?\s+(?:and|or)\s+{wd}|,\s+{wd})*\s+of\s+((?i:next|last|this))\s+week\b")


def in_week(which: str, published: date, wd: int, direction: int) -> date:
    """The day ``wd`` of the week ``which`` names (next, last or this), said on ``published``."""
    if which == "next":
        return cal.next_week(published, wd)
    if which == "last":
        return cal.next_week(cal.shift(published, "D", -14), wd)
    return cal.this_week(published, wd, direction)


@cache
def and_day() -> re.Pattern[str]:
    """``and`` and a weekday right after a day (``Friday and Saturday bring``): a plural subject."""
    return re.compile(rf"\s+and\s+{pieces(vocab())['WD']}")
