"""Whether a person is a woman or a man, for ``she``/``he``, from what the article itself says.

Evidence: a gendered word written right before the name (``Mrs Berg``, ``spokeswoman Anna Berg``) or
in its apposition (``Tom Hale, a spokesman for …``) anywhere in the article, the given name (common
names that are clearly one or the other), and a he/she already used for the person where nobody else
could be meant. No evidence, or evidence both ways, gives no gender: ``she``
and ``he`` then stay free to go to anyone, as without this module. Each name is looked up on demand,
at its own occurrences only.
"""

from __future__ import annotations

import re
from typing import Literal

from .vocab import vocab

Gender = Literal["female", "male"]

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
_LOOK_BACK = 24
# The name as a subject, then in its sentence, with no other capitalised word or quotation between,
# he, she or his: "Vickery knew what he was walking into", "Berg said she …". Not him or her, which
# after the subject's own verb stand for someone else ("Vickery told him"), nor after "X's".
_OWN_PRONOUN = re.compile(r"(?:\s+(?![A-Z])[^\s.!?;:,\"“”]+){1,6}?\s+(he|his|she)\b")


class GenderIndex:
    """The genders an article gives its people, found name by name and remembered."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._known: dict[str, Gender | None] = {}
        self._words: dict[tuple[str, bool], set[Gender]] = {}  # each name word's evidence, read once
        self._pronouns: dict[str, Gender | None] = {}  # he/she already used for the person

    def note(self, name: str, gender: Gender) -> None:
        """A pronoun that can only refer to ``name`` (``"…," she added``, nobody else named since)."""
        seen = self._pronouns.get(name, gender)
        self._pronouns[name] = gender if seen == gender else None
        self._known.pop(name, None)

    def _occurrences(self, word: str) -> list[int]:
        text, out = self.text, []
        pos = text.find(word)
        while pos != -1:
            end = pos + len(word)
            if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                out.append(pos)
            pos = text.find(word, end)
        return out

    def _gender_of_word(self, word: str) -> Gender | None:
        v = vocab()
        low = word.lower().rstrip(".")
        if low in v.female_words:
            return "female"
        if low in v.male_words:
            return "male"
        return None

    def _evidence(self, words: list[str]) -> set[Gender]:
        """Gendered words before any word of the name, or in an apposition after its last word."""
        found: set[Gender] = set()
        for i, w in enumerate(words):
            key = (w, i == len(words) - 1)
            if key not in self._words:  # a word's occurrences span the whole text: read them once
                self._words[key] = self._word_evidence(*key)
            found |= self._words[key]
        return found

    def _word_evidence(self, w: str, last: bool) -> set[Gender]:
        found: set[Gender] = set()
        after_re = vocab().gender_after_re
        for pos in self._occurrences(w):
            before = _WORD_BEFORE.search(self.text, max(0, pos - _LOOK_BACK), pos)
            said = self._gender_of_word(before.group(1)) if before is not None else None
            if said is not None:
                found.add(said)
            after = after_re.match(self.text, pos + len(w)) if last else None
            said = self._gender_of_word(after.group(1)) if after is not None else None
            if said is not None:
                found.add(said)
            own = _OWN_PRONOUN.match(self.text, pos + len(w)) if last else None
            if own is not None:  # "Vickery knew what he was walking into": his own clause's he
                found.add("male" if own.group(1) in ("he", "his") else "female")
        return found

    def of(self, name: str | None) -> Gender | None:
        """The gender of the person called ``name`` (their fullest name), if the evidence is clear."""
        if not name:
            return None
        if name not in self._known:
            words = [w for w in name.split() if len(w.rstrip(".")) > 1]
            found = self._evidence(words)
            v = vocab()
            first = words[0].lower() if words else ""
            if first in v.female_names:
                found.add("female")
            elif first in v.male_names:
                found.add("male")
            pronoun = self._pronouns.get(name)
            if pronoun is not None:
                found.add(pronoun)
            self._known[name] = found.pop() if len(found) == 1 else None
        return self._known[name]


def disagree(role: str, given: str) -> bool:
    """Whether a gendered role noun and a given name clearly disagree (``a spokeswoman for the
    Minister, Craig Ellison``: the name is the minister's, not the spokeswoman's)."""
    v = vocab()
    word, name = role.lower(), given.lower()
    said: Gender | None = "female" if word in v.female_words else "male" if word in v.male_words else None
    female, male = name in v.female_names, name in v.male_names
    named: Gender | None = "female" if female and not male else "male" if male and not female else None
    return said is not None and named is not None and said != named
