"""Typing one name mention from its form and its context: PERSON, ORG, PLACE or OTHER, with a weight."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..model import EntityType
from .beside import and_org, and_place, listed_with_a_place, near_a_place, paired_with_a_place, to_a_place
from .gazetteer import Gazetteer, Known, key
from .names import NUMBERED_HEADS, acronym

STRONG, MEDIUM, WEAK = 4.0, 2.0, 1.0
_LOCATIVE = MEDIUM + 0.5  # "a diner owner in Chillicothe", "his farm near Carroll": where, over a given name
DEFAULT = 0.01  # a guess from the shape alone: decides only when nothing else does

# "a farmer who gave his name only as Ramesh", "one office worker, who gave only her first name, Sofie",
# "a driver identified only as Marco": the words before the name given to someone described (read here
# to type the name, and by attribution to resolve the description to it)
NAME_GIVEN_WORDS = r"(?:name\s+only\s+as|(?:identified|named)\s+only\s+as|(?:first|given)\s+name,?)"
_NAME_GIVEN = re.compile(rf"\b{NAME_GIVEN_WORDS}\s+$")


def name_given(text: str, start: int) -> bool:
    """The name at ``start`` is one a person described just before was given (``who gave his name only
    as Ramesh``)."""
    return _NAME_GIVEN.search(text, max(0, start - 30), start) is not None


_PLACE_AFTER = re.compile(r", ((?:[A-Z][\w.]*\s?){1,3})(?<!\s)(?=[,.;:)]|$)")
_HE_SHE = re.compile(r"^[^.;]*?\b(?:he|she|his|her|him)\b")
_ITS = re.compile(r"^[^.;]*?\bits\b")
# After a dateline's place: a date, an agency in brackets, a dash; or first a state or country
# ("BRANTVILLE, Ohio —", "MILLBRIDGE, Kestria, March 5 -").
_DATELINE_AFTER = re.compile(  # a dash: one, or two hyphens as typewritten wire copy has it ("PARIS --")
    r"^(?:/[A-Z][A-Z .'-]*)?"  # a second place after a slash: "PATNA/NEW DELHI, October 7 —"
    r"(?:,\s*[A-Z][\w.]* \d|,\s*\d{1,2} [A-Z][a-z]+|\s*\(|\s*(?:--|[—–-])\s"  # "SYDNEY, 16 September"
    r"|,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}\s*"
    r"(?:(?:--|[—–-])\s|\(|,\s*[A-Z][\w.]* \d|,\s*\d{1,2} [A-Z][a-z]+))"
)
_COLON_AFTER = re.compile(r":\s")
_AGENCY_DASH = re.compile(r"\s*\([^)]{1,30}\)\s*(?:--|[—–-])\s")
# the head noun of an apposition after its determiner: "the", "a", a name's possessive ("Ohio's"), or a
# noun's before a superlative ("the nation's fourth-largest wireless carrier", "the city's biggest
# employer"; not "the association's president", who may head a list after the name)
_APPOSITION_LEAD = (r",\s+(?:the|a|an|his|her|its|their|[A-Z][\w.&-]*['’]s"
                    r"|(?:the|its|their)\s+[a-z]+['’]s(?=\s+(?:[\w]+-)?(?:[a-z]+est|top|leading|main)\b))\s+"
                    r"(?:[\w-]+\s+){0,5}?([A-Za-z-]+)")
_APPOSITION_CLOSED = re.compile(_APPOSITION_LEAD + r"[,.;)]")  # ", the largest of the three contractors,"
# ", a potline operator who": "who" (not "whose", which firms take too) right after the head, no
# preposition between ("Portsmouth, a win for Hampton Roads lawmakers who": the win)
_APPOSITION_WHO = re.compile(r",\s+(?:the|a|an|his|her|its|their)\s+"
                             r"(?:(?!(?:for|of|in|at|with|to|from|on|by)\s)[\w-]+\s+){0,5}?[A-Za-z-]+\s+who\b")
_APPOSITION_OPEN = re.compile(  # ", a venture fund run by …", ", an Australian woman and …"
    _APPOSITION_LEAD + r"\s+(?:and|who|whose|that|which|from|of|in|at|for|with|during|since|on|over|under"
    r"|to|run|owned|based|founded|backed|led)\b")
# A role with no article before it: ", chief financial officer at Y," / ", director of Y" (a person's
# apposition; the words are checked against the role lists in bare_role).
_BARE_ROLE = re.compile(
    r",\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s+(?:of|at|for|and|with|in)\b|\s*[,.;)])")
_FIRST_WORDS = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
_GENDER_AFTER = re.compile(r"\s*,?\s*(?:who\s+)?(?:he|she|his|her)\b")


class Context(NamedTuple):
    prev: str  # the word before the name (as written), "" at a sentence start
    prev2: str  # the word before that
    next: str  # the word after the name
    suffix: str  # a compound tail ("based")
    after: str  # a few characters after the name
    sports: bool = False  # the article reports matches: countries there are national teams
    line_start: bool = False  # the name opens a line (where a dateline stands)
    appositive: tuple[str, ...] = ()  # head nouns an apposition after the name may have ("company")
    possessive: bool = False  # the name takes 's ("Tamberlan's health minister")
    listed: str = ""  # the name before it in a list ("Montreal" for "in Montreal, Laval and …")
    role_before: str = ""  # a lower-case word before ", " ("minister" in "Oman's foreign minister, X,")
    opens_text: bool = False  # the name is the first word of the text
    paired: str = ""  # the name before its "and"/"or" ("Calgary" for "in Calgary and Banff")


def dateline(name: str, ctx: Context) -> bool:
    """"MILLBRIDGE, March 5 (Reuters) -", "ROME —": a place in capitals opening a report."""
    size = len(name) if name.isupper() else 0
    if size >= 3 and ctx.opens_text and _COLON_AFTER.match(ctx.after):
        return True  # "NEW DELHI: …", as South Asian papers set a dateline (not a label: "KRUGER: …")
    if size > 4:
        return _DATELINE_AFTER.match(ctx.after) is not None
    if size < 3 or not ctx.line_start:  # a short word in capitals is mostly an acronym: "NATO (...)"
        return False
    return _DATELINE_AFTER.match(ctx.after) is not None and (
        not ctx.after.lstrip().startswith("(") or _AGENCY_DASH.match(ctx.after) is not None)


def apposition_heads(after: str) -> tuple[str, ...]:
    """The possible head nouns of an apposition after a name, singular: the one cut by a conjunction or
    preposition first (``, an Australian woman and`` -> ``woman``, ``, a teacher at the Harbor School,``
    -> ``teacher``), then the phrase closed by punctuation (``, the larger of the two companies,`` ->
    ``company``)."""
    if not after.startswith(","):
        return ()
    found = (_APPOSITION_OPEN.match(after), _APPOSITION_CLOSED.match(after))  # the head before a preposition
    # first: "X, a teacher at the Harbor School," is a teacher, not a school
    return tuple(_singular(m.group(1).lower()) for m in found if m)


def bare_role(after: str, gaz: Gazetteer) -> bool:
    """An apposition that is a role without an article (``, chief financial officer at Y,``): every
    word a role noun or a role's modifier, the last a role noun, singular. Only people take one."""
    m = _BARE_ROLE.match(after)
    if m is None:
        return False
    words = m.group(1).split()
    modifiers = gaz.context["role_modifiers"]
    return words[-1] in gaz.role_nouns and all(w in gaz.role_nouns or w in modifiers for w in words)


_CHIEF_OF = re.compile(r"\s*chief\s+of\b")  # "the senator's chief of staff": a person's aide


def _held_by_an_organisation(after: str, roles: frozenset[str]) -> bool:
    """The noun after a name's possessive is a role or a part only an organisation has (``'s chairman``,
    ``'s chief executive``, ``'s board``), not one a person may have too (``'s chief of staff``)."""
    first = after.split(None, 1)[0].rstrip(",.;:") if after.strip() else ""
    return first in roles and _CHIEF_OF.match(after) is None


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


Votes = list[tuple[EntityType, float]]


# words after a name that show it ends its noun phrase (not "the House chamber")
_NOT_A_HEAD = frozenset("between in at near and or to from on for with where which as by after before until "
                        "was is were are has had have".split())


# machinist, hygienist, technician, millwright, locksmith (not analyst: a firm employs analysts)
_AGENT_ENDS = ("inist", "enist", "ician", "wright", "smith")


def _someone(noun: str, gaz: Gazetteer) -> bool:
    """A noun for a person, whom a ``from`` after it places (``a retired machinist from X``)."""
    return noun in gaz.context["person_nouns"] or noun.endswith("-old") or (
        len(noun) > 5 and noun.isalpha() and noun.islower() and noun.endswith(_AGENT_ENDS))


def vote(name: str, words: list[str], ctx: Context, gaz: Gazetteer, person_cue: bool,
         known: Known | None) -> Votes:
    """Weighted type votes for one mention (``known``: its gazetteer entry, if any)."""
    votes: Votes = []
    if known is not None:
        located = ctx.prev.lower() in gaz.context["place_preps"]
        if ctx.sports and known.canonical in gaz.countries and not located:
            return [("ORG", STRONG * 2)]
        return [(known.type, STRONG * 2)]
    last, first = key(words[-1]), words[0]
    cx = gaz.context
    lp = ctx.prev.lower()
    if person_cue:
        votes.append(("PERSON", STRONG))
    if len(words) > 1 and words[0][:1].isdigit() and words[-1] in NUMBERED_HEADS:
        votes.append((NUMBERED_HEADS[words[-1]], STRONG * 2))  # "the 7th District", "the 9th Circuit"
    if name in gaz.other_names or (len(words) > 1 and words[-1] in cx["document_heads"]):
        votes.append(("OTHER", STRONG))  # a language, a religion; the Beige Book, the Clean Air Act
    org_start = len(words) > 1 and (first in gaz.org_prefixes or " ".join(words[:2]) in gaz.org_prefixes)
    unnamed_head = len(words) > 1 and words[-1] in gaz.place_heads_not_surnames
    compass = cx["compass_words"]
    rest = " ".join(words[1:]) if first in compass else " ".join(words[:-1]) if words[-1] in compass else ""
    if last == "Government" and (first in gaz.adjectives or gaz.lookup(" ".join(words[:-1]))):
        votes.append(("PLACE", STRONG))  # "the Canadian Government" acts for the country
    elif last in gaz.org_suffixes or org_start:
        # "Jim Press" is a person, "Kelsey Institute" no one: only some suffixes are also surnames
        given = first in gaz.first_names and len(words) == 2 and last in gaz.surname_suffixes
        alone = len(words) == 1  # "Press" alone: a surname as often as a company
        votes.append(("ORG", WEAK if alone else MEDIUM if given else STRONG))
    elif words[-1] in gaz.place_heads or (len(words) > 1 and (
            key(first) in gaz.place_prefixes or " ".join(words[:2]) in gaz.place_prefixes)
            and not any(w in gaz.org_suffixes for w in words[1:])):  # not "County Commissioners Association"
        votes.append(("PLACE", STRONG if unnamed_head else MEDIUM))
    elif rest and getattr(gaz.lookup(rest), "type", "PLACE") == "PLACE":
        votes.append(("PLACE", MEDIUM))  # "East Los Angeles", "Kowloon West"
    # a given name opens a person's name; not "Helena Regional Airport" (a head noun after a word that is
    # no given name), but "Mary Ann Lake"
    headed = (len(words) > 2 and words[-1] in gaz.place_heads and words[1] not in gaz.first_names) \
        or unnamed_head  # "Logan County", "Marion Valley": a head no one bears as a surname
    # "the Christian Democrats", "the Free Democrats": a party's members by its name, no one person
    if len(words) > 1 and "of" not in words and words[-1].endswith("s") \
            and (party := gaz.lookup(words[-1])) is not None and party.type == "ORG":
        votes.append(("ORG", STRONG))
    elif first in gaz.first_names and len(words) <= 4 and not headed:
        votes.append(("PERSON", MEDIUM + 1 if len(words) > 1 else MEDIUM))
    if " & " in name and words[-1] not in gaz.place_heads:  # not "Evergreen Aviation & Space Museum"
        votes.append(("ORG", STRONG))  # "Steuben & Lowe": names joined by "&" are a firm
    if lp == "the" and not person_cue and ctx.next not in cx["place_words_after"]:
        votes.append(("ORG", WEAK))  # not "the Marsh End neighborhood": "the" goes with the place noun
    if ctx.suffix == "based":
        votes.append(("PLACE", MEDIUM))
    lp2 = ctx.prev2.lower()
    if lp in cx["place_preps"]:
        where = len(words) == 1 and lp in ("in", "near") and not ctx.possessive \
            and lp2 not in cx["in_holders"]  # not "shares in X", "confidence in X", "in X's office"
        votes.append(("PLACE", _LOCATIVE if where else WEAK))
    elif lp == "the" and lp2 in cx["place_preps"] and lp2 not in ("in", "inside") and (
            not ctx.next.isalpha() or not ctx.next.islower() or ctx.next in _NOT_A_HEAD):  # not "outside
        # the House chamber": a name before its noun only qualifies it
        votes.append(("PLACE", MEDIUM))  # "along the Danube", "across the Rhine"; not "in the Guardian"
    if lp in cx["place_nouns"] or (lp == "of" and lp2 in cx["place_owner_nouns"]) or (
            lp == "from" and _someone(lp2, gaz)) or lp in cx["place_adjectives_before"] or (
            lp in ("to", "from") and lp2 in cx["directions"]) or (lp == "as" and lp2 in ("far", "away")):
        votes.append(("PLACE", MEDIUM))  # "the city of X"; where someone is from: "a machinist from X";
        # "neighbouring X", "extended south to X", "as far away as X"
    elif lp == "for" and lp2 in cx["seat_holders"]:
        votes.append(("PLACE", MEDIUM))  # "the MP for Stroud Vale": the seat a member holds
    elif lp in ("of", "at") and lp2 in gaz.role_nouns:  # "the chief executive of X", "an analyst at X"
        votes.append(("ORG", MEDIUM))
    elif lp in ("of", "at") and lp2 in cx["org_owner_nouns"]:  # "shares of X", "analysts at X"
        votes.append(("ORG", MEDIUM))
    elif (lp in ("and", "or") and getattr(gaz.lookup(ctx.prev2), "type", "") == "ORG") \
            or and_org(ctx.after, gaz):  # "Boeing and X", "X and Boeing": coordinated names are alike
        votes.append(("ORG", MEDIUM))
    elif listed_with_a_place(ctx.listed, ctx.after, gaz):  # "Montreal, Laval and …"
        votes.append(("PLACE", MEDIUM))
    elif len(words) == 1 and name not in cx["compass_words"] and and_place(ctx.after, gaz):
        votes.append(("PLACE", MEDIUM))  # "drive to Hammond or East Chicago": a town beside a place (not
        # "the Untied Nations and United States", "North and South Korea")
    elif len(words) == 1 and paired_with_a_place(name, ctx.paired, ctx.after, gaz):
        votes.append(("PLACE", MEDIUM))  # "in Calgary and Banff": a town after a place it is paired with
    elif lp == "from" and to_a_place(ctx.after, gaz):  # "from Ararat to Melbourne": a route's ends
        votes.append(("PLACE", MEDIUM))
    if ctx.next in cx["place_words_after"]:
        votes.append(("PLACE", WEAK))
    if ctx.after.startswith(", which "):
        votes.append(("ORG", WEAK))
    if lp in cx["org_nouns_before"]:
        votes.append(("ORG", MEDIUM))
    if ctx.next in cx["org_words_after"]:
        votes.append(("ORG", WEAK))
    if len(words) <= 3 and near_a_place(ctx.after):
        votes.append(("PLACE", MEDIUM))  # "Northwood, near London", "Gonfreville, north of Le Havre"
    m = _PLACE_AFTER.match(ctx.after) if ctx.after.startswith(", ") else None
    if m is not None and len(words) <= 3:
        known_after = gaz.lookup(m.group(1))
        if known_after is not None and known_after.type == "PLACE":
            votes.append(("PLACE", MEDIUM))
    shape = acronym(name)
    if dateline(name, ctx):
        votes.append(("PLACE", MEDIUM))  # "MILLBRIDGE, March 5 (Reuters) -": a dateline
    elif shape:
        votes.append(("ORG", WEAK + 0.5))
    # "X said" (not "X, …, said" nor "analysts at X said"); one unknown word too, not an acronym
    if ctx.next in cx["person_words_after"] and len(words) <= 3 and ctx.after.startswith(" ") \
            and lp not in cx["object_preps"] and not shape:
        votes.append(("PERSON", WEAK))
    if not ctx.appositive and ctx.after[:1] == "," and bare_role(ctx.after, gaz):
        votes.append(("PERSON", STRONG))  # "X, chief financial officer at Y,"
    if ctx.role_before in gaz.role_nouns and ctx.after[:1] == ",":
        votes.append(("PERSON", STRONG))  # "Oman's foreign minister, Khalid bin Saif al-Harthi, said"
    who = bool(ctx.appositive) and _APPOSITION_WHO.match(ctx.after) is not None
    if who:
        votes.append(("PERSON", STRONG))  # "X, a potline operator who has worked …": "who", a person
    for head in () if who else ctx.appositive:
        if head in cx["org_nouns_before"]:
            votes.append(("ORG", STRONG))  # "X, the larger of the two companies,"
            break
        if head in cx["place_nouns"]:
            votes.append(("PLACE", STRONG))  # "Culiacán, the state capital,", "X, a town of 4,000"
            break
        if head in gaz.role_nouns or head in cx["person_nouns"]:
            votes.append(("PERSON", STRONG))  # "X, an Australian woman and …", "X, the Vice Chairman of Y"
            break
    if _GENDER_AFTER.match(ctx.after) and len(words) <= 3 and not shape:
        votes.append(("PERSON", WEAK))
    if len(words) == 1 and not shape:
        after = ctx.after  # the word tests below first, as few texts hold the pronouns
        if ("he" in after or "hi" in after) and _HE_SHE.search(after):
            votes.append(("PERSON", WEAK))
        elif "its" in after and _ITS.search(after):
            votes.append(("ORG", WEAK))
    if lp.endswith("government"):
        votes.append(("PLACE", MEDIUM))
    nation_noun = ctx.possessive and any(w in cx["nation_nouns"] for w in _FIRST_WORDS.findall(ctx.after)[:2])
    if nation_noun and len(words) == 1:
        votes.append(("PLACE", MEDIUM))  # "Tamberlan's health minister", "Ravella's currency" (a country
        # the gazetteer does not know is one word; "Hélène Marchetti's government" is hers)
    elif ctx.possessive and _held_by_an_organisation(ctx.after, cx["org_roles_possessed"]):
        votes.append(("ORG", MEDIUM))  # "Celtic Cellular's chairman", "Harvest Table's president"
    if not votes:  # a guess from the shape: two or three plain words name a person
        person_shape = 1 < len(words) <= 3 and len(words[-1]) > 1 and not any(  # "Group G", "Plan B": a label
            gaz.lookup(w) is not None or acronym(w) for w in words)
        votes.append(("PERSON" if person_shape else "ORG", DEFAULT))
    return votes
