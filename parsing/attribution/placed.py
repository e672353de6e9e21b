"""Names and places in a subject: where a body or a person is (``Judge X in Fresno``, ``The Ministry
of Commerce in Beijing``), and segments set beside a subject that name no one (``based in Wichita``,
``Kan.``). A known place is never the one who speaks when a name stands before its preposition.
"""

from __future__ import annotations

from ..entities.gazetteer import load as gazetteer
from .mentions import Cue, trailing_name
from .names import Tok
from .vocab import vocab


def known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a place."""
    known = gazetteer().lookup(name)
    return known is not None and known.type == "PLACE"


def _before_preposition(masked: str, seg: list[Tok], place: int, preps: frozenset[str]) -> Cue | None:
    """The name right before the preposition (one of ``preps``) that opens the name at ``place``."""
    p = next((i for i, t in enumerate(seg) if t.start >= place), 0) - 1
    if p < 1 or seg[p].low not in preps:
        return None
    named = trailing_name(masked, seg[:p])
    return named if named is not None and named.name is not None else None


def placed_person(masked: str, seg: list[Tok], place: int) -> Cue | None:
    """The person named right before the name that ends the segment and its ``in`` or ``from`` (``U.S.
    District Judge Maribel Quintanilla-Ross in Fresno``): a name after a person's "in" is where the
    person is, and no place is a "who"."""
    named = _before_preposition(masked, seg, place, _WHERE_PERSON)
    return named if named is not None and named.name is not None and named.name.kind == "person" else None


def placed_body(masked: str, seg: list[Tok], place: int) -> Cue | None:
    """The name right before a known place and its ``in`` or ``at`` that end the segment (``The Ministry
    of Commerce in Beijing``): a body or a person where it is, the speaker; not a place itself."""
    named = _before_preposition(masked, seg, place, _WHERE_BODY)
    if named is None or named.name is None or known_place(named.name.text) or named.name.kind == "place":
        return None
    return named


def beside(seg: list[Tok]) -> bool:
    """A segment set beside a subject that names no one: a participle phrase (``based in Wichita``)
    or a known place (``Kan.``)."""
    first = seg[0].text
    participle = first.endswith(("ed", "ing")) or first in vocab().irregular_participles  # "known to …"
    return (first.islower() and participle) or known_place(" ".join(t.text for t in seg))


_WHERE_PERSON = frozenset(("in", "from"))  # "Judge X in Fresno", "a farmer from Ames"
_WHERE_BODY = frozenset(("in", "at"))  # "The Ministry of Commerce in Beijing", "the institute at Oxford"
