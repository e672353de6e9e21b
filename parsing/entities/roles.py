"""Titles around names: peel "U.S. Secretary of State" off "Antony Blinken" (the role phrases before
and after a name are read in :mod:`.descriptors`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..vocab import load as read_vocab
from .gazetteer import Gazetteer, key
from .names import ADJECTIVE_END, Run, Token, is_cap
from .splits import home_of

_MAX_LEAD = 3
TITLE_MENTIONS = True  # "the President", "the Secretary of State": a title naming one person
_COMPLEMENT_LINKS = frozenset(read_vocab("names_words.json")["name_grammar"]["title_complement_links"])


@dataclass(slots=True)
class Piece:
    """One name cut from a run, with what the run said about it."""

    tokens: list[Token]
    person: bool = False
    role: str | None = None
    modifier: bool = False  # qualifies the name after it ("U.S." in "U.S. Secretary of State X"): a name too
    title_only: bool = False  # a title standing for a person ("the Secretary of State")
    home: bool = False  # the unknown place after a person's "of" ("Dean Kolstad of Pella")


def _looks_like_name(tokens: list[Token], gaz: Gazetteer) -> bool:
    words = [t.text for t in tokens if t.cap]
    if not words or len(words) > 4:
        return False
    if gaz.lookup(" ".join(t.text for t in tokens)) is not None:
        return False
    if words[-1] in gaz.place_heads_not_surnames or (
            words[-1] in gaz.place_heads and words[0] not in gaz.first_names):
        return False  # "Gov. Park Lane" is no one; "Rep. Lane Vickery" is someone
    given = words[0] in gaz.first_names and len(words) > 1  # "Dean Kolstad": a given name, not a title
    last = len(words) - 1 if gaz.title_surname(words) else -1  # "Julie Bishop"
    return not any(key(w) in gaz.org_suffixes or (gaz.is_title(w) and not (given and k in (0, last)))
                   for k, w in enumerate(words))


def _span_text(text: str, tokens: list[Token]) -> str:
    return text[tokens[0].start:tokens[-1].end]


def peel(text: str, run: Run, gaz: Gazetteer) -> list[Piece]:
    """Split a run into its names, separating titles; a run of titles alone gives nothing."""
    toks = run.tokens
    n = len(toks)
    if n == 1:  # one word: a name, a title standing for a person, or nothing
        word = toks[0].text
        if gaz.lookup(word) is not None or not gaz.is_title(word):
            return [Piece(toks)]
        return [Piece(toks, person=True, title_only=True)] if TITLE_MENTIONS and run.after_determiner else []
    words = [t.text for t in toks]
    if gaz.lookup(" ".join(words)) is not None:
        return [Piece(toks)]
    # "Pollster Mike Ocampo said": an occupation, capitalised by its place only
    if run.sent_start and n > 2 and words[0].lower() in gaz.role_nouns and not gaz.is_title(words[0]) \
            and words[1] in gaz.first_names and _looks_like_name(toks[1:], gaz):
        return [Piece(toks[1:], person=True, role=words[0].lower())]
    for t in range(min(_MAX_LEAD, n - 1) + 1):
        if not gaz.is_title(words[t]) or (t > 0 and not is_cap(words[t - 1])):
            continue
        if t + 1 < n and gaz.opens_name(words[t], words[t + 1]):
            continue  # "Migizi River First Nation": a title word that opens a name the gazetteer knows
        i = t
        while i < n and (gaz.is_title(words[i]) or (
                words[i] == "and" and i + 1 < n and gaz.is_title(words[i + 1]))):
            if i > t and _given_after_title(words, i, gaz):
                break  # "Majority Leader Dean Kolstad": a given name that is also a title
            i += 1
        if all(key(w) in gaz.title_modifiers for w in words[t:i]):
            continue  # "the charity Energy Action Scotland": a department's word is a title only before one
        if i == n:
            if i - t == 1 and gaz.title_surname(words):
                return [Piece(toks, person=True)]
            if t == 0 and TITLE_MENTIONS and run.after_determiner:
                return [Piece(toks, person=True, title_only=True)]
            return [Piece(toks[:t])] if t else []
        title_end = i
        complement: list[Token] = []
        if words[i] in _COMPLEMENT_LINKS:
            rest = toks[i:]
            while rest and rest[0].text in _COMPLEMENT_LINKS:
                rest = rest[1:]
            caps = [k for k, tok in enumerate(rest) if tok.cap]
            first = _after_org_suffix(rest, gaz)  # "CEO of the Refugee Council Enver Solomon"
            if first is None:
                first = next((k for k in caps if k > 0 and rest[k].text in gaz.first_names), None)
            if first is None and len(caps) >= 3:
                first = caps[-2]
            if first is None:
                if t == 0 and TITLE_MENTIONS and run.after_determiner:
                    return [Piece(toks, person=True, title_only=True)]
                name: list[Token] = []
                complement = rest
            else:
                name, complement = rest[first:], rest[:first]
        else:
            name = toks[i:]
        name, where, home = _of_known(name, gaz)  # "Senator Bernie Sanders of Vermont"
        if name and not _looks_like_name(name, gaz):
            continue
        role_end = complement[-1] if complement else toks[title_end - 1]
        role = text[toks[t].start:role_end.end]
        out: list[Piece] = []
        lead = _lead_name(toks[:t], gaz) if name else toks[:t]
        if lead:
            out.append(Piece(lead, modifier=bool(name)))
        complement = _strip_links(complement)
        if complement and (len(complement) > 1 or gaz.lookup(complement[0].text) is not None):
            out.append(Piece(complement, modifier=bool(name)))
        if name:
            out.append(Piece(name, person=True, role=role))
        if where:
            out.append(Piece(where, modifier=True, home=home))
        return out
    return _split_place_person(toks, gaz)


def _given_after_title(words: list[str], i: int, gaz: Gazetteer) -> bool:
    """``words[i]`` is a title word that is also a given name (Dean, Judge), right after another
    title and before a capitalised word that is no title: the name starts there."""
    return words[i] in gaz.first_names and i + 1 < len(words) and words[i + 1][:1].isupper() \
        and not gaz.is_title(words[i + 1])


def _of_known(name: list[Token], gaz: Gazetteer) -> tuple[list[Token], list[Token], bool]:
    """A titled person's name, the place or body after its ``of`` ("Bernie Sanders" and "Vermont",
    "Ann Vale" and "Bank of Ostland") and whether that is a home town the gazetteer does not know:
    known, or shaped like an organisation's name, or any one or two capitalised words after a given
    name and a surname ("Dean Kolstad of Pella": a legislator's home town); else the name whole,
    nothing and False."""
    k = next((j for j, tok in enumerate(name) if j >= 2 and tok.text == "of"), None)
    if k is None:
        return name, [], False
    tail = _strip_links(name[k + 1:])
    if not tail:
        return name, [], False
    words = [t.text for t in tail]
    named = gaz.lookup(" ".join(words)) is not None or key(words[-1]) in gaz.org_suffixes or (
        len(words) > 1 and (words[0] in gaz.org_prefixes or " ".join(words[:2]) in gaz.org_prefixes))
    unknown_town = home_of(tail, gaz)
    hometown = k == 2 and name[0].text in gaz.first_names and name[k + 1].text != "the" and unknown_town
    if not (named or hometown):
        return name, [], False
    return name[:k], tail, unknown_town and tail[0] is name[k + 1]  # right after "of", not "of the …"


def _lead_name(tokens: list[Token], gaz: Gazetteer) -> list[Token]:
    """The name in the words before a title ("U.S." in "U.S. Secretary of State X"; "White House" in
    "White House Press Secretary X"); none where they are role words ("Emeritus Professor X") or an
    adjective ("Democratic Sen. X")."""
    end = len(tokens)
    while end and _role_word(tokens[end - 1].text.lower(), gaz):
        end -= 1
    if 0 < end < len(tokens) and gaz.lookup(" ".join(t.text for t in tokens[:end])) is None:
        end = len(tokens)  # "Labour Party Leader X": the party, not a known "Labour" alone
    kept = tokens[:end]
    while len(kept) > 1 and kept[-1].text in gaz.office_words and gaz.lookup(kept[-2].text) is not None:
        kept = kept[:-1]  # "U.S. District Judge X": the country, the office word no name of its own
    while len(kept) > 1 and kept[0].text in gaz.office_words and gaz.lookup(kept[1].text) is not None:
        kept = kept[1:]  # "Chief U.S. District Judge X" (not "City Council President X": a body's name)
    if all(t.text in gaz.office_words for t in kept):
        return []  # "City Auditor X", "Assistant County Prosecutor X", "Elections Supervisor X": the office
    if len(kept) == 1 and _role_word(kept[0].text.lower(), gaz):
        return []
    if len(kept) == 1 and ADJECTIVE_END.match(kept[0].text) is not None and gaz.lookup(kept[0].text) is None:
        return []
    return kept


def _role_word(word: str, gaz: Gazetteer) -> bool:
    return word in gaz.role_nouns or word in gaz.context["role_modifiers"]


def _after_org_suffix(rest: list[Token], gaz: Gazetteer) -> int | None:
    """Where a person's name starts after an organisation's name ending in its suffix, if it does:
    two or three capitalised words after the last suffix word."""
    last = next((k for k in range(len(rest) - 1, -1, -1) if key(rest[k].text) in gaz.org_suffixes), None)
    if last is None or not 2 <= len(rest) - last - 1 <= 3:
        return None
    name = rest[last + 1:]
    return last + 1 if all(t.cap for t in name) and _looks_like_name(name, gaz) else None


def _strip_links(tokens: list[Token]) -> list[Token]:
    while tokens and not tokens[0].cap:
        tokens = tokens[1:]
    while tokens and not tokens[-1].cap:
        tokens = tokens[:-1]
    return tokens


def _split_place_person(toks: list[Token], gaz: Gazetteer) -> list[Piece]:
    """"United States Hamdullah Mohib" -> place + person, when a given name follows a known name."""
    n = len(toks)
    for size in range(1, n - 1):  # "Apple Inc. Steve Jobs": an organisation name, then a person
        if key(toks[size - 1].text) in gaz.org_suffixes and toks[size].text in gaz.first_names:
            rest = toks[size:]
            if len(rest) == 2 or _looks_like_name(rest, gaz):
                return [Piece(toks[:size], modifier=True), Piece(rest, person=True)]
    for size in range(min(gaz.max_words, n - 1), 0, -1):
        head = " ".join(t.text for t in toks[:size])
        if gaz.lookup(head) is None and (size > 1 or head not in gaz.adjectives):
            continue
        rest = toks[size:]
        if rest[0].text in gaz.first_names and _looks_like_name(rest, gaz):
            lead = [Piece(toks[:size])] if gaz.lookup(head) is not None else []
            return [*lead, Piece(rest, person=True)]
        break
    return [Piece(toks)]
