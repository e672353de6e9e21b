"""What the time-expression resolvers know of the article: its days, periods, tense and frames
(what they return is in :mod:`.found`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from ..dateline import parse_dateline
from .bound import CLOCK_ON
from .calendar import closes_period
from .found import Found
from .futurate import futurate
from .limits import prospective_limit, set_ahead
from .scheduled import scheduled_event, scheduled_for
from .sentences import Sentences
from .tense import FUTURE, PAST, Tense
from .vocab import alternation, vocab

# a clause after its main clause that sets a time against it (", after talks ran into Thursday night")
_BACKGROUND = re.compile(r"\b(?i:after|before|until|till|since)\b")
_PEG_SENTENCES = 4
_AS_OF = re.compile(r"\b(?i:as\s+of)\s+$")  # "as of midday Sunday", "as of 5 p.m."
IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*$")  # a bracket opened right after a clock time
_BORN = re.compile(r"\b(?i:born)\s+(?:(?i:on|in|before|after|since|between)\s+)?$")  # a date of birth


@cache
def _reported() -> re.Pattern[str]:
    """A reporting verb right before a day (``investigators said Thursday``, ``told reporters late
    Friday``): the day of the telling."""
    said = alternation(vocab().reporting_verbs)
    return re.compile(rf"\b(?i:{said}|told\s+\w+)\s+(?:(?i:on|late|early)\s+)?$")


# ", which was read out yesterday,", ", released April 30,": a clause about a noun, set off by commas
_RELATIVE = re.compile(r",\s+(?:(?i:which|who|whom|whose)\b|[a-z]{3,}(?:ed|en)\s)")
# "the Oct. 26 municipal election", "the Tuesday meeting": a day that names an event, not one narrated
_ATTRIBUTIVE = re.compile(r"[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s+(?P<noun>[a-z][a-z-]+)")
_NOT_NOUNS = frozenset({"and", "or", "to", "at", "in", "on", "night", "morning", "afternoon", "evening"})
# a day named by its small hours or its morning: "early Wednesday", "1 a.m. Wednesday", "Wednesday morning"
_SMALL_CLOCK = r"(?<!\d)(?:12|0?[1-5])(?::\d\d)?\s*(?i:a\.?m\.?)"  # midnight to six
_SMALL_HOURS_BEFORE = re.compile(rf"\b(?:(?i:early)|{_SMALL_CLOCK})\s+(?:(?i:on)\s+)?$")
_SMALL_CLOCK_AT = re.compile(rf"{_SMALL_CLOCK}\s+(?:(?i:on)\s+)?[A-Z]")
_MORNING_AT = re.compile(r"[A-Z][a-z]+\s+(?i:morning)\b")
SMALL_HOURS = 6 * 60  # minutes after midnight: a clock before this is the end of a night
_ONE_DAY = timedelta(days=1)
# "needs the satellite in service by the end of March": a limit a present clause sets is ahead
_DEADLINE = re.compile(r"\b(?i:by|until|through)\s+(?:(?i:the\s+(?:end|middle|start|beginning)\s+of)\s+)?$")
_LOWER_WORD = re.compile(r"\b[a-z]")
# the starting point of a change ("up from around 65% on Tuesday", "down from 38 cents in November"):
# the reading compared with was taken before the one the clause reports
_CHANGED_FROM = re.compile(r"\b(?i:up|down)\s+from\s+[^,.;]{1,40}?\s+(?i:on|at|in)\s+(?:(?i:the)\s+)?$"
                           # "rising to 7.5 percent from 7.2 percent in December": a change's base is
                           # known, so past (in the gold sets 132 of 146 such times lie before the day of
                           # the report, 3 on it, and but one of the rest in its own quarter or year)
                           r"|\b(?i:from)\s+[$£€]?\d[\d,.]*\s*(?:%|(?i:percent|per\s+cent|points?|billion|million"
                           r"|trillion))?\s+(?i:in|on|at)\s+(?:(?i:the)\s+)?$")
# "lower income tax rates retroactive to Jan. 1", "a raise backdated to April": what a change reaches back
# to is past (all 12 such times in the gold sets)
_RETROACTIVE = re.compile(r"\b(?i:retroactive(?:ly)?|back-?dated)\s+(?i:to|from)\s+(?:(?i:the)\s+)?$")
# what something is done ahead of lies after it, and so, in news of what has just been done, ahead
# ("ahead of the general election in April": 25 of 29 such times in the gold sets lie ahead)
_AHEAD_OF = re.compile(r"\b(?i:ahead\s+of)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?"
                       r"(?:(?i:in|on)\s+)?(?:(?i:the)\s+)?$")
_SINCE = re.compile(r"\b(?i:from|since)\s+(?:(?i:the|last)\s+)?$")  # "down four points from the fall": back
# a present that sets the event it names before its subject ("It follows a similar decision in November")
_SEQUEL = re.compile(r"\b(?:follows|follow|echoes|echo|mirrors|mirror|recalls|recall|repeats)\b[^,;.]*$")
_FRAME = re.compile(r"[\W_]*(?i:in|during|since|by|until|through|throughout|back\s+in|for)\s+"
                    r"(?:(?i:early|late|mid)[-\s]+)?")


_QUARTER = re.compile(r"(?:FY)?\d{4}-Q[1-4]")
_HALF = re.compile(r"(?:FY)?\d{4}-H[12]")
_MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")
_YEAR = re.compile(r"(?:FY)?\d{4}")  # a year, calendar or fiscal: what "the year" refers back to


@dataclass(slots=True)
class Context:
    """What resolvers know about the article, and what earlier expressions left for later ones."""

    text: str
    published: date | None
    sentences: Sentences
    tense: Tense
    recent: tuple[int, str] | None = None  # (position, value) of the latest dated expression
    recent_written: bool = False  # that expression wrote its time out (no year worked out)
    focus_year: tuple[int, int] | None = None  # (position, year) of the latest year written out
    frame_day: tuple[int, date] | None = None  # the latest day named in a main clause
    clock_day: tuple[int, date] | None = None  # (position, day) of the latest clock time given a day
    clock_minutes: int = 0  # that clock time, in minutes after its day's midnight (24:00 is 1440)
    # (end, day, minutes, day relative to publication) of the latest clock time given a day
    last_clock: tuple[int, date, int, bool] | None = None
    peg: date | None = None  # the story's day: the first day named in its opening sentences
    peg_open: bool = True  # still in the opening sentences, with no peg yet
    story_day: date | None = None  # the latest day the story has reached: from the peg to publication
    named: list[tuple[int, date]] = field(default_factory=list)  # (position, day) of every day named
    small_hours: tuple[int, date] | None = None  # the day after the story's, named by its small hours
    peg_small_hours: bool = False  # the peg was named by its small hours ("1 a.m. Wednesday")
    peg_at: int = -1  # where the peg was named
    months: dict[int, int] = field(default_factory=dict)  # month -> the year it was last named in
    periods: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # "Q"/"M" -> (pos, value)s
    dateline: range = range(0)  # where the dateline opening the text runs (read once, in __post_init__)

    def __post_init__(self) -> None:
        line = parse_dateline(self.text)
        if line is not None:
            self.dateline = range(line.start, line.end)

    def note_period(self, pos: int, value: str) -> None:
        """Note a quarter, a half or a month named (not in a comparison): what ``the quarter`` refers
        back to."""
        kind = "Q" if _QUARTER.fullmatch(value) else "H" if _HALF.fullmatch(value) \
            else "M" if _MONTH.fullmatch(value) else "Y" if _YEAR.fullmatch(value) else None
        if kind is not None:
            self.periods.setdefault(kind, []).append((pos, value))

    def period_in_view(self, kind: str, pos: int) -> str | None:
        """The quarter (``Q``) or month (``M``) named in this or the previous sentence, else the first
        one the text named: the period a report is about."""
        named = self.periods.get(kind)
        if not named:
            return None
        last = named[-1]
        return last[1] if self.within(last[0], pos, 1) else named[0][1]

    def year_in_view(self, pos: int) -> str | None:
        """The year (calendar or fiscal) named last in this sentence, else the year of publication:
        what ``the year`` is (a year named in the sentence before is often incidental: "since 1985")."""
        named = self.periods.get("Y")
        if named and self.within(named[-1][0], pos, 0):
            return named[-1][1]
        return str(self.published.year) if self.published is not None else None

    def reports_by_period(self) -> bool:
        """The article has named a calendar quarter or half: it reports by parts of the year, so a
        bare ``the second half`` is the year's, not a match's or a hearing's."""
        return any(not value.startswith("FY")
                   for kind in ("Q", "H") for _pos, value in self.periods.get(kind, ()))

    def name_day(self, pos: int, day: date) -> None:
        """Note a day named at ``pos``. A day named in a clause after its sentence's main one that
        sets a time against it (``signed on Friday, after talks ran into Thursday night``) is
        background: the main clause's day stays the frame for clock times that follow. The story's
        day moves on from its peg to a later day named, up to the day of publication."""
        self.named.append((pos, day))
        if self.reaches_back(pos) or _BORN.search(self.text, max(0, pos - 24), pos) is not None:
            return  # "lower tax rates retroactive to Jan. 1", "anyone born after January 1, 1957": no day
            # of the story, nor a frame for a clock time after it
        if self.peg_open:
            self._peg(pos, day)
        elif self.story_day is not None and self.story_day < day <= (self.published or day) \
                and not self.looks_ahead(pos):  # "said they would open talks on Monday"
            if day == self.story_day + _ONE_DAY and self.small_hours_at(pos, morning=True):
                self.small_hours = (pos, day)  # "early Wednesday": the story's night runs on
            else:
                self.story_day = day
        frame = self.frame_day
        if _reported().search(self.text, max(0, pos - 30), pos) is not None or pos in self.dateline:
            return  # "investigators said Thursday", "FUZHOU, China, Aug. 11 —": the report's day, never
            # the narrated one
        if self.status_time(pos) or closes_period(self.text, pos) or self._restated(pos):
            return  # "halted as of midday Sunday", "the quarter ended March 31": no day narrated; "12:20
            # a.m. (2320 GMT Monday)": the local clock's day frames what follows, not its restatement's
        if frame is not None and (self._aside(pos) or self._attributive(pos)):
            return
        if (frame is None or self.sentences.index(frame[0]) != self.sentences.index(pos)
                or _BACKGROUND.search(self.text, frame[0], pos) is None):
            self.frame_day = (pos, day)

    def _restated(self, pos: int) -> bool:
        """The day at ``pos`` is named in brackets right after a clock time: the same moment in another
        zone (``12:20 a.m. (2320 GMT Monday)``)."""
        last = self.last_clock
        return last is not None and IN_BRACKETS.fullmatch(self.text, last[0], pos) is not None

    def status_time(self, pos: int) -> bool:
        """The time at ``pos`` is one a state is reported as of (``had been halted as of midday
        Sunday``): a measure taken then, no event of the story's, so it frames no clock time after it."""
        return _AS_OF.search(self.text, max(0, pos - 8), pos) is not None

    def small_hours_at(self, pos: int, morning: bool) -> bool:
        """The day at ``pos`` is named by its small hours (``early Wednesday``, ``1 a.m. Wednesday``)
        or, with ``morning``, by its morning (``Wednesday morning``): after the story's day, the end of
        that day's night, not a new day."""
        text = self.text
        return _SMALL_HOURS_BEFORE.search(text, max(0, pos - 20), pos) is not None \
            or _SMALL_CLOCK_AT.match(text, pos) is not None \
            or (morning and _MORNING_AT.match(text, pos) is not None)

    def _attributive(self, pos: int) -> bool:
        """``the Oct. 26 municipal election``: a day after ``the`` and before the noun it modifies; or a
        day's possessive after the sentence's own day (``led on Tuesday as officials counted ballots
        from Sunday's election``)."""
        if _POSSESSIVE_DAY.match(self.text, pos) and self.frame_day is not None \
                and self.sentences.index(self.frame_day[0]) == self.sentences.index(pos):
            return True  # after the sentence's own day ("led on Tuesday as … Sunday's election"): background
        if self.text[max(0, pos - 4):pos].lower() != "the ":
            return False
        m = _ATTRIBUTIVE.match(self.text, pos)
        return m is not None and m.group("noun") not in _NOT_NOUNS

    def _aside(self, pos: int) -> bool:
        """A day in a relative clause set off by commas (``the recorder, which was read out
        yesterday, showed …``): the narrated day stays the frame."""
        sentence = self.sentences.around(pos)
        comma = self.text.rfind(",", sentence.start, pos)
        return (comma != -1 and _RELATIVE.match(self.text, comma) is not None
                and self.text.find(",", pos, sentence.end) != -1)

    @property
    def peg_day(self) -> date | None:
        """The story's day (its peg) when it is not after publication, else the publication day."""
        return self.peg if self.peg and self.published and self.peg <= self.published else self.published

    @property
    def last_day(self) -> tuple[int, date] | None:
        """(position, day) of the latest day-precise date named."""
        return self.named[-1] if self.named else None

    def within(self, at: int, pos: int, back: int) -> bool:
        """Whether ``at`` is in the sentence of ``pos`` or in one of the ``back`` sentences before it."""
        return self.sentences.index(at) >= self.sentences.index(pos) - back

    def day_near(self, pos: int, back: int = 1) -> date | None:
        """The latest day named, or given to a clock time ("at 9:50, the plane dropped"), when that is
        within ``back`` sentences before ``pos``."""
        last = self.last_day
        if self.clock_day is not None and (last is None or self.clock_day[0] > last[0]):
            last = self.clock_day
        return last[1] if last is not None and self.within(last[0], pos, back) else None

    def recent_near(self, pos: int) -> str | None:
        """The value of the latest dated expression, when it is in this or the previous sentence."""
        recent = self.recent
        return recent[1] if recent is not None and self.within(recent[0], pos, 1) else None

    def _peg(self, pos: int, day: date) -> None:
        """The first day named in the headline, dateline or lede pegs the story; a line that is only
        a date (``Tuesday, June 19, 2018``) is the date of the report, not of the story."""
        sentence = self.sentences.around(pos)
        if self.sentences.index(pos) >= _PEG_SENTENCES:
            self.peg_open = False
        elif day == self.published and pos in self.dateline:
            return  # "ASTANA, Kazakhstan, Sept. 14 — … signed an agreement on Monday": the report's date
        elif any(c[2] == FUTURE for c in self.tense.cues(sentence)) and self.looks_ahead(pos):
            return  # "The House will try again at noon Thursday after two ballots on Wednesday failed"
        elif _LOWER_WORD.search(self.text, sentence.start, sentence.end) is not None:
            self.peg = self.story_day = day
            self.peg_at = pos
            # "Just before 1 a.m. Wednesday, … voted": the story is the night that day's small hours end
            self.peg_small_hours = self.small_hours_at(pos, morning=False)
            self.peg_open = False

    def year_in_focus(self, pos: int) -> int | None:
        """The year that opens this sentence as its frame ("In 2008, ... in March"), if any."""
        if self.focus_year is None:
            return None
        at, year = self.focus_year
        sentence = self.sentences.around(pos)
        if not sentence.start <= at < pos or not _FRAME.fullmatch(self.text, sentence.start, at):
            return None
        return year

    def looks_ahead(self, pos: int) -> bool:
        """The day named at ``pos`` is in a clause looking ahead (``said they would meet on Monday``)."""
        return self.direction(pos, pos + 1) == FUTURE

    def reaches_back(self, pos: int) -> bool:
        """The time at ``pos`` is what a change reaches back to (``retroactive to Jan. 1``)."""
        return _RETROACTIVE.search(self.text, max(0, pos - 30), pos) is not None

    def direction(self, start: int, end: int) -> int:
        sentence = self.sentences.around(start)
        if _CHANGED_FROM.search(self.text, max(sentence.start, start - 60), start) is not None \
                or self.reaches_back(start):
            return PAST
        if _AHEAD_OF.search(self.text, max(sentence.start, start - 60), start) is not None:
            return FUTURE
        return self.tense.at(sentence, start, end)

    def scheduled(self, start: int, end: int) -> bool:
        """A weekday said in the futurate ("Talks resume Friday") or fixed by a scheduling verb ("extended
        the deadline until noon Monday"): see :mod:`.futurate`."""
        sentence = self.sentences.around(start)
        clock = CLOCK_ON.search(self.text, max(sentence.start, start - 40), start)
        if clock is not None:  # "a deadline of noon on Sunday": the day is read where its clock time stands
            start = clock.start()
        return futurate(self.text, sentence, self.tense.cues(sentence), start, end) \
            or scheduled_for(self.text, sentence.start, start) \
            or set_ahead(self.text, sentence.start, start)

    def ahead(self, start: int, end: int, day: bool = False) -> int:
        """The tense's direction for a month or a season, sent ahead by a scheduled event's present
        or a futurate present (``Marchetti, who is seeking a second term in November``) that neither
        looks back (``down four points from the fall``, ``It follows a decision in November``) nor
        tells a habit (``Sales peak in March``); for a ``day`` by any futurate present (``The winner
        takes office on Jan. 2``)."""
        if self.reaches_back(start):
            return PAST  # "lower tax rates retroactive to Jan. 1": not the futurate of the clause
        direction = self.direction(start, end)
        if direction == FUTURE or (not day and prospective_limit(self.text, self.sentences, start)):
            return FUTURE  # "more failures were possible before the winter": the coming one
        sentence = self.sentences.around(start)
        cues = self.tense.cues(sentence)
        deadline = _DEADLINE.search(self.text, max(sentence.start, start - 20), start) is not None
        strict = not (day or deadline)  # a month or a season a present may set as a habit
        back = strict and (_SINCE.search(self.text, max(sentence.start, start - 12), start) is not None
                           or _SEQUEL.search(self.text, max(sentence.start, start - 60), start) is not None)
        event = scheduled_event(self.text, sentence, cues, start, end) or (
            not back and futurate(self.text, sentence, cues, start, end, specific=strict))
        return FUTURE if event else direction


Resolver = Callable[[re.Match[str], Context], list[Found]]

_POSSESSIVE_DAY = re.compile(r"[A-Z][a-z]+\.?(?:\s+\d{1,2})?['’]s\s+[a-z]")  # "Sunday's election"
