"""A speech act named by a noun: ``closed her campaign with a promise to "…"``, ``issued a warning
that the economy faced "…"``. A noun of a speech act (``act_nouns``) with a determiner, whose
complement (a to-infinitive or a that-clause) runs to the quotation, names an act of the clause's
subject: the quoted words are that subject's. A source after the noun (``a warning from the IMF that
…``) is the act's maker; in a relative clause (``a former commander who ran on a promise to "…"``)
the act is the one the clause tells of. With a possessor (``her promise to``) other rules read it."""

from __future__ import annotations

import re

from .forms import Window, clause_subject
from .mentions import Cue, describe, np_tokens, trailing_name
from .subjects import left_np
from .vocab import vocab

_KINDS = ("name", "pronoun", "description")


def speech_act(masked: str, sentence: Window, q_start: int) -> Cue | None:
    """The maker of the speech act whose noun's complement holds the quotation at ``q_start``."""
    act = vocab().act_re.search(masked, max(sentence[0], q_start - 160), q_start)
    if act is None:
        return None
    if act.group("source"):  # "a warning from the International Monetary Fund that …": its source's
        source = describe(masked, np_tokens(masked, act.start("source"), act.end("source")))
        return source if source is not None and source.kind in ("name", "description") else None
    who = max(_WHO.finditer(masked, sentence[0], act.start()), key=lambda w: w.start(), default=None)
    if who is not None and not _BREAK.search(masked, who.end(), act.start()):
        subject = left_np(masked, sentence[0], who.start())  # "Kyle Brandt, a former police commander who
        # ran on a promise to "…"": the relative clause's subject, the one it tells of
        if subject is not None and subject.kind == "description" and subject.mention is not None \
                and masked[:subject.mention[0]].endswith(", "):
            # the name it is set beside, whatever governs it ("46% for Kyle Brandt, a former commander")
            beside = np_tokens(masked, sentence[0], subject.mention[0] - 2)
            subject = trailing_name(masked, beside) or subject
    else:
        subject = clause_subject(masked, sentence[0], act.start())
    return subject if subject is not None and subject.kind in _KINDS else None


_WHO = re.compile(r"\b(?:who|which)\b")
_BREAK = re.compile(r"[,;\u2014\u2013]")
