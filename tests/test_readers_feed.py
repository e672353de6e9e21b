"""RSS and Atom feeds: one document an entry, HTML to text, feed title as source, dates."""

from __future__ import annotations

import pytest

from parsing.model import Document
from parsing.readers import ReadError, read_bytes

RSS = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Valley Gazette</title><link>https://g.example/</link><description>News</description>
<item><title>Bridge closes</title><link>https://g.example/1</link>
<pubDate>Wed, 04 Mar 2026 23:30:00 -0500</pubDate><dc:creator>Ann Lee</dc:creator>
<category>Bridges</category>
<description><![CDATA[<p>The bridge closed on Wednesday.</p>
<p>It reopens in May – café owners are worried.</p>]]></description>
</item>
<item><title>Short item</title><link>https://g.example/2</link>
<pubDate>Thu, 05 Mar 2026 08:00:00 +0000</pubDate>
<description>Teaser.</description>
<content:encoded><![CDATA[<p>The full text of the second item.</p>]]></content:encoded>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Radio News</title><id>tag:r.example,2026:/</id>
<updated>2026-03-09T17:45:00Z</updated>
<entry><id>tag:r.example,2026:/1</id><title>Evacuees return</title>
<link href="https://r.example/1" rel="alternate"/>
<published>2026-03-09T17:20:00Z</published><updated>2026-03-10T08:00:00Z</updated>
<author><name>Bo Park</name></author>
<content type="html">&lt;p&gt;The last residents returned home.&lt;/p&gt;</content></entry>
</feed>"""


def _docs(text: str, name: str) -> list[Document]:
    entries = read_bytes(text.encode(), name)
    assert all(isinstance(e, Document) for e in entries)
    return [e for e in entries if isinstance(e, Document)]


def test_rss_entries() -> None:
    first, second = _docs(RSS, "g.rss")
    assert (first.path, second.path) == ("g.rss#1", "g.rss#2")
    assert first.format == "rss"
    assert first.title == "Bridge closes"
    assert first.body == "The bridge closed on Wednesday.\n\nIt reopens in May – café owners are worried."
    assert str(first.published) == "2026-03-04" and first.published_from == "metadata"
    assert first.byline == ("Ann Lee",)
    assert first.source == "Valley Gazette"
    assert first.url == "https://g.example/1" and first.tags == ("Bridges",)
    assert second.body == "The full text of the second item."  # content:encoded over the teaser


def test_atom_entries() -> None:
    (doc,) = _docs(ATOM, "r.atom")
    assert doc.format == "atom" and doc.path == "r.atom#1"
    assert doc.body == "The last residents returned home."
    assert str(doc.published) == "2026-03-09"
    assert doc.byline == ("Bo Park",) and doc.source == "Radio News"


def test_xml_extension_sniffed_as_feed_from_txt() -> None:
    assert [d.title for d in _docs(ATOM, "feed.txt")] == ["Evacuees return"]


@pytest.mark.parametrize("text", ["<rss><channel><item><title>x", "<?xml version='1.0'?><note>hi</note>"])
def test_malformed_or_not_a_feed(text: str) -> None:
    with pytest.raises(ReadError, match="feed"):
        read_bytes(text.encode(), "bad.xml")


@pytest.mark.parametrize(("channel", "source"), [
    ("Millbridge Gazette – Kessel Dam", "Millbridge Gazette"),
    ("Radio News | World", "Radio News"),
    ("The Courier - Politics - Local", "The Courier"),
    ("Valley Gazette", "Valley Gazette"),
    ("Coca-Cola Journal", "Coca-Cola Journal"),
])
def test_channel_title_source_is_the_outlet(channel: str, source: str) -> None:
    feed = RSS.replace("<title>Valley Gazette</title>", f"<title>{channel}</title>")
    first, second = _docs(feed, "g.rss")
    assert first.source == second.source == source


def test_entry_source_wins_over_channel_title() -> None:
    own = '<source url="https://w.example/rss">Wire – Europe</source>'
    feed = RSS.replace("<dc:creator>", own + "<dc:creator>")
    first, second = _docs(feed, "g.rss")
    assert first.source == "Wire – Europe" and second.source == "Valley Gazette"


def test_rss_author_as_email_and_name() -> None:
    rss = RSS.replace("<dc:creator>Ann Lee</dc:creator>", "<author>ann@gazette.example (Ann Lee)</author>")
    first, _ = _docs(rss, "g.rss")
    assert first.byline == ("Ann Lee",)
