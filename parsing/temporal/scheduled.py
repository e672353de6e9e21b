"""Times a verb fixes ahead whatever its tense: the day a scheduling verb sets (``set sentencing for
Aug. 20``), the day a present state runs to (``runs through Nov. 30``), a month or a season after the
present of a verb of a scheduled change (``takes effect in March``), and the weekday an event is set
for (``called a strike for Friday``).
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Span
from .clauses import REACH, clause
from .sentences import WORD
from .tense import PAST, PERFECT
from .vocab import alternation, vocab

_EVENT_VERB_GAP = 6  # words between the verb and the month or season ("opens to the public in May")


_SCHEDULED_TO = frozenset(("for", "until", "till", "to", "from"))
_SCHEDULE_GAP = 4  # words between the verb and its preposition ("pushed the vote back to")


def scheduled_for(text: str, left: int, start: int) -> bool:
    """A time right after for/until/to/from that a scheduling verb governs (``set sentencing for
    Aug. 20``, ``postponed the vote until March``, ``moved the deadline from June 30 to Dec. 31``),
    or inside its object (``set an Oct. 16 trial date``): the verb fixes a time for an event to
    come, so the time is ahead whatever the verb's tense. Also the day a present state runs to
    (``runs through Nov. 30``)."""
    words = [m.group().lower() for m in WORD.finditer(text, max(left, start - REACH), start)]
    if not words:
        return False
    verbs = vocab().scheduling_verbs
    if words[-1] in _ARTICLES_BEFORE_DATE and len(words) > 1 and words[-2] in verbs:
        return True  # "set an Oct. 16 trial date": the day the verb fixes, inside its object
    if words[-1] in _LASTING_TO and any(w in _LASTS for w in words[-4:-1]):
        return True  # "a season that began June 1 and runs through Nov. 30", "remain in force until"
    if words[-1] in ("of", "at") and len(words) > 2 and words[-2] in _DEADLINES:
        window = words[-5 - _SCHEDULE_GAP:-2]  # "have set a deadline of noon on Sunday": still to come
        return any(w in verbs and k > 0 and window[k - 1] in PERFECT for k, w in enumerate(window))
    to = len(words) - 2 - (words[-1] in ("at", "on"))  # "set the recount to begin at 9 a.m. Monday"
    if to > 0 and words[to] == "to" and words[to + 1] not in _NO_VERBS and any(
            words[k] in verbs and words[k + 1] in _OBJECT_OPENERS for k in range(max(0, to - 4), to - 1)):
        return True  # the infinitive of the event the verb schedules (its object between, not "set out
        # to"): it starts when the verb sets
    if words[-1] not in _SCHEDULED_TO:
        return False
    if any(w in verbs for w in words[-2 - _SCHEDULE_GAP:-1]):
        return True
    called = words[-2 - _CALL_GAP:-1]  # "called a rally in central Seoul for Saturday"
    return words[-1] == "for" and any(
        w in _CONVENING and called[k + 1] in _OBJECT_OPENERS for k, w in enumerate(called[:-1]))


_ARTICLES_BEFORE_DATE = frozenset(("a", "an", "the"))
# verbs of calling an event with its object after them, which fix its time with "for" ("called a rally
# for Saturday", "convened an emergency meeting for Friday"); not "called for", a demand
_CONVENING = frozenset("call calls called calling convene convenes convened convening".split())
_CALL_GAP = 6  # words between such a verb and its "for": the event's noun phrase and where it is held
_OBJECT_OPENERS = frozenset(("the", "a", "an", "its", "his", "her", "their"))  # after a scheduling verb
_NO_VERBS = _OBJECT_OPENERS | {"this", "that", "be"}  # words after "to" that are no event's verb
_DEADLINES = frozenset(("deadline", "deadlines", "date", "target", "cutoff", "cutoffs"))
_LASTING_TO = frozenset(("through", "until", "till"))
# the present of a verb of lasting: what it names goes on now, so the day it runs to is ahead
_LASTS = frozenset(("runs", "lasts", "continues", "extends", "stretches", "remains", "stays",
                    "run", "last", "continue", "extend", "stretch", "remain", "stay"))  # and the plural


def scheduled_event(text: str, sentence: Span, cues: list[tuple[int, int, int]],
                    start: int, end: int) -> bool:
    """A month or a season after a present-tense verb of a scheduled change ("The law takes effect
    in March", "Their turn starts in January", "comes out in the spring"), with no past cue in the
    clause before it. Only verbs that name an event (``futurate_event_verbs``): the present of a
    state ("The show runs from October") or a generic present ("Sales peak in December") names no
    schedule."""
    left, _right = clause(text, sentence, start, end)
    if scheduled_for(text, left, start):
        return True
    if any(c[2] == PAST and left < c[0] and c[1] <= start for c in cues):
        return False
    if any(c[2] == PAST and c[0] >= end and not text[end:c[0]].strip() for c in cues):
        return False  # "But starts in December plunged 8.9 percent": the verb after; "starts" is its noun
    words = [m.group().lower() for m in WORD.finditer(text, max(left, start - REACH), start)]
    events = vocab().futurate_event_verbs
    return any(event_base(w) in events for w in words[-_EVENT_VERB_GAP:])


def event_base(word: str) -> str:
    """The base form of a 3rd-person -s verb (``closes``: close, ``finishes``: finish), else ""."""
    if word.endswith("es") and word[:-2] in vocab().futurate_event_verbs:
        return word[:-2]
    return word[:-1] if word.endswith("s") else ""


# "called a strike for Thursday", "a hearing is scheduled for 10 a.m. Monday": the day an event is set
# for. In the gold sets, 98 of 99 weekdays right after "for" that own no noun lie ahead or on the day;
# the one before is "had been scheduled for Tuesday but was postponed": a plan since changed.
_SET_FOR = re.compile(r"\b[A-Za-z][a-z]{2,}\s+for\s+(?:(?:late|early)\s+)?"
                      r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight)(?:\s+[A-Z]{2,4})?\s+)?$")
HAD = re.compile(r"\bhad\b")


def set_for(text: str, start: int, end: int) -> bool:
    """The weekday at ``[start, end)`` is the one an event is set for (``called a strike for Friday``,
    ``added flights for Friday``), not a possessor (``searched for Friday's missing hikers``), a
    count's (``its figures for Friday``) nor a past perfect's, unless reported (``said it had added
    flights for Friday``)."""
    found = _SET_FOR.search(text, max(0, start - 40), start)
    if found is None or text[end:end + 2] in ("'s", "’s"):
        return False
    if found.group().split()[0].lower() in vocab().day_measures:
        return False  # "revised its figures for Friday": what the day came to
    had = HAD.search(text, max(0, found.start() - 40), found.start())
    if had is None:
        return True
    if any(w.lower() in vocab().scheduling_verbs for w in WORD.findall(text, had.end(), found.end())):
        return False  # "had been scheduled for Tuesday but was postponed": a plan since changed
    # a past perfect a reporting verb backshifts is the speaker's present perfect: "said it had added
    # flights for Friday"; in narration it is a past before the past: "had forecast rain for Monday"
    return said_before().search(text, max(0, had.start() - 50), had.start()) is not None


@cache
def said_before() -> re.Pattern[str]:
    """A reporting verb whose clause runs on to the position searched up to (``said it had``)."""
    return re.compile(rf"\b(?:{alternation(vocab().reporting_verbs)}|told)\b(?![^.;]*[.;])")
