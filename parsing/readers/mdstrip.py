"""Markdown markup to plain text: headings, emphasis, links, images, code, quotes, rules.

List items stay one a line (``- a`` becomes ``• a``; numbered items are kept). Markup inside words
(``don`t``, ``snake_case``) is text, not markup. Image alt texts are returned as captions.
"""

from __future__ import annotations

import re

from .htmltext import html_to_text

_FENCE = re.compile(r"^\s*(```|~~~)")
# Each pattern is tried once per mark, and never rescans the rest of the text from each of a run of
# marks: a heading is at most _LINE characters (its lazy text would try every closing position),
# and an emphasis, strike-through or comment holds no mark of its own kind.
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?=.{0,500}$)(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_REFDEF = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s+\S+.*$")
_COMMENT = re.compile(r"<!--(?:(?!<!--).)*?-->", re.S)

_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_REFLINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1(?!\w)")
_EM_STAR = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*]+?)(?<=[^\s*\\])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w\\])_(?=[^\s_])([^_]+?)(?<=[^\s_\\])_(?!\w)")
_STRIKE = re.compile(r"~~(?=\S)((?:(?!~~).)+?)(?<=\S)~~")
_CODE = re.compile(r"(?<![\w`])`([^`\n]+)`(?![\w`])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_INLINE_HTML = re.compile(r"</?(?:br|b|i|em|strong|span|a|sup|sub|u|s|small|abbr|cite|mark)\b[^<>]*>", re.I)

_INLINE = (_IMAGE, _LINK, _REFLINK, _AUTOLINK, _STRONG, _EM_STAR, _EM_UNDER, _STRIKE, _CODE, _ESCAPE,
           _INLINE_HTML, _COMMENT)
_BLOCK = (_FENCE, _HEADING, _QUOTE, _RULE, _REFDEF)


def has_markup(body: str) -> bool:
    """True when ``body`` has Markdown markup that reads badly as plain text (lists do not count)."""
    if any(p.search(body) for p in _INLINE):
        return True
    return any(p.match(line) for line in body.split("\n") for p in _BLOCK)


def _inline(line: str, captions: list[str]) -> str:
    def image(m: re.Match[str]) -> str:
        if m.group(1).strip():
            captions.append(m.group(1).strip())
        return ""

    line = _IMAGE.sub(image, line)
    line = _LINK.sub(r"\1", line)
    line = _REFLINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _STRIKE.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    for _ in range(2):  # ***bold italic*** needs both passes
        line = _STRONG.sub(r"\2", line)
        line = _EM_STAR.sub(r"\1", line)
        line = _EM_UNDER.sub(r"\1", line)
    line = _INLINE_HTML.sub("", line)
    return _ESCAPE.sub(r"\1", line)


def _block_line(line: str, prev_out: list[str]) -> str | None:
    """The line without block markup, or None to drop it."""
    if _RULE.match(line) or _REFDEF.match(line):
        return None
    if _SETEXT.match(line) and prev_out and prev_out[-1].strip():
        return None  # underline of a heading: the line above is the heading
    m = _HEADING.match(line)
    if m:
        return m.group(1)
    while _QUOTE.match(line):
        line = _QUOTE.sub("", line, count=1)
    return _BULLET.sub(r"\1• ", line)


def to_plain(body: str) -> tuple[str, list[str]]:
    """Plain text of a Markdown body, and the alt texts of its images."""
    captions: list[str] = []
    out: list[str] = []
    in_code = False
    for line in _COMMENT.sub("", body).split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            out.append(line)
            continue
        kept = _block_line(line, out)
        if kept is not None:
            out.append(_inline(kept, captions))
    text = "\n".join(out)
    if "<" in text and re.search(r"</?(?:p|div|table|ul|ol|li)\b", text, re.I):
        text = html_to_text(text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n", captions
