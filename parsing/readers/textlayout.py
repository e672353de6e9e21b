"""Line classes of a plain-text article's head and tail: title, byline, date line, caption, footer."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..dateline import is_date_only, search_date
from .dates import parse_date
from .names import is_credit, layout_vocab, looks_like_name, split_byline

_WORD = re.compile(r"[A-Za-z]+")
_BY_LINE = re.compile(r"^(?:written\s+)?by\s+[A-Z]", re.I)
_SENTENCE_END = re.compile(r"[.!,;:]$|[.!][\"”’')]$")
_LIST_ITEM = re.compile(r"^(?:[-*+•]|\d+[.)])\s")
_SENTENCE_FINAL = re.compile(r"[.!?…][\"”’')\]]*$")
_MAX_TITLE_CHARS = 160
_MAX_STANDFIRST_CHARS = 400
_TITLE_CASE_WORD = 4  # "Orders", "Along": words this long are capitalised in a title-case headline
_TITLE_CASE_SHARE = 0.75
_MAX_TITLE_WORDS = 25
_CREDIT_WINDOW = 6
_MAX_FOOTER_CHARS = 90
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))")
_READING_TIME = re.compile(r"^(?:\d+\s*(?:min(?:ute)?s?|m)\.?\s+read|listen to this article.*|"
                           r"\d+:\d{2}\s*min(?:ute)?s?)$", re.I)
# "... heavy rain. Jonas Whitcombe/Tarrow Valley Courier": a short last segment naming "Person/Outlet".
_SLASH_CREDIT = re.compile(r"(?:^|[.)]\s+)[A-Z][^./\n]{0,60}/\s?[A-Z][^.\n/]{0,60}$")


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str  # stripped

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(content: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in content.split("\n"):
        out.append(Line(pos, pos + len(raw), raw.strip()))
        pos += len(raw) + 1
    return out


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(layout_vocab()[key])


@cache
def _date_label() -> re.Pattern[str]:
    labels = sorted(layout_vocab()["date_labels"], key=len, reverse=True)
    return re.compile(r"^(" + "|".join(map(re.escape, labels)) + r")\s*(?::\s*(.*)|\s+(\S.*))?$", re.I)


def headline_like(text: str) -> bool:
    """Short, no sentence-final period, not a list item and not only a date."""
    words = text.split()
    if not text or len(text) > _MAX_TITLE_CHARS or not 1 <= len(words) <= _MAX_TITLE_WORDS:
        return False
    if _SENTENCE_END.search(text) or _LIST_ITEM.match(text) or not (text[0].isupper() or text[0].isdigit()):
        return False
    return not is_date_only(text)


def title_case(text: str) -> bool:
    """``Mayor Orders Flood Barriers Raised Along the River``: its longer words capitalised."""
    words = [w for w in _WORD.findall(text) if len(w) >= _TITLE_CASE_WORD]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


def standfirst_like(text: str) -> bool:
    """A one-line summary under a headline: a capital (or a quote) first, a sentence end last."""
    if not text or len(text) > _MAX_STANDFIRST_CHARS or _LIST_ITEM.match(text):
        return False
    first = text.lstrip("\"“‘'")[:1]
    return first.isupper() and bool(_SENTENCE_FINAL.search(text)) and not is_byline(text)


def is_byline(text: str) -> bool:
    """``By Ann Lee and Bo Park``: "By" and at least one person's name, no sentence end; or a wire
    credit line (``Reporting by Ann Lee; Editing by Bo Park``)."""
    if is_credit(text):
        return True
    if not _BY_LINE.match(text) or len(text) > _MAX_FOOTER_CHARS or _SENTENCE_END.search(text):
        return False
    return any(looks_like_name(n) for n in split_byline(text))


def date_line(text: str) -> tuple[str, date | None] | None:
    """``Updated: Nov. 23, 2021`` -> ("updated", 2021-11-23); ``Updated:`` -> ("updated", None)."""
    m = _date_label().match(text)
    if not m:
        return None
    rest = (m.group(2) or m.group(3) or "").strip()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        day = (parse_date(rest) or search_date(rest)) if rest else None
    if rest and day is None and m.group(2) is None:
        return None  # "Date of birth ..." is not a date line
    return m.group(1).lower(), day


def is_published_label(label: str) -> bool:
    return label in _words("published_labels")


def is_caption(text: str) -> bool:
    """A photo caption: a photo credit among its last words, no full stop at the end."""
    if text.endswith((".", "!", "?")) and not text.endswith((")", "]")):
        return False
    if len(text.split()) < 3:
        return False
    tail = [w.lower() for w in _WORD.findall(text)[-_CREDIT_WINDOW:]]
    return any(w in _words("caption_credits") for w in tail) or bool(_SLASH_CREDIT.search(text))


def is_role(text: str) -> bool:
    return text.lower().rstrip(":") in _words("roles")


def is_footer(text: str) -> bool:
    """A share/follow/related-links line, a wire credit, a copyright line or a lone social network name."""
    low = text.lower().rstrip(":").strip()
    if low in _words("footer_lines") or is_credit(text):
        return True
    if len(low) > _MAX_FOOTER_CHARS:
        return False
    return bool(_COPYRIGHT.match(low)) or low.startswith(tuple(layout_vocab()["footer_prefixes"])) or (
        low.startswith("related") and len(low) < _MAX_TITLE_WORDS * 2
    )


def is_page_noise(text: str) -> bool:
    """Reading time, "Listen to this article", share and follow lines between the head and the body."""
    return bool(_READING_TIME.match(text)) or is_footer(text)


def is_name(text: str) -> bool:
    return looks_like_name(text)
