"""Where a speaker's noun phrase lies after a verb (``right_np``: ``said Ambassador Mohib``, ``said
the firm's CEO, X``), in a comma segment of its own (``apposition``) or opening a clause
(``leading_np``). Each reads the phrase it finds with ``mentions.describe``; the subject before a
verb is ``subjects.left_np``.
"""

from __future__ import annotations

from . import grammar as G
from .descriptions import approximates
from .gender import disagree
from .mentions import Cue, bare_name, clause_end, describe, np_tokens, trailing_name
from .names import Tok, is_cap, is_possessive
from .nounphrase import participle_clause
from .vocab import vocab


def right_np(masked: str, lo: int, hi: int) -> Cue | None:
    """The subject after an inverted verb (``said Ambassador Mohib``, ``said the firm's CEO, X``)."""
    end = clause_end(masked, lo, hi)
    toks = np_tokens(masked, lo, end)
    cut = next((i for i, t in enumerate(toks) if i > 0 and (
        t.low in G.AFTER_STOP or participle_clause(toks, i))), len(toks))
    toks = toks[:cut]
    if not toks:
        return None
    if toks[0].low in G.PRONOUNS and len(toks) == 1:
        return Cue(None, (toks[0].start, toks[0].end), "pronoun", head=toks[0].low)
    k = next((i for i, t in enumerate(toks) if i > 0 and t.low in G.PREPOSITIONS), len(toks))
    head = describe(masked, toks[:k]) if k < len(toks) and is_cap(toks[0]) else None
    if head is not None and head.kind == "name" and head.name is not None and head.name.kind == "person":
        return head  # "said Morag Cairns of the campaign group Connect Families Scotland": the head
    cue = describe(masked, toks[-10:])
    if cue is not None and cue.kind == "name" and cue.name is not None and cue.name.kind == "person":
        return cue
    if cue is None and toks[0].low in ("a", "an"):
        cue = _someone(toks)
    appos = apposition(masked, end + 1 if masked[end:end + 1] == "," else -1, hi, cue)
    return appos or cue


def _someone(toks: list[Tok]) -> Cue | None:
    """``said a senior Congress functionary in the state capital``: after an inverted verb of saying,
    an indefinite noun phrase is someone described, whatever its noun; its head is the last word in
    lower case before a preposition."""
    k = next((i for i, t in enumerate(toks) if i > 0 and t.low in G.PREPOSITIONS), len(toks))
    head = toks[k - 1]
    if k < 2 or not head.text.isalpha() or not head.text.islower():
        return None
    return Cue(None, (toks[0].start, head.end), "description", head=head.bare)


def apposition(masked: str, lo: int, hi: int, of: Cue | None = None) -> Cue | None:
    """``…, Alan Mulally.``: a bare person's name in the comma segment starting at ``lo``; not one
    whose given name the role it would name (``of``) clearly disagrees with (``A spokeswoman for the
    Minister, Craig Ellison,``: the minister's name)."""
    if lo < 0:
        return None
    nxt = np_tokens(masked, lo, clause_end(masked, lo, hi))
    if len(nxt) > 2 and nxt[0].low == "the" and nxt[1].bare in vocab().titles:
        nxt = nxt[1:]  # "the shelter's director, the Rev. Tomás Villaseñor": a title that takes "the"
    named = bare_name(masked, nxt) if nxt and is_cap(nxt[0]) else None
    if named is not None and named.name is not None and of is not None and of.head \
            and disagree(of.head, named.name.words[0]):
        return None
    return named


_COMPARATIVES = frozenset(("more", "fewer", "less"))


def _modifies_noun(seg: list[Tok]) -> bool:
    """A capitalised word opening a clause before a lower-case head (``Faculty members signed``,
    ``Boeing officials said``): the head's modifier, no name; the whole phrase is the subject."""
    v = vocab()
    nxt = seg[1] if len(seg) > 1 else None
    return nxt is not None and nxt.text.islower() and nxt.bare in v.people_plurals


def leading_np(masked: str, seg: list[Tok]) -> Cue | None:
    """The NP that opens a clause: ``The current Microsoft CEO Steve Ballmer also expressed …``."""
    v = vocab()
    if len(seg) > 2 and seg[1].low == "than" and seg[0].low in _COMPARATIVES:
        seg = seg[2:]  # "More than 600 faculty members": the members, however many
    if not seg:
        return None
    if seg[0].low in G.PRONOUNS:
        return Cue(None, (seg[0].start, seg[0].end), "pronoun", head=seg[0].low)
    roles = v.person_roles
    if is_cap(seg[0]) and seg[0].bare not in v.stopwords:  # President George W. Bush made an address
        k = 0
        while k + 1 < len(seg):
            if is_cap(seg[k + 1]) or (  # Washington representative Norm Dicks
                    seg[k + 1].low in roles and k + 2 < len(seg) and is_cap(seg[k + 2])):
                k += 1
            elif k + 3 < len(seg) and seg[k + 2].low in roles and is_cap(seg[k + 3]) \
                    and seg[k + 1].low.isalpha():  # White House press secretary Kendra Vaughn
                k += 2
            else:
                break
        named = trailing_name(masked, seg[:k + 1])
        if named is not None and not (is_possessive(seg[k]) and k + 1 < len(seg)) \
                and not (k == 0 and _modifies_noun(seg)):
            return named  # not "Allegheny County's chief executive": the possessor of the head after it
    k = 0
    while k < len(seg) and k < 10:
        t = seg[k]
        verbish = t.low in G.NP_STOP or t.low in v.skip_between or t.low in v.speech_verbs \
            or t.low.endswith("ed") or t.low in v.irregular_participles  # "The mayor met with …"
        if approximates(t, seg[k + 1] if k + 1 < len(seg) else None):
            verbish = False  # "a group of about 30 protesters"
        prev = seg[k - 1] if k > 0 else t
        noun = prev.low in G.DETERMINERS or (  # "the report", "an inspection report": a noun
            t.bare in v.known_heads and prev.low not in G.PRONOUNS and not is_cap(prev))
        if k > 0 and not is_cap(t) and verbish and not noun:
            break
        k += 1
    return describe(masked, seg[:k])
