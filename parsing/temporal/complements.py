"""What stands after a verb that says which way its time points: an object and the infinitive a
verb of wanting or expecting governs (``expect it to draw``), an object and the participle of its
state (``have the structure agreed``), and a span of time someone has to do a thing (``has 30 days to
respond``)."""

from __future__ import annotations

from .openers import opener_classes
from .wordclass import DETERMINERS

_CAUSATIVES = frozenset("have has get gets want wants need needs".split())


def complement_of_object(lower: list[str], i: int) -> bool:
    """A participle after a present ``have``/``get``/``want`` and its object (``have the structure
    agreed``, ``get the bill passed``, ``wants the plan approved``), or after ``keep``/``leave`` and
    theirs (``will keep them shut``): the state the object is to be in, a present's complement, not a
    past act."""
    for k in range(i - 2, max(-1, i - 5), -1):
        if lower[k] in _CAUSATIVES:
            return lower[k + 1] in DETERMINERS and (k == 0 or lower[k - 1] not in ("had", "would"))
        if lower[k] in _KEEPING:  # "will keep them shut through Thursday", "keep the plant closed"
            return lower[k + 1] in DETERMINERS or lower[k + 1] in _OBJECT_PRONOUNS
    return False


# verbs that hold their object in a state a participle names ("keep them shut"): no act of its own
_KEEPING = frozenset("keep keeps keeping leave leaves leaving".split())
_OBJECT_PRONOUNS = frozenset("it them him her us me".split())


_OBJECT_OPENERS = _OBJECT_PRONOUNS | frozenset("you this that these those the a an its their his our my "
                                               "your all both most many some several".split())
_OBJECT_WORDS = 7  # an object of up to seven words between the verb and "to"


def controlled_infinitive(spans: list[tuple[int, int, str]], lower: list[str], i: int) -> int:
    """The index of the verb after ``expect it to``, ``want the board to``, ``urges lawmakers to``:
    a present verb of wanting or expecting, an object (a pronoun, a noun phrase a determiner opens,
    or a plural noun), ``to`` and a verb; 0 when the words do not run so."""
    n_words = len(lower)
    if i + 1 >= n_words or not spans[i][2].islower() or (i > 0 and lower[i - 1] == "to"):
        return 0  # not "voted on Tuesday to urge Bush to appoint": an infinitive, no present
    first = lower[i + 1]
    if first not in _OBJECT_OPENERS and not (spans[i + 1][2][:1].isupper() or first.endswith("s")):
        return 0
    for j in range(i + 2, min(i + 2 + _OBJECT_WORDS, n_words - 1)):
        if lower[j] == "to":
            verb = spans[j + 1][2]
            return j + 1 if verb.islower() and verb not in _OBJECT_OPENERS else 0
        if spans[j - 1][1] != spans[j][0] - 1:
            return 0  # a comma or a mark between: the object has ended
    return 0


UNITS_LEFT = frozenset(("minutes", "hours", "days", "weeks", "months", "years"))
_HOLDERS = frozenset(("with", "has", "have", "gives", "given", "giving"))


def time_left(lower: list[str], i: int) -> bool:
    """``with three working days to avert a lapse``, ``has 30 days to respond``: a span of time that
    someone has (not ``took three days to clear``) before an infinitive, the time left to do it."""
    if i + 2 >= len(lower) or lower[i + 1] != "to" or not lower[i + 2].isalpha():
        return False
    for k in range(i - 1, max(-1, i - 4), -1):
        if lower[k] in _HOLDERS:
            return k < i - 1  # a count or an adjective between: "with three working days"
        if not (lower[k].isdigit() or lower[k].isalpha()):
            return False
    return False


def by_deadline(lower: list[str], k: int) -> bool:
    """A deadline a few words after a perfect infinitive's participle (``expect the ships to have passed
    through by Thursday``): a future perfect, done by a time still to come, not a past the infinitive
    reports (``expected to have grown 2% in the third quarter``, ``… grown by 2%``)."""
    for j in range(k, min(k + _DEADLINE_REACH, len(lower) - 1)):
        if lower[j] == "by":
            nxt = lower[j + 1]
            if nxt == "the":  # "by the end of the week", not "hit by the storm"
                return j + 2 < len(lower) and lower[j + 2] in _DEADLINE_NOUNS
            return nxt in _DEADLINE_WORDS or bool(opener_classes().get(nxt, _NONE) & _CALENDAR)
        if lower[j] in _CLAUSE_BREAKS:
            return False
    return False


_DEADLINE_REACH = 6
_DEADLINE_WORDS = frozenset(("then", "tomorrow", "tonight", "noon", "midnight", "next", "early", "mid",
                             "late", "year-end", "month-end"))
_DEADLINE_NOUNS = frozenset(("end", "time", "weekend", "close", "middle", "start"))


_CALENDAR, _NONE = frozenset(("WD", "MON")), frozenset[str]()  # weekday and month names (``friday``, ``fri``)
_CLAUSE_BREAKS = frozenset(("and", "but", "that", "which", "when", "while", "because", "if"))
