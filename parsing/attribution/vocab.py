"""The quotes vocabulary (parsing/vocab/quotes_*.json), loaded once, with the regexes built from it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..temporal.vocab import vocab as time_words
from ..vocab import load


def _load(name: str) -> dict[str, list[str]]:
    raw = load(name)
    return {k: v for k, v in raw.items() if isinstance(v, list)}


def _alternation(words: frozenset[str]) -> str:
    """A regex matching any of ``words`` (a space matches any white space), written as a trie: the
    engine then rejects a position after a character or two instead of trying every word."""
    root: dict[str, dict[str, Any]] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie(root)


def _trie(node: dict[str, dict[str, Any]]) -> str:
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _trie(child)
            for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer word is tried first


@dataclass(frozen=True, slots=True)
class QuoteVocab:
    speech_verbs: frozenset[str]
    weak_verbs: frozenset[str]
    passive_markers: frozenset[str]
    irregular_participles: frozenset[str]  # sent, held, written: participles that do not end in -ed
    authoring: frozenset[str]  # signed, written, published: "a letter signed by X" is X's
    region_words: frozenset[str]  # western, north, upstate: where in a place ("from western Japan")
    access: frozenset[str]  # obtained, seen: "a memo obtained by the Courier" is not the Courier's
    noun_markers: frozenset[str]
    skip_between: frozenset[str]
    label_cues: frozenset[str]
    stock_ratings: frozenset[str]  # "hold", "buy": a rating quoted alone is a label
    named_nouns: frozenset[str]  # nouns a quoted name premodifies (its "hospital at home" scheme)
    judging_labels: frozenset[str]  # naming words that also judge (branded, labeled, termed)
    saying_verbs: frozenset[str]  # whose that-less clause reports the speaker's words
    invertible: frozenset[str]  # verbs of saying written before their subject (", said Whitfield")
    that_verbs: frozenset[str]  # verbs of saying only before "that" ("the court held that")
    object_verbs: frozenset[str]  # verbs of saying whose noun phrase after them is their object
    titles: frozenset[str]
    particles: frozenset[str]
    stopwords: frozenset[str]
    org_heads: frozenset[str]
    places: frozenset[str]
    place_heads: frozenset[str]
    role_nouns: frozenset[str]
    document_nouns: frozenset[str]
    group_nouns: frozenset[str]
    people_plurals: frozenset[str]  # group nouns and the plurals of nouns for a person ("Opponents")
    org_descriptions: frozenset[str]
    person_pronouns: frozenset[str]
    org_pronouns: frozenset[str]
    known_heads: frozenset[str]  # nouns a speaker description may end in
    known_plurals: frozenset[str]  # their plurals ("the banks"): several of a kind that speaks
    person_roles: frozenset[str]  # titles and role nouns written before a person's name
    offices: frozenset[str]  # titles that are a person's role (secretary, senator), not "Republican"
    female_words: frozenset[str]  # Mrs, spokeswoman, actress: written before a name or in its apposition
    male_words: frozenset[str]
    female_names: frozenset[str]  # given names of women
    male_names: frozenset[str]
    given_names: frozenset[str]  # of either sex, the entity gazetteer's table
    characterising: frozenset[str]  # verbs whose object takes the quote as complement (dismissed as)
    act_re: re.Pattern[str]  # a speech act's noun and its complement running to a quote ("a promise to")
    naming_re: re.Pattern[str]  # a label cue that only names, right before a quote ("nicknamed")
    verb_re: re.Pattern[str]
    gender_after_re: re.Pattern[str]  # an apposition after a name; group 1 its gendered noun
    source_re: re.Pattern[str]
    label_re: re.Pattern[str]
    label_word_re: re.Pattern[str]  # a naming word anywhere (``dubbed the war: "…"``)


def _plurals(nouns: frozenset[str]) -> frozenset[str]:
    """The plurals of nouns for a person (``opponent``: opponents, ``ally``: allies, ``spokesman``:
    spokesmen): a group of such people."""
    out = set()
    for n in nouns:
        if " " in n or "-" in n or (n.endswith("s") and not n.endswith("ss")):
            continue  # a phrase, or a plural listed already ("analysts")
        if n.endswith("man"):
            out.add(n[:-3] + "men")
        elif n.endswith("y") and n[-2:-1] not in "aeiou":
            out.add(n[:-1] + "ies")
        elif n.endswith(("s", "x", "ch", "sh")):
            out.add(n + "es")
        else:
            out.add(n + "s")
    return frozenset(out)


@cache
def vocab() -> QuoteVocab:
    speech = _load("quotes_speech.json")
    names = dict(_load("quotes_speakers.json"))
    # A speaker's role noun is any noun the entity gazetteer knows as a person's role ("the nominee",
    # "the host", "the defendant"): one list of what people are, read by both.
    people = _load("names_people.json")
    names["role_nouns"] = names["role_nouns"] + people["role_nouns"]
    places = _load("entities_context.json")  # the compass words and the other words of where in a place

    def s(d: dict[str, list[str]], key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in d[key])

    groups = s(names, "group_nouns") | _plurals(s(names, "role_nouns"))  # "Colleagues", "Opponents"
    known = s(names, "role_nouns") | s(names, "document_nouns") | s(names, "org_descriptions") \
        | s(names, "group_nouns")
    characterising = s(speech, "characterising_verbs")
    verbs = s(speech, "speech_verbs") | characterising | s(speech, "that_verbs")
    gendered = s(names, "female_titles") | s(names, "male_titles")
    return QuoteVocab(
        speech_verbs=verbs, weak_verbs=s(speech, "weak_verbs") | characterising,
        passive_markers=s(speech, "passive_markers"),
        irregular_participles=s(speech, "irregular_participles"),
        authoring=s(speech, "authoring_participles"), access=s(speech, "access_participles"),
        region_words=s(places, "compass_words") | s(places, "region_words"),
        noun_markers=s(speech, "noun_markers"),
        skip_between=s(speech, "skip_between"), label_cues=s(speech, "label_cues"),
        stock_ratings=s(speech, "stock_ratings"),
        named_nouns=s(speech, "named_nouns"),
        titles=s(names, "titles"), particles=s(names, "name_particles"),
        stopwords=s(names, "capitalised_stopwords"), org_heads=s(names, "org_heads"),
        places=s(names, "places"), place_heads=s(names, "place_heads"), role_nouns=s(names, "role_nouns"),
        document_nouns=s(names, "document_nouns"), group_nouns=s(names, "group_nouns"), people_plurals=groups,
        org_descriptions=s(names, "org_descriptions"), person_pronouns=s(names, "person_pronouns"),
        org_pronouns=s(names, "org_pronouns"),
        known_heads=known, known_plurals=_plurals(known),
        person_roles=s(names, "titles") | s(names, "role_nouns"),
        offices=s(names, "titles") & s(people, "role_nouns"),
        female_words=s(names, "female_titles"), male_words=s(names, "male_titles"),
        female_names=s(names, "female_given_names"), male_names=s(names, "male_given_names"),
        # given names of either sex: the entity gazetteer's table (the gendered lists are a part of it)
        given_names=s(people, "first_names") | s(people, "first_names_census"),
        gender_after_re=re.compile(  # , a spokesman for …  /  , his wife
            rf",\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?({_alternation(gendered)})\b"),
        verb_re=re.compile(rf"(?<![\w'’-])(?:{_alternation(verbs)})(?![\w'’-])"),  # lower case only
        source_re=re.compile(rf"(?<![\w-])(?:{_alternation(s(speech, 'source_phrases'))})\s+", re.IGNORECASE),
        judging_labels=s(speech, "label_cues") & characterising, characterising=characterising,
        act_re=re.compile(  # "with a promise to …", "a warning from the IMF that …", up to the quote
            rf"\b(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:{_alternation(s(speech, 'act_nouns'))})\s+"
            r"(?:from\s+(?P<source>(?:the\s+)?[A-Z][^\u2592,;.]{1,60}?)\s+)?(?:to|that)\s+[^\u2592.;:!?]*$"),
        saying_verbs=s(speech, "saying_verbs"), invertible=s(speech, "invertible_verbs"),
        that_verbs=s(speech, "that_verbs"),
        object_verbs=s(speech, "object_verbs"),
        label_re=re.compile(  # a naming word, then at most two words, right before a quote
            rf"(?<![\w-])(?:{_alternation(s(speech, 'label_cues'))})(?:\s+[\w'’-]+){{0,2}}[\s,:]*$"),
        label_word_re=re.compile(rf"(?<![\w-])(?:{_alternation(s(speech, 'label_cues'))})(?![\w-])"),
        naming_re=re.compile(  # "nicknamed", "known as" right before a quote
            rf"(?<![\w-])(?:{_alternation(s(speech, 'naming_participles'))})\s*$"),
    )


# Endings of manner and sentence adverbs ("initially", "repeatedly", "privately", "publicly",
# "strongly"): such a word between a subject and its verb is skipped as the listed ones are. Nouns
# in -ly ("family", "rally", "ally", "supply") end otherwise.
_ADVERB_ENDS = ("ally", "ately", "ntly", "edly", "ously", "ively", "fully", "ibly", "ably", "icly",
                "ngly", "ssly")


def skippable(word: str) -> bool:
    """A lower-case word that may stand between a subject and its verb (``had initially described``);
    a capitalised one is a name (``"…," Shively said``), however it ends."""
    if word[:1].isupper():
        return False
    low = word.lower()
    return low in vocab().skip_between or (len(low) > 5 and low.endswith(_ADVERB_ENDS))


# the words of a time adverbial set between a subject and its verb (``Smith late last week said``,
# ``who earlier this week described``): its nouns and the words that open it
TIME_WORDS = frozenset({"day", "week", "weekend", "month", "year", "morning", "afternoon", "evening",
                        "night", "time"})
TIME_PREPS = frozenset({"on", "in", "at", "during", "last", "this", "earlier", "late", "early"})


@cache
def _when_words() -> frozenset[str]:
    """The words of a time adverbial after ``who``: those above, and the time vocabulary's weekdays."""
    weekdays = {w.lower() for w in time_words().weekdays}
    return TIME_WORDS | TIME_PREPS | frozenset({"next", "today", "yesterday"}) | frozenset(weekdays)


def after_who(words: list[str]) -> bool:
    """The lower-case words before a verb end in ``who`` past the adverbs, auxiliaries and time
    adverbial a verb may have before it (``a nurse who described``, ``Whitaker, who earlier this week
    described``, ``who has repeatedly called``): the verb's subject is the relative pronoun."""
    i = len(words)
    while i and (skippable(words[i - 1]) or words[i - 1] in _when_words()):
        i -= 1
    return i > 0 and words[i - 1] == "who"
