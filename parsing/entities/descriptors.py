"""Role phrases around names: a description right before a name ("Kremlin spokesman Dmitry Peskov"),
an apposition after it ("X, the chief executive of Y"), and the person a later description stands for
("the congressman" for "Rep. X")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Entity, Mention
from ..vocab import load as read_vocab
from .gazetteer import Gazetteer
from .names import Token, is_cap

_APPOSITION_END = re.compile(r"[,.;:)]")


@dataclass(frozen=True, slots=True)
class Descriptor:
    """A phrase right before a name that describes it: "Kremlin spokesman", "US carmaker"."""

    start: int  # where the phrase (with a possessive owner, if any) begins
    text: str  # the phrase itself
    role: bool  # headed by a role noun (a person's role) rather than an organisation noun


def descriptor(text: str, tokens: list[Token], index: int, gaz: Gazetteer) -> Descriptor | None:
    """The phrase right before ``tokens[index]`` when its last word is a role or organisation noun."""
    j = index - 1
    if j < 0 or text[tokens[j].end:tokens[index].start] != " ":
        return None
    head = tokens[j].text
    is_role = head in gaz.role_nouns
    if not is_role and head not in gaz.context["org_nouns_before"]:
        return None
    first = start = j
    k = j - 1
    modifiers = gaz.context["role_modifiers"]
    while k >= 0 and index - k <= 6 and text[tokens[k].end:tokens[k + 1].start] in (" ", "’s ", "'s "):
        w = tokens[k].text
        if tokens[k].possessive:
            start = k
            break
        if w in gaz.role_nouns or w in modifiers or (is_cap(w) and w not in gaz.not_names):
            first = start = k
            k -= 1
            continue
        break
    return Descriptor(tokens[start].start, text[tokens[first].start:tokens[j].end], is_role)


def joined_roles(title: str | None, apposition: str | None) -> str | None:
    """``Congresswoman`` and ``the Republican nominee`` after the name: both, as one role."""
    if title and apposition:
        return f"{title}, {apposition}"
    return title or apposition


def role_after(text: str, end: int, gaz: Gazetteer) -> str | None:
    """An apposition after a name: ", the chief executive of Y," -> "chief executive of Y"."""
    m = _APPOSITION.match(text, end)
    if m is None:
        return None
    words = m.group("role").split()
    if not any(w in gaz.role_nouns for w in words):
        return None
    return m.group("role")


def role_as(text: str, start: int, end: int, gaz: Gazetteer) -> str | None:
    """The role a designating verb gives the name: ``named Dr. Renee Okafor, a former health
    director, as his running mate`` -> "running mate"; ``appointed X as the new chief of staff``."""
    before = _DESIGNATED.search(text, max(0, start - 40), start)
    m = _AS_ROLE.match(text, end) if before is not None else None
    if m is None or not any(w in gaz.role_nouns for w in m.group("role").split()):
        return None
    return m.group("role")


# a verb that gives its object a role, then the object (a title or initials may open it)
_DESIGNATED = re.compile(r"\b(?:named|appointed|chose|picked|selected|tapped|nominated|hired|installed|names|"
                         r"appoints|chooses|picks|selects|taps|nominates|hires)\s+(?:[A-Z][a-z]{0,4}\.\s+)?$")
_AS_ROLE = re.compile(
    r"(?:,[^,.;:\"“”]{1,80},)?\s+as\s+(?:the|a|an|its|his|her|their)\s+(?:new\s+)?"
    r"(?P<role>(?:(?!_STOP)[a-z][\w-]*\s+){0,2}(?!_STOP)[a-z][\w-]*)(?=[\s,.;:)])"
    .replace("_STOP", r"(?:on|in|at|for|to|after|before|with|from|by|and|but|last|this|next|who|that)\b"))


_APPOSITION = re.compile(
    r",\s+(?:the|a|an|its|his|her|their)\s+(?P<role>(?:[\w.’'-]+\s+){0,3}?[a-z][\w-]*"
    r"(?:\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,4})?)\s*(?=[,.;)])"
)


_TITLE_ROLES = {k: tuple(v) for k, v in read_vocab("names_people.json")["title_roles"].items()
                if not k.startswith("_")}


def _role_words(role: str) -> list[str]:
    """A role's words in lower case, with the nouns its titles imply (``Rep.`` -> congressman)."""
    words = role.lower().split()
    return words + [n for w in words for n in _TITLE_ROLES.get(w.rstrip("."), ())]


def _at_odds(modifiers: set[str], role: list[str], head: str) -> bool:
    """The description and the role both qualify the head, with no word in common (``the Democratic
    nominee``, ``Republican nominee``): another holder of the same office."""
    before_head = set(role[:role.index(head)])
    return bool(modifiers) and bool(before_head) and not modifiers & before_head


def holder(entities: Sequence[Entity], description: str, before: int) -> tuple[Entity, Mention] | None:
    """The person a definite description stands for (``the Democratic nominee``, ``the radio host``):
    one the article gave a role with the description's head noun, named before ``before``. Where
    several were, the one whose role holds more of the description's words, then the one named last.
    Returns the entity and its last mention before ``before``."""
    words = [w for w in re.findall(r"[\w’'-]+", description.lower()) if w != "the"]
    if not words:
        return None
    head, modifiers = words[-1], set(words[:-1])
    best: tuple[int, int] | None = None
    found: tuple[Entity, Mention] | None = None
    for e in entities:
        if e.type != "PERSON" or not e.roles:
            continue
        shared = [len(modifiers & set(r)) for r in (_role_words(role) for role in e.roles) if head in r
                  and not _at_odds(modifiers, r, head)]
        named = [m for m in e.mentions if m.end <= before]
        if not shared or not named:
            continue
        rank = (max(shared), named[-1].start)
        if best is None or rank > best:
            best, found = rank, (e, named[-1])
    return found
