"""A past verb after a day that tells nothing of the day's clause, being the verb of a clause of its
own: one of cause or of what came before (``Voters go to the polls on Sunday … after the coalition
collapsed``), a relative clause in the present perfect (``an election that has been dominated by
crime``), or a participle after a preposition's object (``in a snap election called after …``). The
futurate passes over such a verb when it asks whether a past verb follows the day in its clause."""

from __future__ import annotations

import re

from .sentences import WORD
from .wordclass import PREPOSITIONS

# after the day, a past verb of a clause of its own that tells nothing of the day's: a clause of cause or
# of what came before ("after the coalition collapsed", "because talks failed"), a relative clause in the
# present perfect, a state that runs up to now ("an election that has been dominated by crime"), or a
# participle right after the object of a preposition with a phrase of its own after it ("in a snap
# election called after …"). A relative or a when-clause in the past tells what happened on the day
# ("a hearing on Wednesday that ran until 10.45pm"): not these.
_BACKGROUND_BEFORE = re.compile(r"\b(?:after|because|since)\s+(?:[a-z]+\s+){0,3}$")
_PERFECT_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+\s+)?(?:has|have)(?:\s+been)?"
                               r"(?:\s+[a-z]+ed)?$")
_PP_OBJECT_BEFORE = re.compile(r"\b(?:in|of|for|at|on|to|from|with|over)\s+(?:a|an|the|its|their|his|her)\s+"
                               r"(?:[a-z-]+\s+){0,3}[a-z]+\s+$")
_PARTICIPLE_LINKS = PREPOSITIONS | {"after", "before", "since", "last", "earlier"}


def own_clause_after(text: str, end: int, c_start: int, c_end: int) -> bool:
    """The past cue at ``[c_start, c_end)``, after a day ending at ``end``, is a verb of a clause of its
    own that sets no tense for the day's: see above."""
    word = text[c_start:c_end].lower()
    if _BACKGROUND_BEFORE.search(text, max(end, c_start - 30), c_start) is not None:
        return True
    if _PERFECT_RELATIVE.search(text, max(end, c_start - 40), c_end):
        return True
    after = WORD.match(text, c_end + 1)
    return word.endswith("ed") and after is not None and after.group() in _PARTICIPLE_LINKS \
        and _PP_OBJECT_BEFORE.search(text, max(end, c_start - 60), c_start) is not None
