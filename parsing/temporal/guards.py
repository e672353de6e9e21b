"""Rejecting candidates that only look like time expressions: amounts, names, verbs, ages."""

from __future__ import annotations

import re
from functools import cache

from .vocab import vocab
from .wordclass import MODALS

_PREV_WORD = re.compile(r"([\w.$£€%']+)\s*$")
_NEXT_WORD = re.compile(r"^ ?([\w%/.']+)")
_PREV_TWO = re.compile(r"(\w+)\s+(\w+)\W*$")
_MONTH_PREPS = frozenset(
    "in since until till by from of early late mid last next this through throughout between and to "
    "before after during or on for around".split()
)
_CAP_OK = frozenset(
    "In On By Since Until From Last Next This Early Late During Before After Through Of Mid The".split()
) | {p + s for p in ("It", "That") for s in ("'s", "’s")}  # "It's October"
_AGE_WORDS = frozenset("their his her its our my your aged age ages".split())
_AGE_TAIL = re.compile(r"[-\s]old\b")
_WHEN = re.compile(r"\s+(?:when|where)\b")
_OF = re.compile(r"\s+of\b")
_CROPS = frozenset("wheat barley oats rye canola rapeseed".split())
_SEASON_PREPS = frozenset(
    "in the this during of since until till by before after into through throughout last next but "
    "their".split()
)
_OLD_YEAR_PREPS = frozenset(
    "in since until till by from to before after during circa c. year and or around".split()
)


def plausible(rule: str, m: re.Match[str], text: str) -> bool:
    """False for a candidate of ``rule`` that only looks like a time expression."""
    if rule == "year":
        old = int(m.group("year")) < 1900 and not m.group("edge")
        return year_ok(text, m.start("year"), m.end(), old=old)
    if rule == "year_range":
        return year_ok(text, m.start(), m.end(), span=True)
    if rule == "month":
        return month_ok(text, m.start("mon"), m.end(), m.group("mon"), bool(m.group("rel")))
    if rule == "decade" and m.group("dec2"):
        return decade_ok(text, m.start())
    if rule == "weekday":
        return weekday_ok(text, m.end())
    if rule == "holiday":  # not "Christmas Island", "Johnnie Christmas"
        after = text[m.end():m.end() + 1] == " " and next_word(text, m.end())[:1].isupper()
        return not after and not _in_name(text, m.start(), prev_word(text, m.start()))
    if rule == "season":
        return season_ok(text, m)
    if rule == "duration":
        single = m.group("n").lower() in ("a", "an", "one")
        fraction = m.group("unit").lower().startswith("quarter") and (single or _OF.match(text, m.end()))
        # "if there came a day when …": one day picked out by a relative clause, not a length of time
        picked = single and not m.group("pre") and _WHEN.match(text, m.end()) is not None
        return age_ok(text, m.end()) and not fraction and not picked
    if rule == "set":
        return name_word_ok(text, m.start())
    if rule == "ref":
        return present_ok(text, m)
    if rule == "deictic":  # NBC's "Today": a programme's name, the quotation's only word
        return not quoted_alone(text, m.start(), m.end()) and not _today_in_name(text, m)
    if rule == "period_anaphor" and m.group("punit") == "year":
        return _AWARD_OF.search(text, max(0, m.start() - 30), m.start()) is None
    return True


# "album of the year", "coach of the year": an award's name, no time
_AWARD_OF = re.compile(r"\b(?i:album|song|songwriter|record|group|band|artist|player|coach|manager|rookie"
                       r"|person|team|story|word|book|film|car|entertainer|athlete|teacher)\s+of\s+$")


_CLOSE_QUOTE = re.compile(r"[,.!?]?[\"”]")


def quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is capitalised and alone in its quotation marks (``"Today,"``)."""
    return text[start - 1:start] in ('"', "“") and text[start:start + 1].isupper() \
        and _CLOSE_QUOTE.match(text, end) is not None


def prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


def next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text[end:end + 40])
    return m.group(1).rstrip(".") if m else ""


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n:;"


@cache
def _before_words() -> frozenset[str]:
    return vocab().guards_before


def year_ok(text: str, start: int, end: int, span: bool = False, old: bool = False) -> bool:
    """A bare 4-digit number is a year unless an amount, a count or an identifier (a span of
    years, ``2000-2050``, is only checked for what follows; an ``old`` one, before 1900, needs a
    preposition such as ``in`` before it)."""
    written = prev_word(text, start)
    prev = written.lower()
    if old and prev not in _OLD_YEAR_PREPS:
        return False
    if (prev in _before_words() and not span) or prev.endswith(("$", "£", "€", "#")):
        return False
    nxt = next_word(text, end)
    if _in_name(text, start, written) and nxt[:1].isupper():
        return False  # "the Russell 2000 Index", "the Expo 2010 Site"
    return nxt.lower() not in vocab().guards_after


_PROGRAMME_AFTER = re.compile(r"\s+(?i:programme|program|show|newspaper|podcast)\b")


def _today_in_name(text: str, m: re.Match[str]) -> bool:
    """A capitalised "Today" inside a title: after a name word ("USA Today", "Wales Politics Today")
    or before the noun of a programme ("BBC Radio 4's Today programme")."""
    if not text.startswith("Today", m.start()):
        return False
    return _PROGRAMME_AFTER.match(text, m.start() + 5) is not None \
        or _in_name(text, m.start(), prev_word(text, m.start()))


def _in_name(text: str, start: int, prev: str) -> bool:
    """The word before ``start`` is a capitalised name word, not a sentence start or a preposition."""
    return (prev[:1].isupper() and prev not in _CAP_OK and prev not in vocab().months
            and not _sentence_initial(text, start) and not _sentence_initial(text, start - len(prev) - 1))


def month_ok(text: str, start: int, end: int, word: str, modified: bool) -> bool:
    """A bare month name: not the verb/name "May"/"March", not part of a person's name."""
    if modified:
        return True
    prev = prev_word(text, start)
    nxt = next_word(text, end) if text[end:end + 1] == " " else ""
    if nxt[:1].isupper() and nxt not in vocab().months and nxt not in vocab().weekdays:
        return False  # "April Ryan", "June Carter"
    # "the Fed's March meeting": after a possessive the month dates the noun that follows it
    dating = nxt[:1].islower() and not nxt.endswith(("ed", "s")) and nxt not in vocab().past_cues \
        and nxt not in MODALS
    possessive = prev.endswith(("'s", "’s")) and dating
    if prev[:1].isupper() and prev not in _CAP_OK and not _sentence_initial(text, start) and not possessive:
        return False  # "Theresa May", "Queen Elizabeth"
    if word in vocab().ambiguous_months:  # "the March ballot": a month before the noun it dates
        return prev.lower() in _MONTH_PREPS or (prev.lower() == "the" and nxt[:1].islower()) or possessive
    return True


def name_word_ok(text: str, start: int) -> bool:
    """A capitalised common word inside a sentence is part of a name (``The Village Weekly``)."""
    return not text[start].isupper() or _sentence_initial(text, start)


def season_ok(text: str, m: re.Match[str]) -> bool:
    """``last summer``, ``spring 2009``, ``in the autumn``, ``Autumn``, but not ``winter coats``,
    ``the Summer Olympics``, ``the fall of Rome`` or ``winter wheat``."""
    if m.group("year"):
        return True
    nxt = next_word(text, m.end()) if text[m.end():m.end() + 1] == " " else ""
    if nxt[:1].isupper() or (m.group("season").lower() == "fall" and nxt == "of") or nxt.lower() in _CROPS:
        return False  # "winter wheat", "spring barley": a crop's class, named by when it is sown
    if m.group("rel") or m.group("season")[0].isupper():
        return True
    prev = prev_word(text, m.start()).lower()
    if prev in ("and", "or"):
        return season_joined(text, m.start())
    return prev in _SEASON_PREPS or prev == "all"  # "all summer": the season through


def season_joined(text: str, start: int) -> bool:
    """The season at ``start`` is joined by "and"/"or" to a season before it ("over the spring and
    summer", "a summer or fall vote")."""
    prev = prev_word(text, start).lower()
    return prev in ("and", "or") and prev_word(text, start - len(prev) - 1).lower() in vocab().seasons


def present_ok(text: str, m: re.Match[str]) -> bool:
    """``now`` / ``currently`` alone are present references only where their gate lets them be
    (``now`` anywhere but ``now that``; ``currently`` in its clear uses, ``is currently``);
    multi-word ones (``right now``, ``until now``) always are."""
    ref = m.group("ref").lower()
    if ref == "recent" and prev_word(text, m.start()).lower() in ("most", "more"):
        return False  # "their most recent model": the latest, no time
    if ref.endswith("the time"):  # "at the time of the vote", "at the time when …": a time named after
        return next_word(text, m.end()).lower() not in ("of", "when", "which")
    gate = vocab().present_gated.get(ref)
    if gate is None:
        return True
    if text[m.end():m.end() + 1] in "-\u2010":  # now-defunct
        return False
    prev, nxt = prev_word(text, m.start()).lower(), next_word(text, m.end()).lower()
    if prev in gate.unless_after or nxt in gate.unless_before:  # "every now and then", "now that …"
        return False
    opening = not prev or prev.endswith(".")  # "Currently, …" opens its sentence
    return "*" in gate.after or ("." in gate.after and opening) or prev in gate.after or nxt in gate.before


def weekday_ok(text: str, end: int) -> bool:
    """``The Sunday Times``, ``Monday Night Football``: a name, not a day."""
    return text[end:end + 1] != " " or next_word(text, end) not in vocab().weekday_name_tails


def age_ok(text: str, end: int) -> bool:
    """``a 14-year-old``, ``nine-month-old``: an age, not a duration."""
    return _AGE_TAIL.match(text, end) is None


def decade_ok(text: str, start: int) -> bool:
    """``in their 80s`` is an age, not a decade."""
    m = _PREV_TWO.search(text, max(0, start - 40), start)
    words = {w.lower() for w in m.groups()} if m else {prev_word(text, start).lower()}
    return not words & _AGE_WORDS
