"""The futurate: a present-tense verb with a day named schedules the day ahead ("Talks resume
Friday", "The trial begins Monday", "The team is flying to Denver on Sunday", "the vote is Monday").

English uses the present simple and progressive with a time adverbial for scheduled events; a
past or perfect form ("met Monday", "has said since Monday") points back. The check runs only for
a day or a month the tense cues did not already send ahead, over the words of its own clause; for a
month, a bare plural's present is a habit ("Sales peak in March"), not a schedule.
"""

from __future__ import annotations

import re

from ..model import Span
from .clauses import COMMA_NAME, REACH, clause
from .coordinated import and_day
from .cues import SUBJECT_PRONOUNS
from .embedded import own_clause_after
from .scheduled import event_base
from .sentences import WORD
from .tense import PAST, SINGULAR_PRONOUNS
from .vocab import vocab
from .wordclass import DETERMINERS, PREPOSITIONS

_BE = frozenset(("is", "are", "'s", "’s", "'re", "’re"))
# a pronoun with "is" contracted onto it ("That's Saturday"): one word to the tokenizer
_BE |= frozenset(p + s for p in ("that", "it", "there", "here", "what", "this") for s in ("'s", "’s"))
# a preposition or participle that opens a span running on from the day ("starting Saturday"), or one
# running up to it ("Rides are free through Sunday")
_FROM_ON = frozenset(("starting", "beginning", "effective", "until", "till", "through"))
_PLURAL_PRONOUNS = SUBJECT_PRONOUNS - SINGULAR_PRONOUNS
_RUNS_ON = _BE | frozenset("remain remains stay stays run runs running continue continues last lasts open "
                           "closed shut keep keeps extend extends extended".split())
_RELATIVES = frozenset(("which", "who", "that"))
_BE_GAP = frozenset(("also", "now", "still", "again", "reportedly", "currently", "expected", "not"))
_MAX_GAP = 8  # words between the verb and the day ("is flying to Denver on Sunday")
_NOT_PLURAL = ("ss", "us", "is", "'s", "’s")
_CLOSERS = (".", "!", "?", '"', "”", "’", ")")


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "MPs", "TDs", "CEOs": a plural however short
_AND_EVENT = re.compile(r"\band\s+([a-z]+s)\s+(?:on\s+)?$")  # "… and closes on Thursday"


def _verb_at(words: list[str], raw: list[str], i: int) -> bool:
    """Is ``words[i]`` a finite present verb: be + -ing, be before the day, a 3rd-person -s form
    after its subject, or a base form after a plural subject or pronoun?"""
    v = vocab()
    w, not_verbs = words[i], v.futurate_not_verbs
    if not raw[i].islower() or w in v.futurate_reporting_verbs or w in not_verbs:
        return False
    prev = words[i - 1] if i > 0 else ""
    if w.endswith("ing") and len(w) > 4 and w not in v.futurate_not_ing:
        j = i - 1
        while j >= 0 and words[j] in _BE_GAP:
            j -= 1
        return j >= 0 and words[j] in _BE
    if _plural(w) and prev in _RELATIVES:
        return True  # "the visit, which begins Saturday": a relative pronoun is the -s form's subject
    if prev in _RELATIVES and i >= 2 and _plural(words[i - 2]) and not w.endswith(("ed", "ing", "ly")):
        return True  # "subsidies that expire Dec. 31": a base form after a plural's relative pronoun
    if prev in _RELATIVES and i == 1 and w in v.futurate_event_verbs:
        return True  # "The cuts, which take effect on Monday": the plural before the comma, out of the
        # clause; only a verb of a scheduled change ("The filings, which cover Jan. 1": a state)
    if not prev or prev in not_verbs or (raw[i - 1][0].isdigit()):
        return False
    if _plural(w):  # a 3rd-person -s form after a singular subject, not a preposition's or a verb's noun
        if any(before.endswith(("'s", "’s")) for before in words[max(0, i - 2):i]):
            return False  # "each other's résumés", "the party's heavy losses": a possessor's noun
        if i + 1 < len(words) and words[i + 1] in _PHRASAL and not _after_preposition(words, i):
            return True  # "funding for federal agencies runs out at 12:01 a.m. Wednesday": a phrasal verb
        return (not _plural(prev) or prev in SINGULAR_PRONOUNS) and not _after_preposition(words, i) \
            and not (prev.endswith("ed") and not prev.endswith("eed"))  # "briefed parents": an object
    if w.endswith(("ed", "ing", "ly")) and not w.endswith("eed"):  # "need", "proceed": base forms
        return False
    # after a plural subject: not a name's last word ("Loup Valley Public Schools board meeting")
    name_end = raw[i - 1][:1].isupper() and i >= 2 and raw[i - 2][:1].isupper()
    plural = _plural(prev) or _ACRONYM_PLURAL.fullmatch(raw[i - 1]) is not None  # "MPs return on Monday"
    # nor a plural that opens a role after "as" ("resigned as schools minister on Friday": no subject)
    return prev in _PLURAL_PRONOUNS or (plural and not name_end and words[i - 2:i - 1] != ["as"]) \
        or _modified_plural(words, raw, i)


def _modified_plural(words: list[str], raw: list[str], i: int) -> bool:
    """A plural head and a prepositional phrase before the base form at ``i`` of a verb of a scheduled
    change, the phrase's object a noun phrase a determiner opens or a name: ``Nominations for the first
    phase open``, ``Polls in South Carolina open`` (not ``three days of torrential rain``: "rain" is
    the object)."""
    if words[i] not in vocab().futurate_event_verbs:
        return False  # "troops from Iranian territory": a noun after a name, unless a verb of an event
    for j in range(i - 2, max(0, i - 5), -1):
        if words[j] in _MODIFIER_PREPOSITIONS:
            inside = range(j + 1, i)
            named = all(raw[n][:1].isupper() for n in inside)
            opened = words[j + 1] in DETERMINERS and len(inside) > 1
            return _plural(words[j - 1]) and (j < 2 or words[j - 2] not in PREPOSITIONS) \
                and (named or opened) and not any(words[n].endswith(("ed", "ing")) for n in inside)
    return False


_MODIFIER_PREPOSITIONS = frozenset(("of", "for", "in", "at", "from"))


_AS_COMPARED = frozenset("many much well far long soon such same".split())


def _comparing(words: list[str], j: int) -> bool:
    """``as`` in a comparison (``as many as 40 tremors``, ``such as``, ``as high as 5,000 meters``), not
    opening a clause."""
    return words[j] == "as" and ((j > 0 and words[j - 1] in _AS_COMPARED)
                                 or (j + 1 < len(words) and words[j + 1] in _AS_COMPARED)
                                 or (j + 2 < len(words) and words[j + 2] == "as")
                                 or (j >= 2 and words[j - 2] == "as"))


def _gerund(words: list[str], i: int) -> bool:
    """An -ing form right after a preposition or a subordinator (``after hearing``, ``without
    asking``, ``while making``) is a gerund or an adverbial participle: the word after it is its
    object. After a determiner it is a noun (``the meeting starts Monday``): not this."""
    return words[i].endswith("ing") and len(words[i]) > 4 and i > 0 and (
        words[i - 1] in PREPOSITIONS or words[i - 1] in _SUBORDINATORS or words[i - 1] in _GERUND_OPENERS)


_ON = re.compile(r"\s+(?:on\s+)?")


def _next_to(text: str, end: int, start: int) -> bool:
    """The day follows the word directly (``before trading ends Friday``): a verb's day, whatever
    stands before the verb."""
    return _ON.fullmatch(text, end, start) is not None


def _after_preposition(words: list[str], i: int) -> bool:
    """``on the courthouse steps``: the -s word ends a noun phrase that a preposition opens."""
    return any(w in PREPOSITIONS for w in words[max(0, i - 3):i])


def _plural(word: str) -> bool:
    """A word in -s that is neither -ss/-us/-is nor a possessive (``talks``, ``ministers``)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL)


def futurate(text: str, sentence: Span, cues: list[tuple[int, int, int]], start: int, end: int,
             specific: bool = False) -> bool:
    """True when the weekday at ``[start, end)`` sits in a clause whose finite verb is present
    simple or progressive (or ``is``/``are`` right before it), with no past cue nearer to it and
    none after it in the clause (``Holiday sales Monday were strong``). With ``specific`` (a month
    or a season, which a habit recurs in), not a bare plural's habit: ``Sales peak in March``."""
    if _DEADLINE_BEFORE.search(text, max(sentence.start, start - 8), start) and _TO_VERB.match(text, end):
        return True  # "gave the directors until 5 p.m. Friday to accept": a deadline still to come
    if not text[max(sentence.start, sentence.end - 8):sentence.end].rstrip().endswith(_CLOSERS):
        return False  # a headline or a caption line: its present is the historical present
    left, right = clause(text, sentence, start, end)
    past = [c for c in cues if c[2] == PAST and left < c[0] and c[1] <= right]
    if any(c[0] >= end and text[c[0]:c[1]].lower() != "since" and not own_clause_after(text, end, c[0], c[1])
           for c in past):
        return False  # "Holiday sales Monday were strong"; not a span's "since June" after the day
    if _day_subject(text, sentence, start, end):
        return True  # "Friday brings two more summit finishes", "where Thursday's stage finishes"
    joined = _AND_EVENT.search(text, max(left, start - 30), start)
    if joined is not None and event_base(joined.group(1)) in vocab().futurate_event_verbs:
        return True  # "It opened on Sunday and closes on Thursday": a present of its own, past the past
    window = WORD.finditer(text, max(left, start - REACH), min(right, end + REACH))
    spans = [(m.start(), m.end()) for m in window]
    raw = [text[a:b] for a, b in spans]
    words = [r.lower() for r in raw]
    aside = [(m.start(), m.end()) for m in COMMA_NAME.finditer(text, left, start)]
    before = [k for k, (a, _b) in enumerate(spans) if a < start and not any(x < a < y for x, y in aside)]
    first_after = len(before)
    while first_after < len(spans) and spans[first_after][0] < end:
        first_after += 1
    nearest_past = max((c[1] for c in past if c[1] <= start), default=-1)
    if before and words[before[-1]] in _FROM_ON and nearest_past == -1 \
            and (words[before[-1]] != "through" or any(words[k] in _RUNS_ON for k in before)):
        # "through" bounds a state that runs on ("are free through Sunday"), not a count made up to
        # a day ("93.8 percent on time through Tuesday"), nor opens its clause ("Through September, … fell")
        if spans[before[-1]][0] == sentence.start and _main_past(text, cues, end):
            return False  # "Until July, residents spoke freely": the bound of a past clause
        return True  # "clinics open starting Saturday", "the road is closed until Friday"
    if before and words[before[-1]] in _BE | {"on", "in"}:
        k = before[-1] - (words[before[-1]] in ("on", "in"))
        if k >= 0 and words[k] in _BE and spans[k][0] > nearest_past:
            return True  # "the vote is Monday", "the hearing is on Friday", "the deadline is in March"
    for k in reversed(before[-_MAX_GAP:]):
        if spans[k][1] <= nearest_past:
            return False
        if _verb_at(words, raw, k) or _event_before_day(words, raw, k, text, spans[k][1], start):
            if _gerund(words, k - 1) and not _next_to(text, spans[k][1], start):
                continue  # "after hearing complaints over the summer": the gerund's object, no verb
            if specific and _generic(words, k, whole=spans[0][0] <= left + 2):
                return False
            # after a past verb only an unambiguous be-form counts: in "arrested gang members
            # Monday" the -s word is the object, in "said the vote is being held Monday" a verb; so
            # does a verb a subordinator opens a clause for ("before their agreement expires Saturday")
            opened = any(words[j] in _SUBORDINATORS and spans[j][0] > nearest_past
                         and not _comparing(words, j)
                         for j in before[-_MAX_GAP:] if j < k) or (  # "has said it needs … by March"
                k > 0 and words[k - 1] in SUBJECT_PRONOUNS | _RELATIVES  # "subsidies that expire"
                and spans[k - 1][0] > nearest_past)
            return nearest_past == -1 or words[k].endswith("ing") or opened
    if all(words[k] in _OPENING for k in before) and _fronted(text, end):
        return True  # "On Wednesday she travels to Busan": the day opens its clause
    for k in range(first_after, len(spans)):  # the verb of a when-clause on the day
        if _verb_at(words, raw, k) and text.rfind(",", end, spans[k][0]) != -1:
            return True
    return False


def _event_before_day(words: list[str], raw: list[str], k: int, text: str, end: int, start: int) -> bool:
    """The -s form of a verb of a scheduled change right before the day, whatever stands before it:
    ``Debate on the budget begins Thursday`` (after a preposition's object, still the verb)."""
    if k == 0 or words[k - 1] in _OBJECT_STARTS or words[k - 1].endswith(("'s", "’s")):
        return False  # "each other's records Tuesday night", "burst their banks on Sunday": a noun
    return raw[k].islower() and _plural(words[k]) and event_base(words[k]) in vocab().futurate_event_verbs \
        and _next_to(text, end, start)


def _main_past(text: str, cues: list[tuple[int, int, int]], end: int) -> bool:
    """The main clause after a fronted phrase ending at ``end`` (past its comma) opens with a past verb."""
    comma = text.find(",", end)
    after = [c for c in cues if c[0] > comma] if comma != -1 else []
    return bool(after) and after[0][2] == PAST


def _generic(words: list[str], k: int, whole: bool) -> bool:
    """A base form after a bare plural that opens its clause (``Sales peak``, ``Retail sales
    peak``): a habit of a kind, not one event scheduled (``their paychecks stop``, ``before
    lawmakers adjourn``, ``and plans five more``). ``whole``: ``words`` start at the clause."""
    if not whole or k < 1 or k > 2 or words[k].endswith(("s", "ing")) or words[k] in _PARTICLES \
            or not _plural(words[k - 1]):
        return False  # "runs out": a verb's particle, not a base form after a plural
    return k == 1 or words[0] not in _NOT_MODIFIERS


_PARTICLES = frozenset("out up down off back over away in on".split())
_PHRASAL = frozenset(("out", "off"))  # "runs out", "kicks off": after an -s word, a verb's particle
_NOT_MODIFIERS = frozenset("the their his her its our your my these those both all and but or before after "
                           "when until once unless while if as".split())
_SUBORDINATORS = frozenset(("before", "after", "when", "until", "till", "once", "unless", "while", "as",
                            "because"))
_GERUND_OPENERS = frozenset(("since", "upon"))
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by)\s+$")
_TO_VERB = re.compile(r"\s+to\s+(?!(?:the|a|an|no|its|his|her|their|this|that)\b)[a-z]{2,}\b")  # "to accept"
# words that may stand before a day opening its clause ("On Wednesday she travels", "Starting in January, it
# stops": the start of what runs on from the day)
_OPENING = frozenset(("on", "in", "and", "then", "but", "starting", "beginning", "from"))


def _fronted(text: str, end: int) -> bool:
    """After a day that opens its clause, a pronoun subject and its present verb: ``On Wednesday she
    travels``, ``Friday, they fly`` (not ``she traveled``, ``she will``: other cues decide those)."""
    m = _PRONOUN_VERB.match(text, end)
    if m is None:
        return False
    pronoun, verb = m.group(1).lower(), m.group(2)
    if verb in _BE or verb == "am":  # "On Friday she is in Paris", "… they are flying home"
        return True
    v = vocab()
    if verb.endswith(("ed", "ing")) or verb in v.futurate_not_verbs or verb in _NOT_PRESENT \
            or verb in v.past_cues:  # "in September, they said October", "they paid": a past of its own
        return False
    return verb.endswith("s") == (pronoun in SINGULAR_PRONOUNS)


_PRONOUN_VERB = re.compile(r",?\s+(he|she|it|they|we|I|you)\s+([a-z]+)\b")
_NOT_PRESENT = frozenset(("was", "were", "had", "did", "would", "could", "should", "might", "also", "still",
                          "never", "just"))  # past forms, modals of the past, adverbs before the verb


# a day that opens its clause: the sentence's start, or after "where"/"while" or a comma's "and"/"but"
_CLAUSE_OPEN = re.compile(r"(?:[,;]\s+(?:(?:and|but)\s+)?|\b(?:where|while)\s+)$")
_SUBJECT_TAIL = re.compile(r"(?P<poss>['’]s)?(?P<rest>(?:\s+[a-z][a-z-]*){1,4})")
_OBJECT_STARTS = DETERMINERS | frozenset("no these those some any every each".split())  # an object after


def _day_subject(text: str, sentence: Span, start: int, end: int) -> bool:
    """The day is the subject of a present verb, or its possessive opens the subject of an event's:
    ``Friday brings two more summit finishes``, ``Friday and Saturday bring``, ``where Thursday's stage
    finishes on the plateau``. A day cannot be the subject of a past event in the present simple; the
    present of a thing it owns is an event's only when the verb is one of a scheduled change (not
    ``Monday's vote sets up a showdown``, what a past vote does now)."""
    lead = text[sentence.start:start].lstrip(" \"“‘(")
    if lead and _CLAUSE_OPEN.search(text, max(sentence.start, start - 12), start) is None:
        return False
    v = vocab()
    plural = and_day().match(text, end)
    tail = _SUBJECT_TAIL.match(text, plural.end() if plural else end)
    if tail is None:
        return False
    words = tail.group("rest").split()
    if tail.group("poss"):  # "Thursday's stage finishes", "Thursday's final stage starts"; not "Monday's
        # vote leaves no party with a majority": a verb with an object says what the event did
        verb_at = next((i for i in range(1, len(words)) if words[i] == "is"
                        or event_base(words[i]) in v.futurate_event_verbs), None)
        return verb_at is not None and (
            verb_at + 1 == len(words) or words[verb_at + 1] not in _OBJECT_STARTS)
    verb = words[0]
    if verb in v.past_cues or verb in v.futurate_not_verbs or verb.endswith("ed"):
        return False
    if plural:  # "Friday and Saturday bring": a plural's base form
        return verb == "are" or not verb.endswith("s")
    return verb == "is" or (verb.endswith("s") and not verb.endswith(_NOT_PLURAL))
