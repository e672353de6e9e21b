"""Candidate name spans: runs of capitalised words joined by name connectors (cleaned in splits).

A run never crosses punctuation, a line break or a possessive (but an irregular plural's, which
stays inside names: ``Korean People's Army``); sentence-initial function words,
calendar words and title-case headline lines are handled here, so later stages see clean runs.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field
from typing import NamedTuple

from ..model import EntityType
from ..vocab import load as read_vocab
from .gazetteer import Gazetteer, key

# A word: letters/digits with inner hyphens, ampersands, apostrophes; or a dotted acronym (U.S., D.C.).
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,5}$")
_WORD = re.compile(r"[^\W_][\w&-]*(?:['’]\w[\w&-]*)*(?:\.(?:[A-Za-z]\.)+(?![A-Za-z]))?")
_PREV_WORD = re.compile(r"([^\W_][\w&'’.-]*) $")
_GRAMMAR = read_vocab("names_words.json")["name_grammar"]
_COMPOUND = re.compile(rf"(?<=\w)-({'|'.join(_GRAMMAR['compound_tails'])})$")
_PARTICLES = "|".join(_GRAMMAR["particles"])
_ARABIC_PARTICLE = re.compile(rf"^(?:{_PARTICLES})[-'’][A-Z]")
# Words that may join the capitalised words of one name ("Bank of America", "Ludwig van Beethoven");
# weaker links are kept only inside organisation names ("Defence and Space Company").
_STRONG_LINKS = frozenset(_GRAMMAR["strong_links"])
WEAK_LINKS = frozenset(_GRAMMAR["weak_links"])
_SECOND_LINKS = frozenset(_GRAMMAR["second_links"])
_ABBREV_DOT = frozenset(_GRAMMAR["abbreviations_with_stop"])
_PLURAL_OWNERS = frozenset(_GRAMMAR["plural_owners"])  # "People's Party": a possessive inside a name
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽΑ-ΩА-ЯЁ"
_WORD_REST = r"[\w&-]*(?:['’]\w[\w&-]*)*"
_ABBREV_END = "|".join(rf"(?<=\b{a})" for a in sorted(_ABBREV_DOT))
# A capitalised word (the look-behind after the first letter keeps "iPhone" and "al-Assad" out),
# with a dotted acronym tail (U.S.) or the full stop of an abbreviation (Gen., Inc., M.).
_CAP_WORD = (
    rf"[{_UPPER}](?<![\w&'’-].){_WORD_REST}(?:\.(?:[A-Za-z]\.)+(?![A-Za-z]))?"
    rf"(?:(?=\.)(?:{_ABBREV_END}|(?<=\b[{_UPPER}]))\.)?"
)
_PARTICLE_WORD = rf"(?:{_PARTICLES})[-'’][A-Z]{_WORD_REST}"
_LINKS = "|".join(sorted(_STRONG_LINKS | WEAK_LINKS, key=len, reverse=True))
_MORE = (rf"(?: (?:(?:{_LINKS}) (?:(?:{'|'.join(sorted(_SECOND_LINKS))}) )?)?"
         rf"(?:{_CAP_WORD}|{_PARTICLE_WORD}))*")
# A run: capitalised words, one space apart, maybe joined by one or two link words ("Bank of the West").
_RUN = re.compile(_CAP_WORD + _MORE)
_PARTICLE_RUN = re.compile(_PARTICLE_WORD + _MORE)
_PARTICLE_HINT = re.compile(r"[-'’][A-Z]")
# A model or type number ("A380", "DC-9", "VC-10", "A330s", "KC-45"): a product, not a name.
_MODEL = re.compile(r"^[A-Z]{1,3}-?\d[\w-]*$")
# An adjective's ending: "Islamic", "Victorian", "Congressional", "Hellenic" (six letters at least,
# so that "Ian" or "Natal"-like short names are left alone).
ADJECTIVE_END = re.compile(r"^[A-Z][a-z]{2,}(?:ic|ian|al)$")
_SENTENCE_LEADS = frozenset("\"“‘'([:—–-")  # a run right after one (and spaces) opens a sentence
_CLOSED_BY_COMMA = frozenset((',"', ",'", ",”", ",’"))
_MAX_HEADLINE_SHARE = 0.8
_SENTENCE_END = frozenset(".\"”:")


class Token(NamedTuple):
    """One word; a tuple, as an article has hundreds and they are made in a hot loop."""

    start: int
    end: int
    text: str
    possessive: bool = False
    suffix: str = ""  # a compound's lowercase tail cut off ("based" in "Moscow-based")
    cap: bool = False  # written like a name (capitalised, or "al-Assad")


@dataclass(slots=True)
class Run:
    """A candidate name: tokens (connectors included) and where it sits."""

    tokens: list[Token]
    sent_start: bool = False
    headline: bool = False
    hints: list[str] = field(default_factory=list)
    after_determiner: bool = False  # right after "the"
    after_quote: bool = False  # right after a quotation closed by its comma ('"No," Shively said')

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def words(self) -> list[str]:
        return [t.text for t in self.tokens]

    def part(self, tokens: list[Token], first: bool, hints: list[str] | None = None) -> Run:
        """A piece of this run; only the first piece keeps where the run stood."""
        return Run(tokens, self.sent_start and first, self.headline, hints or [],
                   self.after_determiner and first, self.after_quote and first)


def acronym(name: str) -> bool:
    """A name written in capitals and stops (``NASA``, ``U.N.``, ``AT&T``): an organisation's shape."""
    return bool(_ACRONYM.match(name))


def tokenize(text: str, start: int, end: int) -> list[Token]:
    make = tuple.__new__
    return [
        _token(m.start(), m.end(), w, text, end)
        if w[0].isupper() or w[-1] == "s" or "-" in w or "'" in w or "’" in w
        else make(Token, (m.start(), m.end(), w, False, "", False))
        for m in _WORD.finditer(text, start, end) if (w := m.group())
    ]


def _token(s: int, e: int, w: str, text: str, end: int) -> Token:
    """A word that may be a name, a possessive, a compound or an abbreviation."""
    make = tuple.__new__
    cap = w[0].isupper() or bool(_ARABIC_PARTICLE.match(w))
    if w[-1] == "s" and len(w) > 2 and w[-2] in "'’":
        return make(Token, (s, e - 2, w[:-2], True, "", cap))
    if "-" in w and (cut := _COMPOUND.search(w)) is not None:
        size = len(cut.group())
        return make(Token, (s, e - size, w[:-size], True, cut.group(1), cap))
    if cap and e < end and text[e] == "." and (w in _ABBREV_DOT or len(w) == 1):
        return make(Token, (s, e + 1, w + ".", False, "", cap))
    return make(Token, (s, e, w, False, "", cap))


def prev_word(text: str, start: int) -> str:
    """The word right before ``start`` when one space separates them, else ""."""
    if start < 2 or text[start - 1] != " ":
        return ""
    lo = max(0, start - 40)  # a "word" longer than that is no word: never scan back further
    k = text.rfind(" ", lo, start - 1) + 1 or lo
    m = _PREV_WORD.search(text, k, start)
    return m.group(1) if m is not None else ""


def is_model(word: str) -> bool:
    """A model or type designation ("A380", "VC-10", "737-800"), not a name."""
    return _MODEL.match(word) is not None


def is_cap(word: str) -> bool:
    if word[0].isupper():
        return True
    return ("-" in word or "'" in word or "’" in word) and bool(_ARABIC_PARTICLE.match(word))


def headline_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Lines written in title case (headlines, captions of that style) inside [start, end)."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        if text[pos:stop].rstrip()[-1:] not in _SENTENCE_END:
            long_words = [w for w in _WORD.findall(text, pos, stop) if len(w) > 3 and w[0].isalpha()]
            if len(long_words) >= 2:
                share = sum(1 for w in long_words if w[0].isupper()) / len(long_words)
                if share == 1 or (len(long_words) >= 4 and share >= _MAX_HEADLINE_SHARE):
                    out.append((pos, stop))
        pos = stop + 1
    return out


def runs(text: str, sent_starts: set[int]) -> list[Run]:
    """Maximal capitalised runs; connectors are kept only between capitals; a possessive ends a run."""
    out: list[Run] = []
    make = tuple.__new__
    n = len(text)
    for m in _matches(text):
        w = m.group()
        s, e = m.span()
        if " " not in w:  # one word: the common case
            if w.isalpha() and (e == n or text[e] != ".") and w[-1] != "s":
                if not w[0].isupper():
                    continue
                t = make(Token, (s, e, w, False, "", True))
            else:
                t = _token(s, e, w, text, n)
                if not t.cap or _MODEL.match(t.text):
                    continue
            out.append(Run([t], sent_start=_at_sentence_start(text, s, sent_starts),
                           after_quote=_after_quote(text, s)))
            continue
        cur: list[Token] = []
        for t in _run_tokens(text, w, s):
            if cur or t.cap:
                cur.append(t)
            if t.possessive and cur and t.text not in _PLURAL_OWNERS:
                _close(text, cur, sent_starts, out)
                cur = []
        if cur:
            _close(text, cur, sent_starts, out)
    for run in out:
        _numbered(text, run)
    return out


def _numbered(text: str, run: Run) -> None:
    """``the 7th Congressional District``, ``the 25th Ward``, ``the 9th Circuit``: the ordinal before a
    run whose first name ends in a head that takes a number is part of that name."""
    toks = run.tokens
    first = next((i for i, t in enumerate(toks) if not t.cap), len(toks)) - 1  # up to a connector
    if first < 0 or toks[first].text not in NUMBERED_HEADS:
        return
    o = _ORDINAL_BEFORE.search(text, max(0, toks[0].start - 6), toks[0].start)
    if o is not None:
        toks.insert(0, Token(o.start(1), o.end(1), o.group(1), False, "", True))


# a name's head that takes a number ("7th District"), and the type the numbered name has
NUMBERED_HEADS: dict[str, EntityType] = {
    "District": "PLACE", "Ward": "PLACE", "Precinct": "PLACE", "Street": "PLACE", "Avenue": "PLACE",
    "Circuit": "ORG"}
_ORDINAL_BEFORE = re.compile(r"(?<![\w.,])(\d{1,3}(?:st|nd|rd|th))\s$")


def _run_tokens(text: str, run: str, start: int) -> list[Token]:
    """The tokens of a run's text (words one space apart); plain words need no tokenizer."""
    out: list[Token] = []
    make = tuple.__new__
    pos = start
    for word in run.split(" "):
        end = pos + len(word)
        if word.isalpha():
            out.append(make(Token, (pos, end, word, False, "", word[0].isupper())))
        else:
            out.extend(tokenize(text, pos, end))
        pos = end + 1
    return out


def _matches(text: str) -> list[re.Match[str]]:
    """Run matches, with those starting with a lower-case particle ("al-Qaeda said") in order."""
    found = list(_RUN.finditer(text))
    extra: list[re.Match[str]] = []
    covered = 0  # end of the last run seen; hints before it lie inside a run
    j = 0
    for h in _PARTICLE_HINT.finditer(text):
        k = h.start()
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        while j < len(found) and found[j].end() <= k:
            covered = max(covered, found[j].end())
            j += 1
        inside = k < covered or (j < len(found) and found[j].start() <= k)
        if inside or k == h.start() or text[k].isupper() or (k > 0 and text[k - 1].isalnum()):
            continue
        m = _PARTICLE_RUN.match(text, k)
        if m is not None:
            extra.append(m)
            covered = max(covered, m.end())
    return sorted(found + extra, key=lambda m: m.start()) if extra else found


# "Australian Workers' Union", "Houston Police Officers' Association", "Senate Veterans' Affairs
# Committee": a plural of people who do a thing, its possessive's apostrophe, then an organisation's head
_AGENT_PLURAL = re.compile(r"[A-Z][a-z]+(?:ers|ors|ants|ents|ists|ans|ens|ees)")
_OWNED_HEADS = frozenset(("Affairs",))  # beside the organisations' suffixes


def join_plural_owners(text: str, found: list[Run], org_heads: Container[str]) -> list[Run]:
    """Runs split at a plural possessive's apostrophe inside an organisation's name, joined again:
    the run before ends in a plural of people (``Workers``, ``Officers``, ``Veterans``), and the run
    after is made of organisations' heads (``Union``, ``Association``, ``Affairs Committee``), and
    neither holds more (not "Marcelo Antunes of the Workers' Party", "Workers' Party MP X": those
    are split as before). Not "the Lakers' Kobe Bryant", nor "the Democrats' Senate majority" (no
    plural of people who do a thing)."""
    out: list[Run] = []
    for run in found:
        prev = out[-1] if out else None
        if prev is not None and run.start == prev.end + 2 and text[prev.end:prev.end + 2] in ("' ", "’ ") \
                and _AGENT_PLURAL.fullmatch(prev.tokens[-1].text) is not None \
                and all(t.cap for t in prev.tokens) \
                and all(key(t.text) in org_heads or key(t.text) in _OWNED_HEADS for t in run.tokens):
            prev.tokens = prev.tokens + run.tokens
            prev.hints.append("OWNED")  # one name: not split again at the plural (a role noun, a title)
            continue
        out.append(run)
    return out


def _close(text: str, cur: list[Token], sent_starts: set[int], out: list[Run]) -> None:
    while cur and (not cur[-1].cap or _MODEL.match(cur[-1].text)):  # "Airbus A380": the maker only
        cur.pop()
    if cur:
        out.append(Run(cur, sent_start=_at_sentence_start(text, cur[0].start, sent_starts),
                       after_quote=_after_quote(text, cur[0].start)))


def _after_quote(text: str, pos: int) -> bool:
    """A straight mark closing a quotation after its comma stands just before ``pos``."""
    return text[max(0, pos - 3):pos].rstrip()[-2:] in _CLOSED_BY_COMMA


def _at_sentence_start(text: str, pos: int, sent_starts: set[int]) -> bool:
    if pos in sent_starts or pos == 0:
        return True
    before = text[max(0, pos - 3):pos]
    return before[-1] == "\n" or before.rstrip()[-1:] in _SENTENCE_LEADS


def known_spans(tokens: list[Token], gaz: Gazetteer, known: set[str]) -> list[Run]:
    """In headline lines: only gazetteer names and names known from the running text."""
    out: list[Run] = []
    i, n = 0, len(tokens)
    while i < n:
        hit = 0
        for size in range(min(gaz.max_words, 5, n - i), 0, -1):
            piece = tokens[i:i + size]
            name = " ".join(t.text for t in piece)
            if is_cap(piece[0].text) and (gaz.lookup(name) is not None or key(name) in known or (
                    size > 1 and piece[0].text in gaz.first_names and all(is_cap(t.text) for t in piece))):
                hit = size
                break
        if hit:
            out.append(Run(tokens[i:i + hit], headline=True))
            i += hit
        else:
            i += 1
    return out
