"""Speaker resolution: from a cue's mention to a canonical name and, when known, an entity.

Names go to their fullest form in the article (``Blinken`` -> ``Antony Blinken``); ``he``/``she`` to
the person who spoke last unless another person has since opened a clause, passing over anyone the
article clearly gives the other gender (``gender``); ``it``/``they`` to the organisation
that spoke last; documents (``the readout``, ``a statement from X``) to whoever issued them; ``the
ministry`` to the organisation of that kind named last. Unnamed people and groups stay without a
speaker: no speaker is better than a wrong one. Entities from ``parsing.entities`` win when their
mentions overlap the resolved name and agree with it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .. import segment
from ..entities.descriptors import holder as role_holder
from ..model import Span
from .antecedents import NONE, WINDOW, Antecedents, Resolved
from .descriptions import described_since, indefinite, name_given_to, new_document, told_of_last
from .forms import clause_subject, described_before
from .gender import Gender
from .mentions import Cue
from .names import Name, tokens
from .vocab import vocab

_PERSON_WINDOW = 1500  # he/she may go back to the last person quoted this far back
_PRONOUN_GENDER: dict[str, Gender] = {"she": "female", "her": "female", "he": "male", "him": "male"}
# "through her attorney, " + a name: the name of a preposition's object, set beside it
_APPOSED = re.compile(r"\b(?i:through|by|to|with|for|from|via)\s+(?:her|his|its|their|the|an?)\s+[a-z]+,\s+$")
_THEN_PRONOUN = re.compile(r"[^,]*,\s+(he|she|He|She)\s")  # an apposition, then the subject
_IN_DOCUMENT = re.compile(r"\b(?i:in)\s+(?i:a|an|his|her|its|their)\s+$")  # "conceded in a post"
_ISSUER = re.compile(r"\b(?:by|from)\s+(?:the\s+)?", re.IGNORECASE)
_NOT_ISSUED = re.compile(r"\b(?i:that|which|who|whose|said|says|is|are|was|were)\b")
_MEDIUM = re.compile(  # "Speaking on RTÉ's Morning Ireland, he added": where someone spoke, not who
    # (but "according to Kenneth Obi" names a source, whom a "he" after may stand for)
    r"(?:(?<![Aa]ccording\s)\b(?i:on|to|with|in)\s+(?:the\s+)?|\w['’]s\s+)$")
_WHAT = re.compile(r"\b(?i:what)\s+$")  # "what it called": a free relative inside its subject's clause
_WHOM = re.compile(r",?\s+whom\s+")  # a name, then the relative pronoun its clause's subject acts on

__all__ = ["Resolved", "Resolver"]


# the one asked a question ("asked Szymanski whether …") is the one who answers (not "asked him to leave")
_LOWER_AFTER = re.compile(r" [a-z]")
_ASKED = re.compile(r"\b(?i:asked|pressed|questioned)\s+$")
_QUESTION = re.compile(r",?\s+(?:whether|if|about|why|how|what|when|where|who|on)\b")


def _turn_end(last: tuple[int, Resolved] | None) -> int:
    """Where the last speaker's turn was said: their quote or their own mention, the later (-1: none)."""
    return -1 if last is None else max(last[0], last[1].anchor[0] if last[1].anchor else -1)


class Resolver(Antecedents):
    """Resolves mentions of one article, remembering who spoke last."""


    def _person(self, pos: int, pronoun: str) -> Resolved:
        """``he``/``she``: the person who spoke last, unless another person has since opened a clause;
        a person the article clearly gives the other gender is passed over."""
        gender: Gender | None = _PRONOUN_GENDER.get(pronoun)
        last = self._last_speaker(pos, "person", _PERSON_WINDOW, gender)
        since = _turn_end(last)
        others = False  # another person named since the last speaker
        starts = self.para_starts
        para_start = starts[max(0, bisect_right(starts, pos) - 1)] if starts else 0
        described = described_since(self.masked, max(since, para_start - 1), pos) \
            or self._described_speaker(since, para_start, pos) \
            or self._described_before(since, para_start, pos)
        opened = -1  # "A Western diplomat … was blunter. "…," he said": someone new, no one named before
        if described is not None and indefinite(self.masked, described[0]) \
                and self.masked[:described[0]].rstrip()[-1:] in ("", ".", "!", "?", "\u2592"):
            opened = described[0]
        for n in self.names_before(pos, max(pos - WINDOW, opened)):
            if n.start <= since:
                break  # back at the last speaker's own mention
            asked = _ASKED.search(self.masked, max(0, n.start - 12), n.start) is not None \
                and _QUESTION.match(self.masked, n.end) is not None
            if (self._subject(n) or asked or self._opening_possessor(n)) and not self._apposed(n) \
                    and not self._modifier(n) \
                    and self._person_fits(n, gender):
                return self.canonical(n)  # "A reporter asked Szymanski whether …. "…," he said": who answers
            others = others or self._is_kind(n, "person")
        if last is not None and since < para_start:  # For Tomas Lindqvist, …, "…," he said.
            for n in self.names_before(pos, max(para_start, opened)):
                if _WHOM.fullmatch(self.masked, n.end, pos) or self._apposed(n) or self._in_relative(n) \
                        or self._modifier(n) or _MEDIUM.search(self.masked, max(0, n.start - 30), n.start):
                    continue  # "toward Quintero, whom she described as": she is not whom she describes;
                    # "through her attorney, Miriam Astor, she said": a name set beside a noun is not she
                if self.masked[n.end:n.end + 1] not in ("'", "’") and self._person_fits(n, gender):
                    return self.canonical(n)
        if described is not None:  # "…," Ryder said. … the mayor laughed. "…," he said: not Ryder
            # someone described: the person the article gave that role ("The chief paused"), or no one named
            return self._held(*described) or Resolved(None, None, "unknown", described)
        if last is not None:
            if not others and gender is not None and last[1].speaker is not None:
                self.genders.note(last[1].speaker, gender)  # "…," she added: it can only be them
            return last[1]
        for n in self.names_before(pos, pos - WINDOW):
            if not self._apposed(n) and not self._modifier(n) and not self._in_relative(n) \
                    and self._person_fits(n, gender):
                return self.canonical(n)
        return NONE

    def _described_before(self, since: int, para_start: int, pos: int) -> tuple[int, int] | None:
        """A paragraph that opens with the quotation takes up the described person the paragraph before
        ended by telling of (``told_of_last``)."""
        if self.masked[para_start:para_start + 1] != self.fill or para_start == 0:
            return None
        sentences = segment.sentences(self.masked, (self._paragraph(para_start - 1),))
        if not sentences:
            return None
        return told_of_last(self.masked, max(since, sentences[-1].start - 1), para_start)

    def _modifier(self, n: Name) -> bool:
        """A name after ``the`` and before a lower-case noun (``Pressed on the Gary email``): a noun's
        modifier, no one who could be ``he``."""
        return self.masked[max(0, n.start - 4):n.start].lower() == "the " \
            and _LOWER_AFTER.match(self.masked, n.end) is not None

    def _apposed(self, n: Name) -> bool:
        """A name set beside a preposition's object and followed by a pronoun subject (``through her
        attorney, Miriam Astor, she said``): it names the one that noun stands for, not the pronoun."""
        return _APPOSED.search(self.masked, max(0, n.start - 40), n.start) is not None \
            and _THEN_PRONOUN.match(self.masked, n.end) is not None  # not "by her son, X, who said"

    def _topic(self, pos: int) -> Resolved | None:
        """The person a definite role description no one was introduced with stands for: the person
        quoted last, in this paragraph or the one before, when no other person has opened a clause
        since (a writer's second name for the one being quoted)."""
        last = self._last_speaker(pos, "person", _PERSON_WINDOW)
        if last is None or last[1].speaker is None:
            return None
        if last[0] < self._paragraph_before(pos):
            return None
        for n in self.names_before(pos, _turn_end(last) + 1):
            other = self.canonical(n).speaker != last[1].speaker
            if other and self._subject(n) and self._is_kind(n, "person"):
                return None
        return last[1]

    # mentions ----------------------------------------------------------------------------------

    def resolve(self, cue: Cue, pos: int) -> Resolved:
        v = vocab()
        if cue.kind == "group":
            return NONE
        if cue.kind == "name" and cue.name is not None:
            return self.canonical(cue.name)
        start = cue.mention[0] if cue.mention else pos
        if cue.kind == "pronoun":
            bound = cue.head == "it" and _WHAT.search(self.masked, max(0, start - 6), start) \
                and self._clause_subject(start)
            if bound and bound.kind == "org":  # "Groupe Delorme condemned what it called "…"": the clause's
                return bound  # subject (not a generic "what they call the "Camille line"")
            if cue.head in v.person_pronouns:
                return self._person(start, cue.head)
            subject = self._described_subject(start) if cue.head == "it" else None
            if subject is not None:  # "the federation said its members …, and it described": the federation
                return subject
            last = self._last_speaker(start, "org")
            if last is not None and cue.head in ("it", "they"):
                return last[1]
            n = self._recent(start, "org") if cue.head == "it" else None
            if n is not None and new_document(self.masked, n.end, start):
                return NONE  # X … posted a reply. It read: "…": the reply, not X
            return self.canonical(n) if n is not None else NONE
        head = cue.head
        comp = cue.complement
        surname = self._surname(cue)
        if surname is not None:
            return surname
        given = name_given_to(self.text, cue.mention[0]) if cue.mention is not None else None
        if given is not None:  # "a farmer … who gave his name only as Ramesh"
            word = self.text[given[0]:given[1]]
            return self.canonical(Name(given[0], given[1], word, "person", (word,)))
        definite = self.text[start:start + 4].lower() == "the " and not cue.restricted
        if cue.mention is not None and definite:  # the Democratic nominee
            held = self._held(start, cue.mention[1])
            if held is not None:
                return held
        if head in v.document_nouns:
            if comp is not None:
                return self.canonical(comp)
            if cue.mention is not None and indefinite(self.text, cue.mention[0]):
                return NONE  # "an internal memo": a document not met before, its issuer unknown
            last = self._last_speaker(start, "org")
            return self._issuer(head, start) or (last[1] if last else NONE)
        if head in v.role_nouns and cue.mention is not None and definite:
            holder = self._role_holder(head, start, "person")  # the spokeswoman: the one introduced as one
            if holder is not None:
                return holder
            if comp is None and head not in v.org_descriptions:
                introduced = self._introduced(head, start)
                if introduced is not None:  # "A Malian security official …. "…," the official said"
                    return Resolved(None, None, "unknown", introduced)
                topic = self._topic(start)  # Briggs dismissed it … The former state senator said
                if topic is not None and not self._other_role(topic, head):
                    return topic
        if head.startswith("spokes") and comp is not None:
            r = self.canonical(comp)
            return r if r.kind == "org" else NONE
        if definite and head.endswith("-old") and comp is None:  # "the 58-year-old said": the one just quoted
            return self._topic(start) or self._aged(head, start) or NONE
        if head in v.org_descriptions and head not in v.role_nouns:
            if comp is not None:
                r = self.canonical(comp)
                return r if r.kind == "org" else NONE
            held_org = self._role_holder(head, start, "org") if definite else None  # X, the network, …
            return held_org or self._named_org(head, start)
        if definite and comp is None and head.isalpha() and head not in v.known_heads:  # "The division
            named = self._named_org(head, start)  # said": the organisation named with that noun (the
            # Colorado Division of Insurance)
            if named.kind == "org":
                return named
        return NONE

    def _surname(self, cue: Cue) -> Resolved | None:
        """A title word alone and capitalised (``Bishop said``) that ends a person's name the article
        gave (``Julie Bishop``): that person, named by surname."""
        if cue.mention is None or cue.mention[1] - cue.mention[0] > 20:
            return None
        word = self.text[cue.mention[0]:cue.mention[1]]
        if not word.isalpha() or not word[:1].isupper() or word.lower() not in vocab().titles:
            return None
        full = self.index.fullest((word,))
        if full is None or len(full.words) < 2 or full.words[-1] != word or full.kind != "person":
            return None
        return self.canonical(Name(cue.mention[0], cue.mention[1], word, "person", (word,)))

    def _paragraph(self, at: int) -> Span:
        """The paragraph holding ``at`` (from 0 when it comes before the first start)."""
        starts = self.para_starts
        k = bisect_right(starts, at) - 1
        return Span(starts[k] if k >= 0 else 0, starts[k + 1] if k + 1 < len(starts) else len(self.masked))

    def _paragraph_before(self, pos: int) -> int:
        """Where the paragraph before the one holding ``pos`` starts (0 for the first two)."""
        here = bisect_right(self.para_starts, pos) - 1
        return self.para_starts[here - 1] if here > 0 else 0

    def _introduced(self, head: str, pos: int) -> tuple[int, int] | None:
        """Someone unnamed that ``the official`` refers back to: a sentence opened by an indefinite
        description with the same head (``A Malian security official, speaking on condition of
        anonymity, said``) since the last person quoted, in this paragraph or the one before."""
        last = self._last_speaker(pos, "person", _PERSON_WINDOW)
        lo = max(_turn_end(last), self._paragraph_before(pos))
        found = described_since(self.masked, lo, pos)
        if found is not None and indefinite(self.masked, found[0]) \
                and self.masked[found[0]:found[1]].lower().split()[-1] == head:
            return found
        # "…, according to one EU trade official. "…," said the official": one met anywhere before
        met = list(re.finditer(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(head)}\b",
                               self.masked[lo:pos]))
        return (lo + met[-1].start(), lo + met[-1].end()) if met else None

    def _held(self, start: int, end: int) -> Resolved | None:
        """The person a definite role description (``the Democratic nominee``) stands for: the one the
        article gave that role before it (``entities.descriptors.holder``); None for an indefinite one."""
        if self.text[start:start + 4].lower() != "the ":
            return None
        held = role_holder(self.entities, self.text[start:end], start)
        return Resolved(held[0].name, held[0].id, "person", (held[1].start, held[1].end)) if held else None

    def _issuer(self, head: str, pos: int) -> Resolved | None:
        """``the readout``: who released the last readout mentioned before (``a readout from X``), or
        the subject of the clause that put it out (``Pettibone conceded in a post on …``)."""
        lo = max(0, pos - WINDOW)
        for m in reversed(list(re.finditer(rf"\b{re.escape(head)}\b", self.masked[lo:pos], re.IGNORECASE))):
            s = lo + m.end()
            end = self.masked.find(",", s, s + 120)
            window_end = end if end != -1 else min(len(self.masked), s + 120)
            by = _ISSUER.search(self.masked, s, window_end)
            if by is not None and _NOT_ISSUED.search(self.masked, s, by.start()):
                by = None  # "in a letter Tuesday that the list is protected by the First Amendment":
                # a clause of its own comes between, whose "by" is not the letter's
            if by is None:
                at = lo + m.start()
                if _IN_DOCUMENT.search(self.masked, max(0, at - 12), at):
                    put_out = self._clause_subject(at)
                    if put_out is not None:
                        return put_out
                continue
            toks = tokens(self.masked, by.end(), window_end)
            k = 0
            while k < len(toks) and toks[k].text[:1].isupper():
                k += 1
            if k:
                named = self.index.fullest(tuple(t.text for t in toks[:k]))
                if named is not None:
                    return self.canonical(named)
        return None

    def _clause_subject(self, at: int) -> Resolved | None:
        """The named subject of the sentence around ``at`` (``Pettibone conceded in a post on …``, ``X,
        which …, said in a statement``), a name beside or within a description that is the subject
        (``The union, the CGT, said``, ``The Office of the Attorney General said``), or ``it``'s."""
        masked = self.masked
        para = self._paragraph(at)
        sentence = next((s for s in segment.sentences(masked, (para,)) if s.start <= at < s.end), para)
        cue = clause_subject(masked, sentence.start, sentence.end)
        if cue is not None and cue.kind in ("description", "group") and cue.mention is not None:
            within = self.named_within(*cue.mention) if cue.head not in vocab().role_nouns else None
            return self.named_beside(cue.mention[1], sentence.end) or within
        if cue is not None and cue.kind == "pronoun" and cue.head == "it" and cue.mention is not None \
                and not _WHAT.search(masked, max(0, cue.mention[0] - 6), cue.mention[0]):  # not "What it
            found = self.resolve(cue, cue.mention[0])  # called …", which resolve binds to this very clause
            return found if found.speaker is not None and found.kind == "org" else None
        if cue is None or cue.kind != "name" or cue.name is None or cue.mention is None:
            return None
        then = _THEN_PRONOUN.match(masked, cue.mention[1])
        if then is not None:  # "… through her attorney, Miriam Astor of Kansas City, she said": she
            return self._person(then.start(1), then.group(1).lower())
        found = self.canonical(cue.name)
        return found if found.kind != "place" else None

    def _described_subject(self, at: int) -> Resolved | None:
        """What a thing described as the subject of the sentence before ``at`` resolves to, when no
        organisation is named after it: ``it`` later in that sentence is that thing."""
        cue = described_before(self.masked, self._paragraph(at).start, at)
        if cue is None or cue.mention is None or self.fill in self.masked[cue.mention[1]:at] or any(
                self.canonical(n).kind == "org" for n in self.names_before(at, cue.mention[1])):
            return None  # "The decision limits a remedy the Board has used since 2022, when it began"; not
            # "The talks were "…," it states": a quotation between, and "it" is who says it
        return self.resolve(cue, cue.mention[0])

    def _other_role(self, r: Resolved, head: str) -> bool:
        """Whether the article gave this person roles, none of them ``head``: the press secretary
        quoted last is not "the president" who speaks next."""
        offices = vocab().offices
        if head not in offices:
            return False
        heads = [w[-1] for w in (role.lower().split() for role in next(
            (e.roles for e in self.entities if e.id == r.entity), ())) if w and w[-1] in offices]
        return bool(heads) and head not in heads
