"""HTML fragments (feed entries, JSON bodies) to plain text, paragraphs separated by blank lines."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLOCK = frozenset(
    "address article aside blockquote dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})


def looks_like_html(text: str) -> bool:
    """True when ``text`` has tags or character references."""
    return bool(_TAG.search(text) or _ENTITY.search(text))


class _TextMaker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paras: list[str] = []
        self.line: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self.line.append("\n")
        elif tag in _BLOCK:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.line.append(data.replace("\n", " "))

    def flush(self) -> None:
        raw = "".join(self.line)
        self.line = []
        lines = (_SPACES.sub(" ", ln).strip() for ln in raw.split("\n"))
        kept = "\n".join(ln for ln in lines if ln)
        if kept:
            self.paras.append(kept)


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment: one paragraph a block element, blank lines between."""
    if not looks_like_html(fragment):
        return fragment.strip()
    maker = _TextMaker()
    maker.feed(fragment)
    maker.close()
    maker.flush()
    return "\n\n".join(maker.paras)


def plain(fragment: str) -> str:
    """A one-line text (a title, a name) with tags removed and references resolved."""
    return _SPACES.sub(" ", html.unescape(_TAG.sub("", fragment)).replace("\n", " ")).strip()
