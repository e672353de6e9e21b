"""``According to X``: the source a sentence names for its words, wherever its verb is.

``according to the report, the race is "tight"`` is the report's; ``according to X, quoting Y`` is Y's;
``in the words of the prosecutor, Mark Tedeschi`` is the prosecutor's, named by the apposition.
"""

from __future__ import annotations

import re

from . import grammar as G
from .forms import Window
from .mentions import Cue, clause_end, complement, describe, np_tokens
from .names import is_cap, is_possessive
from .phrases import apposition, right_np
from .vocab import vocab

_RELAYING = re.compile(r",\s*(?:quoting|citing)\s+")
_ACCORDING = re.compile(r"\s*(?i:according\s+to)\s")


def opening_source(masked: str, sentence: Window, q_start: int) -> Cue | None:
    """A sentence that opens with ``According to X,`` is X's, whatever verb its clause has
    (``According to a senior figure, the new leader … wants to "clear the decks"``)."""
    if _ACCORDING.match(masked, sentence[0]) is None:
        return None
    return source(masked, sentence[0], q_start)


def source(masked: str, lo: int, hi: int) -> Cue | None:
    """The source the last ``according to`` (or its kin in ``vocab().source_re``) of ``[lo, hi)``
    names."""
    found = list(vocab().source_re.finditer(masked, lo, hi))
    if not found:
        return None
    m = found[-1]
    end = clause_end(masked, m.end(), hi)
    toks = np_tokens(masked, m.end(), end)[:14]
    if not toks:
        return None
    head_i = next((i for i, t in enumerate(toks) if i > 0 and t.low in G.COMPLEMENT_PREPS), len(toks))
    if not is_cap(toks[0]):  # a person familiar with the matter: the NP from its determiner
        head_i = next((i + 1 for i, t in enumerate(toks)  # not a possessor: "the mayor's office"
                       if i > 0 and t.bare in vocab().known_heads and not is_possessive(t)), head_i)
    cue = describe(masked, toks[:head_i])
    if cue is not None and cue.kind in ("description", "group") and head_i < len(toks):
        rest = toks[head_i:]
        received = any(t.low in G.RECEIVED for t in rest)  # a review obtained by X: X did not write it
        comp = cue.complement or (None if received else complement(masked, rest))  # … released by X
        cue = Cue(None, (toks[0].start, toks[-1].end), cue.kind, head=cue.head, complement=comp)
    if cue is not None and cue.kind != "name" and masked[end:end + 1] == ",":
        cue = apposition(masked, end + 1, hi) or cue  # in the words of the prosecutor, Mark Tedeschi
    relayed = _RELAYING.match(masked, end)
    if relayed is not None:  # according to X, quoting Y: Y's words
        cue = right_np(masked, relayed.end(), hi) or cue
    if cue is None:
        return None
    verb = (m.start(), m.start() + len(m.group().rstrip()))
    return cue._replace(verb=verb, position="source")
