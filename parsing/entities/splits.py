"""Cleaning candidate runs: split at weak links, "of" and calendar words; drop sentence openers.

"Boeing and Airbus" → two names; "Priscilla Leung of BPA" → person and organisation (also a
two-word name "of" an acronym or of a name with an organisation's suffix);
"Moscow Tuesday" → "Moscow"; "According to", "Shares of", "But" → dropped.
"""

from __future__ import annotations

import re
from collections.abc import Container

from .gazetteer import Gazetteer, key
from .names import WEAK_LINKS as _SPLIT_LINKS
from .names import Run, Token

_AND = ("and", "&")


def split_weak(run: Run, gaz: Gazetteer, names: Container[str] = ()) -> list[Run]:
    """Split a run at weak links ("Boeing and Airbus") unless the whole is an organisation name.

    ``names``: the names written alone elsewhere in the text; two of them joined by a link are two
    names ("Millbridge and Orrin Falls") even when the whole looks like one.
    """
    words = run.words()
    if not any(w in _SPLIT_LINKS for w in words):
        return [run]
    if gaz.lookup(" ".join(words)) is not None:
        return [run]
    both = next((i for i in range(1, len(words) - 1) if words[i] in _AND and words[i + 1] == "the"), 0)
    if both:
        # "the Department of Housing and Urban Development and the Centers for …": "and the" opens a
        # second name; each side is split (or kept whole) on its own
        sides = (_trim_links(run.part(run.tokens[:both], True)),
                 _trim_links(run.part(run.tokens[both + 1:], False)))
        return [p for side in sides if side.tokens for p in split_weak(side, gaz, names)]
    k = next(i for i, w in enumerate(words) if w in _SPLIT_LINKS)
    left, right = words[:k], words[k + 1:]
    if not left or not right:
        return [run]
    if words[k] in ("and", "&") and right[0] == "the":  # "X Hydro and the Y Authority"
        return _split_at_links(run)
    left_org = key(left[-1]) in gaz.org_suffixes
    if words[k] in ("for", "on") and (left_org or any(w in gaz.org_words for w in left)):
        return [run]  # "Foundation for the Visual Arts", "Council on Foreign Relations"
    if words[k] == "for" and key(left[-1]) in gaz.title_heads \
            and any(w in gaz.first_names for w in right[1:]):
        return [run]  # "Assistant Secretary for Policy Matthew Scoville": a title's complement, a name
    titled = len(left) > 2 and key(left[0]) in gaz.title_heads and left[1] in gaz.first_names
    whole_sides = (gaz.lookup(" ".join(left)) is not None or right[0] in gaz.first_names
                   or left[0] in gaz.first_names or titled  # "Mayor Gregory Lindqvist and Metro Transit"
                   or (left_org and key(right[-1]) in gaz.org_suffixes)
                   or (_tail(left) in names and " ".join(right) in names))
    orgish = (key(words[-1]) in gaz.org_suffixes or words[-1] in gaz.place_heads
              or any(w in gaz.org_words for w in words[:2]))
    if orgish and not whole_sides:
        return [run]
    return _split_at_links(run)


def _tail(words: list[str]) -> str:
    """The capitalised words ending ``words`` ("Millbridge" of "Residents of Millbridge")."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    return " ".join(words[k:])


def _split_at_links(run: Run) -> list[Run]:
    parts: list[Run] = []
    cur: list[Token] = []
    for t in run.tokens:
        if t.text in _SPLIT_LINKS:
            if cur:
                parts.append(run.part(cur, not parts))
            cur = []
        else:
            cur.append(t)
    if cur:
        parts.append(run.part(cur, not parts))
    return [p for p in map(_trim_links, parts) if p.tokens]


def split_of(run: Run, gaz: Gazetteer, names: Container[str] = ()) -> list[Run]:
    """"Priscilla Leung of BPA" -> person and organisation; "Bank of America" stays whole.

    ``names``: the names written alone elsewhere in the text; a person's name (or surname) and a
    name both written alone are two names when joined by "of" ("Arkady Velasco of Ostravia")."""
    words = run.words()
    if "of" not in words or gaz.lookup(" ".join(words)) is not None:
        return [run]
    k = words.index("of")
    if gaz.located_at(words) == k:  # "Halvorsen Systems Inc. of Fort Wayne": the company, then where
        tail = _trim_links(run.part(run.tokens[k + 1:], False))  # it is (a town, when not known)
        if home_of(tail.tokens, gaz):
            tail.hints.append("HOME")
        return [run.part(run.tokens[:k], True), tail] if tail.tokens else [run]
    lead = 0  # "Senator Lionel Achebe of Corliss": the title is peeled later, the name is what counts
    while lead < k - 1 and gaz.is_title(words[lead]):
        lead += 1
    left = words[lead:k]
    plain = all(w[0].isupper() and key(w) not in gaz.org_suffixes and w not in gaz.place_heads
                and key(w) not in gaz.title_heads and key(w) not in gaz.honorifics for w in left)
    if not plain or gaz.lookup(" ".join(left)) is not None:
        return [run]
    right = [w for w in words[k + 1:] if w != "the"]
    org = bool(right) and ((len(right) == 1 and _ACRONYM.match(right[0]) is not None)
                           or key(right[-1]) in gaz.org_suffixes)  # "X Y of BPA", "X Y of Z Magazine"
    both_alone = len(left) >= 2 and (left[-1] in names or " ".join(left) in names) \
        and " ".join(right) in names
    if not (left[0] in gaz.first_names or (len(left) >= 2 and any("-" in w for w in left[1:]))
            or (len(left) == 2 and org) or both_alone):
        return [run]
    head = run.part(run.tokens[:k], True, ["PERSON"])
    tail = _trim_links(run.part(run.tokens[k + 1:], False))
    tail.hints.append("MODIFIER")  # "of BPA" qualifies the person, as a title would (and is a name)
    if lead and not org and left[0] in gaz.first_names and words[k + 1] != "the" \
            and home_of(tail.tokens, gaz):
        tail.hints.append("HOME")  # "Rep. Yvette Carmody of Dayton": her home town
    return [head, tail] if tail.tokens else [head]


def home_of(where: list[Token], gaz: Gazetteer) -> bool:
    """Whether the words right after a titled person's ``of`` name a home town the gazetteer does not
    know: one or two words of letters, no known name, no organisation's suffix, no acronym."""
    return 0 < len(where) <= 2 and all(t.text.isalpha() for t in where) \
        and gaz.lookup(" ".join(t.text for t in where)) is None \
        and key(where[-1].text) not in gaz.org_suffixes and _ACRONYM.match(where[-1].text) is None


def _trim_links(run: Run) -> Run:
    toks = run.tokens
    while toks and not toks[0].cap:
        run.after_determiner = toks[0].text == "the"
        toks = toks[1:]
    while toks and not toks[-1].cap:
        toks = toks[:-1]
    run.tokens = toks
    return run


def _plain(word: str, gaz: Gazetteer) -> bool:
    """Not a word that begins names with "of" (University, Bank, Secretary, Lake, ...)."""
    k = key(word)
    return not (word in gaz.org_prefixes or k in gaz.place_prefixes or k in gaz.title_heads
                or k in gaz.honorifics or gaz.lookup(word) is not None or word in gaz.first_names
                or f"{word} of" in gaz.org_prefixes or f"{word} of" in gaz.place_prefixes)


_LOWER_WORD = re.compile(r"[a-z][\w-]*")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_CHUNK_REST = re.compile(r"[\w-]*")
_CHUNK_REACH = 80  # characters read back over a hyphenated compound for where it starts


class LowerWords:
    """The words of a text written in lower case (``\\b[a-z][\\w-]*`` tokens), looked up on demand.

    Few words are ever asked about, so each is searched for in the text (and remembered) rather
    than every word of the text being collected first.
    """

    __slots__ = ("_seen", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._seen: dict[str, bool] = {}

    def inflected(self, word: str) -> bool:
        """Whether ``word`` (lower case) or a form of it (+s, +es, +d, without a final s) is a word here."""
        hit = self._seen.get(word)
        if hit is None:
            forms = {word, word + "s", word + "es", word + "d"}
            stem = word
            if word.endswith("s") and len(word) > 1:
                stem = word[:-1]
                forms.add(stem)
            hit = self._seen[word] = _LOWER_WORD.fullmatch(stem) is not None and self._find(stem, forms)
        return hit

    def _find(self, stem: str, forms: set[str]) -> bool:
        """Whether a lower-case word token of the text begins with ``stem`` and is one of ``forms``."""
        text = self._text
        i = text.find(stem)
        while i != -1:
            if "a" <= text[i] <= "z" and self._token_start(i):
                rest = _CHUNK_REST.match(text, i + len(stem))
                if rest is not None and text[i:rest.end()] in forms:
                    return True
            i = text.find(stem, i + 1)
        return False

    def _token_start(self, i: int) -> bool:
        """Whether a lower-case word token begins at ``i`` (the first one in its run of [\\w-])."""
        text = self._text
        if i == 0:
            return True
        c = text[i - 1]
        if c != "-":
            return not (c.isalnum() or c == "_")
        k = i - 1
        while k > 0 and _chunk_char(text[k - 1]):
            k -= 1
            if i - k > _CHUNK_REACH:  # a run of hyphenated words that long is no word to look up
                return False
        return not any("a" <= text[p] <= "z" and (p == k or text[p - 1] == "-") for p in range(k, i))


def _chunk_char(c: str) -> bool:
    return c.isalnum() or c in "_-"


def common_word(word: str, lower_words: LowerWords, opener: bool = True) -> bool:
    """A capitalised word also written in lower case in the article (or inflected), or an -ing/-ly
    ``opener`` (not after a quotation, where an adverb is written in lower case: '"No," Shively said')."""
    w = word.lower()
    return lower_words.inflected(w) or (opener and w.endswith(("ing", "ly")) and len(w) > 5)


def strip_leading(run: Run, gaz: Gazetteer, lower_words: LowerWords) -> Run | None:
    """Drop sentence-opening function words and common words ("The", "But", "According")."""
    toks = run.tokens
    first = toks[0].text
    if not run.sent_start and first not in gaz.openers and key(first) not in gaz.calendar:
        return run
    known = gaz.lookup(" ".join(t.text for t in toks))
    if known is not None:
        if first == "The" and len(toks) > 1 and not known.canonical.startswith("The "):
            run.tokens = toks[1:]
        return run
    while toks:
        w = toks[0].text
        if w in gaz.openers and key(w) not in gaz.honorifics and key(w) not in gaz.title_heads:
            toks = toks[1:]
        elif key(w) in gaz.calendar:
            toks = toks[1:]
        elif run.sent_start and toks is run.tokens and len(toks) > 2 and toks[1].text == "of" \
                and _plain(w, gaz):
            toks = toks[2:]  # "Shares of EADS", "Supporters of Mr Smith"
        elif (run.sent_start and toks is run.tokens and common_word(w, lower_words, not run.after_quote)
              and gaz.lookup(w) is None and w not in gaz.first_names and key(w) not in gaz.honorifics
              and key(w) not in gaz.title_heads and w not in gaz.adjectives):
            toks = toks[1:]
        else:
            break
        while toks and not toks[0].cap:
            toks = toks[1:]
    if not toks:
        return None
    run.tokens = toks
    return run


def _breaks(word: str, gaz: Gazetteer) -> bool:
    return key(word) in gaz.calendar or word in gaz.openers


def _opens_known(toks: list[Token], i: int, gaz: Gazetteer) -> bool:
    """``toks[i]`` and the word after it begin a name the gazetteer knows (``Migizi River First Nation``)."""
    return i + 1 < len(toks) and gaz.opens_name(toks[i].text, toks[i + 1].text)


def _titled_given_name(toks: list[Token], i: int, gaz: Gazetteer) -> bool:
    """``Sen. June Kessling``, ``Rep. April Doyle``: a calendar word between a title and a capitalised
    word is a given name (months are given names; a date is not written between a title and a name)."""
    return 0 < i < len(toks) - 1 and toks[i + 1].text[:1].isupper() and toks[i].text not in gaz.openers \
        and gaz.is_title(toks[i - 1].text)


def split_calendar(run: Run, gaz: Gazetteer) -> list[Run]:
    """Calendar words and capitalised function words inside a run end it ("Moscow Tuesday", "X In the")."""
    if not any(_breaks(t.text, gaz) for t in run.tokens[1:]) or gaz.lookup(" ".join(run.words())):
        return [run]
    parts: list[Run] = []
    cur: list[Token] = []
    toks = run.tokens
    for i, t in enumerate(toks):
        if _breaks(t.text, gaz) and not _titled_given_name(toks, i, gaz) and not _opens_known(toks, i, gaz):
            if cur:
                parts.append(_trim_links(run.part(cur, not parts)))
            cur = []
        else:
            cur.append(t)
    if cur:
        parts.append(_trim_links(run.part(cur, not parts)))
    return [p for p in parts if p.tokens]
