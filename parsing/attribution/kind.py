"""Speech or not: titles, names, nicknames, labels and scare quotes are ``other``.

A quote right after a naming word (``called``, ``dubbed``, ``so-called``, ``titled``, ``known as``) is
``other``; so is a short, capitalised, title-like span, a short span with no speech cue near it, and
a short span that is the object of a verb other than a speech verb (``stored in "approved security
cabinets"``) even when a speech verb stands earlier in the sentence. A sentence-length quote is
speech even without a cue; a short quote after a speech verb (``said he was "terribly
disappointed"``) is speech.
"""

from __future__ import annotations

import re
from itertools import islice

from ..model import QuoteKind
from ..segment.marks import MARKS, QuoteSpan
from . import grammar as G
from .mentions import Cue, np_tokens
from .verbs import set_off
from .vocab import vocab

WORD = re.compile(r"[^\W_][\w'’-]*")  # a word of a quote (cues counts a quoted predicate's)
_CITATION = re.compile(r"\s*[—–-]\s*[A-Z][^\n]*\d")  # a source and a date follow
_SHORT = 3
_GOVERNOR_REACH = 120  # characters before a short quote searched for the verb that governs it
_GOVERNOR_WORDS = 8
_CLAUSE_BREAK = re.compile(r"[,;:—–\u2592]")
_TITLE_MAX = 6
_LISTED_QUOTE = re.compile(r"\u2592,?\s+(?:and|or)\s+$|\u2592,\s+$")  # a quotation, then "and" before it
_THAT = re.compile(r"\bthat\b")
_REPORTED_WORDS = 12  # words between a verb of saying and a quote in its that-less clause


def _inner_words(text: str, q: QuoteSpan) -> list[str]:
    """The quote's words, only the first ones of a long quote (every rule here reads short quotes)."""
    return [m.group() for m in islice(WORD.finditer(text, q.start, q.end), _TITLE_MAX + 1)]


def title_like(words: list[str]) -> bool:
    """Every significant word capitalised (``Back to the Mac``, ``New GM``, ``Dreamliner``), a leading
    ``the`` of a short name aside (``the Cereal Case``, a name given)."""
    if 2 <= len(words) <= 4 and words[0] == "the":
        words = words[1:]  # a short name given ("the Harps"), not a phrase coined ("the … of the East End")
    if not words:
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in G.SMALL
                                          for w in words)


# CBS' "Face the Nation", on "Meet the Press" (not a quotation's closing mark, nor across a paragraph)
_WORK_BEFORE = re.compile(r"(?:(?<=\w)['’]s?|\b(?i:on|in)) +$")


def named_work(text: str, q: QuoteSpan) -> bool:
    """A title in quotation marks after a possessive or ``on``/``in`` (``speaking on CBS' "Face the
    Nation" later``, ``appearing on "Fox News Sunday,"``): a work's name, part of the sentence around
    it, never a quotation that breaks it."""
    return not q.single and _WORK_BEFORE.search(text, max(0, q.start - 6), q.start) is not None \
        and titled(text, q)


def titled(text: str, q: QuoteSpan) -> bool:
    """The quote's words are written like a title (``"Face the Nation"``)."""
    return title_like(_inner_words(text, q))


# "in her words, "…"", "in Smith's own words:", "in the words of one analyst, "…""
IN_WORDS = re.compile(
    r"\b(?i:in)\s+(?:(?P<own>his|her|their|its|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?)\s+(?:own\s+)?"
    r"(?P<w1>words)|the\s+(?P<w2>words)\s+of\s+(?P<of>[^,:;.!?\u2592]{2,60}?))[,:]?\s*$")


_LABEL_CLAUSE_REACH = 200  # characters read back from a quote after a colon for the naming verb


# "known in the market as the …", "known locally as …": a name, whatever stands between
_KNOWN_AS = re.compile(r"\bknown\b[\w\s]{0,24}\bas\s+(?:the\s+|an?\s+)?$")


# a name a community uses: "what the industry calls a", "which critics call the", "have taken to
# calling", "began calling" (not "what he calls": one speaker's own words, nor "calling the deal": a verdict)
_COINED = re.compile(r"(?:\b(?:taken|took|takes|take)\s+to\s+calling|\b(?:started|begun|began)\s+calling"
                     r"|\b(?:what|which)\s+(?!(?:he|she|it)\b)(?:[\w'’-]+\s+){1,4}?(?:(?:are|is)\s+)?"
                     r"call(?:s|ing)?)\s+(?:[\w'’-]+\s+){0,3}$")


def after_label(masked: str, q: QuoteSpan, para_start: int) -> bool:
    """A naming word among the three words before the quote (``called it``, ``the so-called``), a
    name a community uses (``what the industry calls a``), or a gloss after ``, or``."""
    before = masked[max(para_start, q.start - 40):q.start].lower()
    if before.rstrip().endswith(", or") or _KNOWN_AS.search(before):
        return True
    if _COINED.search(masked[max(para_start, q.start - 60):q.start].lower()):
        return True
    named = vocab().label_re.search(before)
    if named is not None:  # not "in her words, "…"": whose words they are
        return not _judges(before, named) and IN_WORDS.search(masked, max(para_start, q.start - 90),
                                                               q.start) is None
    if not before.rstrip().endswith(":"):
        return False
    clause = masked[max(para_start, q.start - _LABEL_CLAUSE_REACH):q.start].lower()  # dubbed the war: "…"
    clause = clause[max(clause.rfind(". "), clause.rfind('"'), clause.rfind("\u201d")) + 1:]
    return vocab().label_word_re.search(clause) is not None


def _judges(before: str, named: re.Match[str]) -> bool:
    """A naming word that also judges, in the active voice and with its own object before the
    quote (``Whitcomb labeled the warnings "scare tactics"``, ``branded it "reckless"``): the
    subject's verdict in the subject's words, not a name. Not in the passive (``was branded a
    "traitor"``) nor with no object but a determiner (``have branded the "Working Families First"``)."""
    v = vocab()
    words = named.group().split()
    if words[0] not in v.judging_labels:
        return False
    obj = [w.strip(",:") for w in words[1:]]
    if all(not w or w in G.DETERMINERS for w in obj):
        return False
    subject_side = before[:named.start()].split()
    return not subject_side or subject_side[-1] not in v.passive_markers


def _other_verb_object(masked: str, q: QuoteSpan, para_start: int) -> bool:
    """The quote is the object of a verb that is not a speech verb: only determiners, prepositions and
    numbers stand between them (``stored in "approved security cabinets"``, ``waiting for the first
    "point" release``). Not so after a speech verb or a link (``said he was "disappointed"``, ``has
    a "strong rationale"``), nor after a noun (``supported the idea "for months"``)."""
    v = vocab()
    toks = np_tokens(masked, max(para_start, q.start - _GOVERNOR_REACH), q.start)
    pos = q.start
    for i in range(len(toks) - 1, max(-1, len(toks) - 1 - _GOVERNOR_WORDS), -1):
        t = toks[i]
        if _CLAUSE_BREAK.search(masked, t.end, pos):
            return False
        low = t.low
        if low in v.speech_verbs or low in G.PREDICATE_LINKS:
            return False
        if low in G.DETERMINERS or low in G.PREPOSITIONS or low in G.OBJECT_LEADS or any(
                c.isdigit() for c in low):
            pos = t.start
            continue
        noun = i > 0 and toks[i - 1].low in G.DETERMINERS  # the ruling, a meeting
        return len(low) > 4 and low.endswith(("ed", "ing")) and t.text[0].islower() and not noun \
            and low not in G.NOT_VERBS
    return False


def _names_the_noun(masked: str, q: QuoteSpan, para_start: int) -> bool:
    """A title in apposition to the noun before it (``a memoir, "The Long Table,"``) or after a
    possessive (``NBC's "Meet the Press"``)."""
    before = masked[max(para_start, q.start - 40):q.start].rstrip()
    if before.endswith(("'s", "’s")):
        return True  # NBC's "Meet the Press"
    if not before.endswith(","):
        return False
    words = before[:-1].split()
    last = words[-1] if words else ""
    return last.isalpha() and last.islower() and last not in vocab().speech_verbs


_NOUN_AFTER = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?(?![\w'’-])")  # "fix it first" maintenance policy
_DETERMINED = re.compile(r"(?:\b(?i:the|a|an|its|their|his|her|our|this|that|these|those)|['’]s?)\s*$")


def _names_a_thing(masked: str, q: QuoteSpan, para_start: int) -> bool:
    """The quote premodifies a noun that things are named by, after a determiner or a possessive (its
    "hospital at home" scheme, the agency's "fast track" program, a "fix it first" maintenance
    policy): a name, not anyone's words."""
    noun = _NOUN_AFTER.match(masked, q.end)
    named = vocab().named_nouns
    return noun is not None and (noun.group(1) in named or noun.group(2) in named) \
        and _DETERMINED.search(masked, max(para_start, q.start - 12), q.start) is not None


def _verb_phrase(text: str, q: QuoteSpan) -> bool:
    """The quote opens with a lower-case word that is no determiner or number (``"restore visible
    patrols"``): after ``to``, an infinitive's verb, not a preposition's object (``to "a safer place"``)."""
    words = _inner_words(text, q)
    first = words[0] if words else ""
    return first.isalpha() and first.islower() and first not in G.DETERMINERS


def _reported(masked: str, q: QuoteSpan, cue: Cue | None, verb_phrase: bool) -> bool:
    """The quote is the object of a verb in the clause a speech verb reports (``wrote that the state
    had offered "no credible evidence"``): the speaker's words. Not after a preposition (``said
    they were stored in "approved security cabinets"``: a phrase, not a claim)."""
    if cue is None or cue.verb is None or cue.position != "prefix" or cue.verb[1] > q.start:
        return False
    before = [t.low for t in np_tokens(masked, max(cue.verb[1], q.start - 40), q.start)]
    while before and before[-1] in G.DETERMINERS:
        before.pop()
    if before and before[-1] in G.PREPOSITIONS and not (before[-1] == "to" and verb_phrase):
        return False  # not "were needed to "restore visible patrols"": an infinitive, the claim itself
    if _THAT.search(masked, cue.verb[1], q.start) is not None:
        return True
    # "said the birth-date requirement served "no discernible purpose"": the that-less reported clause
    # of a verb of saying, unbroken between the verb and the quote
    verb = masked[cue.verb[0]:cue.verb[1]].lower()
    after = cue.verb[1]
    if cue.mention is not None and set_off(masked, *cue.verb):
        after += 1  # "Results, he added, would be uploaded "in real time"": set off, it reports the sentence
    return verb in vocab().saying_verbs and _CLAUSE_BREAK.search(masked, after, q.start) is None \
        and len(np_tokens(masked, after, q.start)) <= _REPORTED_WORDS


def _own_sentence(text: str, masked: str, q: QuoteSpan, para_start: int, inner: str) -> bool:
    """A short quote that is a whole sentence standing on its own (``… told listeners. "I mean
    that."``): capitalised, closed by . ! or ?, after a sentence's end or at the paragraph's start."""
    if not inner[:1].isupper() or inner[-1:] not in ".!?":
        return False
    before = masked[para_start:q.start].rstrip()
    return not before or before[-1] in ".!?\u2592"


def _tag_after(cue: Cue, q: QuoteSpan) -> bool:
    """The speaker is named after the quote (``"Yes," she replied``), not before it (``dismissed an
    "Antennagate," saying``: a word the subject mentions)."""
    return cue.mention is not None and cue.mention[0] >= q.end


def _colon_after_verb(masked: str, verb_end: int, q_start: int) -> bool:
    """The quote follows its speech verb after a colon (``It read: "Enough."``, ``The director replied
    four minutes later: "Understood."``), with no sentence break between them."""
    between = masked[verb_end:q_start].rstrip()
    return between.endswith(":") and not any(c in between[:-1] for c in ".!?:;\n\u2592")


# right before a quote, a word that introduces a title of any length ("a report titled …", "under
# the headline …"): the quote is the name of a work, however long
_TITLE_CUE = re.compile(r"\b(?i:titled|entitled|headlined|(?:under\s+)?the\s+(?:headline|title))[\s,:]*$")


def classify(text: str, masked: str, q: QuoteSpan, cue: Cue | None, para_start: int) -> QuoteKind:
    if _TITLE_CUE.search(masked, max(para_start, q.start - 30), q.start) or named_work(text, q):
        return "other"  # "a report titled …"; "in a telephone interview on “Fox & Friends,” he complained"
    words = _inner_words(text, q)
    n = len(words)
    inner = text[q.start:q.end].strip(MARKS + " ")
    closed = inner[-1:] in (".", "!", "?", ",")  # the quote closes on its own stop or comma
    if n <= _TITLE_MAX and not (closed and n > _SHORT) and after_label(masked, q, para_start):
        return "other"
    if n <= _TITLE_MAX and vocab().naming_re.search(masked, max(para_start, q.start - 30), q.start):
        return "other"  # "a town long nicknamed "the frying pan of Andalusia,"": a name, however it closes
    if n <= _TITLE_MAX and title_like(words) and _LISTED_QUOTE.search(masked, max(0, q.start - 8), q.start):
        return "other"  # "movies, including "Spider-Man 2" and "Shrek 2,"": names listed with a name
    if 2 <= n <= _TITLE_MAX and not closed and _names_a_thing(masked, q, para_start):  # not "reckless" plan
        return "other"
    told = cue is not None and (  # "Thank You," she said; "Yes," she replied
        (cue.position == "tail" and (n > 1 or (closed and _tag_after(cue, q)))) or (
            cue.verb is not None and _colon_after_verb(masked, cue.verb[1], q.start)))  # It read: "Enough."
    if not told and inner.strip(".,!?").lower() in vocab().stock_ratings:
        return "other"  # cut the shares to "hold": a rating on a scale, not words said (but he said: "Sell.")
    shouted = inner[-1:] == "!"  # "Resign!", "Go to the Áras!": a cry, not a title
    if n <= _TITLE_MAX and title_like(words) and not shouted and (  # a letter titled "X Deserves Better,"
            not told or _names_the_noun(masked, q, para_start) or after_label(masked, q, para_start)) \
            and not _own_sentence(text, masked, q, para_start, inner):  # … told reporters. "Nothing."
        return "other"
    if _CITATION.match(masked, q.end) and not closed:
        return "other"  # a headline in a source list: "…" — Toronto Star, August 15, 2008
    if q.single and n <= _SHORT:
        return "other"  # 'Black Monday', this 'switch': body text keeps single quotes for labels
    if cue is None or cue.position == "distant":
        exclaimed = inner[-1:] in ("!", "?")  # a short exclamation or question is said: "Not one cent!"
        short = n <= _SHORT and not exclaimed and not _own_sentence(text, masked, q, para_start, inner)
        if q.single or short:
            return "other"
    if n <= _SHORT and not closed and not _reported(masked, q, cue, _verb_phrase(text, q)) \
            and _other_verb_object(masked, q, para_start):
        return "other"  # a scare quote that a speech verb elsewhere in the sentence does not govern
    return "speech"
