"""The subject of a verb of saying before a quotation: the noun phrase before it, past a time
adverbial (``Mark Ellison on Wednesday said``) and a weekday before a participle; for ``…, saying`` or
``… and said`` the clause's own subject, the sayer of a quotation the participle follows, or the
subject of a that-clause or an adverbial clause the participle ends; and a document's issuer (``X
released a statement saying``)."""

from __future__ import annotations

import re

from ..temporal.vocab import vocab as time_words
from . import grammar as G
from .forms import Window, absolute_np, absolute_subject, clause_subject
from .mentions import AGENTIVE, Cue, describe, np_tokens
from .names import Tok, is_cap, split_commas
from .phrases import right_np
from .subjects import left_np
from .verbs import is_participle, saying_before, verb_ok
from .vocab import TIME_PREPS, TIME_WORDS, skippable, vocab

# the last adverbial clause before a participle, with no comma after its opener's clause
_OPENERS = r"(?:when|as|while|after|before|because|until)"
_CONJOINED = re.compile(r",\s+(?:and|but)\s+(?=[A-Z]|(?:he|she|they)\s)")
_LAST_SUBORDINATE = re.compile(rf"\b{_OPENERS}\s+(?![^,;:\u2592]*\b{_OPENERS}\s)(?=[^,;:\u2592]+$)")
_ING_BEFORE = re.compile(r"\b[a-z]{3,}ing\s+$")  # a participle that governs the that-clause
# a that-clause in which no one says anything: a demand made of someone ("recommended that shareholders
# reject") or a noun's content ("rejected suggestions that Van Dalen had been pushed out")
_NO_SAYER_THAT = re.compile(r"\b(?:(?:recommend|urge|ask|demand|propose|request|require|order|direct)"
                            r"(?:s|ed|d)?|(?:suggestion|claim|report|allegation|accusation|fear|idea|notion|assertion"
                            r"|rumou?r|charge|speculation|criticism|belief|view|impression|concern)s?)\s+$")
_SAID_THAT = re.compile(r"\b([a-z]+)\s+$")  # the verb a that-clause is the object of ("denied that")
# the last that-clause of a sentence, closed by a comma (before a participle)
_LAST_THAT = re.compile(r"\bthat\s+(?!.*\bthat\s)(?=[^,;:\u2592]+,)")


def verb_subject(masked: str, sentence: Window, lo: int, m: re.Match[str]) -> Cue | None:
    """The subject of ``m``: the NP before it, or the clause subject for ``…, saying`` / ``… and said``."""
    words = _without_time(np_tokens(masked, lo, m.start()))
    toks = list(words)
    while toks and skippable(toks[-1].text):
        toks.pop()
    participle = is_participle(m)
    weekdays = time_words().weekdays
    while participle and len(toks) > 1 and toks[-1].text in weekdays:
        toks.pop()  # "sent a memo to agency heads Friday telling them": the day is no subject of telling
    if participle and (absolute := absolute_subject(masked, sentence[0], m.start())) is not None:
        return absolute  # "with the committee's chairman accusing …"
    if len(toks) > 1 and toks[-1].low == "to" and not participle:  # "prompting a Labour backbencher
        first = _first_infinitive(masked, toks)  # "to come before parliament … to explain": the first
        teller = _telling_verb(toks[:first + 1])  # "She warned councilors to expect …": the one who warned
        if teller is not None:
            return left_np(masked, lo, toks[teller].start)
        agent_of = left_np(masked, lo, toks[first].start)  # to shout back": the infinitive's subject
        if agent_of is not None and agent_of.kind == "description" and (
                agent_of.head in vocab().document_nouns or agent_of.head in _OCCASIONS):
            return clause_subject(masked, sentence[0], m.start())  # "used the speech to announce": his
        if agent_of is not None and agent_of.kind != "pronoun" and toks[first - 1].low not in G.NP_STOP:
            return agent_of
        if agent_of is None:  # "…, and Tolliver paused once to say": no object before "to"; the
            controller = _controller(masked, lo, toks, first)  # subject of the verb it follows says it
            if controller is not None:
                return controller
    documents = vocab().document_nouns
    adjacent = bool(toks) and (is_cap(toks[-1]) or toks[-1].low in G.PRONOUNS or (  # a message stating,
        participle and (toks[-1].bare in documents or toks[-1].bare in vocab().group_nouns
                        or absolute_np(masked, toks, m.start())))) and all(  # …, the government recommending
        skippable(w) for w in masked[toks[-1].end:m.start()].split())  # supporters began chanting
    coordinated = bool(toks) and (toks[-1].low in ("and", "but") or (
        toks[-1].low not in G.PRONOUNS and toks[-1].low not in ("who", "which")  # "and who said": its own
        and toks[-1].bare not in vocab().known_heads
        and any(t.low in ("and", "but") for t in toks[-3:]) and not any(is_cap(t) for t in toks[-3:])))
    if (participle and not adjacent) or coordinated:  # …, saying / … and several times described
        sayer = _sayer_before(masked, sentence, m) if participle else _first_conjunct(masked, sentence, lo, m)
        if sayer is not None:  # "…," the communique said, adding that Honduras "…"
            return sayer
        if participle:  # "Records show that the board recommended against it, citing …": the board
            that = _LAST_THAT.search(masked, sentence[0], m.start())
            if that is not None and (
                    _ING_BEFORE.search(masked, max(0, that.start() - 20), that.start())
                    or _NO_SAYER_THAT.search(masked, max(0, that.start() - 16), that.start())):
                that = None  # "asking that Hartigan make a statement, arguing …": both the subject's; so
                # "recommended that shareholders reject the offer, calling it …": a demand; no one in it says
            main = _sayer_of_that(masked, sentence[0], that.start()) if that is not None else None
            if main is not None:
                return main  # "Lindgren denied that the office had offered him anything, calling …": his
            inner = clause_subject(masked, that.end(), m.start()) if that is not None else None
            if inner is not None and inner.kind in ("name", "description") and inner.mention is not None \
                    and masked[inner.mention[1]:m.start()].strip(" ,"):  # not "disputed that account,
                return inner  # saying": "that" before a noun and no verb is a determiner
            sub = _LAST_SUBORDINATE.search(masked, sentence[0], m.start())
            inner = clause_subject(masked, sub.end(), m.start()) if sub is not None else None
            if inner is not None and (inner.kind in ("name", "pronoun") or _someone(inner)):
                return inner  # "was derailed when a heckler charged towards the stage yelling …": the heckler
            joined = list(_CONJOINED.finditer(masked, sentence[0], m.start()))  # a clause joined to the
            inner = clause_subject(masked, joined[-1].end(), m.start()) if joined else None  # first
            if inner is not None and inner.kind in ("name", "pronoun") and inner.mention is not None:
                return inner  # "Most members voted no, and Rep. Greer filed a motion, accusing him …": hers
        return clause_subject(masked, sentence[0], m.start())
    sender = None if participle else _sender(masked, toks)
    if sender is not None:
        return sender  # "One internal email …, sent by a vice president in 2021, described"
    found = left_np(masked, lo, m.start(), words)
    if participle and found is not None and found.kind == "description" and found.head in documents:
        issuer = clause_subject(masked, sentence[0], m.start())  # X released a statement saying "…"
        if issuer is not None and (issuer.kind in ("name", "pronoun") or issuer.complement is not None) and (
                issuer.mention is None or found.mention is None or issuer.mention[1] <= found.mention[0]):
            return issuer
    return found


def _first_conjunct(masked: str, sentence: Window, lo: int, m: re.Match[str]) -> Cue | None:
    """``X said the parties were "…" and accused some of them of "…"``: a verb coordinated with a verb
    of saying before it in the sentence shares that verb's subject."""
    before = [s for s in saying_before(masked, sentence[0], m.start()) if verb_ok(masked, s, True)] or [
        s for s in vocab().verb_re.finditer(masked, sentence[0], m.start())  # "X hailed the deal as "…" …,
        if s.group().lower() in vocab().characterising and verb_ok(masked, s, True)]  # and said …"
    if not before:
        return None
    first = verb_subject(masked, sentence, sentence[0], before[-1])
    return first if first is not None and first.kind in ("name", "pronoun") else None


def _sender(masked: str, toks: list[Tok]) -> Cue | None:
    """``One internal email cited in the lawsuit, sent by a Brightpath vice president in 2021,``: a
    document set beside who sent or wrote it says their words; the one named after ``by``."""
    segments = split_commas(masked, toks)
    if len(segments) < 2 or len(segments[-1]) < 3 or segments[-1][0].low not in vocab().authoring \
            or segments[-1][1].low != "by":
        return None
    head = describe(masked, segments[-2][:next((i for i, t in enumerate(segments[-2]) if i > 0 and (
        t.low.endswith("ed") or t.low in G.PREPOSITIONS)), len(segments[-2]))])
    if head is None or head.kind != "description" or head.head not in vocab().document_nouns:
        return None
    by = segments[-1][2:]
    whole = describe(masked, by)  # "by chief of staff Dana Ruiz": the name; else the phrase up to a
    if whole is not None and whole.kind == "name":  # preposition ("by a vice president in 2021")
        return whole
    end = next((i for i, t in enumerate(by) if i > 0 and t.low in G.PREPOSITIONS), len(by))
    return describe(masked, by[:end])


_OBJECT_WORDS = 4
# what someone uses or takes to say something, never its sayer ("used the occasion to announce"), with
# the document nouns (a speech, an address, an interview)
_OCCASIONS = frozenset("occasion opportunity moment platform appearance remarks chance visit".split())


_CONTROL_WORDS = 3  # the verb and an adverb or two ("paused once", "went on")


def _controller(masked: str, lo: int, toks: list[Tok], first: int) -> Cue | None:
    """The subject of the verb an infinitive follows with no object between (``Tolliver, who …, paused
    once to say``, ``She rose to reply``): a name or a pronoun before that verb, a word or two back."""
    for j in range(first - 1, max(0, first - _CONTROL_WORDS) - 1, -1):
        if not toks[j].text.islower():
            return None
        found = left_np(masked, lo, toks[j].start)
        if found is not None:
            return found if found.kind in ("name", "pronoun") else None
    return None


def _first_infinitive(masked: str, toks: list[Tok]) -> int:
    """The index of the first ``to`` of the chain of infinitives ``toks`` ends in, within one clause
    (``prompted a backbencher to stand up in the chamber to shout``: the first ``to``; its subject is
    the one before it, not the chamber; not ``rose to reply, prompting a backbencher to shout``)."""
    first = len(toks) - 1
    while (earlier := next((j for j in range(first - 1, max(0, first - _CHAIN_WORDS), -1)
                            if toks[j].low == "to"), None)) is not None \
            and not _CLAUSE_BREAK.search(masked, toks[earlier].end, toks[first].start):
        first = earlier
    return first


_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]")
_CHAIN_WORDS = 9  # words of an infinitive's phrase before the next "to" of its chain


def _telling_verb(toks: list[Tok]) -> int | None:
    """``warned councilors to``, ``urged lawmakers to``: a speech verb, its object (a few words, no
    name's capital needed) and the ``to`` at the end of ``toks``; the verb's index. Its subject tells
    the infinitive's subject what to do, in its own words; not ``prompting a backbencher to``."""
    v = vocab()
    for k in range(len(toks) - 2, max(-1, len(toks) - 3 - _OBJECT_WORDS), -1):
        if toks[k].low in v.speech_verbs and toks[k].low not in v.weak_verbs and toks[k].text.islower():
            return k if k < len(toks) - 2 else None
        if toks[k].low in ("on", "upon") and k > 0 and toks[k - 1].low in _CALLED:
            return k - 1 if k - 1 < len(toks) - 2 else None  # "called on the minister to explain"
        if toks[k].low in G.NP_STOP and toks[k].low not in G.DETERMINERS:
            return None
    return None


_CALLED = frozenset(("called", "calls", "call", "calling"))  # "call on someone to do": urge them


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
    if not quote_end:  # "The deficit will be larger, Gregory Sauvé said Tuesday, warning": a reported
        clause_end = head.rfind(",") + 1  # clause set before its sayer, unquoted
        if not clause_end or not _said_when(between):
            return None
        return left_np(masked, sentence[0] + clause_end, say.start())
    if between.strip() == ",":
        cue = left_np(masked, sentence[0] + quote_end, say.start())
    elif not head[quote_end:].strip(" ,") and between.rstrip().endswith(","):
        cue = right_np(masked, say.end(), m.start())
    else:
        return None
    return cue if cue is not None and cue.kind != "group" else None


def _said_when(between: str) -> bool:
    """Only a comma, or the day of saying and a comma, between a verb of saying and a participle
    (``said Tuesday, warning``)."""
    words = between.strip().rstrip(",").split()
    return between.rstrip().endswith(",") and len(words) <= 2 and all(
        w in time_words().weekdays or w.lower() in TIME_PREPS or w.lower() in ("yesterday", "today")
        for w in words)


def _sayer_of_that(masked: str, lo: int, that: int) -> Cue | None:
    """The one named (or a personal pronoun) whose verb of saying a that-clause is the object of
    (``Lindgren denied that …``): a participle after the that-clause tells of their act; not where
    the verb tells of no saying (``Records show that the board …, citing``)."""
    verb = _SAID_THAT.search(masked, max(lo, that - 20), that)
    if verb is None or verb.group(1).lower() not in vocab().speech_verbs:
        return None
    main = clause_subject(masked, lo, that)
    named = main is not None and (main.kind == "name" or (
        main.kind == "pronoun" and main.head in vocab().person_pronouns))
    return main if named else None


def _someone(cue: Cue) -> bool:
    """A description of a person or a group of people (``a heckler``, ``the protesters``), not of a
    thing (``the race``)."""
    v = vocab()
    return cue.kind in ("description", "group") and (
        cue.head in v.role_nouns or cue.head in v.group_nouns or cue.head.endswith(AGENTIVE))


def _without_time(toks: list[Tok]) -> list[Tok]:
    """A subject without the time adverbial between it and its verb (``Mark Ellison on Wednesday``,
    ``Smith late last week``, ``A consultant's report at the time``)."""
    v = vocab()
    i = len(toks)
    while i > 0 and (toks[i - 1].bare in v.stopwords or toks[i - 1].low in TIME_WORDS
                     or toks[i - 1].low.isdigit()) and toks[i - 1].low not in G.PRONOUNS \
            and toks[i - 1].low not in TIME_PREPS and toks[i - 1].low not in ("and", "but", "to"):
        i -= 1  # not "…, and said": the conjunction tells the verb shares a subject before; nor the
        # "to" of an infinitive ("used her address … on Tuesday to demand")
    k = i
    while k > 0 and toks[k - 1].low in TIME_PREPS:
        k -= 1
    if i == len(toks) or k == i or k == 0 or not (
            is_cap(toks[k - 1]) or toks[k - 1].low == "who" or toks[k - 1].bare in vocab().known_heads):
        return toks
    return toks[:k]
