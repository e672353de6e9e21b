"""What a user typed (``--entity blinken``, ``--speaker "the mayor"``) to the identities it names."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .identity import Identity, norm


def _handles(identity: Identity) -> set[str]:
    out = {norm(n) for n in identity.names()}
    if identity.surname:
        out.add(identity.surname)
    return out


def find(identities: Iterable[Identity], query: str) -> list[Identity]:
    """Identities whose name, an alias or (people) the surname is ``query``, case-insensitively.

    More than one may match ("Tarrow" the river and the county); the caller keeps them all, as grep
    keeps every matching line.
    """
    wanted = norm(query)
    if not wanted:
        return []
    return [i for i in identities if wanted in _handles(i)]


def closest(identities: Iterable[Identity], query: str, n: int = 3) -> list[str]:
    """The names of the ``n`` identities nearest to ``query``: names containing it first, then the
    most alike by spelling (``difflib``), the most mentioned first among equals."""
    wanted = norm(query)
    pool = sorted(identities, key=lambda i: -i.mentions)
    by_handle: dict[str, str] = {}
    for ident in pool:
        for h in _handles(ident):
            by_handle.setdefault(h, ident.name)
    found: list[str] = []
    if wanted:
        found += [i.name for i in pool if any(wanted in h for h in _handles(i))]
        alike = difflib.get_close_matches(wanted, list(by_handle), n=n * 3, cutoff=0.5)
        found += [by_handle[h] for h in alike]
    if not found:
        found = [i.name for i in pool]
    return list(dict.fromkeys(found))[:n]
