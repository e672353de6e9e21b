"""Capitalised words that are not names where they stand: currency codes (``US$40``), sentence
openers never capitalised elsewhere, proper adjectives before a noun (``the Islamic faith``), words
the article counts (``20 Dreamliners``: a product, not its maker), a maker's name before a model
(``the Airbus A380``), single letters, Roman numerals,
contractions and listed non-names.
"""

from __future__ import annotations

import re

from ..vocab import load as read_vocab
from .gazetteer import Gazetteer, key
from .kinds import apposition_heads
from .names import ADJECTIVE_END as _ADJECTIVE_END
from .names import is_cap, is_model, prev_word
from .roles import Piece
from .splits import LowerWords

_GRAMMAR = read_vocab("names_words.json")["name_grammar"]
_CURRENCY = frozenset("$£€¥")
_CURRENCY_WORDS = frozenset(_GRAMMAR["currency_words"])
_APPOSITION_REACH = 90  # characters read after a word for an apposition's head noun
_ROMAN = re.compile(r"^[IVXLC]+$")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,5}s$")
_PARTY_LABEL = re.compile(r"[DRI]-(?:[A-Z][a-z]+\.?|(?:[A-Z]\.){1,2})")  # "Feld, D-Minn.,", "(R-Texas)"
# Endings of plurals and of abstract or collective nouns ("Officials", "Management", "Leadership",
# "Security", "Administration"), which can say things but name no one.
_ABSTRACT = re.compile(r"(?:s|ment|ship|ity|ness|ism|tion|sion|ance|ence|hood|dom)$")
_CONTRACTION = re.compile(r"['’](?:m|ll|re|ve|d|t)$")
_NEXT_WORD = re.compile(r"(?:['’]s)?[\W_]*?([^\W_][\w&-]*)")
# Right after it, a lower-case word that is not a verb, a preposition or a conjunction: the noun it
# qualifies ("faith", "lawmakers"), as against "Brian said", "Republican from Texas".
_NOUN_AFTER = re.compile(r" ([a-z][a-z-]+)\b(?![’'])")
_WORD_AFTER = re.compile(r" ([A-Z][\w-]*)")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
_NOT_NOUNS = frozenset(_GRAMMAR["words_after_not_nouns"])
# Verbs whose subject right before them is someone speaking ("X said"), from the person cues.
_REPORTING = frozenset(read_vocab("entities_context.json")["person_words_after"]) - {
    "who", "himself", "herself"}
EMIT_ADJECTIVES = False  # nationality adjectives ("Russian troops") are modifiers, not mentions
EMIT_GROUPS = True  # plural demonyms and believers ("Afghans", "Muslims") name groups of people


def next_word(text: str, end: int) -> re.Match[str] | None:
    """The next word after ``end`` (past a possessive 's and any punctuation)."""
    return _NEXT_WORD.match(text, end)


def money(text: str, end: int) -> bool:
    """"US$40", "NZ $ 26", "US dollars": a currency code, not a country."""
    c = text[end:end + 1]
    if not c.isspace():  # the name runs on into punctuation or a currency sign
        return c in _CURRENCY
    after = text[end:end + 12].lstrip()
    return after[:1] in _CURRENCY or after.split(" ", 1)[0].rstrip(".,;") in _CURRENCY_WORDS


def unsupported_opener(text: str, piece: Piece, gaz: Gazetteer, mid_caps: set[str],
                       lower_words: LowerWords) -> bool:
    """A lone capitalised word opening a sentence, never capitalised elsewhere: an ordinary word —
    unless it is the subject of a reporting verb and no plural nor a word the text writes in lower
    case ("Ostrowe says", not "Officials say" nor "Staff said … the staff")."""
    if len(piece.tokens) != 1 or piece.person:
        return False
    w = piece.tokens[0].text
    if w in mid_caps or gaz.lookup(w) is not None or w in gaz.first_names or w.isupper() or "." in w:
        return False
    end = piece.tokens[0].end
    nxt = next_word(text, end)
    if nxt is None or any(c in text[end:nxt.start(1)] for c in ".!?\n"):
        return True  # '"Understood."', '"Yes. Twice."': no next word in its sentence to support it
    following = nxt.group(1)
    if is_cap(following) or _described(text, end, gaz):
        return False
    speaks = following in _REPORTING and text[end:end + 1] == " " and _ABSTRACT.search(w) is None
    return not speaks or lower_words.inflected(w.lower())


def _described(text: str, end: int, gaz: Gazetteer) -> bool:
    """An apposition after the word whose head is a role, a person or an organisation: "Pence, the
    Indiana governor, said" (a name, though it only ever opens sentences)."""
    if text[end:end + 2] != ", ":
        return False
    cx = gaz.context
    return any(h in gaz.role_nouns or h in cx["person_nouns"] or h in cx["org_nouns_before"]
               for h in apposition_heads(text[end:end + _APPOSITION_REACH]))


def proper_adjective(text: str, piece: Piece, gaz: Gazetteer, opens: bool) -> bool:
    """A lone capitalised adjective qualifying the noun after it, after a determiner or opening a
    sentence: "the Islamic faith", "Congressional lawmakers said" (an adjective, not a name)."""
    if len(piece.tokens) != 1 or piece.person or piece.tokens[0].possessive:
        return False
    w = piece.tokens[0].text
    if _ADJECTIVE_END.match(w) is None or not (
            opens or prev_word(text, piece.tokens[0].start).lower() in _DETERMINERS):
        return False
    if gaz.lookup(w) is not None or w in gaz.first_names:
        return False
    return noun_after(text, piece.tokens[0].end)


_DEMONYM_ENDS = ("ian", "ish", "an", "n", "i", "ese")
_DEMONYM_LAST = frozenset(e[-1] for e in _DEMONYM_ENDS)  # most words end otherwise: one test


def demonyms(names: set[str]) -> dict[str, str]:
    """Words of the text's names that are another word of them with a demonym ending ("Ostravian",
    "Kelmari", "Ravellan", "Quarrish"), each to that word: adjectives of places the text names."""
    out: dict[str, str] = {}
    words = {w for name in names for w in name.split()}
    for w in words:
        if w[-1] not in _DEMONYM_LAST or not w.isalpha() or not w[:1].isupper() or w.isupper():
            continue
        for end in _DEMONYM_ENDS:
            base = w[:-len(end)]
            if w.endswith(end) and len(base) >= 4 and base in words:
                out[w] = base
                break
    return out


def noun_after(text: str, end: int) -> bool:
    """A lower-case noun right after ``end`` (not a verb, preposition or conjunction)."""
    m = _NOUN_AFTER.match(text, end)
    return m is not None and m.group(1) not in _NOT_NOUNS


_CLOCK_BEFORE = re.compile(  # "4:40 a.m. ", "14:30 ", "9 pm "; not "2018 " nor "No. 2 "
    r"\b\d{1,2}(?::[0-5]\d\s*(?:[ap]\.m\.|[AP]M\b|[ap]m\b)?|(?:[.:][0-5]\d)?\s*(?:[ap]\.m\.|[AP]M\b|[ap]m\b))\s*$")


def time_zone(text: str, start: int, word: str) -> bool:
    """An abbreviation right after a clock time is its zone ("4:40 a.m. CST", "14:30 GMT"), no name."""
    return word.isupper() and 2 <= len(word) <= 5 and \
        _CLOCK_BEFORE.search(text, max(0, start - 16), start) is not None


def maker_of_model(text: str, end: int) -> bool:
    """A name right before a model designation ("the Airbus A380", "a Vickers VC-10"): the maker's
    name is part of the product's name there, not a mention of the company."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and is_model(m.group(1))


def counted(text: str, words: set[str], gaz: Gazetteer) -> set[str]:
    """Of the one-word ``words`` (capitalised, as written), those the article also writes in the plural
    as a common noun (after a number or a lower-case word, not inside a run of names: ``sold 20
    Dreamliners``, ``includes Polaroids of``), with their plurals: names of things made or sold,
    counted like nouns, not of the organisation or person of that name ("Kathryn Waters" is no plural)."""
    out: set[str] = set()
    for w in words:
        if len(w) < 3 or not w.isalpha() or w.isupper() or w[-1] == "s" or w in gaz.first_names:
            continue
        i = text.find(w + "s")
        if i == -1 or gaz.lookup(w) is not None:
            continue
        for m in re.finditer(rf"(?<![\w'’-])(?:[a-z][\w-]*|\d[\d.,]*) {w}e?s\b(?! [A-Z])", text):
            if m.end() > i:
                out.update((w, w + "s", w + "es"))
                break
    return out


def plural_demonym(name: str) -> bool:
    """"Afghans", "Kurds": a plural naming people; "Swiss" (as "Chinese") is the adjective itself."""
    return name.endswith("s") and not name.endswith("ss")


def party_label(word: str) -> bool:
    """``D-Minn.``, ``R-Texas``, ``I-Vt.``: a legislator's party and state (or district), written
    after the name; no name of its own, and never the one who speaks."""
    return word[1:2] == "-" and _PARTY_LABEL.fullmatch(word) is not None  # a letter and a hyphen first


def not_a_name(name: str, gaz: Gazetteer, size: int) -> bool:
    if name in gaz.adjectives and gaz.lookup(name) is None:
        return not (EMIT_ADJECTIVES or (EMIT_GROUPS and plural_demonym(name)))
    if name in gaz.groups:
        return not EMIT_GROUPS
    if size > 1:
        return False
    if name in gaz.not_names or name in gaz.other_names or _CONTRACTION.search(name) or party_label(name):
        return True
    if "-" in name and all(key(part) in gaz.calendar for part in name.split("-")):
        return True  # "April-June", "Monday-Friday": a span of the calendar
    # "MPs", "NGOs", "CEOs": an acronym in the plural names a class of people or things, not one
    return len(name) == 1 or _ROMAN.match(name) is not None or _PLURAL_ACRONYM.match(name) is not None


def _after_the(text: str, start: int) -> bool:
    """The word at ``start`` follows ``the`` (``the Speaker``, ``the Bill``)."""
    return text[max(0, start - 4):start].lower() == "the "


_BODIES = frozenset({"Executive"})  # "the Executive" at Stormont: a government, not an office


def bare_title(text: str, piece: Piece, gaz: Gazetteer) -> bool:
    """``the Speaker``, ``The Prime Minister``: an office after ``the`` with no name is a role, not
    a name (the gold sets mark no entity 130 times of 139); unless the text sets the title before a
    name (``President Ana Ruiz … The President``), whose mention it then is."""
    start = piece.tokens[0].start
    if not _after_the(text, start) or piece.tokens[-1].text in _BODIES \
            or not all(key(t.text) in gaz.title_heads for t in piece.tokens) \
            or text.startswith(" of ", piece.tokens[-1].end):
        return False
    title = text[piece.tokens[0].start:piece.tokens[-1].end]
    return re.search(rf"\b{re.escape(title)} [A-Z]", text) is None


def lone_given_name(text: str, piece: Piece, gaz: Gazetteer) -> bool:
    """``the Bill was passed``: a given name alone after ``the`` names no one, as a person's name
    takes no article; a place or an organisation the gazetteer knows by it stays (``the Clyde``)."""
    if len(piece.tokens) != 1:
        return False
    tok = piece.tokens[0]
    return _after_the(text, tok.start) and tok.text in gaz.first_names \
        and gaz.lookup(tok.text) is None and _WORD_AFTER.match(text, tok.end) is None \
        and not text.startswith(("'s", "’s"), tok.end)
