"""Tense cues in a sentence's words: future cues (``will``, ``is due to``, ``expected to`` and the
verb they govern) and past cues (``said``, ``was``, regular ``-ed`` forms), found by one walk over the
words (no per-expression regex scans). ``tense.Tense`` reads them to say which way a time points.
"""

from __future__ import annotations

import re
from functools import cache

from .complements import UNITS_LEFT, by_deadline, complement_of_object, controlled_infinitive, time_left
from .sentences import WORD
from .vocab import vocab
from .wordclass import DETERMINERS, adjective, attributive, noun_head, object_adjective, titling

PAST, UNKNOWN, FUTURE = -1, 0, 1

# words between a future cue and the verb it governs; linking verbs (remain, stay) hand it on to
# their participle ("will remain closed")
_AUX = frozenset("not be have also then now likely probably again only soon formally officially remain stay "
                 "become get to".split())  # to: "is due to be sentenced"
_ADVERBS = frozenset("nonetheless nevertheless still even never just first instead".split())
_NOT_PAST = frozenset("hundred sacred naked wicked kindred".split())
# a future cue whose past is the same word: after he/she/it (the present would take -s) it is past
_SAME_PAST = frozenset(("forecast",))
_PERFECT = frozenset(("had", "has", "have"))
# a span of time before these is what remains to run ("90 days left", "a week away"): no tense
_TO_GO = frozenset(("left", "remaining", "away"))
_UNITS_TO_GO = UNITS_LEFT | {"minute", "hour", "day", "week", "month", "year"}
# a present of expecting, never a noun, whatever its subject: "Kaneda now expects a profit for the year
# to March 31" (the year's end still to come)
_EXPECTS = frozenset(("expects", "predicts"))
# the past of an intention ("said it hoped to name the winner by the autumn") still looks ahead, but
# not in the past perfect, which tells of one given up
_INTENDED = frozenset("hoped intended aimed vowed pledged promised sought agreed".split())
# a request or an order in the present perfect stands now, so what it asks for is still to come ("A mediator
# has asked both sides to return to the table on Saturday")
_ASKED = frozenset(("asked", "urged", "ordered", "told", "instructed", "directed", "called"))
_ACT_TIME = frozenset(("in", "on", "last", "earlier", "this"))  # a time right after the verb: when done
SINGULAR_PRONOUNS = frozenset(("he", "she", "it"))
SUBJECT_PRONOUNS = SINGULAR_PRONOUNS | {"they", "we", "i", "you"}
# a modal whose perfect ("could have had", "would have been") speaks of the past, unlike "will have"
_PAST_MODALS = frozenset(("would", "could", "should", "might", "may", "must"))
# a determiner after has/have opens its object: possession, not a perfect ("has my support")
_POSSESSED = frozenset("a an the my your his her its our their no some any this that these those plenty "
                       "enough more much nothing something everything anything little few many "
                       "several".split())
# a participle after them is no past verb ("must be bought", "being renewed on Saturday": a passive)
_PRESENT_BE = frozenset(("be", "is", "are", "am", "being"))
# modals, never a noun's head: after "that" they open a relative clause ("a bill that would keep …")
_NEVER_NOUNS = frozenset(("would", "could", "might", "should", "shall", "must"))
# after "'d" these make it "would", not "had" ("I'd like to vote in November")
_WOULD_BEFORE = frozenset(("like", "rather", "love", "prefer", "be", "want"))


@cache
def _phrases(polarity: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the cue phrases starting with it (word tuples, longest first)."""
    v = vocab()
    words = v.future_cues if polarity == FUTURE else v.past_cues
    out: dict[str, list[tuple[str, ...]]] = {}
    for cue in words:
        parts = tuple(cue.lower().split())
        out.setdefault(parts[0], []).append(parts)
    return {k: tuple(sorted(ps, key=len, reverse=True)) for k, ps in out.items()}


def _match(words: list[str], i: int, table: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """How many words of a cue phrase start at ``words[i]`` (0: none)."""
    for phrase in table.get(words[i], ()):
        if tuple(words[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _is_past_form(word: str) -> bool:
    """A regular past form (``closed``, ``reported``); a capitalised word is a name (Mohamed,
    United, Limited), not a verb."""
    return (len(word) > 4 and word.endswith("ed") and word[-3] != "e" and word.islower()
            and word not in _NOT_PAST)


def _forecast_done(lower: list[str], i: int) -> bool:
    """``forecast`` at ``i`` is a past act: after he/she/it (the present would be ``forecasts``), after
    ``had``, after has/have with its time right after it (``has forecast in March``), or a participle
    of comparison (``smaller than forecast in December``, ``than previously forecast``)."""
    before = lower[i - 1]
    return before in SINGULAR_PRONOUNS or before == "had" or before in _COMPARED or (
        before in _PERFECT and i + 1 < len(lower) and lower[i + 1] in _ACT_TIME)


_COMPARED = frozenset(("than", "previously", "originally", "initially"))  # "than (previously) forecast"


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """(start, end, PAST|FUTURE) for every tense cue in ``text[start:end]``, in order."""
    future, past = _phrases(FUTURE), _phrases(PAST)
    control = vocab().future_object_control
    stop = len(text) if end is None else end
    spans = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, stop)]
    lower = [w.lower() for _s, _e, w in spans]
    out: list[tuple[int, int, int]] = []
    i, n_words = 0, len(spans)
    while i < n_words:
        w = lower[i]
        n = _match(lower, i, future) if w in future else 0
        n = n or int(w.endswith(("'ll", "’ll")) or w == "won't" or (
            w.endswith(("'d", "’d")) and i + 1 < n_words and lower[i + 1] in _WOULD_BEFORE))  # I'd like to
        perfect = i + 2 < n_words and lower[i + 1] == "have" and lower[i + 2] != "to" \
            and lower[i + 2] not in _POSSESSED  # not "have to", nor "would have plenty to say": to own
        if n == 1 and w in _PAST_MODALS and perfect:
            out.append((spans[i][0], spans[i + 1][1], PAST))  # "could have had them in September"
            i += 2
            continue
        given_up = i > 0 and lower[i - 1] == "had" and (w in _INTENDED or w == "planned")
        if n and (given_up or (w in _INTENDED and not (
                i + n < n_words and spans[i + n][2].islower() and lower[i + n] not in DETERMINERS))):
            n = 0  # "NASA had hoped to launch Atlantis on Tuesday", "the $340 million it had planned in
            # July": an intention given up, in the past; "agreed to a ceasefire on Tuesday": no verb to
            # come, an agreement made
        if n == 1 and w not in _NEVER_NOUNS and (noun_head(spans, lower, i) or attributive(lower, i)) \
                and not (i > 0 and lower[i - 1] in _COMPARED):  # "than forecast": a participle
            n = 0  # "the bank's forecast for this year", "the only scheduled debate": no verb
        if n and i + n < n_words and lower[i + n] == "since":
            n = 0  # "had been expected since the spring": a wait that began then, no time to come
        if n == 1 and w in _SAME_PAST and i > 0 and _forecast_done(lower, i):
            out.append((spans[i][0], spans[i][1], PAST))  # "later than it forecast in February", "than
            i += 1  # the OBR had forecast in March", "the 2.0 percent that economists had forecast"
            continue
        if n:
            j = i + n
            while j < n_words and (lower[j] in _AUX or lower[j] in _ADVERBS  # "would nonetheless put"
                                   or _manner(lower[j])):  # "will quickly move"
                j += 1
            if j < n_words and spans[j][2].islower():
                j += 1  # the verb governed by the future cue
            looks_back = lower[i + n - 1] == "to" and _perfect(lower, i + n) \
                and not by_deadline(lower, i + n + 2)  # "expected to have returned" (not "… by Friday")
            first = i
            if w in _INTENDED:  # "At the March 11 hearing, she pledged to follow …": the pledge is past,
                out.append((spans[i][0], spans[i][1], PAST))  # what it pledges to come
                first = i + 1
            out.append((spans[first][0], spans[min(j, n_words) - 1][1], PAST if looks_back else FUTURE))
            i = j
            continue
        if w in control and i > 0 and (lower[i - 1] in SUBJECT_PRONOUNS or w in _EXPECTS) \
                and spans[i][2].islower() and not controlled_infinitive(spans, lower, i):
            out.append((spans[i][0], spans[i][1], FUTURE))  # "they want the package on his desk by
            i += 1  # Memorial Day": what a subject wants or expects now is still to come
            continue
        standing = w in _ASKED and i > 0 and lower[i - 1] in ("has", "have")  # "has asked both sides to"
        k = controlled_infinitive(spans, lower, i) if w in control or standing else 0
        if k:  # "Both parties expect it to draw … before November": the infinitive is still to come
            back = _perfect(lower, k) and not by_deadline(lower, k + 2)  # "to have risen"; not "expect all
            out.append((spans[i][0], spans[k][1], PAST if back else FUTURE))  # to have passed by Thursday"
            i = k + 1
            continue
        if w in _CONDITIONS and _present_condition(text, spans, lower, i, past):  # "if regulators sign off"
            out.append((spans[i][0], spans[i][1], FUTURE))
            i += 1
            continue
        if w in _UNITS_TO_GO and i + 1 < n_words and lower[i + 1] in _TO_GO:
            i += 2  # "with 90 days left until Nov. 3": the time still to run, no past of "leave"; the
            continue  # clause's own verb tells which way ("was halted with five minutes left")
        if w in UNITS_LEFT and time_left(lower, i):  # "has 30 days to respond": the time left
            j = min(i + 3, n_words)
            out.append((spans[i][0], spans[j - 1][1], FUTURE))
            i = j
            continue
        n = _match(lower, i, past) if w in past else 0
        if n == 1 and w == "earlier" and i + 1 < n_words and lower[i + 1] == "than":
            n = -1  # "no earlier than the second week of January": a comparison, no past
        elif n == 1 and adjective(text, spans, lower, i):
            n = -1  # "the spent fuel", "a lost cause": a participle before its noun is an adjective
        elif titling(spans, lower, i):
            n = -1  # "a panel titled "Hard Security"": the noun's name, no past of the clause
        elif (n == 1 or (n == 0 and w[-2:] == "ed")) and bool(out) and out[-1][2] == FUTURE \
                and object_adjective(text, out[-1][0], out[-1][1], spans, i):
            n = -1  # "would issue updated guidance": the object's adjective after the verb a cue governs
        elif n == 1 and w in ("has", "have") and i + 1 < n_words and (
                lower[i + 1] in _POSSESSED or _plural_noun(lower[i + 1])):
            n = -1  # "she has my full support", "they have no plan", "we have consumables": possession
        elif (n == 1 or (n == 0 and w[-2:] == "ed")) and complement_of_object(lower, i):
            n = -1  # "if we have the structure agreed by Christmas": the object's state, no past
        elif n == 1 and i > 0 and spans[i][2][:1].isupper():
            n = -1  # "Drew", "Rose", "Said": a capitalised word inside a sentence is a name
        elif _after_present_be(lower, i) and (n == 1 or (n == 0 and w[-2:] == "ed")):
            n = -1  # "must be bought by June 5", "until counting is finished", "to be fully restored by
            # Thursday": a passive, no past
        if n == -1:
            i += 1
            continue
        if n or (w[-2:] == "ed" and _is_past_form(spans[i][2]) and not adjective(text, spans, lower, i)):
            n = max(n, 1)
            gapped = not n > 1 and w[-2:] == "ed" and _gapped(text, out, lower, i)
            ahead = gapped or _backshifted(text, out, spans, lower, i)
            out.append((spans[i][0], spans[i + n - 1][1], FUTURE if ahead else PAST))
            i += n
            continue
        i += 1
    return out


def _plural_noun(word: str) -> bool:
    """A word in -s after has/have: a plural object owned ("have consumables", "has orders"), as no
    participle ends so; not an adverb ("have always said", "has also")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word.isalpha() \
        and word not in _S_ADVERBS


_S_ADVERBS = frozenset("also always perhaps sometimes thus nevertheless nonetheless besides afterwards "
                       "towards backwards forwards".split())


def _participle(word: str) -> bool:
    """The word after ``to have`` has a participle's ending (``returned``, ``risen``, ``grown``,
    ``made``, ``had``, ``bought``, ``spent``), not an object owned (``to have a record year``) nor a
    causative's (``to have workers hired``)."""
    return (word.isalpha() and word not in DETERMINERS and word not in _POSSESSED
            and word.endswith(_PARTICIPLE_ENDS)) or word in _SHORT_PARTICIPLES


_PARTICIPLE_ENDS = ("ed", "en", "wn", "ne", "un", "ght", "lt", "nt", "ld", "id", "ad", "de")
_SHORT_PARTICIPLES = frozenset("won cut put hit set let got met lost fled led fed run sat".split())


def _perfect(lower: list[str], k: int) -> bool:
    """``have`` and a participle at ``k`` after ``to`` (``is expected to have returned to growth``,
    ``expect prices to have risen``): a perfect infinitive, which looks back."""
    return k + 1 < len(lower) and lower[k] == "have" and _participle(lower[k + 1])


def _manner(word: str) -> bool:
    """An adverb in -ly that may stand inside a verb group (``will quickly move``, ``be fully restored``)."""
    return len(word) > 4 and word.endswith("ly")


def _after_present_be(lower: list[str], i: int) -> bool:
    """The word before ``i``, past manner adverbs in -ly, is a present be-form (``to be fully restored``)."""
    k = i - 1
    while k > 0 and _manner(lower[k]):
        k -= 1
    return k >= 0 and lower[k] in _PRESENT_BE


_CONDITIONS = frozenset(("if", "unless"))
_CONDITIONAL_MODALS = frozenset(("would", "could", "might"))


def _backshifted(text: str, out: list[tuple[int, int, int]], spans: list[tuple[int, int, str]],
                 lower: list[str], i: int) -> bool:
    """``would rise to 40 percent if the launch slipped to Monday``, ``would begin its offer unless
    Larkspur agreed to talk by Friday``: a past form in a condition of a ``would`` clause speaks of
    what may come (not ``had``: ``would have won if he had run`` is past)."""
    if lower[i] in _PAST_AUX or not out or out[-1][2] != FUTURE:
        return False
    modal = text[out[-1][0]:out[-1][1]].lower().split()
    if modal[0] not in _CONDITIONAL_MODALS or "have" in modal:
        return False
    for k in range(i - 1, max(-1, i - 5), -1):
        if lower[k] in _CONDITIONS:
            return _CLAUSE_END.search(text, spans[k][1], spans[i][0]) is None
    return False


_CLAUSE_END = re.compile(r"[,.;:!?\"“”]")
_PAST_AUX = frozenset(("was", "were", "had", "did", "didn't", "hadn't", "wasn't", "weren't"))
_CONDITION_WORDS = 14


def _present_condition(text: str, spans: list[tuple[int, int, str]], lower: list[str], i: int,
                       past: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """``… to close early in the fourth quarter if regulators sign off``: a condition in the present
    after its main clause speaks of what is still to come (English puts no ``will`` in it). Not one
    with a past or a modal (``if talks failed``, ``if it would``), nor one the clause's words do not
    close within a few words."""
    if i == 0 or _CLAUSE_END.search(text, spans[i - 1][1], spans[i][0]):
        return False  # an if-clause that opens its sentence or clause: Tense._conditional's
    for k in range(i + 1, min(i + 1 + _CONDITION_WORDS, len(lower))):
        w = lower[k]
        if w in _PAST_AUX or w in past or _is_past_form(spans[k][2]) or w in _PAST_MODALS or w == "will":
            return False
        if _CLAUSE_END.search(text, spans[k][1], spans[k + 1][0] if k + 1 < len(spans) else len(text)):
            return k > i + 1  # a subject and a verb at least
    return False


def _gapped(text: str, out: list[tuple[int, int, int]], lower: list[str], i: int) -> bool:
    """``the sensor would be replaced today and the rocket refuelled on Wednesday``: a participle
    after ``and`` and a new subject (the, a, its … and a word or two), or right after ``and``/``or``
    (``would be hired by early summer and deployed in the third quarter``), shares the future passive
    of the first conjunct, its ``would be`` left out."""
    if i > 0 and lower[i - 1] in ("and", "or"):
        return _future_passive(text, out)
    for k in (2, 3, 4):
        if i - k < 0 or lower[i - k] != "and":
            continue
        return lower[i - k + 1] in DETERMINERS and _future_passive(text, out)
    return False


def _future_passive(text: str, out: list[tuple[int, int, int]]) -> bool:
    """The last cue found is a future passive (``would be replaced``): a conjunct may leave it out."""
    last = out[-1] if out else None
    return last is not None and last[2] == FUTURE and " be " in f" {text[last[0]:last[1]].lower()} "
