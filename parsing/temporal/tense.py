"""Which way a relative expression points: the tense cue nearest to it in its sentence.

A sentence's cues are found once (``cues.find_cues``), on first use.
"""

from __future__ import annotations

import re

from ..model import Span
from .bound import bound_deadline
from .clauses import first_mark, last_mark
from .cues import FUTURE, PAST, SINGULAR_PRONOUNS, UNKNOWN, find_cues
from .sentences import quoted
from .wordclass import NAMING

__all__ = ["FUTURE", "PAST", "PERFECT", "SINGULAR_PRONOUNS", "UNKNOWN", "Tense"]

_DID = frozenset(("did", "didn't", "didn’t"))
# right before a verb (or its auxiliary): a second conjunct
_CONJUNCTION = re.compile(r"\s(?:and|but)\s+(?:(?:is|are|was|were|has|have|had|now|also)\s+)?$")
_IF = re.compile(r"[\s\"“‘(]*(?i:if|unless)\b")
# a participle after a present auxiliary: "has not succeeded", "is reached", "have been told"
_PRESENT_AUX = re.compile(r"\b(?i:is|are|has|have)\s+(?:(?i:not|yet|already|been)\s+)*$")
PERFECT = frozenset(("has", "have", "'ve", "’ve"))
_IF_AFTER = re.compile(r"\b(?:if|unless)\s")  # a condition after the time opens a clause of its own
# a conjunct set in the present by "now" ("pared bets … and now see the first move coming in June"):
# the past verb of the conjunct before it does not reach past it
_NOW_CONJUNCT = re.compile(r"\b(?:and|but)\s+now\s+[a-z]+")
_THAT = re.compile(r"\b(?:that|what|which|whether)\b")  # a clause of its own opens after it
_PARTICIPLE_AFTER = re.compile(r",\s+[a-z]{2,}ing\s")  # "…, replacing capacity lost in": its own clause
_UNTIL = re.compile(r"(?i:until|till)\b")
# "Until July, residents spoke freely": "until" opening the sentence bounds the main clause after
# the comma, whose verb tells which way the time lies; the preposition itself points nowhere
_FRONTED = re.compile(r"[\s\"“‘(]*")
# "a third currency, provisionally named the peso, to pay wages from January": a participle that opens
# an aside after a noun is a reduced relative with no tense of its own for a time past the aside
_ASIDE_OPENS = re.compile(r"[a-z”\"’']\s*,\s+(?:[a-z]+ly\s+)?$")
_DETERMINER_AFTER = re.compile(r"\s+(?i:a|an|the|its|their|his|her|this|these|those|our|my)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?i:a|an|the|its|their)\s+$")
# "has continued until", "stays closed until", "is to remain until": a state that runs on, no past
_LINKED = re.compile(r"\b(?:has|have|is|are|be|been|stays?|remains?|will|would|to)\s+$")
_HAVE = frozenset(("has", "have", "had"))  # "candidates have until Aug. 22": possession, not a past
# a past state: a be-form and a participle or an adjective ("were open"), not "was to"
_PAST_BE = re.compile(r"(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?!to\b)[a-z]+\b")
# between a past verb and "until": nothing, its object ("held much of its strength until") or an aside
_OBJECT_UNTIL = re.compile(r"\s*(?:(?:out|on|up|off|back|down|over|away|around)\s+)?"  # "held out until"
                           r"(?:[a-z]{2,}ly\s+)?"  # "spoke freely until": a manner adverb
                           r"(?:(?:the|a|an|its|his|her|their|much|most|some|all|both|many)\s+(?:of\s+)?"
                           r"(?:(?:the|its|his|her|their)\s+)?(?!to\b)[a-z]+\s+(?:(?!to\b)[a-z]+\s+)?)?"
                           r"(?:,\s+[a-z][^,.;]{0,40},\s+)?"  # "continued, with brief pauses, until"
                           # "ran from November until", "from 2 a.m. until"
                           r"(?:(?i:from)\s+(?:[^,.;]|[ap]\.m\.){1,30}?\s+)?")
# a past verb the expression follows at once ("the justices elected on Sunday will take office"): the
# day is that verb's, not the main verb's after the subject it ends
_ADJACENT = re.compile(r"\s+(?:(?:early|late)\s+)?(?:(?:on|in|at)\s+)?")
_INFINITIVE = re.compile(r"\s+to\s+[a-z]+\b")
# verbs that commit their subject to what the infinitive after them says: it is still to come
_COMMISSIVE = frozenset(("promised", "pledged", "vowed", "agreed", "offered", "threatened", "undertook"))
_REPORTING = frozenset(("said", "says", "told", "tells"))  # their time is the telling, not the words'


class Tense:
    """Tense cues of one article, found per sentence on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cues: dict[Span, list[tuple[int, int, int]]] = {}

    def cues(self, sentence: Span) -> list[tuple[int, int, int]]:
        """The sentence's cues, found on first use."""
        cues = self._cues.get(sentence)
        if cues is None:
            cues = self._cues[sentence] = find_cues(self.text, sentence.start, sentence.end)
        return cues

    def at(self, sentence: Span, start: int, end: int) -> int:
        """PAST or FUTURE from the cue nearest ``[start, end)`` in ``sentence`` (cues after count
        double); a cue between the same commas as the expression comes first (``The firm, which
        reported Monday, plans to …``: reported)."""
        cues = self.cues(sentence)
        quote = quoted(self.text, start, end)
        if quote is not None:  # a speaker's own words: "said" outside them sets no tense inside
            within = [c for c in cues if quote[0] <= c[0] and c[1] <= quote[1]]
            inner = self._clause_of(within, quote, start, end) \
                or self._nearest(within, start, end, opening=quote[0])
            woven = quote[0] > sentence.start and self.text[quote[0] + 1:quote[0] + 2].islower()
            if inner != UNKNOWN or not woven:
                return inner
            # a fragment woven into the writer's clause ('had been taken "over the weekend, in a small
            # room"'): that clause's tense, from the cues before the quotation; not inside the infinitive
            # of a promise ('promised to finish "by Friday"': what is still to come)
            before = [c for c in cues if c[0] < quote[0] and self.text[c[0]:c[1]].lower() not in _REPORTING]
            committed = bool(before) and self.text[before[-1][0]:before[-1][1]].lower() in _COMMISSIVE \
                and _INFINITIVE.match(self.text, before[-1][1], quote[0]) is not None
            return inner if committed else self._nearest(before, start, end, opening=sentence.start)
        if self._conditional(sentence, start, end, cues):
            return FUTURE
        if bound_deadline(self.text, sentence.start, start, end):
            return FUTURE  # "ordered residents to leave by 6 p.m. Tuesday": a deadline still to come
        # the clause between the commas around it first; not another conjunct's verb after it ("Mich.,
        # on Sunday night and would idle its Louisville, Ky., line"): the sentence's cues decide that
        own = self._clause_of(cues, (sentence.start, sentence.end), start, end, verbs=cues)
        return own if own != UNKNOWN else self._nearest(cues, start, end, opening=sentence.start)

    def _clause_of(self, cues: list[tuple[int, int, int]], bounds: tuple[int, int], start: int,
                   end: int, verbs: list[tuple[int, int, int]] | None = None) -> int:
        """The tense of the cues between the commas around ``[start, end)`` inside ``bounds`` (``"…
        tried to rush this through in the dead of summer, hoping nobody would notice"``: tried), or
        UNKNOWN when the expression has no clause of its own there. ``verbs``: as for ``_nearest``."""
        text, lo, hi = self.text, bounds[0], bounds[1]
        left = max(last_mark(text, ",", lo, start), text.rfind(";", lo, start))
        after = [k for k in (first_mark(text, ",", end, hi), text.find(";", end, hi)) if k != -1]
        right = min(after, default=hi)
        if left == -1 and right == hi:
            return UNKNOWN
        inside = [c for c in cues if c[0] > left and c[1] <= right]
        return self._nearest(inside, start, end, conjunct=False, verbs=verbs, opening=bounds[0])

    def _conditional(self, sentence: Span, start: int, end: int, cues: list[tuple[int, int, int]]) -> bool:
        """``If the rocket has not flown by Christmas Eve, the team will take a break``: an if- or
        unless-clause in the present or present perfect before a future main clause speaks of what
        is still to come (English puts no ``will`` in the condition)."""
        text = self.text
        if _IF.match(text, sentence.start) is None or text.find(",", sentence.start, start) != -1:
            return False
        comma = text.find(",", end, sentence.end)
        if comma == -1:
            return False
        if any(c[2] == PAST and c[0] < comma and text[c[0]:c[1]].lower() not in PERFECT
               and _PRESENT_AUX.search(text, max(0, c[0] - 30), c[0]) is None for c in cues):
            return False  # "If the talks failed", not "if a deal is reached"
        return any(c[2] == FUTURE and c[0] > comma for c in cues)

    def _aside_participle(self, c_start: int, c_end: int, start: int) -> bool:
        """The cue at ``[c_start, c_end)`` is a past participle opening an aside set off by commas
        after a noun, and the aside closes before ``start``."""
        word = self.text[c_start:c_end]
        if not (word.isalpha() and word.endswith("ed") and "," in self.text[c_end:start]):
            return False
        if _ASIDE_OPENS.search(self.text, max(0, c_start - 30), c_start) is None:
            return False
        # "Hotels in Orlando, where …, reported a wave of cancellations": with its object after it, a
        # verb after a comma is the clause's own; a verb of naming keeps its complement ("named the peso")
        return word.lower() in NAMING or _DETERMINER_AFTER.match(self.text, c_end) is None

    def _nearest(self, cues: list[tuple[int, int, int]], start: int, end: int, conjunct: bool = True,
                 verbs: list[tuple[int, int, int]] | None = None, opening: int = -1) -> int:
        """The polarity of the cue nearest the expression (one after it counts double); one right
        after an ``and``/``but`` is another conjunct's verb (``pleaded guilty in October and is due
        to be sentenced``), taken only when no cue comes before the expression (and ``conjunct``).
        ``verbs``: where to look for the verb an ``until`` bounds, when ``cues`` are a clause's only
        (``continued, with brief pauses, until about 4 a.m.``). ``opening``: where the sentence (or
        the quotation) opens, to tell an ``until`` that opens it. A participle opening an aside that
        closes before the expression, and a verb before a colon, are taken only when no other cue is."""
        lo, hi = start - 200, end + 120
        lo = max([lo] + [m.start() for m in _NOW_CONJUNCT.finditer(self.text, max(0, lo), start)])
        best, best_dist, before, best_at, fallback = UNKNOWN, 10**9, False, -1, UNKNOWN
        for c_start, c_end, polarity in cues:
            if c_end < lo or (c_start < end and c_end > start):
                continue  # too far, before a conjunct set in the present, or inside the expression
            if c_end <= start and _UNTIL.match(self.text, c_start) and "," in self.text[c_end:start]:
                continue  # "put off a decision until the new year, after a meeting Wednesday evening":
                # "until" points its own time ahead, not one past its phrase
            if c_end <= start and _UNTIL.match(self.text, c_start) and opening >= 0 \
                    and _FRONTED.fullmatch(self.text, opening, c_start) is not None:
                continue
            if c_start >= hi:
                break
            if c_end <= start and polarity == PAST and self._aside_participle(c_start, c_end, start):
                fallback = PAST  # taken only when no other cue tells the tense
                continue
            if c_end <= start and self.text.find(":", c_end, start) != -1:
                fallback = polarity  # "Both chairs agreed on one thing: the fall campaign will be expensive":
                continue  # the clause after a colon has its own verb, when it has one
            if c_end <= start:
                dist, before = start - c_end, True
                if polarity == PAST and _ADJACENT.fullmatch(self.text, c_end, start):
                    dist = -1
            elif (before or not conjunct) and _CONJUNCTION.search(self.text, max(end, c_start - 12), c_start):
                break
            elif _ARTICLE_BEFORE.search(self.text, max(end, c_start - 7), c_start):
                continue  # "ended the summit on Sunday with a pledge to finish it": a noun's infinitive
                # looks ahead from the noun, not for the clause's times before it
            elif _THAT.search(self.text, end, c_start) is not None:
                break  # "told reporters on Friday that he would step down": the clause after is its own
            elif _PARTICIPLE_AFTER.search(self.text, end, c_start) is not None:
                break  # "would move a ship there for the winter, replacing capacity lost in": so is a
                # participle's clause set off after it
            elif _IF_AFTER.search(self.text, end, c_start) is not None:
                break  # "could be tabled by Thursday if there was no progress": the condition's own tense
            else:
                dist = (c_start - end) * 2
            if dist < best_dist:
                best, best_dist, best_at = polarity, dist, c_start
        if best == FUTURE and _UNTIL.match(self.text, best_at) and (
                self._past_state(cues, lo, start) or self._past_until(verbs or cues, best_at)):
            return PAST
        return best if best != UNKNOWN else fallback

    def _past_until(self, cues: list[tuple[int, int, int]], until: int) -> bool:
        """``ran until late Monday night``, ``lasted until Friday``, ``held much of its strength until
        late Monday``: a past verb before ``until`` (its object between) bounds what happened (not
        ``has continued to hold markets closed until``: a present perfect runs on; nor ``would keep
        the plant closed until``: a future verb's object's state)."""
        before = [c for c in cues if c[1] <= until and "," not in self.text[c[1]:until]]
        if before and before[-1][2] == PAST and self.text[before[-1][0]:before[-1][1]].lower() in _DID:
            return True  # "did not agree on a budget until June": it came about then, in the past
        for c_start, c_end, polarity in cues:
            if polarity == PAST and c_end <= until and _OBJECT_UNTIL.fullmatch(self.text, c_end, until) \
                    and not any(c_end <= a < until for a, _b, _p in cues):  # no verb of its own between
                verb = self.text[c_start:c_end].lower()
                # "has continued until": a present perfect runs on ("had opposed … until": it ended)
                perfect = any(self.text[a:b].lower() in PERFECT and "," not in self.text[b:c_start]
                              for a, b, _ in cues if until - 80 < a < c_start)
                # "would keep the plant closed until": the state of a future verb's object
                governed = any(p == FUTURE and until - 80 < b <= c_start and "," not in self.text[b:c_start]
                               for _a, b, p in cues)
                return verb not in _HAVE and not perfect and not governed and \
                    _LINKED.search(self.text, max(0, c_start - 8), c_start) is None
        return False

    def _past_state(self, cues: list[tuple[int, int, int]], lo: int, start: int) -> bool:
        """``was closed … from Wednesday night until Friday``: a past be-form before the expression,
        with no future cue between, sets a past state that ``until`` bounds (``has continued to hold
        markets closed until Friday``, a perfect, runs on: not this)."""
        for c_start, c_end, polarity in reversed(cues):
            if c_end > start or c_end < lo:
                continue
            if polarity == FUTURE and not _UNTIL.match(self.text, c_start):
                return False
            if polarity == PAST and _PAST_BE.match(self.text, c_start):
                return True
        return False
