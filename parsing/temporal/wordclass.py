"""Whether a cue word of the tense finder is used as a verb: a past participle before its noun or in
a hyphenated compound is an adjective (``the damaged area``, ``built-in``); a future word after an
article or in a compound is a noun (``the forecast``, ``its profit forecast``); ``that will end``
is a relative clause's modal. A word that is no verb sets no tense.
"""

from __future__ import annotations

from .vocab import vocab

DETERMINERS = frozenset("the a an its their his her our this that".split())
MODALS = frozenset("will would can could may might must should shall".split())
PREPOSITIONS = frozenset("on in at to for of by from with into onto over under near outside inside across "
                         "along around about against between among through during throughout amid amidst "
                         "despite via within without beyond toward towards".split())

def adjective(text: str, spans: list[tuple[int, int, str]], lower: list[str], i: int) -> bool:
    """A past participle that is no verb: part of a hyphenated compound (``term-limited``,
    ``built-in``), or between a determiner or a preposition and its noun (``in the damaged area``, ``the
    spent fuel``, ``a list of affected lot numbers``).
    After a possessive, a preposition is no noun: ``a canvas of his sold in November`` holds "his" as a
    pronoun of its own and "sold" as the verb."""
    if text[spans[i][0] - 1:spans[i][0]] == "-" or text[spans[i][1]:spans[i][1] + 1] == "-":
        return True  # "term-limited", "a built-in pause", "closed-door talks"
    if i == 0 or lower[i - 1] not in _ADJECTIVE_OPENERS or i + 1 >= len(spans):
        return False
    if lower[i - 1] in _POSSESSIVES and lower[i + 1] in PREPOSITIONS:
        return False  # no noun after "his sold": "the injured in" may be a noun, "his injured in" not
    noun = spans[i + 1][2]
    if lower[i - 1] not in _DETERMINERS_BEFORE and (
            text[spans[i - 1][1]:spans[i][0]] != " " or lower[i + 1] in PREPOSITIONS):
        return False  # "to $4.30, issued in January": a preposition's object between, no noun after
    return noun.isalpha() and noun.islower() and text[spans[i][1]:spans[i + 1][0]] == " "


def titling(spans: list[tuple[int, int, str]], lower: list[str], i: int) -> bool:
    """A participle that names what the noun before it is called (``a panel titled "Hard Security"``,
    ``a plan dubbed Operation Eagle``): a reduced relative, no past of the clause. Only words that a
    noun's name follows; ``named`` is left out, as "The board named Smith" is a finite past."""
    if lower[i] not in _TITLING or i == 0:
        return False
    before = spans[i - 1][2]
    return before.isalpha() and before.islower() and before not in _NOT_NOUNS


# participles of naming: what follows them is a name ("named the peso", "a panel titled "…"")
NAMING = frozenset("named renamed nicknamed dubbed titled entitled subtitled labelled labeled branded"
                   .split())
# those that are rarely a finite past after a noun ("The board named Smith", "The court branded it")
_TITLING = NAMING - {"named", "renamed", "labelled", "labeled", "branded"}
_NOT_NOUNS = frozenset("he she it they we i you who which that and or but was were had has have is are "
                       "be been also then later".split())  # "she titled it", "who dubbed it"


# before an -ed word and its noun, these make it an adjective ("the damaged area", "a closed meeting");
# not "that", a relative pronoun before a verb ("the plant that closed"). So does a preposition that is
# never a verb's particle, as no finite verb follows it ("a list of affected lot numbers", "aid to
# injured workers")
_DETERMINERS_BEFORE = frozenset("the a an its their his her our my your these those".split())
_ADJECTIVE_OPENERS = _DETERMINERS_BEFORE | frozenset(
    "of for with from to among amid despite via without toward towards between during against into onto "
    "within".split())
_NOUN_LINKS = frozenset(("for", "of"))
_ARTICLES = frozenset(("the", "a", "an", "this", "that", "these", "those"))  # ("the agency that forecast")


_PARTICIPLES = frozenset(("scheduled", "planned", "expected"))


def attributive(lower: list[str], i: int) -> bool:
    """A participle between a determiner and its noun (``the only scheduled debate``, ``an expected
    rise``): an adjective of the noun, not a verb that puts the clause ahead."""
    if lower[i] not in _PARTICIPLES or i == 0 or i + 1 >= len(lower):
        return False
    prev = lower[i - 1]
    opened = prev in DETERMINERS or prev in ("only", "first", "next", "long")
    return opened and lower[i + 1] not in ("to", "for")


def noun_head(spans: list[tuple[int, int, str]], lower: list[str], i: int) -> bool:
    """A word after an article ("cut that forecast to 1.75 percent", "the forecast"), or after another
    determiner or a possessive and before "for"/"of": the head of a noun phrase."""
    if i == 0:
        return False
    prev = lower[i - 1]
    if prev == "that" and lower[i] == "will":  # "a pause that will end": a relative clause's modal,
        return i + 1 < len(lower) and lower[i + 1] in _NOUN_LINKS  # not "that will of the people"
    if prev in _ARTICLES or prev.endswith(("s'", "s’")):
        return True  # "analysts' forecasts": a plural's possessive is no "is"; its noun follows
    if lower[i] in _NOUN_VERBS and _compound(spans, lower, i):
        return True  # "its annual profit forecast": a singular noun before it, so no verb's subject
    if lower[i] in _NOUN_VERBS and (prev in _POSSESSIVES or (
            i >= 2 and lower[i - 2] in _OPENERS and spans[i - 1][2] in vocab().months)):
        return True  # "in its forecast that", "its December forecast": no verb after a possessive
    if i + 1 >= len(lower) or lower[i + 1] not in _NOUN_LINKS:
        return False
    if lower[i] in _NOUN_VERBS and i >= 2 and lower[i - 2] in _OPENERS and spans[i - 1][2].isalpha() \
            and spans[i - 1][2].islower():
        return True  # "its earnings forecast for the year": a compound's head before "for", no verb
    return prev in DETERMINERS or prev.endswith(("'s", "’s"))


_NOUN_VERBS = frozenset(("forecast", "forecasts"))  # future cues that are also nouns
_POSSESSIVES = frozenset("its their his her our my your".split())
# an article or a possessive opening a noun phrase (not "that": "the growth that analysts forecast for")
_OPENERS = frozenset("the a an its their his her our".split())


def _compound(spans: list[tuple[int, int, str]], lower: list[str], i: int) -> bool:
    """``forecast`` as the second noun of a compound (``profit forecast``): after a lower-case
    singular word, which as its subject would have made it ``forecasts`` (or a past, no future)."""
    if i < 1:
        return False
    prev = spans[i - 1][2]
    singular = prev.isalpha() and prev.islower() and not prev.endswith(("s", "ly"))
    return singular and lower[i] == "forecast" and lower[i - 1] not in _NOT_NOUNS


_NOT_NOUNS = frozenset(("he", "she", "it", "i", "we", "you", "they", "who", "which", "that", "and", "or",
                        "not", "to", "also", "had", "have", "has", "then", "now", "still", "never"))


# "revised up its figures", "said in": no noun after the participle
_NO_OBJECT = frozenset("up down out off in on at by for to from with into over about the a an that this his "
                       "her its their".split())


def object_adjective(text: str, verb_start: int, verb_end: int, spans: list[tuple[int, int, str]],
                     i: int) -> bool:
    """A participle right after a verb phrase ``[verb_start, verb_end)`` (a future cue and the verb it
    governs) and before a noun in lower case (``would issue updated guidance``, ``will refile revised
    language``): the object's adjective, no past; not across the cue's own punctuation (``… would,"
    he said``) nor before a particle or a preposition (``revised up its figures``)."""
    if i == 0 or verb_end != spans[i - 1][1] or i + 1 >= len(spans):
        return False
    if any(c in text[verb_start:spans[i][0]] for c in ",.;:!?\"”’"):
        return False
    noun = spans[i + 1][2]
    return noun.isalpha() and noun.islower() and noun not in _NO_OBJECT \
        and text[spans[i][1]:spans[i + 1][0]] == " "
