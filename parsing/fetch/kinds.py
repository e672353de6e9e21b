"""What a fetched body is: a web page, a feed, plain text, or something dateline does not read.

The Content-Type decides where it is clear; the body's first bytes decide where it is vague
(``text/xml``, ``application/octet-stream``, none) or contradict it (a "feed" that is an HTML page).
"""

from __future__ import annotations

import codecs
import re
from email.message import Message
from typing import Literal
from urllib.parse import urljoin

from ..readers.htmlmeta import page_meta
from ..readers.sniff import sniff
from .cache import Fetched
from .reasons import FetchFailed, NotAFeed

Expect = Literal["any", "feed"]

_PAGE = frozenset({"text/html", "application/xhtml+xml"})
_FEED = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                   "application/x-rss+xml", "application/feed+xml"})
_VAGUE = frozenset({"", "application/xml", "text/xml", "application/octet-stream", "binary/octet-stream",
                    "text/plain", "text/markdown", "text/x-markdown"})
_SIGNATURES = ((b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive"),
               (b"\x89PNG", "an image"), (b"GIF8", "an image"), (b"\xff\xd8\xff", "an image"))
_NAMED = {"application/pdf": "a PDF document", "application/json": "JSON data",
          "application/zip": "a ZIP archive", "application/msword": "a Word document",
          "application/javascript": "a script", "text/css": "a style sheet", "text/javascript": "a script"}
_SNIFF_BYTES = 4096
_PLAIN_TYPE = re.compile(r"[a-z0-9][a-z0-9.+-]{0,40}/[a-z0-9][a-z0-9.+-]{0,60}")


def _media(content_type: str | None) -> tuple[str, str | None]:
    """The media type (lower case, no parameters) and the declared charset."""
    msg = Message()
    msg["content-type"] = content_type or ""
    media = msg.get_content_type() if content_type else ""
    charset = msg.get_content_charset()
    return media, charset


def _named(media: str) -> str:
    """What the server says the body is, in words; its own text only when it is a plain type name."""
    major = media.split("/", 1)[0]
    if major in ("image", "audio", "video"):
        return f"an {major}" if major in ("image", "audio") else "a video"
    if media in _NAMED:
        return _NAMED[media]
    return media if _PLAIN_TYPE.fullmatch(media) else "a type dateline does not read"


def text_bytes(fetched: Fetched) -> bytes:
    """The body as the readers want it: re-encoded to UTF-8 when the server declared another charset."""
    _, charset = _media(fetched.content_type)
    body = fetched.body
    if not charset or body.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return body
    try:
        name = codecs.lookup(charset).name
        if name == "utf-8":
            return body
        return body.decode(name).encode("utf-8")
    except (LookupError, UnicodeDecodeError):  # a wrong declaration: let the readers guess
        return body


def reader_format(fetched: Fetched, expect: Expect = "any") -> str | None:
    """The reader format for the body (``html``, ``feed``) or None to sniff; raises when unreadable."""
    media, _ = _media(fetched.content_type)
    head = fetched.body[:_SNIFF_BYTES].lstrip()
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            raise FetchFailed(f"not a web page or feed ({what})")
    if media not in _PAGE and media not in _FEED and media not in _VAGUE and not media.startswith("text/"):
        raise FetchFailed(f"not a web page or feed ({_named(media)})")
    sniffed = sniff(head.decode("utf-8", errors="replace"))
    if sniffed == "html" and (media in _FEED or expect == "feed"):
        raise _not_a_feed(fetched)
    if expect == "feed" and sniffed != "feed":
        raise FetchFailed("not an RSS or Atom feed")
    if sniffed == "feed" or media in _FEED:
        return "feed"
    if media in _PAGE:
        return "html"
    if sniffed in ("json", "jsonl"):
        raise FetchFailed("not a web page or feed (JSON data)")
    return None


def _not_a_feed(fetched: Fetched) -> NotAFeed:
    """The failure for a web page where a feed was wanted, naming the feeds the page links to."""
    page = page_meta(text_bytes(fetched).decode("utf-8", errors="replace"))
    feeds = tuple(dict.fromkeys(urljoin(fetched.final_url, href) for href in page.feeds))
    where = f"; it names its feed: {feeds[0]}" if feeds else ""
    return NotAFeed(f"not a feed: the address serves a web page{where}", feeds)
