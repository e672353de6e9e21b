"""The name index of an article: every name form, to write a short mention in its fullest form
(``Blinken`` -> ``Antony Blinken``, ``KCNA`` -> ``Korean Central News Agency``) and to find the names
before a position (pronoun antecedents). Capitalised stretches are found with one regex; a stretch is
split into names only when a lookup reaches it, and lookups are memoised.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from . import grammar as G
from .names import Name, all_runs, kind_of, make_name, name_in_run, tokens, word_key
from .vocab import vocab

_CAP_TAIL = r"[\w'’&-]*(?:\.(?=\w)[\w'’&-]*)*\.?"  # the rest of a capitalised word (U.S., AT&T)
_CAP = rf"[A-Z]{_CAP_TAIL}"
_CAP_WORD = rf"(?:{_CAP}|(?:al|el|ad|as|bin|ibn|abu|de|di|da|van|von|le|la|du)-{_CAP})"
_RUN = re.compile(  # where capitalised runs may be: only these stretches are tokenised for the index
    # a capital not preceded by a word character: written after it, the regex engine can skip ahead
    # to the next capital instead of trying every position
    rf"[A-Z](?<!\w[A-Z]){_CAP_TAIL}(?:[ -](?:(?:of|for|the|on|&|de|da|di|del|della|der|den|van|von|la|le|"
    rf"du|dos|das|al|el|bin|ibn|ben|ter|ten|y|mac) ){{0,2}}{_CAP_WORD})*")
_ACRONYM = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,5}")


def _lower(text: str) -> str:
    """``text`` in lower case, offsets unchanged (a character whose lower case is longer is kept)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class NameIndex:
    """The name forms of an article, found lazily: capitalised stretches are located once with one
    regex; a stretch is split into names only when a lookup reaches it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: list[tuple[int, int]] | None = None
        self._starts: list[int] = []
        self._cache: dict[int, list[Name]] = {}
        self._fullest: dict[tuple[str, ...], Name | None] = {}
        self._low: str | None = None

    @property
    def _runs(self) -> list[tuple[int, int]]:
        if self._found is None:
            self._found = [m.span() for m in _RUN.finditer(self.text)]
            self._starts = [r[0] for r in self._found]
        return self._found

    @property
    def low(self) -> str:
        if self._low is None:
            self._low = _lower(self.text)
        return self._low

    def _names(self, i: int) -> list[Name]:
        found = self._cache.get(i)
        if found is None:
            found = self._cache[i] = self._split(i)
        return found

    def _split(self, i: int) -> list[Name]:
        start, end = self._runs[i]
        toks = tokens(self.text, start, end)
        if not any(c in self.text[start:end] for c in " -"):  # one word: most stretches
            if not toks or toks[0].bare in vocab().stopwords:
                return []
            name = make_name(self.text, toks, kind_of([toks[0].text]))
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
        for i, (start, end) in enumerate(self._runs):
            low = self.low[start:end]
            if len(low.split()) < len(letters) or f" {letters[0]}" not in f" {low}":
                continue
            for n in self._names(i):
                words = [w for w in n.words if w.lower() not in G.CONNECTORS and w[:1].isalpha()]
                while len(words) > len(letters) and words[-1].lower().rstrip(".") in G.LEGAL_FORMS:
                    words.pop()  # General Motors Corporation -> GM
                if len(words) > 1 and "".join(w[0] for w in words).lower() == letters:
                    return n
        return None

    def _holding(self, word: str) -> list[int]:
        """Indices of the stretches where ``word`` (lower case) occurs as a word, found in the lower-case
        text (the caller checks the names it splits out)."""
        key = word_key(word)
        if not key:
            return []
        low, runs, starts = self.low, self._runs, self._starts
        out: list[int] = []
        pos = low.find(key)
        while pos != -1:
            end = pos + len(key)
            if (pos == 0 or not low[pos - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                i = bisect_right(starts, pos) - 1
                if i >= 0 and runs[i][1] >= end and (not out or out[-1] != i):
                    out.append(i)
            pos = low.find(key, end)
        return out

    def _longest(self, low: list[str]) -> Name | None:
        best: Name | None = None
        runs = self._runs
        found = min((self._holding(w) for w in low), key=len)  # the rarest word's stretches
        sizes = {i: self.text.count(" ", runs[i][0], runs[i][1]) + 1 for i in found}  # most words a name has
        for i in sorted(found, key=lambda i: -sizes[i]):  # longest stretches first: most are never split
            if sizes[i] < len(low) or (best is not None and sizes[i] < len(best.words)):
                continue
            for n in self._names(i):
                nl = [w.lower() for w in n.words if w.lower().rstrip(".") not in G.SUFFIXES] or [
                    w.lower() for w in n.words]
                if not _contains(nl, low):
                    continue
                if len(low) == 1 and len(nl) > 1 and low[0] not in (nl[0], nl[-1]):
                    continue
                glued = any(w in G.CONNECTORS for w in nl) and not any(w in G.CONNECTORS for w in low)
                if len(low) >= 2 and glued:
                    continue  # "Matthew Ingram" is not short for "Matthew Ingram of The Globe"
                if best is None or len(n.words) > len(best.words) or (
                        len(n.words) == len(best.words) and n.start < best.start):
                    best = n  # the longest; the first in the text among equals
        return best


def _contains(hay: list[str], needle: list[str]) -> bool:
    k = len(needle)
    return any(hay[i:i + k] == needle for i in range(len(hay) - k + 1))
