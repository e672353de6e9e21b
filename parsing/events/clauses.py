"""Which times in a sentence the reporting clause holds, and which say that something happened then.

Grammar, not vocabulary: the words between a speech verb and a time, a past verb in the time's own
clause, the preposition or determiner before the time.
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Mention, Span, TimeExpression

# the reporting clause: no quotation mark, "that" or clause break between the speech verb and its time
_QUOTE_MARKS = "\"“”„«»‹›"
_REPORTING_GAP = re.compile(rf"[^{_QUOTE_MARKS};:.!?]*")
_WORDS = re.compile(r"[\w’']+")
_PAST = re.compile(r"\w{2,}ed$")  # regular past tense and past participle
# English irregular past forms (tense, or participle used as one): grammar, not corpus vocabulary.
# Not the auxiliaries and the copula ("was", "had", "did"): they state, they do not say what happened.
_IRREGULAR_PAST = frozenset("""
    made said went came took gave found built began begun became broke broken brought
    bought caught chose chosen drove driven fell fallen fought felt flew flown forgot forgotten froze
    got gotten grew grown hit held kept knew known laid led left lost met paid put quit ran rose risen
    sank sunk sat saw seen sent set shut sold spent split spoke spoken stood stole stolen struck swept
    swore sworn taught tore torn told thought threw thrown understood won wore worn wrote written
""".split())
_PREPOSITION = re.compile(r"\b(?:in|on|at|during)\s+(?:the\s+)?$", re.IGNORECASE)
_MODIFIER = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|my|your|this|that)|['’]s)\s+$",
                       re.IGNORECASE)
_CLAUSE_OPENERS = frozenset({"that", "i", "he", "she", "we", "they", "it", "you", "who", "which"})
_CLAUSE_START = re.compile(rf"[{_QUOTE_MARKS},;:.!?()]")


def tied_to_cue(text: str, t: TimeExpression, cue: Mention | None) -> bool:
    """Whether ``t`` is in the reporting clause next to the speech verb: up to four words after it
    ("told reporters in Halden on Tuesday") or six before it ("On Friday, the mayor said"), with no
    quotation mark, "that" or sentence break between."""
    if cue is None:
        return False
    gap, most = (text[cue.end:t.start], 4) if t.start >= cue.end else (text[t.end:cue.start], 6)
    if t.start < cue.end and t.end > cue.start:
        return False
    words = [w.casefold() for w in _WORDS.findall(gap)]
    # the verb's objects only ("reporters in Halden"): no "that", no new subject, no other verb
    return (_REPORTING_GAP.fullmatch(gap) is not None and len(words) <= most
            and not any(w in _CLAUSE_OPENERS or _is_past_verb(w) for w in words))


def _clause(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]`` after its last clause break."""
    cut = max((m.end() for m in _CLAUSE_START.finditer(text, start, end)), default=start)
    return _WORDS.findall(text, cut, end)


def _is_past_verb(word: str) -> bool:
    w = word.casefold()
    return bool(_PAST.search(w)) or w in _IRREGULAR_PAST


def asserts_happening(text: str, t: TimeExpression, span: Span, published: date | None) -> bool:
    """Whether the sentence says something happened at ``t`` (see the package docstring)."""
    if t.earliest is None or (published is not None and (t.latest or t.earliest) > published):
        return False
    before = text[span.start:t.start]
    if _MODIFIER.search(before) or not (t.relative or _PREPOSITION.search(before)):
        return False
    near = _clause(text, span.start, t.start)[-5:] + _words_after(text, t.end, span.end)
    return any(_is_past_verb(w) for w in near)


def _words_after(text: str, start: int, end: int, most: int = 4) -> list[str]:
    """Up to ``most`` words after ``start``, stopping at a clause break."""
    stop = _CLAUSE_START.search(text, start, end)
    return _WORDS.findall(text, start, stop.start() if stop else end)[:most]
