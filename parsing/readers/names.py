"""People in metadata: bylines as strings, lists or ``{name: ...}`` objects; name-shaped lines."""

from __future__ import annotations

import re
from functools import cache

from ..vocab import load

_BY = re.compile(r"^\s*(?:written\s+)?by[:\s]+", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\||&|\band\b)\s*", re.I)
_NAME_WORD = re.compile(r"^(?:[A-Z][a-zA-Z'’\-]*\.?|[A-Z]\.(?:[A-Z]\.)*|(?:Mc|Mac|O')[A-Z][a-z]+)$")
_MAX_NAME_WORDS = 5
# "Tom Ashdown in Millbridge": where a wire reporter filed from is not part of the name.
_PLACE_AFTER = re.compile(r"\s+(?:in|from|at)\s+[A-Z].*$")


@cache
def layout_vocab() -> dict[str, list[str]]:
    """The word lists of ``parsing/vocab/text_layout.json``."""
    return load("text_layout.json")


def looks_like_name(line: str) -> bool:
    """A line that is a person's name and nothing else: ``Isabel van Brugen``, ``J. R. Smith``."""
    words = line.split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS or len(line) > 60:
        return False
    particles = set(layout_vocab()["name_particles"])
    if not _NAME_WORD.match(words[0]) or not _NAME_WORD.match(words[-1]):
        return False
    return all(_NAME_WORD.match(w) or w.lower() in particles for w in words)


def _is_person(part: str) -> bool:
    """Not an outlet or a job title: ``Associated Press``, ``Staff Writer``, ``Reuters``."""
    words = {w.lower().strip(".") for w in part.split()}
    return bool(part) and len(words) <= 2 * _MAX_NAME_WORDS and not words & set(layout_vocab()["not_names"])


@cache
def _credit_role() -> re.Pattern[str]:
    """``Reporting by``, ``Additional reporting by``, ``Editing by`` ... as one pattern (group ``role``)."""
    v = layout_vocab()
    roles = sorted((*v["credit_authors"], *v["credit_others"]), key=len, reverse=True)
    alt = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in roles)
    return re.compile(rf"(?<![\w-])(?P<role>{alt})\s+by\b[:\s]*", re.I)


def _names(text: str) -> list[str]:
    parts = (_PLACE_AFTER.sub("", p.strip(" .()")) for p in _SPLIT.split(text))
    return [p for p in parts if _is_person(p)]


def _credits(text: str) -> list[tuple[str, list[str]]]:
    """``Reporting by A; Editing by B`` -> [("reporting", [A]), ("editing", [B])]; text before the
    first credit is role ``""``. Empty when ``text`` holds no credit."""
    found = list(_credit_role().finditer(text))
    if not found:
        return []
    out = [("", _names(text[:found[0].start()]))]
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        role = " ".join(m.group("role").lower().split())
        out.append((role, _names(text[m.end():nxt.start() if nxt else len(text)])))
    return out


def is_credit(text: str) -> bool:
    """A wire credit line naming someone: ``Reporting by A; Editing by B``, ``(Editing by C)``."""
    text = text.strip().strip("()")
    if _credit_role().match(text) is None:
        return False
    return any(looks_like_name(n) for _, names in _credits(text) for n in names)


def split_byline(text: str) -> tuple[str, ...]:
    """``By A, B and C`` -> (A, B, C); outlets and job titles after the names are dropped.

    A wire credit line names the reporters only: ``Reporting by A in Rome and B; Additional
    reporting by C; Editing by D`` -> (A, B, C). Text before the first credit counts as a byline.
    """
    text = _BY.sub("", text.strip().strip("()"))
    credits = _credits(text)
    if not credits:
        return tuple(dict.fromkeys(_names(text)))
    authors = {"", *layout_vocab()["credit_authors"]}
    return tuple(dict.fromkeys(n for role, names in credits if role in authors for n in names))


def people(value: object) -> tuple[str, ...]:
    """Names from a metadata value: ``"A and B"``, ``["A", {"name": "B"}]``, ``{"name": "A"}``."""
    if isinstance(value, str):
        return split_byline(value)
    if isinstance(value, dict):
        name = value.get("name") or value.get("displayName") or value.get("title")
        return split_byline(name) if isinstance(name, str) else ()
    if isinstance(value, list | tuple):
        out: list[str] = []
        for item in value:
            out.extend(n for n in people(item) if n not in out)
        return tuple(out)
    return ()
