"""Merge name mentions into entities: one entity per referent within an article.

Same gazetteer entry (``U.S.`` = ``United States`` = ``America``), same name, a surname or a
shortened organisation name of a fuller name mentioned earlier (``Milley`` → ``Mark Milley``,
``Apple`` → ``Apple Computer``), and acronyms of names (given in parentheses or by initials). A
surname the article gave a person earlier is that person even where a place has the name
(``Valeska Paris`` … ``Paris``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Entity, EntityType, Mention
from ..vocab import load as read_vocab
from .candidate import Cand
from .gazetteer import key, load
from .kinds import DEFAULT, MEDIUM
from .names import acronym

_GAZ = load()
_INITIAL_SKIP = frozenset(read_vocab("names_words.json")["name_grammar"]["initials_skip"])
# a Korean or Chinese given name written with a hyphen ("Tae-jun", "Kuo-hua"): the name before it is
# the family name, which later mentions use alone
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")
_TYPE_ORDER: dict[EntityType, int] = {"PERSON": 0, "ORG": 1, "PLACE": 2, "OTHER": 3}


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
    if len(members) == 1:  # the common case: one mention
        votes = cands[members[0]].votes
        if len(votes) == 1:
            return votes[0][0]
    score: dict[EntityType, float] = {}
    for i in members:
        for typ, w in cands[i].votes:
            if w > DEFAULT:
                score[typ] = score.get(typ, 0.0) + w
    if score:
        return max(score, key=score.__getitem__)
    longest = max((cands[i] for i in members), key=lambda c: len(c.words))
    return longest.votes[0][0] if longest.votes else "OTHER"


def _person_votes(c: Cand) -> bool:
    score: dict[EntityType, float] = {}
    for typ, w in c.votes:
        if w > DEFAULT:
            score[typ] = score.get(typ, 0.0) + w
    return bool(score) and max(score, key=score.__getitem__) == "PERSON"


def _surnames_over_places(cands: list[Cand]) -> None:
    """A one-word place name that an earlier person's name ends in stands for that person."""
    surnames: set[str] = set()
    for c in cands:  # in text order
        if len(c.words) >= 2 and c.known is None and _person_votes(c):
            surnames.add(c.words[-1])
        elif len(c.words) == 1 and c.text in surnames and c.known is not None and c.known.type == "PLACE":
            c.known, c.votes = None, [("PERSON", MEDIUM)]


def merge(cands: list[Cand]) -> tuple[Entity, ...]:
    """Entities from name mentions given in text order: people, then organisations, places and
    others (the order ``_TYPE_ORDER`` gives), each kind in order of first mention; ids follow it.

    Heads before the names that qualify them: a person's name phrase holds the organisation or place
    that qualifies it (``DAB's Starry Lee``, ``U.S. President Barack Obama``), an organisation's the
    place (``US National Science Foundation``), and gold annotations nest the same way. A scorer that
    matches each mention to the first unused gold span it overlaps, in output order, so pairs the
    head with the outer span and the qualifier with the inner one.
    """
    _surnames_over_places(cands)
    by_key: dict[str, int] = {}
    parent: list[int] = []
    for c in cands:
        k = ("=" + c.known.canonical) if c.known is not None else key(c.text)
        if len(k) > 4 and k.isupper():  # "MILLBRIDGE" in a dateline is "Millbridge"
            k = k.title()
        g = None if c.title_only else by_key.get(k)  # a bare title stands for whoever held it then
        if g is None:
            g = len(parent)
            parent.append(g)
            if not c.title_only:
                by_key[k] = g
        c.group = g
    abbrs = [(c.same_as, c) for c in cands if c.same_as is not None]
    if abbrs:
        at = {c.start: c for c in cands}
        for same_as, c in abbrs:
            src = at.get(same_as)
            if src is not None:
                _union(parent, src.group, c.group)
    _link_short_forms(cands, parent)
    _link_titles(cands, parent)
    members: dict[int, list[int]] = {}  # in order of first mention, as ``cands`` are
    for i, c in enumerate(cands):
        root = _find(parent, c.group)
        m = members.get(root)
        if m is None:
            members[root] = [i]
        else:
            m.append(i)
    groups = [(_group_type(cands, m), m, v) for m in members.values()
              if (v := [i for i in m if not cands[i].hidden])]
    groups.sort(key=lambda g: _TYPE_ORDER[g[0]])  # stable: by first mention within a type
    return tuple(_entity(f"e{n}", typ, cands, v) for n, (typ, _, v) in enumerate(groups, 1))


def _link_short_forms(cands: list[Cand], parent: list[int]) -> None:
    """Surnames to full personal names, first words and acronyms to organisation names."""
    rep: dict[int, Cand] = {}
    members: dict[int, list[int]] = {}
    for i, c in enumerate(cands):  # the longest form of each group stands for it
        g = c.group
        cur = rep.get(g)
        if cur is None:
            rep[g] = c
            members[g] = [i]
            continue
        members[g].append(i)
        if len(c.words) > len(cur.words):
            rep[g] = c
    types: dict[int, EntityType] = {}

    def type_of(g: int) -> EntityType:
        t = types.get(g)
        if t is None:
            t = types[g] = _group_type(cands, members[g])
        return t

    index: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    for h, long in rep.items():
        lw = long.words
        if len(lw) < 2:
            continue
        typ = type_of(h)
        if typ == "PERSON" and len(lw) == 2 and _FAMILY_FIRST.fullmatch(lw[1]):
            index["family", (lw[0],)].append(h)  # "Kang Tae-jun" … "Kang": the family name first
        for k in range(1, min(2, len(lw) - 1) + 1):
            if typ == "PERSON":
                index["surname", tuple(lw[-k:])].append(h)
            elif typ == "ORG" and long.known is None:
                index["head", tuple(lw[:k])].append(h)
        if typ != "PERSON":
            index["initials", (_initials(lw),)].append(h)
            if long.known is None and all(w[:1].isupper() for w in lw):  # not "Municipality of X"
                # "Standard" for "Northern Standard", "Kessel" for "Kessel Dam"
                first = lw[0]
                if not _generic(first) and first not in _GAZ.org_prefixes \
                        and key(first) not in _GAZ.place_prefixes:
                    index["word", (first,)].append(h)
                if not _generic(lw[-1]) and lw[-1] != first:
                    index["word", (lw[-1],)].append(h)
    if not index:
        return
    for g, short in rep.items():
        sw = short.words
        if short.known is not None or len(sw) > 2:
            continue
        tw = tuple(sw)
        found = list(index.get(("surname", tw), ()))
        if not found and ("family", tw) in index:
            found = [h for h in index[("family", tw)] if rep[h].start < short.start]
            for i in members[g] if found else ():
                cands[i].votes = [v for v in cands[i].votes if v[0] == "PERSON"]  # the person, not a place
        # a name the text places ("in Vessington") is the place an organisation is named after
        # ("Vessington Voters League"), not its short form
        own = type_of(g)
        guessed = all(w <= DEFAULT for i in members[g] for _t, w in cands[i].votes)
        if ("head", tw) in index and own not in ("PERSON", "PLACE") and not (found and guessed):
            found += index[("head", tw)]  # not when a person's surname matches and nothing but the
            # shape typed the short form ("Travis Dunleavy, owner of Dunleavy Earthworks … Dunleavy asked")
        elif ("head", tw) in index and own == "PERSON" and not found and sw[0] not in _GAZ.first_names:
            # "Pinebelt Lumber … Pinebelt said", "Bayou Methodist Health System … Bayou Methodist began":
            # a firm's first word or two, said of it later, when no person of that surname was named and
            # it opens with no given name ("Andy" of "Andy Warhol Museum"); the verb or the shape made it
            # look like a person, so its votes for a person go (the firm's type is the group's)
            found += [h for h in index[("head", tw)] if rep[h].start < short.start
                      and all(w[:1].isupper() for w in rep[h].words)]  # not "Kessling of Wyoming"
            if found:
                for i in members[g]:
                    cands[i].votes = [v for v in cands[i].votes if v[0] != "PERSON"]
        if len(sw) == 1 and acronym(sw[0]):
            found += index.get(("initials", (sw[0].replace(".", ""),)), ())
        if not found and ("word", tw) in index and own != "PERSON":
            same = index[("word", tw)]  # only when one earlier name ends or begins with it
            if own == "PLACE":
                same = [h for h in same if type_of(h) != "ORG"]
            if len(same) == 1 and rep[same[0]].start < short.start:
                found = same
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


def _generic(word: str) -> bool:
    """A word that qualifies names rather than naming one: a title, a nationality, "North"."""
    k = key(word)
    return (k in _GAZ.title_heads or k in _GAZ.honorifics or word in _GAZ.adjectives
            or word in _GAZ.context["compass_words"])


def _link_titles(cands: list[Cand], parent: list[int]) -> None:
    """A bare title ("the President") to the latest person earlier given that title."""
    holders: dict[str, Cand] = {}  # role (lower case) -> its latest holder so far
    unheld: dict[str, Cand] = {}  # a bare title no one held before it: one entity for all such
    for c in cands:  # in text order
        if not c.title_only:
            if c.role:
                holders[c.role.lower()] = c
            continue
        title = c.text.lower()
        found = [h for role, h in holders.items() if role.endswith(title)]
        if found:  # "Queensland Premier Kieran Baptiste … the Premier": him, not a later premier too
            _union(parent, max(found, key=lambda h: h.start).group, c.group)
        else:
            _union(parent, unheld.setdefault(title, c).group, c.group)


def _entity(eid: str, typ: EntityType, cands: list[Cand], members: list[int]) -> Entity:
    """The entity of a group of mentions (those shown; ``typ`` came from all of them)."""
    if len(members) == 1:  # the common case: named once
        c = cands[members[0]]
        name = c.text
        if c.known is not None and len(c.known.canonical.split()) >= len(name.split()):
            name = c.known.canonical
        roles: tuple[str, ...] = (c.role,) if c.role and typ == "PERSON" else ()
        aliases: tuple[str, ...] = (c.text,) if name != c.text else ()
        return Entity(id=eid, name=name, type=typ, roles=roles, aliases=aliases,
                      mentions=(Mention(c.start, c.end, c.text),))
    ms = [cands[i] for i in members]  # in text order
    known = next((c.known for c in ms if c.known is not None), None)
    forms = [c.text for c in ms]
    distinct = list(dict.fromkeys(forms))
    proper = [f for f in distinct if not acronym(f)]
    if any(c.title_only for c in ms):
        bare = {c.text for c in ms if c.title_only}
        proper = [f for f in proper if f not in bare or any(c.text == f and not c.title_only for c in ms)]
    name = max(proper or distinct, key=_name_rank)
    if known is not None and len(known.canonical.split()) >= len(name.split()):
        name = known.canonical
    aliases = tuple(f for f in distinct if f != name)
    roles = tuple(dict.fromkeys(c.role for c in ms if c.role)) if typ == "PERSON" else ()
    mentions = tuple(Mention(c.start, c.end, c.text) for c in ms)
    return Entity(id=eid, name=name, type=typ, roles=roles, aliases=aliases, mentions=mentions)


def _name_rank(form: str) -> tuple[bool, int, int]:
    """Proper forms first, then more words, then more characters."""
    return (not form.isupper(), len(form.split()), len(form))
