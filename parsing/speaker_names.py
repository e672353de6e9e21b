"""Proper names for speaker attribution: capitalised runs, titles stripped, fullest forms.

A *run* is a sequence of capitalised words (with name particles and, for organisations, ``of``/``for``/
``and``/``&`` between capitalised words). From a run the speaker name is taken as an organisation when
it ends in an organisation word (``Ministry``, ``Inc.``), else as a person's name: the words after the
last title (``Gen.``, ``Secretary``), without a leading place or title complement (``Secretary of State
Antony Blinken`` -> ``Antony Blinken``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .quote_vocab import vocab

NameKind = Literal["person", "org", "place", "unknown"]

_WORD = re.compile(r"\w(?:[\w'’&-]|\.(?=\w))*\.?")
_POSSESSIVE = re.compile(r"['’]s?$")
_CONNECTORS = frozenset({"of", "for", "&", "the", "on"})
_CAP = r"[A-Z](?:[\w'’&-]|\.(?=\w))*\.?"
_CAP_WORD = rf"(?:{_CAP}|(?:al|el|ad|as|bin|ibn|abu|de|di|da|van|von|le|la|du)-{_CAP})"
_RUN = re.compile(  # where capitalised runs may be: only these stretches are tokenised for the index
    rf"\b{_CAP}(?:[ -](?:(?:of|for|the|on|&|de|da|di|del|della|der|den|van|von|la|le|du|dos|das|"
    rf"al|el|bin|ibn|ben|ter|ten|y|mac) ){{0,2}}{_CAP_WORD})*")
_ABBREVIATIONS = frozenset({"jr", "sr", "inc", "corp", "co", "ltd", "no", "st", "mt", "ft", "bros", "dept",
                            "univ", "assn", "asst", "messrs", "mme", "mlle", "vs", "etc", "approx"})
_LEGAL_FORMS = frozenset({"inc", "corp", "corporation", "co", "company", "ltd", "plc", "llc", "group", "ag",
                          "sa"})
_ACRONYM = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,5}")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str = ""
    bare: str = ""  # without a possessive or sentence period, lower case


def _tok(start: int, end: int, text: str) -> Tok:
    low = text.lower()
    return Tok(start, end, text, low, _POSSESSIVE.sub("", low).rstrip(".") or low)


@dataclass(frozen=True, slots=True)
class Name:
    start: int
    end: int
    text: str
    kind: NameKind
    words: tuple[str, ...]


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    """Words of ``text[lo:hi]``; a trailing period stays on abbreviations only (``Gen.``, ``U.S.``)."""
    out: list[Tok] = []
    for m in _WORD.finditer(text, lo, hi):
        s, e = m.start(), m.end()
        w = m.group()
        if w.endswith(".") and not is_abbreviation(w):
            e -= 1
            w = w[:-1]
        out.append(_tok(s, e, w))
    return out


def is_abbreviation(word: str) -> bool:
    if not word.endswith("."):
        return False
    core = word[:-1]
    low = core.lower()
    return "." in core or len(core) == 1 or low in vocab().titles or low in _ABBREVIATIONS


def is_cap(tok: Tok) -> bool:
    w = tok.text
    if w[:1].isupper() or (w[:1].isdigit() and any(c.isalpha() for c in w)):
        return True
    head, _, rest = w.partition("-")
    return rest[:1].isupper() and head.lower() in vocab().particles  # al-Amr


def _name_word(tok: Tok) -> bool:
    return is_cap(tok) and tok.bare not in vocab().stopwords


def is_possessive(tok: Tok) -> bool:
    return tok.text.endswith(("'s", "’s", "s'", "s’"))


def _joined(text: str, a: Tok, b: Tok) -> bool:
    return text[a.end:b.start] in (" ", "-") and not is_possessive(a)


def run_ending(text: str, toks: list[Tok], last: int) -> int:
    """Index of the first token of the capitalised run that ends at ``toks[last]``."""
    v = vocab()
    i = last
    while i > 0 and _joined(text, toks[i - 1], toks[i]):
        if _name_word(toks[i - 1]):
            i -= 1
            continue
        k = i - 1  # bridge up to two connectors or particles between capitalised words
        while k >= 0 and i - k <= 2 and (toks[k].low in _CONNECTORS or toks[k].low in v.particles) \
                and k > 0 and _joined(text, toks[k - 1], toks[k]):
            k -= 1
            if _name_word(toks[k]):
                break
        if k < i - 1 and _name_word(toks[k]):
            i = k
        else:
            break
    while i < last and (toks[i].low in _CONNECTORS or toks[i].low in v.particles or not _name_word(toks[i])):
        i += 1
    return i


def kind_of(words: list[str]) -> NameKind:
    v = vocab()
    low = [w.rstrip(".").lower() for w in words]
    joined = " ".join(low)
    if low and (low[-1] in v.org_heads or any(w in v.org_heads for w in low[1:])):
        return "org"
    if joined in v.places or joined.removeprefix("the ") in v.places:
        return "place"
    if any(len(w) >= 2 and w.replace(".", "").replace("&", "").isupper() for w in words):
        return "org"  # an acronym (GM, KCNA, GM Europe)
    if low and low[-1] in v.place_heads:
        return "place"  # Middle East, Waitangi Day, Capitol Hill
    if len(low) >= 2 and any(w in v.places for w in low):
        return "org"  # Ford Australia, GM Europe: a person's name holds no country
    if len(low) >= 2 and not any(w in _CONNECTORS for w in low):
        return "person"
    return "unknown"


def name_in_run(text: str, run: list[Tok]) -> Name | None:
    """The speaker name inside a capitalised run (organisation whole; person after its titles)."""
    v = vocab()
    if not run:
        return None
    bare = [t.bare for t in run]
    if bare[-1] in v.org_heads and bare[-1] not in v.titles:
        start = 0  # General Motors keeps its "General"
        cut = next((i for i in range(start, len(bare)) if bare[i] in ("of", "for")), len(bare))
        person = run[start:cut]
        if 2 <= len(person) <= 4 and cut < len(bare) and kind_of([t.text for t in person]) == "person":
            return _make(text, person, "person")  # Anika Patel of Stanford University
        return _make(text, run[start:], "org")
    seg_start = 0
    for i, b in enumerate(bare):
        if b in _CONNECTORS or b in v.titles or b in v.stopwords or (b in v.org_heads and i < len(bare) - 2):
            seg_start = i + 1  # Apple Inc. CEO Steve Jobs, Chrysler LLC Jim Press
    seg = run[seg_start:]
    while seg and (seg[0].bare in v.particles):
        seg = seg[1:]
    after_connector = seg_start > 0 and bare[seg_start - 1] in _CONNECTORS
    if len(seg) >= 3 and after_connector:
        seg = seg[1:]
    while len(seg) >= 3 and (seg[0].bare in v.places or seg[0].bare in v.org_heads):
        seg = seg[1:]
    if len(seg) >= 2 and (seg[0].bare in v.places or " ".join(t.bare for t in seg[:2]) in v.places):
        drop = 2 if " ".join(t.bare for t in seg[:2]) in v.places and len(seg) >= 4 else 1
        seg = seg[drop:] if len(seg) - drop >= 1 else seg
    if not seg:
        return None
    return _make(text, seg, kind_of([t.text for t in seg]))


def _make(text: str, seg: list[Tok], kind: NameKind) -> Name | None:
    if not seg:
        return None
    last = seg[-1]
    end = last.end
    m = _POSSESSIVE.search(last.text)
    if m and last.text.endswith(("'s", "’s")):
        end -= 2
    elif m and last.text.endswith(("'", "’")):
        end -= 1
    s = seg[0].start
    words = tuple(_POSSESSIVE.sub("", t.text) for t in seg)
    return Name(s, end, text[s:end], kind, words)


def all_runs(text: str, toks: list[Tok]) -> list[list[Tok]]:
    """Every maximal capitalised run in the token list, in order."""
    out: list[list[Tok]] = []
    i = len(toks) - 1
    while i >= 0:
        if _name_word(toks[i]):
            j = run_ending(text, toks, i)
            out.append(toks[j:i + 1])
            i = j - 1
        else:
            i -= 1
    out.reverse()
    return out


class NameIndex:
    """The name forms of an article, found lazily: capitalised stretches are located once with one
    regex; a stretch is split into names only when a lookup reaches it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: list[tuple[int, int, str]] | None = None
        self._starts: list[int] = []
        self._cache: dict[int, list[Name]] = {}
        self._fullest: dict[tuple[str, ...], Name | None] = {}
        self._by_word: dict[str, list[int]] | None = None

    @property
    def _runs(self) -> list[tuple[int, int, str]]:
        if self._found is None:
            self._found = [(m.start(), m.end(), m.group().lower()) for m in _RUN.finditer(self.text)]
            self._starts = [r[0] for r in self._found]
        return self._found

    def _names(self, i: int) -> list[Name]:
        found = self._cache.get(i)
        if found is None:
            found = self._cache[i] = self._split(i)
        return found

    def _split(self, i: int) -> list[Name]:
        start, end, low = self._runs[i]
        toks = tokens(self.text, start, end)
        if " " not in low and "-" not in low:  # one word: most stretches
            if not toks or toks[0].bare in vocab().stopwords:
                return []
            name = _make(self.text, toks, kind_of([toks[0].text]))
            return [name] if name is not None else []
        out: list[Name] = []
        for run in all_runs(self.text, toks):
            name = name_in_run(self.text, run)
            if name is not None:
                out.append(name)
        return out

    def before(self, pos: int, lo: int) -> Iterator[Name]:
        """Names starting in ``[lo, pos)``, nearest first."""
        runs = self._runs
        i = bisect_left(self._starts, pos) - 1
        while i >= 0 and runs[i][1] > lo:
            for n in reversed(self._names(i)):
                if lo <= n.start < pos:
                    yield n
            i -= 1

    def fullest(self, words: tuple[str, ...]) -> Name | None:
        """The longest name of the article that holds ``words`` in order (first seen wins a tie)."""
        if not words:
            return None
        key = tuple(w.lower() for w in words)
        if key not in self._fullest:
            acronym = len(words) == 1 and _ACRONYM.fullmatch(words[0]) is not None
            self._fullest[key] = (self._expansion(words[0]) if acronym else None) or self._longest(list(key))
        return self._fullest[key]

    def _expansion(self, acronym: str) -> Name | None:
        """``KCNA`` -> ``Korean Central News Agency``, ``GM`` -> ``General Motors``: initials of a name."""
        letters = acronym.replace(".", "").lower()
        for i, (_, _, low) in enumerate(self._runs):
            if len(low.split()) < len(letters) or f" {letters[0]}" not in f" {low}":
                continue
            for n in self._names(i):
                words = [w for w in n.words if w.lower() not in _CONNECTORS and w[:1].isalpha()]
                while len(words) > len(letters) and words[-1].lower().rstrip(".") in _LEGAL_FORMS:
                    words.pop()  # General Motors Corporation -> GM
                if len(words) > 1 and "".join(w[0] for w in words).lower() == letters:
                    return n
        return None

    def _holding(self, word: str) -> list[int]:
        """Indices of the stretches that hold ``word`` (an index built on first use)."""
        if self._by_word is None:
            self._by_word = {}
            for i, (_, _, low) in enumerate(self._runs):
                for w in {_key(w) for w in low.split()}:
                    self._by_word.setdefault(w, []).append(i)
        return self._by_word.get(_key(word), [])

    def _longest(self, low: list[str]) -> Name | None:
        best: Name | None = None
        for i in self._holding(low[-1]):
            for n in self._names(i):
                nl = [w.lower() for w in n.words if w.lower().rstrip(".") not in _SUFFIXES] or [
                    w.lower() for w in n.words]
                if not _contains(nl, low):
                    continue
                if len(low) == 1 and len(nl) > 1 and low[0] not in (nl[0], nl[-1]):
                    continue
                glued = any(w in _CONNECTORS for w in nl) and not any(w in _CONNECTORS for w in low)
                if len(low) >= 2 and glued:
                    continue  # "Matthew Ingram" is not short for "Matthew Ingram of The Globe"
                if best is None or len(n.words) > len(best.words):
                    best = n
        return best


def _key(word: str) -> str:
    return _POSSESSIVE.sub("", word).rstrip(".")


def _contains(hay: list[str], needle: list[str]) -> bool:
    k = len(needle)
    return any(hay[i:i + k] == needle for i in range(len(hay) - k + 1))
