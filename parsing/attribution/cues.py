"""Attribution cues: the speech verb (or ``according to``) of a quote and the mention it points at.

Works on the *masked* text (every quote blanked out, offsets unchanged) so that words inside quotes
are never taken for cues. Positions tried, in order: right after the quote (``"…," X said``, ``"…,"
said X``, ``"…" the readout notes``), the clause before it (``X said: "…"``, ``X said in a statement
that … "…"``, ``In a statement, X said``, ``Name: "…"``), ``according to X``, and a verb later in the
sentence (``"…," or if …, he added``). ``X quoted Y as saying`` gives Y.
"""

from __future__ import annotations

import re

from ..temporal.vocab import vocab as time_words
from . import grammar as G
from .asides import as_put_it, chant
from .forms import (
    QUOTING_VERB,
    Window,
    absolute_np,
    absolute_subject,
    agent,
    byline,
    clause_subject,
    colon_name,
    introduced,
    quoted_as,
    quoted_predicate,
    with_verb,
)
from .marks import MARKS
from .mentions import AGENTIVE, Cue, describe, np_tokens
from .names import Tok, is_cap
from .sources import opening_source, source
from .subjects import left_np, right_np
from .verbs import SENTENCE_BREAK, complement_of, is_participle, noun_before_verb, that_clause, verb_ok
from .vocab import skippable, vocab

_REACH = 400  # characters before and after a quote searched for its cue
_DIRECT_WEAK = 40  # a weak verb (called, described) cues a quote only this close before it
# the last adverbial clause before a participle, with no comma after its opener's clause
_OPENERS = r"(?:when|as|while|after|before|because|until)"
_LAST_SUBORDINATE = re.compile(rf"\b{_OPENERS}\s+(?![^,;:\u2592]*\b{_OPENERS}\s)(?=[^,;:\u2592]+$)")
_ING_BEFORE = re.compile(r"\b[a-z]{3,}ing\s+$")  # a participle that governs the that-clause
# the last that-clause of a sentence, closed by a comma (before a participle)
_LAST_THAT = re.compile(r"\bthat\s+(?!.*\bthat\s)(?=[^,;:\u2592]+,)")
_TIME_WORDS = frozenset({"day", "week", "weekend", "month", "year", "morning", "afternoon", "evening",
                         "night"})
_TIME_PREPS = frozenset({"on", "in", "at", "during", "last", "this", "earlier", "late", "early"})


# a verb inside an adverbial clause set off by commas (", when we asked whether it was meant to …:")
_ADVERBIAL_OPEN = re.compile(r",\s+(?:when|as|while|after|before|once|though|although)\s+[^,;:\u2592]*$")
_ADVERBIAL_CLOSE = re.compile(r"[^,;:\u2592]*[,:]\s*$")


def _subject(masked: str, sentence: Window, lo: int, m: re.Match[str]) -> Cue | None:
    """The subject of ``m``: the NP before it, or the clause subject for ``…, saying`` / ``… and said``."""
    words = _without_time(np_tokens(masked, lo, m.start()))
    toks = list(words)
    while toks and skippable(toks[-1].low):
        toks.pop()
    participle = is_participle(m)
    weekdays = time_words().weekdays
    while participle and len(toks) > 1 and toks[-1].text in weekdays:
        toks.pop()  # "sent a memo to agency heads Friday telling them": the day is no subject of telling
    if participle and (absolute := absolute_subject(masked, sentence[0], m.start())) is not None:
        return absolute  # "with the committee's chairman accusing …"
    if len(toks) > 1 and toks[-1].low == "to" and not participle:  # "prompting a Labour backbencher
        agent_of = left_np(masked, lo, toks[-1].start)  # to shout back": the infinitive's subject
        if agent_of is not None and agent_of.kind != "pronoun" and toks[-2].low not in G.NP_STOP:
            return agent_of
    documents = vocab().document_nouns
    adjacent = bool(toks) and (is_cap(toks[-1]) or toks[-1].low in G.PRONOUNS or (  # a message stating,
        participle and (toks[-1].bare in documents or toks[-1].bare in vocab().group_nouns
                        or absolute_np(masked, toks, m.start())))) and all(  # …, the government recommending
        skippable(w.lower()) for w in masked[toks[-1].end:m.start()].split())  # supporters began chanting
    coordinated = bool(toks) and (toks[-1].low in ("and", "but") or (
        toks[-1].low not in G.PRONOUNS and toks[-1].bare not in vocab().known_heads
        and any(t.low in ("and", "but") for t in toks[-3:]) and not any(is_cap(t) for t in toks[-3:])))
    if (participle and not adjacent) or coordinated:  # …, saying / … and several times described
        sayer = _sayer_before(masked, sentence, m) if participle else None
        if sayer is not None:  # "…," the communique said, adding that Honduras "…"
            return sayer
        if participle:  # "Records show that the board recommended against it, citing …": the board
            that = _LAST_THAT.search(masked, sentence[0], m.start())
            if that is not None and _ING_BEFORE.search(masked, max(0, that.start() - 20), that.start()):
                that = None  # "asking that Hartigan make a statement, arguing …": both the subject's
            inner = clause_subject(masked, that.end(), m.start()) if that is not None else None
            if inner is not None and inner.kind in ("name", "description") and inner.mention is not None \
                    and masked[inner.mention[1]:m.start()].strip(" ,"):  # not "disputed that account,
                return inner  # saying": "that" before a noun and no verb is a determiner
            sub = _LAST_SUBORDINATE.search(masked, sentence[0], m.start())
            inner = clause_subject(masked, sub.end(), m.start()) if sub is not None else None
            if inner is not None and (inner.kind in ("name", "pronoun") or _someone(inner)):
                return inner  # "was derailed when a heckler charged towards the stage yelling …": the heckler
        return clause_subject(masked, sentence[0], m.start())
    found = left_np(masked, lo, m.start(), words)
    if participle and found is not None and found.kind == "description" and found.head in documents:
        issuer = clause_subject(masked, sentence[0], m.start())  # X released a statement saying "…"
        if issuer is not None and (issuer.kind in ("name", "pronoun") or issuer.complement is not None) and (
                issuer.mention is None or found.mention is None or issuer.mention[1] <= found.mention[0]):
            return issuer
    return found


def _sayer_before(masked: str, sentence: Window, m: re.Match[str]) -> Cue | None:
    """``"…," the communique said, adding that …``, ``"…," said Ruiz, adding``: a participle right after
    the verb of saying that attributes a quotation has that verb's subject."""
    v = vocab()
    say = None
    for found in v.verb_re.finditer(masked, sentence[0], m.start()):
        say = found
    if say is None or say.group().lower() not in v.saying_verbs:
        return None
    between = masked[say.end():m.start()]
    head = masked[sentence[0]:say.start()]
    quote_end = head.rfind("\u2592") + 1
    if not quote_end:
        return None
    if between.strip() == ",":
        cue = left_np(masked, sentence[0] + quote_end, say.start())
    elif not head[quote_end:].strip(" ,") and between.rstrip().endswith(","):
        cue = right_np(masked, say.end(), m.start())
    else:
        return None
    return cue if cue is not None and cue.kind != "group" else None


def _someone(cue: Cue) -> bool:
    """A description of a person or a group of people (``a heckler``, ``the protesters``), not of a
    thing (``the race``)."""
    v = vocab()
    return cue.kind in ("description", "group") and (
        cue.head in v.role_nouns or cue.head in v.group_nouns or cue.head.endswith(AGENTIVE))


def _without_time(toks: list[Tok]) -> list[Tok]:
    """A subject without the time adverbial between it and its verb (``Mark Ellison on Wednesday``,
    ``Smith late last week``)."""
    v = vocab()
    i = len(toks)
    while i > 0 and (toks[i - 1].bare in v.stopwords or toks[i - 1].low in _TIME_WORDS
                     or toks[i - 1].low.isdigit()) and toks[i - 1].low not in G.PRONOUNS \
            and toks[i - 1].low not in _TIME_PREPS:
        i -= 1
    k = i
    while k > 0 and toks[k - 1].low in _TIME_PREPS:
        k -= 1
    if i == len(toks) or k == i or k == 0 or not is_cap(toks[k - 1]):
        return toks
    return toks[:k]


def _ends_sentence(masked: str, sentence: Window, q_start: int, q_end: int, inner_end: str) -> bool:
    """An embedded quote that closes its sentence (``dismissed it as "a stunt." He then …``): what
    follows is the next sentence, not the quote's attribution."""
    if inner_end not in ".!?":
        return False
    lead = masked[sentence[0]:q_start].strip()
    follow = masked[q_end:q_end + 3].lstrip()
    return bool(lead) and not lead.endswith((":", ",")) and follow[:1].isupper()


def _immediate_tail(masked: str, sentence: Window, q_end: int, hi: int, inner_end: str) -> Cue | None:
    v = vocab()
    for m in v.verb_re.finditer(masked, q_end, hi):
        between = masked[q_end:m.start()]
        if m.group().lower() in v.characterising and between.lstrip()[:1] in ("—", "–", "-"):
            return None  # "“landlords' candidates” — a label both have rejected —": its object, no cue
        if not verb_ok(masked, m, True):
            if noun_before_verb(masked, m):
                continue  # "…," the report said: "report" heads the subject, "said" is the verb
            return None
        if between.strip(" ,;—–-\n") and _OWN_QUOTE.match(masked, m.end()):
            return None  # "…," and Kolstad called it "…": the verb has its own quotation
        quoted = quoted_as(masked, m, "tail")
        if quoted is not None:
            return quoted
        participle = is_participle(m)
        if not between.strip(" ,;—–-\n"):
            if participle:
                return with_verb(clause_subject(masked, sentence[0], q_end), m, "tail")
            return with_verb(right_np(masked, m.end(), hi), m, "tail")
        punctuated = inner_end in ",!?—–-." or between.lstrip()[:1] in (",", "—", "–", "-")
        if not punctuated and not (_closes_sentence(masked, m.end(), hi) and _bare_subject(masked, q_end, m)):
            return None  # "an “empty” escalation" goes on; "“…” she said." is attributed
        toks = np_tokens(masked, q_end, m.start())
        while toks and skippable(toks[-1].low):
            toks.pop()
        commas = between.count(",") - (1 if between.lstrip().startswith(",") else 0)
        limit = 5 if inner_end == "." else 9 if commas == 0 else 16
        if not toks or len(toks) > limit or "." in between.strip().rstrip(".") or participle:
            return None
        roles = vocab().role_nouns  # "an adviser to the minister": "to" after a role opens its complement
        if (commas == 0 or inner_end == ".") and any(
                t.low in G.NP_STOP and t.low != "and"
                and not (t.low == "to" and k and toks[k - 1].bare in roles) for k, t in enumerate(toks)):
            return None
        if inner_end == "." and commas:
            return None
        if any(t.low in G.SUBORDINATORS for t in toks):
            return None  # "…" -- and only later, when a magazine cited it: another clause's verb
        if any(t.low.endswith("ing") and not is_cap(t) for t in toks):
            return None
        return with_verb(left_np(masked, q_end, m.start()), m, "tail")
    return None


def _closes_sentence(masked: str, pos: int, hi: int) -> bool:
    rest = masked[pos:min(hi, pos + 3)].lstrip(" ")
    return not rest or rest[0] in ".,;!?\n"


def _bare_subject(masked: str, q_end: int, m: re.Match[str]) -> bool:
    """Only a pronoun or a short name stands between the quote and the verb."""
    toks = np_tokens(masked, q_end, m.start())
    cue = describe(masked, toks) if 0 < len(toks) <= 4 and "," not in masked[q_end:m.start()] else None
    return cue is not None and cue.kind in ("pronoun", "name") and cue.mention is not None and \
        cue.mention[0] == toks[0].start


def _prefix(masked: str, sentence: Window, lo: int, q_start: int) -> Cue | None:
    v = vocab()
    colon = colon_name(masked, lo, q_start)
    if colon is not None:
        return colon
    for quoting in reversed(list(QUOTING_VERB.finditer(masked, sentence[0], q_start))):
        cue = quoted_as(masked, quoting, "prefix")  # X quoted Y as saying, although …: "…"
        if cue is not None:
            return cue
    for m in reversed(list(v.verb_re.finditer(masked, lo, q_start))):
        if _OWN_QUOTE.match(masked, m.end(), q_start):
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
        cue = quoted_as(masked, m, "prefix") or with_verb(_subject(masked, sentence, lo, m), m, "prefix")
        if cue is None and not masked[lo:m.start()].strip(" ,\n"):
            cue = with_verb(right_np(masked, m.end(), q_start), m, "prefix")
            if cue is None and lo > sentence[0]:  # A statement on X's website, the … "…", states: "…"
                cue = with_verb(clause_subject(masked, sentence[0], m.start()), m, "prefix")
        if cue is None:
            cue = with_verb(agent(masked, m, q_start), m, "prefix")
        if cue is not None:
            return _reporter(masked, sentence, lo, m) or cue
    return None


def _reporter(masked: str, sentence: Window, lo: int, m: re.Match[str]) -> Cue | None:
    """``Scoville said the department had concluded that "…"``: a verb other than one of saying,
    inside the clause a verb of saying reports, quotes the words of that verb's subject (a name or a
    pronoun): the one who says it."""
    v = vocab()
    if m.group().lower() in v.saying_verbs:
        return None
    for say in reversed(list(v.verb_re.finditer(masked, lo, m.start()))):
        if say.group().lower() not in v.saying_verbs:
            continue
        if SENTENCE_BREAK.search(masked, say.end(), m.start()) or "," in masked[say.end():m.start()]:
            return None
        outer = _subject(masked, sentence, lo, say)
        if outer is not None and outer.kind != "group" and outer.mention is not None:
            return with_verb(outer, say, "prefix")
        return None
    return None


# a quotation right after a verb (past an article or a pronoun) is its own
_OWN_QUOTE = re.compile(r"\s+(?:(?:a|an|the|it|them|this|that|his|her|its|their)\s+)?\u2592")
_ADD_TO = re.compile(r"[^\s]*\s+to\s")  # the quote, then "to": "could add "a few tenths" to inflation"
_READ_AS = re.compile(r"\s+\S.*\s+as\s*$")  # "would read the ruling as "…"": an object, then "as"


def _not_saying(masked: str, m: re.Match[str], q_start: int) -> bool:
    """``add`` and ``read`` in their other senses: ``add "…" to`` increases, ``read X as "…"``
    interprets; neither says the quoted words."""
    word = m.group().lower()
    if word in ("add", "adds", "added", "adding"):
        return _ADD_TO.match(masked, q_start) is not None
    if word in ("read", "reads"):
        return _READ_AS.match(masked[m.end():q_start]) is not None
    return False


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
    return None


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
    aside = chant(masked, lo, hi, q_start, q_end) or as_put_it(masked, start, q_start)
    if aside is not None:
        return aside
    opening = sourced = opening_source(masked, sentence, q_start)
    own = _prefix(masked, sentence, start, q_start) if sourced is not None else None
    if own is not None and own.kind in ("name", "pronoun") and own.verb is not None \
            and not masked[own.verb[1]:q_start].strip(" ,:"):
        opening = None  # "According to the affidavit, Harwood replied, "…"": the source tells of his words
        # (not "According to a diplomat, Lindahl opened by saying his country would "…"": the diplomat's)
    return ((None if closed else _immediate_tail(masked, sentence, q_end, hi, inner_end))
            or byline(masked, q_end, hi, inner_end)
            or opening
            or (own if sourced is not None else _prefix(masked, sentence, start, q_start))
            or source(masked, start, q_start)
            or source(masked, q_end, hi)
            or _distant_tail(masked, q_end, hi)
            or quoted_predicate(text, masked, lo, q_start, q_end)
            or introduced(masked, lo, q_start))
