"""Proper names for speaker attribution: capitalised runs, titles stripped, fullest forms.

A *run* is a sequence of capitalised words (with name particles and, for organisations, ``of``/``for``/
``and``/``&`` between capitalised words). From a run the speaker name is taken as an organisation when
it ends in an organisation word (``Ministry``, ``Inc.``), else as a person's name: the words after the
last title (``Gen.``, ``Secretary``), without a leading place or title complement (``Secretary of State
Antony Blinken`` -> ``Antony Blinken``). The fullest forms are looked up in ``index``.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from ..entities.gazetteer import load as gazetteer
from ..entities.notnames import party_label
from . import grammar as G
from .vocab import vocab

NameKind = Literal["person", "org", "place", "unknown"]

_WORD = re.compile(r"\w(?:[\w'’&-]|\.(?=\w))*\.?")
POSSESSIVE = re.compile(r"['’]s?$")


class Tok(NamedTuple):
    """A word with its offsets; ``bare`` is lower case without a possessive or final period."""

    start: int
    end: int
    text: str
    low: str
    bare: str


def word_key(word: str) -> str:
    """A word without its possessive (``'s``, ``s'``) and final periods: ``apple's`` -> ``apple``."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    elif word.endswith(("'", "’")):
        word = word[:-1]
    return word.rstrip(".")


class Name(NamedTuple):
    start: int
    end: int
    text: str
    kind: NameKind
    words: tuple[str, ...]


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    """Words of ``text[lo:hi]``; a trailing period stays on abbreviations only (``Gen.``, ``U.S.``)."""
    out: list[Tok] = []
    for m in _WORD.finditer(text, lo, hi):
        s, e = m.span()
        w = m.group()
        if w[-1] == "." and not is_abbreviation(w):
            e -= 1
            w = w[:-1]
        low = w.lower()
        bare = low if low[-1] not in "s'’." else word_key(low) or low
        out.append(Tok(s, e, w, low, bare))
    return out


def is_abbreviation(word: str) -> bool:
    if not word.endswith("."):
        return False
    core = word[:-1]
    low = core.lower()
    # a title written with its period ("Gen.", "Sen."), not one that is a whole word ("senator.")
    return "." in core or len(core) == 1 or f"{low}." in vocab().titles or low in G.ABBREVIATIONS


_MEASURE = re.compile(r"\d[\d,.]*(?:-[a-z]+)+")  # "58-year-old", "63-page", "10-point": a measure


def is_cap(tok: Tok) -> bool:
    w = tok.text
    if party_label(w):  # "D-Minn.": a legislator's party and state
        return False
    if w[:1].isupper() or (w[:1].isdigit() and any(c.isalpha() for c in w) and not _MEASURE.fullmatch(w)):
        return True  # 3M, 7-Eleven; not "58-year-old" nor "the 63-page complaint", which measure
    head, _, rest = w.partition("-")
    return rest[:1].isupper() and head.lower() in vocab().particles  # al-Amr


def _name_word(tok: Tok) -> bool:
    return is_cap(tok) and tok.bare not in vocab().stopwords


def is_possessive(tok: Tok) -> bool:
    return tok.text.endswith(("'s", "’s", "s'", "s’"))


def possessive_name(tok: Tok) -> bool:
    """A capitalised possessive (``Denmark's``), which stands before a noun where an article would."""
    return is_possessive(tok) and is_cap(tok)


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
        while k >= 0 and i - k <= 2 and (toks[k].low in G.CONNECTORS or toks[k].low in v.particles) \
                and k > 0 and _joined(text, toks[k - 1], toks[k]):
            k -= 1
            if _name_word(toks[k]):
                break
        if k < i - 1 and _name_word(toks[k]):
            i = k
        else:
            break
    while i < last and (toks[i].low in G.CONNECTORS or _leading_particle(toks[i].text)
                        or not _name_word(toks[i])):
        i += 1
    return i


def _leading_particle(word: str) -> bool:
    """A name particle that cannot open a name (``bin`` of ``bin Salman``), not a given name written
    the same (``Ben Okafor``, ``Al Gore``)."""
    return word.lower() in vocab().particles and not (word[:1].isupper() and given_name(word))


def given_name(word: str) -> bool:
    return word.rstrip(".").lower() in vocab().given_names


def kind_of(words: list[str]) -> NameKind:
    v = vocab()
    low = [w.rstrip(".").lower() for w in words]
    joined = " ".join(low)
    if low and (low[-1] in v.org_heads or any(w in v.org_heads for w in low[1:])):
        return "org"
    if joined in v.places or joined.removeprefix("the ") in v.places:
        return "place"
    cores = (w.replace(".", "").replace("&", "") for w in words)
    if any(len(core) >= 2 and core.isupper() for core in cores):
        return "org"  # an acronym (GM, KCNA, GM Europe), not a middle initial (Harlan P. Stoddard)
    if len(low) >= 2 and given_name(low[0]):
        return "person"  # Ellen Park, Jordan Hill: a given name opens a person's name
    if low and low[-1] in v.place_heads:
        return "place"  # Middle East, Waitangi Day, Capitol Hill
    if len(low) >= 2 and any(w in v.places for w in low):
        return "org"  # Ford Australia, GM Europe: a person's name holds no country
    if len(low) >= 2 and low[-1] in G.ORDINAL_WORDS:
        return "org"  # NZ First, Families First: a campaign's or a party's name
    if len(low) >= 2 and not any(w in G.CONNECTORS for w in low):
        return "person"
    return "unknown"


def name_in_run(text: str, run: list[Tok]) -> Name | None:
    """The speaker name inside a capitalised run (organisation whole; person after its titles)."""
    v = vocab()
    if not run:
        return None
    bare = [t.bare for t in run]
    located = gazetteer().located_at([t.text for t in run])
    if located is not None:
        return make_name(text, run[:located], "org")  # "Monongahela Steel Corp. of Pittsburgh"
    if bare[-1] in v.org_heads and bare[-1] not in v.titles:
        start = 0  # General Motors keeps its "General"
        cut = next((i for i in range(start, len(bare)) if bare[i] in ("of", "for")), len(bare))
        person = run[start:cut]
        if 2 <= len(person) <= 4 and cut < len(bare) and kind_of([t.text for t in person]) == "person":
            return make_name(text, person, "person")  # Anika Patel of Stanford University
        return make_name(text, run[start:], "org")
    if len(bare) <= 5 and len(bare) >= 3 and bare[0] in v.org_heads and bare[1] in ("of", "for") \
            and not any(_title_at(bare, i) for i in range(len(bare) - 1)):
        return make_name(text, run, "org")  # Bank of Japan, Court of First Instance
    if "of" in bare[1:-1]:  # Senator Lionel Achebe of Corliss: the person, whom "of" places
        cut = first = bare.index("of")
        while first > 0 and bare[first - 1] not in v.titles:
            first -= 1
        if 0 < first < cut and given_name(run[first - 1].text):
            first -= 1  # "Majority Leader Dean Kolstad of Pella": a given name that is also a title
        person = run[first:cut]
        if 2 <= len(person) <= 4 and (kind_of([t.text for t in person]) == "person" or _initialled(person)):
            return make_name(text, person, "person")
    seg_start = 0
    surname = len(bare) - 1 if _surname_title(run) else -1  # "Julie Bishop", "Stephen King"
    for i, b in enumerate(bare):
        if b in G.CONNECTORS or (i != surname and _title_at(bare, i)) or b in v.stopwords or (
                b in v.org_heads and i < len(bare) - 2):
            seg_start = i + 1  # Apple Inc. CEO Steve Jobs, Chrysler LLC Jim Press
    seg = run[seg_start:]
    while seg and _leading_particle(seg[0].text):
        seg = seg[1:]
    after_connector = seg_start > 0 and bare[seg_start - 1] in G.CONNECTORS
    if len(seg) >= 3 and after_connector:
        seg = seg[1:]
    while len(seg) >= 3 and (seg[0].bare in v.places or seg[0].bare in v.org_heads):
        seg = seg[1:]
    if len(seg) >= 2 and (seg[0].bare in v.places or " ".join(t.bare for t in seg[:2]) in v.places):
        drop = 2 if " ".join(t.bare for t in seg[:2]) in v.places and len(seg) >= 4 else 1
        seg = seg[drop:] if len(seg) - drop >= 1 else seg
    if not seg:
        return None
    return make_name(text, seg, kind_of([t.text for t in seg]))


def _title_at(bare: list[str], i: int) -> bool:
    """``bare[i]`` is a title here: an ordinal is one only before another title ("First Minister"),
    not at a name's end ("Rivers First") nor inside a body's name ("Court of First Instance")."""
    titles = vocab().titles
    if bare[i] not in titles:
        return False
    return bare[i] not in G.ORDINAL_WORDS or (i + 1 < len(bare) and bare[i + 1] in titles)


def _surname_title(run: list[Tok]) -> bool:
    """The run's last word is a title after a given name, past the titles before it (``Foreign
    Minister Julie Bishop``): a surname (the entities' rule, ``Gazetteer.title_surname``)."""
    titles = vocab().titles
    if len(run) < 2 or run[-1].bare not in titles:
        return False
    first = max((i + 1 for i, t in enumerate(run[:-1]) if t.bare in titles), default=0)  # after its titles
    return gazetteer().title_surname([t.text for t in run[first:]])


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _initialled(person: list[Tok]) -> bool:
    """``K.P. Radhakrishnan`` (of the CPI): initials before a surname, not an acronym (``U.S.``)."""
    first, rest = person[0], person[1:]
    return _INITIALS.fullmatch(first.text) is not None and first.low not in vocab().places \
        and all(t.text[:1].isupper() and not t.text.isupper() for t in rest)


def make_name(text: str, seg: list[Tok], kind: NameKind) -> Name | None:
    if not seg:
        return None
    last = seg[-1]
    end = last.end
    m = POSSESSIVE.search(last.text)
    if m and last.text.endswith(("'s", "’s")):
        end -= 2
    elif m and last.text.endswith(("'", "’")):
        end -= 1
    s = seg[0].start
    words = tuple(POSSESSIVE.sub("", t.text) for t in seg)
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


def split_commas(masked: str, toks: list[Tok]) -> list[list[Tok]]:
    """The tokens in runs between commas (not the comma inside "40,000")."""
    out: list[list[Tok]] = [[]]
    for i, t in enumerate(toks):
        if i > 0 and "," in masked[toks[i - 1].end:t.start] and not (  # not inside "40,000"
                toks[i - 1].text[-1:].isdigit() and t.text[:1].isdigit() and t.start - toks[i - 1].end == 1):
            out.append([])
        out[-1].append(t)
    return out
