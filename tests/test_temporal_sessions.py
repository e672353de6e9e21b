"""An hour or a part of the day a market price is told up to (``shares rose 6.4 percent by midday``,
``fell 4 percent in morning trading``) is an hour of the session of the story's day, else of the
report's day, whichever first is a weekday: not a day the text named before for another event. A day
named in the same sentence is the session's own, and a report dated on a weekend is left to the day
in view."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal


def _values(text: str, published: date) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), published)}


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    # the report's day, though a day before it was named for the board's vote
    ("Cuyahoga Steel agreed on Tuesday to buy Tidewater Metals for $1.1 billion. Tidewater's board "
     "approved the deal late Monday after a meeting that lasted five hours. Tidewater shares jumped "
     "$2.87, or 29 percent, to $12.77 in midday trading on the New York Stock Exchange.",
     date(2003, 8, 12), "midday", "2003-08-12T12:00"),
    # a morning paper: the story's day, not the day of an earlier warning
    ("Harbour Cruises said on Wednesday that its third-quarter profit rose 12 percent. The company "
     "had warned on Sept. 4 that fuel costs were climbing. Harbour shares rose $1.44, or 2.9 percent, "
     "to $51.12 in afternoon trading.", date(2007, 9, 20), "afternoon", "2007-09-19TAF"),
    # a story pegged to a Sunday: no market trades then, so the session is the report's day
    ("Finance ministers agreed on Sunday to guarantee all bank deposits. In London, the FTSE 100 "
     "fell 3.9 percent by midday, and shares of the largest lenders dropped 6 percent.",
     date(2008, 9, 15), "midday", "2008-09-15T12:00"),
    ("Nordvik Shipping cut its forecast on Sunday. Shares of Nordvik fell 6.4 percent to 512 kroner "
     "by midafternoon in Copenhagen.", date(2005, 5, 16), "midafternoon", "2005-05-16TAF"),
])
def test_an_hour_of_the_session_is_the_story_days(text: str, published: date, expression: str,
                                                  value: str) -> None:
    assert _values(text, published)[expression] == value


def test_a_day_named_in_the_sentence_is_the_sessions_own() -> None:
    text = ("Seoul signed the rescue on Wednesday. The won gained 3.2 percent on Thursday morning, and "
            "the main index rose 6.9 percent by noon.")
    assert _values(text, date(1997, 12, 5))["noon"] == "1997-12-04T12:00"


def test_a_weekend_report_leaves_the_session_to_the_day_in_view() -> None:
    text = ("Stocks edged higher on Friday after the Federal Reserve said output rose 0.3 percent in "
            "March. The gains had faded by noon.")
    assert _values(text, date(2005, 4, 16))["noon"] == "2005-04-15T12:00"


def test_early_or_late_before_the_session_is_part_of_the_time() -> None:
    text = ("Hollister & Crane said on Thursday that it would cut 900 jobs. Its shares fell $2.86, or "
            "5.1 percent, to $53.10 in late afternoon trading.")
    assert _values(text, date(2009, 1, 29))["late afternoon"] == "2009-01-29TAF"


@pytest.mark.parametrize(("text", "published", "expression", "value"), [
    ("Halcyon Genomics disclosed the decision late Tuesday, along with a wider loss. Halcyon shares fell "
     "58 percent in morning trading on the Nasdaq.", date(2006, 8, 9), "morning", "2006-08-09TMO"),
    ("Qajaq Line reported its strongest quarter on Wednesday evening. Its shares rose 6.4 percent by "
     "midday.", date(2023, 11, 9), "midday", "2023-11-09T12:00"),
    # told in the day's session, the story's own day
    ("Halcyon Genomics disclosed the decision on Tuesday. Halcyon shares fell 58 percent in morning "
     "trading on the Nasdaq.", date(2006, 8, 9), "morning", "2006-08-08TMO"),
])
def test_news_told_after_the_close_moves_the_next_session(text: str, published: date, expression: str,
                                                          value: str) -> None:
    assert _values(text, published)[expression] == value
