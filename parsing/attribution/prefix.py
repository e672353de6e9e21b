"""The cue in the clause before a quotation: ``X said: "…"``, ``X said in a statement that … "…"``,
``In a statement, X said``, ``Name: "…"``, ``…, said Whitfield, who … "…"``; a document's issuer
(``Her campaign released a policy document that called …``), and the sayer whose report holds the
verb (``Scoville said the department had concluded that "…"``)."""

from __future__ import annotations

import re

from .forms import QUOTING_VERB, Window, agent, clause_subject, colon_name, quoted_as, with_verb
from .mentions import Cue, np_tokens
from .phrases import right_np
from .subjects import left_np
from .verbs import SENTENCE_BREAK, complement_of, set_off, that_clause, verb_ok
from .verbsubject import verb_subject
from .vocab import after_who, vocab

_DIRECT_WEAK = 40  # a weak verb (called, described) cues a quote only this close before it
# a verb inside an adverbial clause set off by commas (", when we asked whether it was meant to …:")
_ADVERBIAL_OPEN = re.compile(r",\s+(?:when|as|while|after|before|once|though|although)\s+[^,;:\u2592]*$")
_ADVERBIAL_CLOSE = re.compile(r"[^,;:\u2592]*[,:]\s*$")


_AND_THAT = re.compile(r",?\s+(?:and|but)\s+that\s")
_THAT = re.compile(r"\bthat\b")


def prefix(masked: str, sentence: Window, lo: int, q_start: int) -> Cue | None:
    v = vocab()
    colon = colon_name(masked, lo, q_start)
    if colon is not None:
        return colon
    for quoting in reversed(list(QUOTING_VERB.finditer(masked, sentence[0], q_start))):
        cue = quoted_as(masked, quoting, "prefix")  # X quoted Y as saying, although …: "…"
        if cue is not None:
            return cue
    joins = [j.start() for j in _AND_THAT.finditer(masked, lo, q_start)]  # once per quotation
    verbs = list(v.verb_re.finditer(masked, lo, q_start))
    set_off_verbs = [p for p in verbs if set_off(masked, p.start(), p.end())]  # once per quotation
    for m in reversed(verbs):
        if any(p.start() < m.start() and _AUXILIARIES.fullmatch(masked, p.end() + 1, m.start())
               for p in set_off_verbs):
            continue  # "Law enforcement agencies, he said, had been asking for the powers "…"": the
            # verb set off by commas reports the whole sentence, and the verb after is inside it
        joined = next((j for j in joins if j >= m.end()), None)
        word = m.group().lower()
        if joined is not None and _THAT.search(masked, m.end(), joined) is None \
                and (word in v.weak_verbs or word not in v.speech_verbs):
            continue  # "said that he had received calls from residents who believed …, and that he would
            # not "…"": a verb inside the first that-clause; the quote is in the second (a verb of saying
            # takes both: "said the units were running and that the plant would stay closed "…"")
        if OWN_QUOTE.match(masked, m.end(), q_start):
            continue  # "dismissed what supporters call a "gas tax holiday" as "…"": call has its own
        if _ADVERBIAL_OPEN.search(masked, max(sentence[0], m.start() - 80), m.start()) \
                and _ADVERBIAL_CLOSE.match(masked, m.end(), q_start):
            continue  # "insisted, when we asked whether …: "…"": the asking frames the main verb's words
        near = q_start - m.end() <= _DIRECT_WEAK or complement_of(masked, m, q_start) \
            or that_clause(masked, m, q_start)
        if not verb_ok(masked, m, near):
            by_agent = agent(masked, m, q_start)  # was praised by Jobs as "…"
            if by_agent is not None:
                return with_verb(by_agent, m, "prefix")
            continue
        if _not_saying(masked, m, q_start):
            continue
        cue = quoted_as(masked, m, "prefix") or _inverted(masked, lo, m, q_start) \
            or with_verb(verb_subject(masked, sentence, lo, m), m, "prefix")
        if cue is None and not masked[lo:m.start()].strip(" ,\n"):
            cue = with_verb(right_np(masked, m.end(), q_start), m, "prefix")
            if cue is None and lo > sentence[0]:  # A statement on X's website, the … "…", states: "…"
                cue = with_verb(clause_subject(masked, sentence[0], m.start()), m, "prefix")
        if cue is None:
            cue = with_verb(agent(masked, m, q_start), m, "prefix")
        if cue is not None:
            return _reporter(masked, sentence, lo, m) or _issuer(masked, lo, cue) or cue
    return None


def _inverted(masked: str, lo: int, m: re.Match[str], q_start: int) -> Cue | None:
    """``…, said Whitfield, who plans to celebrate … "…"``: a verb of saying after a comma with a
    name right after it, the name closing its clause, is inverted; its subject follows it (the words
    before are what was said). Not ``…, blasting Malloy``: a participle and its object."""
    if not masked[lo:m.start()].rstrip().endswith(",") or m.group().lower() not in vocab().invertible:
        return None
    if not masked[m.end():m.end() + 2].strip()[:1].isupper():
        return None
    cue = right_np(masked, m.end(), q_start)
    if cue is None or cue.kind != "name" or cue.mention is None or masked[m.end():cue.mention[0]].strip() \
            or masked[cue.mention[1]:cue.mention[1] + 1] not in (",", ".", ";"):
        return None  # not "A spokesman, X, said Mr. Yoon "…"": the name opens what was said
    return with_verb(cue, m, "prefix")


# "Her campaign released a 20-page policy document on Friday that called …": a verb of issuing right
# before the document's phrase
_ISSUED = re.compile(r"\b(?i:released|issued|published|posted|sent|filed|unveiled|circulated|distributed)\s+"
                     r"(?:(?i:a|an|the|its|their|his|her)\s+)?$")


def _issuer(masked: str, lo: int, cue: Cue) -> Cue | None:
    """A document that is the object of a verb of issuing says the words of the verb's subject
    (``Her campaign released a policy document that called …``); not one with its own source named
    (``a statement from X``)."""
    if cue.kind != "description" or cue.mention is None or cue.complement is not None \
            or cue.head not in vocab().document_nouns:
        return None
    issued = _ISSUED.search(masked, max(lo, cue.mention[0] - 30), cue.mention[0])
    who = left_np(masked, lo, issued.start()) if issued is not None else None
    if who is None or who.kind not in ("name", "description", "pronoun", "group"):
        return None
    return who._replace(verb=cue.verb, position=cue.position)


def _reporter(masked: str, sentence: Window, lo: int, m: re.Match[str]) -> Cue | None:
    """``Scoville said the department had concluded that "…"``: a verb other than one of saying,
    inside the clause a verb of saying reports, quotes the words of that verb's subject (a name or a
    pronoun): the one who says it."""
    v = vocab()
    if m.group().lower() in v.saying_verbs or _relative_subject(masked, lo, m):
        return None
    joined = _AND_THAT.match(masked, lo) is not None  # "told … that it was "…" and that China hoped …":
    scan = sentence[0] if joined else lo  # the second that-clause of the verb that reports the first
    for say in reversed(list(v.verb_re.finditer(masked, scan, m.start()))):
        if say.group().lower() not in v.saying_verbs:
            continue
        between = masked[say.end():m.start()]
        if joined:
            between = between.replace("\u2592", "")
        between = _AND_THAT.sub(" ", between)  # "said the company would …, and that it hoped": one report
        if SENTENCE_BREAK.search(between) or "," in between:
            return None
        outer = verb_subject(masked, sentence, scan, say)
        if outer is not None and outer.kind != "group" and outer.mention is not None:
            return with_verb(outer, say, "prefix")
        return None
    return None


def _relative_subject(masked: str, lo: int, m: re.Match[str]) -> bool:
    """The verb's subject is ``who`` (``cites a civil servant who told MPs that …``, ``heard from a
    nurse who described …``): a relative clause tells of a noun of the outer clause, which it does
    not report."""
    return after_who([t.low for t in np_tokens(masked, max(lo, m.start() - 50), m.start())])


# a quotation right after a verb (past an article or a pronoun) is its own
OWN_QUOTE = re.compile(r"\s+(?:(?:a|an|the|it|them|this|that|his|her|its|their)\s+)?\u2592")
_ADD_TO = re.compile(r"[^\s]*\s+to\s")  # the quote, then "to": "could add "a few tenths" to inflation"
_ADDED_TO = re.compile(r"\s+(?:[\w$£€.,'’-]+\s+){1,6}?to\s+[^\u2592]*$")  # an object, then "to"
# between a verb set off by commas and the verb of its host clause, only what the verb's own phrase
# holds ("…, he said, had long been asking"): no subject of another clause ("…, the report said, and
# his counsel told", "…, the UN said, in what the envoy described as")
_AUXILIARIES = re.compile(r"\s*(?:(?:had|has|have|been|be|was|were|is|are|would|will|could|should|may|"
                          r"might|must|not|also|still|already|never|[a-z]+ly)\s+)*")
_READ_AS = re.compile(r"\s+\S.*\s+as\s*$")  # "would read the ruling as "…"": an object, then "as"


def _not_saying(masked: str, m: re.Match[str], q_start: int) -> bool:
    """``add`` and ``read`` in their other senses: ``add "…" to`` increases, ``read X as "…"``
    interprets; neither says the quoted words."""
    word = m.group().lower()
    if word in ("add", "adds", "added", "adding"):  # not "added that X had "at least tried" to fix"
        if that_clause(masked, m, q_start) or set_off(masked, m.start(), m.end()):
            return False  # "Results, he added, would be uploaded "in real time" to": a verb set off by
            # commas with its subject reports the sentence, and takes no object
        # "add "…" to", "had added billions of dollars to health transfers and "…"": an increase
        return _ADD_TO.match(masked, q_start) is not None \
            or _ADDED_TO.match(masked, m.end(), q_start) is not None
    if word in ("read", "reads"):
        return _READ_AS.match(masked[m.end():q_start]) is not None
    return False
