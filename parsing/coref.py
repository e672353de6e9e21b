"""Merge name mentions into entities: one entity per referent within an article.

Same gazetteer entry (``U.S.`` = ``United States`` = ``America``), same name, a surname or a
shortened organisation name of a fuller name mentioned earlier (``Milley`` → ``Mark Milley``,
``Apple`` → ``Apple Computer``), and acronyms of names (given in parentheses or by initials).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .entity_types import DEFAULT, acronym
from .gazetteer import Known, key, read_vocab
from .model import Entity, EntityType, Mention

_INITIAL_SKIP = frozenset(read_vocab("names_words.json")["name_grammar"]["initials_skip"])


@dataclass(slots=True)
class Cand:
    """One name mention with its type votes and what was said about it."""

    start: int
    end: int
    text: str
    words: list[str]
    known: Known | None
    votes: list[tuple[EntityType, float]]
    role: str | None = None
    same_as: int | None = None  # start of the candidate this one abbreviates ("(EADS)")
    group: int = -1
    title_only: bool = False  # "the President": a title standing for a person


@dataclass(slots=True)
class _Group:
    members: list[int] = field(default_factory=list)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], keep: int, other: int) -> None:
    a, b = _find(parent, keep), _find(parent, other)
    if a != b:
        parent[b] = a


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _INITIAL_SKIP and w[:1].isupper())


def _group_type(cands: list[Cand], members: list[int]) -> EntityType:
    """The best-supported type; shape-only guesses count only when nothing else speaks."""
    score: dict[EntityType, float] = defaultdict(float)
    for i in members:
        for typ, w in cands[i].votes:
            if w > DEFAULT:
                score[typ] += w
    if score:
        return max(score, key=lambda t: score[t])
    longest = max((cands[i] for i in members), key=lambda c: len(c.words))
    return longest.votes[0][0] if longest.votes else "OTHER"


def merge(cands: list[Cand]) -> tuple[Entity, ...]:
    by_key: dict[str, int] = {}
    parent: list[int] = []
    for c in cands:
        k = ("=" + c.known.canonical) if c.known is not None else key(c.text)
        if len(k) > 4 and k.isupper():  # "MILLBRIDGE" in a dateline is "Millbridge"
            k = k.title()
        if k not in by_key:
            by_key[k] = len(parent)
            parent.append(len(parent))
        c.group = by_key[k]
    at = {c.start: c for c in cands}
    for c in cands:
        src = at.get(c.same_as) if c.same_as is not None else None
        if src is not None:
            _union(parent, src.group, c.group)
    _link_short_forms(cands, parent)
    _link_titles(cands, parent)
    members: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        members[_find(parent, c.group)].append(i)
    groups = sorted(members.values(), key=lambda m: min(cands[i].start for i in m))
    out: list[Entity] = []
    for n, m in enumerate(groups, 1):
        out.append(_entity(f"e{n}", cands, m))
    return tuple(out)


def _link_short_forms(cands: list[Cand], parent: list[int]) -> None:
    """Surnames to full personal names, first words and acronyms to organisation names."""
    rep: dict[int, Cand] = {}
    for c in cands:  # the longest form of each group stands for it
        cur = rep.get(c.group)
        if cur is None or len(c.words) > len(cur.words):
            rep[c.group] = c
    members: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        members[c.group].append(i)
    types = {g: _group_type(cands, m) for g, m in members.items()}
    index: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    for h, long in rep.items():
        lw = long.words
        for k in range(1, min(2, len(lw) - 1) + 1):
            if types[h] == "PERSON":
                index["surname", tuple(lw[-k:])].append(h)
            elif types[h] == "ORG" and long.known is None:
                index["head", tuple(lw[:k])].append(h)
        if len(lw) > 1 and types[h] != "PERSON":
            index["initials", (_initials(lw),)].append(h)
    for g, short in rep.items():
        sw = short.words
        if short.known is not None or len(sw) > 2:
            continue
        found = list(index.get(("surname", tuple(sw)), ()))
        if types[g] != "PERSON":
            found += index.get(("head", tuple(sw)), ())
        if len(sw) == 1 and acronym(sw[0]):
            found += index.get(("initials", (sw[0].replace(".", ""),)), ())
        best: int | None = None
        for h in found:
            if h == g or len(rep[h].words) <= len(sw):
                continue
            long = rep[h]
            if best is None or long.start < short.start <= rep[best].start or (
                    rep[best].start < long.start < short.start):
                best = h
        if best is not None:
            _union(parent, best, g)


def _link_titles(cands: list[Cand], parent: list[int]) -> None:
    """A bare title ("the President") to the latest person earlier given that title."""
    holders: dict[str, Cand] = {}  # role (lower case) -> its latest holder so far
    for c in cands:  # in text order
        if not c.title_only:
            if c.role:
                holders[c.role.lower()] = c
            continue
        title = c.text.lower()
        found = [h for role, h in holders.items() if role.endswith(title)]
        if found:
            _union(parent, max(found, key=lambda h: h.start).group, c.group)


def _entity(eid: str, cands: list[Cand], members: list[int]) -> Entity:
    ms = sorted((cands[i] for i in members), key=lambda c: c.start)
    typ = _group_type(cands, members)
    known = next((c.known for c in ms if c.known is not None), None)
    forms = [c.text for c in ms]
    proper = [c.text for c in ms if not acronym(c.text) and not c.title_only] or forms
    name = max(proper, key=lambda f: (not f.isupper(), len(f.split()), len(f)))
    if known is not None and len(known.canonical.split()) >= len(name.split()):
        name = known.canonical
    aliases = tuple(dict.fromkeys(f for f in forms if f != name))
    roles = tuple(dict.fromkeys(c.role for c in ms if c.role)) if typ == "PERSON" else ()
    mentions = tuple(Mention(c.start, c.end, c.text) for c in ms)
    return Entity(id=eid, name=name, type=typ, roles=roles, aliases=aliases, mentions=mentions)
