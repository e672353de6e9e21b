"""What a noun phrase that is not a name says about who it refers to: a quantified group (``41
percent of respondents``), a clause between a subject and its verb (``, which represents …,``), an
indefinite (``a Democrat``, ``an internal memo``: nobody met before) and a sentence opened by a person
described by role (``The mayor laughed.``: someone new for ``he``/``she``)."""

from __future__ import annotations

import re

from ..entities.gazetteer import load as gazetteer
from ..entities.kinds import NAME_GIVEN_WORDS
from . import grammar as G
from .names import Tok
from .vocab import after_who, vocab

_INDEFINITE = re.compile(r"(?<![\w'’])an? $", re.IGNORECASE)
_INDEFINITE_NP = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\b", re.IGNORECASE)
# a sentence opened by "The mayor laughed", "Asked about it, the former senator said", "A retired driver …"
_ROLE_OPENING = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?<=\u2592)\s+(?=[A-Z]))(?:[A-Z][a-z]+(?:(?:\s+[A-Za-z]+){0,3}\s+[a-z]+)?,\s+)?(?P<det>[Tt]he|[Aa]n?|One|[A-Z][a-z]+['’]s)\s+"
    r"(?P<words>[A-Za-z-]+(?:['’]s)?(?:\s+[A-Za-z-]+(?:['’]s)?){0,3})")
_WORD = re.compile(r"[A-Za-z]+")
_AGENTIVE = ("ist", "er", "or")  # nouns of people by what they do: a driver, an organizer


def approximates(t: Tok, nxt: Tok | None) -> bool:
    """``about``, ``nearly`` before a number (``about 30 protesters``): part of the count."""
    return nxt is not None and t.low in G.APPROXIMATORS and nxt.low[:1].isdigit()


def quantity(t: Tok) -> bool:
    """A number or a quantifier opening a noun phrase (``41``, ``Forty-one``, ``most``)."""
    first = t.low.split("-")[0]
    return first in G.QUANTIFIERS or first.replace(",", "").replace(".", "").isdigit()


def quantified_head(np: list[Tok]) -> str | None:
    """The head noun of a quantified group of people (``41 percent of respondents``, ``Most shop
    owners interviewed``); None for ``several times`` and for a known head (``two officials``), which
    is read as usual."""
    if len(np) > 2 and approximates(np[0], np[1]):
        np = np[1:]  # "nearly 40 percent of voters": the count after the approximation
    lead = 1 if len(np) > 3 and np[0].low in ("a", "an") and quantity(np[1]) else 0
    if lead and np[2].low == "of" and np[-1].bare not in G.TIME_NOUNS:
        return np[-1].bare  # "a majority of respondents", "a third of voters"
    if not np or not quantity(np[0]) or np[0].low == "one":
        return None
    head_i = next((i for i, t in enumerate(np) if i > 0 and t.low in G.PREPOSITIONS), len(np))
    if quantity(np[head_i - 1]) and head_i < len(np) - 1 and np[head_i].low == "of" \
            and np[-1].bare not in G.TIME_NOUNS:
        return np[-1].bare  # "41% of voters" (the sign is not a word): the group after "of"
    head = np[head_i - 1].bare
    if head in vocab().known_heads or head in G.TIME_NOUNS or (quantity(np[head_i - 1]) and head_i == 1):
        return None
    return head


def relative(seg: list[Tok], closed: bool) -> bool:
    """A relative clause or a participle phrase between a subject and its verb: ``, who``, ``, which
    represents …,``, ``, first reported by …,``, ``…, and who spoke on condition of anonymity,``
    (closed by a comma before the verb); ``, a copy of which was reviewed by …,``."""
    if seg[0].low in ("and", "but") and len(seg) > 2 and seg[1].low in ("who", "which") and closed:
        return True  # a second relative clause, coordinated with the first
    if seg[0].low in G.RELATIVE and (len(seg) == 1 or (closed and seg[0].low != "that")):
        return True
    if seg[0].low == "who" and after_who([t.low for t in seg]):
        return True  # ", who earlier this week described": the relative pronoun is the verb's subject
    if seg[0].low == seg[-1].low == "who" and len(seg) > 3 and seg[-2].low in ("and", "but"):
        return True  # ", who leads the council and who said": the verb's subject is the first who's
    if closed and any(seg[k].low == "of" and seg[k + 1].low in ("which", "whom")
                      for k in range(min(4, len(seg) - 1))):
        return True  # ", a copy of which was reviewed by …,", ", some of whom …,"
    if closed and seg[0].text.islower() and seg[0].low.endswith("ing") and len(seg[0].low) > 4:
        return True  # ", speaking on condition of anonymity because …,"
    participles = vocab().irregular_participles  # ", sent to the committee on Monday,"
    return closed and any((t.low.endswith("ed") or t.low in participles) and t.text.islower()
                          for t in seg[:2])


def after_indefinite(text: str, start: int) -> bool:
    """Whether ``a`` or ``an`` stands right before ``start`` (``Vasquez, a Democrat``)."""
    return _INDEFINITE.search(text, max(0, start - 4), start) is not None


def indefinite(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` opens with ``a``/``an``/``one``/``another`` (``an internal memo``,
    ``One senior aide``, ``another analyst``)."""
    return text[start:start + 8].lower().startswith(("a ", "an ", "one ", "another "))


def described_since(masked: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The person described by role who opens a sentence in ``[lo, pos)`` (``The mayor laughed.``,
    ``A retired bus driver from …, put it bluntly.``): someone new for ``he``/``she``; the span of
    the description, the last such one."""
    found: tuple[int, int] | None = None
    for m in _ROLE_OPENING.finditer(masked, max(0, lo), pos):
        indefinite = m.group("det").lower() in ("a", "an", "one")  # not "the", nor "Chad's minister"
        at, end = m.start("words"), -1
        words = list(re.finditer(r"[A-Za-z-]+(?:['’]s)?", m.group("words")))
        qualifying = False  # within the modifiers between "senior" and the role's head
        for k, w in enumerate(words):
            word = w.group()
            if word.endswith(("'s", "’s")):
                end = -1  # "The prime minister's official spokesman": the possessor is not the one
                continue
            if _person_word(word, indefinite):
                end, qualifying = at + w.end(), False  # "the former state senator": to its last word
            elif end != -1 and not qualifying:
                qualifying = _qualifies(words[k - 1].group(), word, [x.group() for x in words[k + 1:]],
                                        indefinite)
                if not qualifying:
                    break
        if end != -1:
            found = (m.start("det"), end)
    return found


def _person_word(word: str, indefinite: bool) -> bool:
    """A lower-case word naming what a person is (``mayor``, ``senior``; after ``a``, any agent noun:
    ``a driver``); a capitalised word only qualifies a role (``A Western diplomat``)."""
    v = vocab()
    return word.islower() and word not in v.group_nouns and (
        word in v.person_roles or (indefinite and word.endswith(_AGENTIVE) and len(word) > 4))


def _qualifies(before: str, word: str, rest: list[str], indefinite: bool) -> bool:
    """Whether ``word``, after a role's modifier (``senior``), is another modifier of a role still to
    come (``A senior administration official``, ``A senior White House official``), not a verb after
    the role's head (``The chief paused``)."""
    v = vocab()
    if before not in role_modifiers() or word.lower().endswith("ed") or word in v.speech_verbs \
            or word in v.irregular_participles:
        return False
    for later in rest:
        if _person_word(later, indefinite):
            return True
        if later.islower() and (later.endswith("ed") or later in v.speech_verbs):
            return False
    return False


def new_document(masked: str, lo: int, hi: int) -> bool:
    """Whether a document is introduced with ``a``/``an`` in ``[lo, hi)`` (``posted a reply``,
    ``issued a brief statement``): what a following ``it`` most likely stands for; not the medium
    someone said something in (``said in a statement that it regretted …``), which leaves ``it``
    the one who said it."""
    documents = vocab().document_nouns
    for m in _INDEFINITE_NP.finditer(masked, lo, hi):
        medium = _IN_BEFORE.search(masked, max(lo, m.start() - 4), m.start())
        if m.group(1).lower() in documents and medium is None:
            return True
    return False


_IN_BEFORE = re.compile(r"\b(?i:in)\s+$")


def role_modifiers() -> frozenset[str]:
    """Words that qualify a role before its head (``senior``, ``deputy``, ``press``): the entity
    gazetteer's list."""
    return gazetteer().context["role_modifiers"]


# "a farmer in Yavatmal district who gave his name only as Ramesh", "a trader, identified only as Phil":
# the words that give the one described a name, within its clause (the words of where between)
_GIVEN_NAME = re.compile(
    rf"[^.;:!?\"“”\u2592]{{0,80}}?\b{NAME_GIVEN_WORDS}\s+([A-Z][a-z'’-]+)\b(?![\s-]+[A-Z])")


def name_given_to(text: str, start: int) -> tuple[int, int] | None:
    """The span of the name given to the one a description starting at ``start`` describes (``a farmer
    … who gave his name only as Ramesh``), if the words after it say so."""
    m = _GIVEN_NAME.match(text, start)
    return m.span(1) if m is not None else None


def told_of_last(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The described person who opens the sentence ``[lo, hi)`` (a paragraph's last) and is its speech
    verb's subject (``A special agent who worked on the case … said the numbers understate it.``): the
    one a quotation opening the next paragraph takes up (``"For every crate we open …," he said``). Not
    one named."""
    found = described_since(masked, lo, hi)
    if found is None or not indefinite(masked, found[0]):
        return None
    said = any(w.lower() in vocab().speech_verbs for w in _WORD.findall(masked, found[1], hi))
    return found if said else None
