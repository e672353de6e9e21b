"""Guess a format from content, for files whose extension says nothing (``.txt``, none, stdin)."""

from __future__ import annotations

import json
import re

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.I)
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)
_HEAD = 4096


def sniff(content: str) -> str:
    """One of ``text``, ``markdown``, ``html``, ``feed``, ``json`` or ``jsonl``."""
    head = content.lstrip("\ufeff \t\n")[:_HEAD]
    if head.startswith(("---\n", "+++\n")):
        return "markdown"
    if head.startswith("<"):
        feed, html = _FEED_ROOT.search(head), _HTML_ROOT.search(head)
        if feed and (not html or feed.start() < html.start()):
            return "feed"
        if html:
            return "html"
        return "text"
    if head.startswith(("{", "[")):
        return _sniff_json(content)
    return "text"


def _sniff_json(content: str) -> str:
    try:
        json.loads(content)
        return "json"
    except ValueError:
        pass
    first = content.lstrip().split("\n", 1)[0]
    try:
        return "jsonl" if isinstance(json.loads(first), dict) else "text"
    except ValueError:
        return "text"
