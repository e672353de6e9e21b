"""Attribution cues: the speech verb (or ``according to``) of a quote and the mention it points at.

Works on the *masked* text (every quote blanked out, offsets unchanged) so that words inside quotes
are never taken for cues. Positions tried, in order: right after the quote (``"…," X said``, ``"…,"
said X``, ``"…" the readout notes``), the clause before it (``X said: "…"``, ``X said in a statement
that … "…"``, ``In a statement, X said``, ``Name: "…"``), ``according to X``, and a verb later in the
sentence (``"…," or if …, he added``). ``X quoted Y as saying`` gives Y.
"""

from __future__ import annotations

import re

from ..segment import title_stop
from ..segment.marks import MARKS
from . import grammar as G
from .acts import speech_act
from .asides import as_put_it, chant, in_words
from .forms import (
    Window,
    byline,
    clause_subject,
    introduced,
    quoted_as,
    quoted_predicate,
    with_verb,
)
from .mentions import Cue, describe, np_tokens
from .names import Tok
from .nounphrase import opens_role_complement, participle_clause
from .phrases import right_np
from .prefix import OWN_QUOTE, prefix
from .sources import opening_source, source
from .subjects import left_np
from .verbs import is_participle, noun_before_verb, verb_ok
from .vocab import skippable, vocab

_REACH = 400  # characters before and after a quote searched for its cue


def _ends_sentence(masked: str, sentence: Window, q_start: int, q_end: int, inner_end: str) -> bool:
    """An embedded quote that closes its sentence (``dismissed it as "a stunt." He then …``): what
    follows is the next sentence, not the quote's attribution."""
    if inner_end not in ".!?":
        return False
    lead = masked[sentence[0]:q_start].strip()
    follow = masked[q_end:q_end + 3].lstrip()
    return bool(lead) and not lead.endswith((":", ",")) and follow[:1].isupper()


_SET_QUOTE = re.compile(r"\s*[,:]\s*\u2592")  # ', "…"' right after a verb: a quotation of its own


def _immediate_tail(masked: str, sentence: Window, q_end: int, hi: int, inner_end: str) -> Cue | None:
    v = vocab()
    for m in v.verb_re.finditer(masked, q_end, hi):
        between = masked[q_end:m.start()]
        if m.group().lower() in v.characterising and between.lstrip()[:1] in ("—", "–", "-"):
            return None  # "“landlords' candidates” — a label both have rejected —": its object, no cue
        if _UTTERANCE_APPOSED.match(between):
            return None  # "“never, not a dime” — a statement contradicted by bank records cited in …": the
            # quote renamed, and what is said of it; no one who says it
        if _PASSAGE_APPOSED.match(between) and any(
                verb_ok(masked, s, True) for s in v.verb_re.finditer(masked, sentence[0], q_end)):
            return None  # "the report warned that "…," a line Kowalchuk read aloud twice": the words of
            # the verb before; the clause after tells who repeated them
        if not verb_ok(masked, m, True):
            if noun_before_verb(masked, m):
                continue  # "…," the report said: "report" heads the subject, "said" is the verb
            return None
        if between.strip(" ,;—–-\n") and OWN_QUOTE.match(masked, m.end()):
            return None  # "…," and Kolstad called it "…": the verb has its own quotation
        if between.lstrip(" ,").startswith(("and ", "but ")) and (
                not _closes_sentence(masked, m.end(), hi) or _SET_QUOTE.match(masked, m.end())):
            return None  # "…," and her spokeswoman, X, said the senator would …: a clause of its own;
            # '"ask questions," and Albright replied, "Not if …"': so is one with its own quotation
        quoted = quoted_as(masked, m, "tail")
        if quoted is not None:
            return quoted
        participle = is_participle(m)
        if not between.strip(" ,;—–-\n"):
            if participle:
                return with_verb(clause_subject(masked, sentence[0], q_end), m, "tail")
            if m.group().lower() in v.object_verbs:
                return None  # "who had told supporters that "this isn't over," called Delacroix at 9:15":
                # the name after is the verb's object, the quote its clause's
            return with_verb(right_np(masked, m.end(), hi), m, "tail")
        punctuated = inner_end in ",!?—–-." or between.lstrip()[:1] in (",", "—", "–", "-")
        if not punctuated and not (_closes_sentence(masked, m.end(), hi) and _bare_subject(masked, q_end, m)):
            return None  # "an “empty” escalation" goes on; "“…” she said." is attributed
        toks = np_tokens(masked, q_end, m.start())
        while toks and skippable(toks[-1].text):
            toks.pop()
        commas = between.count(",") - (1 if between.lstrip().startswith(",") else 0)
        limit = 5 if inner_end == "." else 9 if commas == 0 else 16
        if not toks or len(toks) > limit or _full_stop(between.strip().rstrip(".")) or participle:
            return None
        if (commas == 0 or inner_end == ".") and any(  # "an adviser to the minister": "to" opens a role's
                t.low in G.NP_STOP and t.low != "and" and not opens_role_complement(toks, k)  # complement
                and not _demonstrative(toks, k) and not _who_of_role(toks, k) for k, t in enumerate(toks)):
            return None
        if inner_end == "." and commas:
            return None
        if any(t.low in G.SUBORDINATORS for t in toks):
            return None  # "…" -- and only later, when a magazine cited it: another clause's verb
        if any(participle_clause(toks, k) and t.bare not in v.known_heads for k, t in enumerate(toks)):
            return None  # a participle's clause; not "the ruling", "the filing" (a document's noun)
        return with_verb(left_np(masked, q_end, m.start()), m, "tail")
    return None


def _who_of_role(toks: list[Tok], k: int) -> bool:
    """``toks[k]`` is a ``who`` right after a role (``one MP who backed the spill said``, ``a woman who
    lives nearby said``): the relative clause tells of the one who speaks, the verb after it is theirs."""
    return toks[k].low == "who" and k > 0 and toks[k - 1].bare in vocab().role_nouns


def _demonstrative(toks: list[Tok], k: int) -> bool:
    """``"…," that person said``: "that" opening a two-word subject is its determiner, not a clause's."""
    return k == 0 and len(toks) == 2 and toks[0].low == "that" and toks[1].text.isalpha() \
        and toks[1].text.islower()


def _full_stop(words: str) -> bool:
    """A stop in ``words`` that may end a sentence: not a title's or an initial's (``"…," the union's
    president, Sgt. Kevin Marr, wrote``)."""
    return any(c == "." and not title_stop(words, i) for i, c in enumerate(words))


def _closes_sentence(masked: str, pos: int, hi: int) -> bool:
    rest = masked[pos:min(hi, pos + 3)].lstrip(" ")
    return not rest or rest[0] in ".,;!?\n"


def _bare_subject(masked: str, q_end: int, m: re.Match[str]) -> bool:
    """Only a pronoun or a short name stands between the quote and the verb."""
    toks = np_tokens(masked, q_end, m.start())
    cue = describe(masked, toks) if 0 < len(toks) <= 4 and "," not in masked[q_end:m.start()] else None
    return cue is not None and cue.kind in ("pronoun", "name") and cue.mention is not None and \
        cue.mention[0] == toks[0].start


def _distant_tail(masked: str, q_end: int, hi: int) -> Cue | None:
    v = vocab()
    for m in v.verb_re.finditer(masked, q_end, hi):
        if not verb_ok(masked, m, False):
            continue
        if masked[hi:hi + 1] == "\u2592" and not masked[m.end():hi].strip(" ,:\n"):
            return None  # After the match, X said, "…": the verb introduces the next quote
        cue = left_np(masked, q_end, m.start())
        if cue is not None and cue.kind in ("pronoun", "name"):
            return with_verb(cue, m, "distant")
        if m.group() in v.invertible and masked[m.start() - 2:m.start()] == ", " \
                and "\u2592" not in masked[m.end():hi]:
            cue = right_np(masked, m.end(), hi)  # "was "deliberately or negligently introduced" into the
            if cue is not None and cue.kind in ("name", "description"):  # supply chain, said Dr. Janet
                return with_verb(cue, m, "distant")  # Okafor": the clause closing the sentence reports it
    return None


# a dash, then an indefinite noun for an utterance: an apposition that renames the quote
_UTTERED = "claim|remark|comment|line|phrase|assertion|refrain"  # nouns for words said, in both renamings
_UTTERANCE_APPOSED = re.compile(rf"\s*[—–-]+\s*(?:a|an)\s+(?:[a-z]+\s+)?(?:{_UTTERED}|statement|denial"
                                r"|promise|pledge|slogan|boast|vow)\b"
                                # "“Kinonomics,” a label the prime minister says he dislikes": a name for
                                # a thing, renamed; the clause after tells of the label, it does not say it
                                r"|\s*,?\s*(?:a|an|the)\s+(?:[a-z]+\s+)?(?:label|term|nickname|moniker|epithet"
                                r"|name|tag)\b")
# a comma, then a passage of text or what it does named with a clause of its own after it, its subject
# first ("a line Kowalchuk read aloud", "a point opponents have quoted", "a charge Delacroix's
# spokesman dismissed as"), not a verb or a phrase of place ("a line in the report reads")
_PASSAGE_APPOSED = re.compile(rf"\s*,?\s*(?:a|an|the)\s+(?:[a-z]+\s+)?(?:{_UTTERED}|point|passage|sentence"
                              r"|quotation|quote|charge|accusation|characterization|characterisation|prediction"
                              r"|warning|complaint)\s+"
                              r"(?!(?:from|in|of|on|at|by|that|which|said|says|reads?|states?|stated|notes?"
                              r"|noted|went|goes|released|issued|posted)\b)")
_RECORDED = re.compile(r"\b(?i:in|on)\s+which\b")  # a record's words: "text messages in which X told"
_RECORD_REACH = 60


# the quotation is what something reads ("a banner that still read "Roarke for Governor," Lt. Gov.
# Janine Roarke conceded"): the verb after it is not its cue
_READ_BEFORE = re.compile(r"\b(?:read|reads)\s*:?\s*$")


def find_cue(text: str, masked: str, quote: Window, sentence: Window, prev_end: int) -> Cue | None:
    """The attribution of the quote ``[start, end)`` whose sentence window is ``[lo, hi)``."""
    q_start, q_end = quote
    lo, hi = max(sentence[0], q_start - _REACH), min(sentence[1], q_end + _REACH)  # cues sit near quotes
    sentence = (lo, hi)
    inner = text[q_start:q_end].rstrip(MARKS + " ")
    inner_end = inner[-1:] if inner else ""
    start = max(lo, prev_end)
    closed = _ends_sentence(masked, sentence, q_start, q_end, inner_end)
    if closed:  # "… would not support "… under any president." Sen. Dufresne said": the next sentence's
        hi = q_end
    aside = chant(masked, lo, hi, q_start, q_end) or as_put_it(masked, start, q_start) \
        or in_words(masked, start, q_start)
    if aside is not None:
        return aside
    opening = sourced = opening_source(masked, sentence, q_start)
    own = prefix(masked, sentence, start, q_start) if sourced is not None else None
    record = opening is not None and opening.kind == "description" and opening.head in vocab().document_nouns
    if own is not None and own.verb is not None and (own.kind in ("name", "pronoun") or (
            record and own.kind in ("description", "group"))) and (  # "According to the minutes, a few
            not masked[own.verb[1]:q_start].strip(" ,:") or _RECORDED.search(  # members said …"
                masked, max(lo, own.verb[0] - _RECORD_REACH), own.verb[0]) is not None
            or record):  # "According to an FBI affidavit, X assured Vlahos that …": the record's X
        opening = None  # "According to the affidavit, Harwood replied, "…"": the source tells of his words
        # (not "According to a diplomat, Lindahl opened by saying his country would "…"": the diplomat's);
        # "messages in which Albrecht told an executive that he had "…"": what they record is his
    tail = not closed and _READ_BEFORE.search(masked, max(lo, q_start - 12), q_start) is None
    after = _immediate_tail(masked, sentence, q_end, hi, inner_end) if tail else None
    if after is not None and after.verb is not None and masked[after.verb[0]:after.verb[1]].endswith("ing"):
        # "what its spokesman, X, called "…," claiming …": the participle goes with the main clause, the
        # quotation with the verb it completes
        gov = prefix(masked, sentence, start, q_start)
        if gov is not None and gov.verb is not None and not masked[gov.verb[1]:q_start].strip():
            return gov
    return (after
            or byline(masked, q_end, hi, inner_end)
            or opening
            or (own if sourced is not None else prefix(masked, sentence, start, q_start))
            or source(masked, start, q_start)
            or source(masked, q_end, hi)
            or _distant_tail(masked, q_end, hi)
            or quoted_predicate(text, masked, lo, q_start, q_end)
            or speech_act(masked, sentence, q_start)
            or introduced(masked, lo, q_start))
