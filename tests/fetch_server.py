"""A local news site for the fetching tests: a threaded ``http.server`` on 127.0.0.1, port 0.

It serves article pages, a feed of summaries linking to them, and every way a fetch goes wrong:
404 and 500, a response that waits (until the test is over), a redirect loop, an endless body, a
gzip bomb, a "feed" that is an HTML page, a "page" that is a PDF, and a page that answers a
conditional GET with 304. It counts requests so tests can see what was asked for.
"""

from __future__ import annotations

import gzip
import threading
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import brotli
import pytest

ZEROS = b"\0" * (24 * 1024 * 1024)
BOMB = gzip.compress(ZEROS, compresslevel=9)  # ~24 KB that decodes to 24 MB
BR_BOMB = brotli.compress(ZEROS, quality=1)
DEFLATE_BOMB = zlib.compress(ZEROS, 9)
ETAG = '"v1"'
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"


def page(title: str, author: str, day: str, paragraphs: list[str], site: str = "Valley Post") -> bytes:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta name="author" content="{author}"><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{day}T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
{body}</article><footer>Copyright Valley Post</footer></body></html>""".encode()


DAM = page("Dam inspectors find cracks", "Rosa Imrie", "2026-03-02", [
    "Inspectors found new cracks in the Kessel Dam spillway on Monday, the regional water board said.",
    "\u201cThe cracks are deeper than last year,\u201d said chief engineer Tomas Berg, who led the work.",
    "The board will decide on Friday whether to lower the reservoir before the spring floods arrive.",
    "Residents downstream were told to expect a decision by the end of the week.",
])
FERRY = page("Ferry service resumes", "Ola Nyberg", "2026-03-03", [
    "The river ferry between Millbridge and Ost resumed service on Tuesday after two weeks of repairs.",
    "\u201cWe are glad to have the boats running again,\u201d said harbour master Ines Vidal.",
    "Crossings will run every half hour until the summer timetable begins in June.",
])
SCHOOL = page("School roof to be replaced", "Ben Okafor", "2026-02-27", [
    "The council approved on Thursday the replacement of the leaking roof of Millbridge primary school.",
    "Work begins in the Easter holidays and should be finished before the new term starts.",
    "The head teacher, Maria Lund, said pupils had been moved out of two classrooms since January.",
])


CYRILLIC = ("<html><head><title>Мост закрыт</title></head><body><article><h1>Мост закрыт</h1>"
            "<p>Мост через реку закрыли в понедельник, сообщил городской совет после проверки.</p>"
            "</article></body></html>").encode("windows-1251")
HOME = (b'<!DOCTYPE html><html><head><title>Valley Post</title>'
        b'<link rel="alternate" type="application/rss+xml" title="News" href="/feed.xml"></head>'
        b'<body><h1>Valley Post</h1><p>Local news for the valley, every day of the week.</p></body></html>')


def _raw_deflate(data: bytes) -> bytes:
    z = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return z.compress(data) + z.flush()


def feed(base: str) -> bytes:
    items = [
        ("Cracks found in Kessel Dam spillway", "/dam.html", "Mon, 02 Mar 2026 09:00:00 +0000",
         "Lena Holm", "Inspectors found new cracks."),
        ("Ferry back on the river", "/ferry.html", "Tue, 03 Mar 2026 10:00:00 +0000",
         "Lena Holm", "The ferry is running again."),
        ("Lost page", "/missing", "Wed, 04 Mar 2026 11:00:00 +0000", "Lena Holm", "A page that is gone."),
    ]
    xml = "".join(
        f"<item><title>{t}</title><link>{base}{link}</link><pubDate>{d}</pubDate>"
        f"<author>desk@valley.example ({a})</author><description>{s}</description></item>"
        for t, link, d, a, s in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Valley Post</title>'
            f"<link>{base}/</link><description>Local news</description>{xml}</channel></rss>").encode()


def live_feed(site: Site) -> bytes:
    """A feed whose items the test changes while the reader runs (full text, no page fetched)."""
    xml = "".join(f"<item><title>{t}</title><link>{site.base}{p}</link><pubDate>{d}</pubDate>"
                  f"<description>{t}. The council met on Monday and the mayor spoke to residents at length "
                  f"about the plans.</description></item>" for t, p, d in site.live)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Town Hall</title>{xml}'
            "</channel></rss>").encode()


@dataclass
class Site:
    """The running server: its base URL, the requests it saw, and a switch to release waiting ones."""

    base: str
    hits: Counter[str] = field(default_factory=Counter)
    conditional: Counter[str] = field(default_factory=Counter)
    release: threading.Event = field(default_factory=threading.Event)
    pages: dict[str, bytes] = field(default_factory=dict)  # extra pages a test adds
    live: list[tuple[str, str, str]] = field(default_factory=list)  # /live.xml: (title, path, RFC 822 date)
    down: bool = False  # answer 503 to everything

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

        def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
                  headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, to: str) -> None:
            self.send_response(302)
            self.send_header("Location", to)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _endless(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"more news " * 1000 + b"</p>\n"
            try:
                for _ in range(100_000):  # bounded: stops by itself if the client never hangs up
                    self.wfile.write(chunk)
            except OSError:
                pass

        def _slow(self) -> None:  # answers only when the test is over
            site.release.wait(10)
            self._send(200, SCHOOL)

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            site.hits[path] += 1
            if site.down:
                self._send(503, b"down for maintenance")
                return
            gz, br, zl = ({"Content-Encoding": e} for e in ("gzip", "br", "deflate"))
            routes: dict[str, Callable[[], None]] = {
                "/dam.html": lambda: self._send(200, DAM),
                "/ferry.html": lambda: self._send(200, FERRY),
                "/school.html": lambda: self._send(200, SCHOOL),
                "/feed.xml": lambda: self._send(200, feed(site.base), "application/rss+xml"),
                "/broken": lambda: self._send(500, b"oops"),
                "/slow": self._slow,
                "/loop-a": lambda: self._redirect("/loop-b"),
                "/loop-b": lambda: self._redirect("/loop-a"),
                "/moved": lambda: self._redirect("/ferry.html"),
                "/to-ftp": lambda: self._redirect("ftp://127.0.0.1/file"),
                "/to-odd": lambda: self._redirect("e\x1b[31mvil://127.0.0.1/"),
                "/odd-type": lambda: self._send(200, b"\x01\x02 data", "application/x-\x1b[31mred"),
                "/endless": self._endless,
                "/bomb.html": lambda: self._send(200, BOMB, headers=gz),
                "/br-bomb.html": lambda: self._send(200, BR_BOMB, headers=br),
                "/deflate-bomb.html": lambda: self._send(200, DEFLATE_BOMB, headers=zl),
                "/gzip.html": lambda: self._send(200, gzip.compress(DAM), headers=gz),
                "/deflate.html": lambda: self._send(200, zlib.compress(FERRY), headers=zl),
                "/raw-deflate.html": lambda: self._send(200, _raw_deflate(FERRY), headers=zl),
                "/br.html": lambda: self._send(200, brotli.compress(SCHOOL), headers=br),
                "/html-feed": lambda: self._send(200, FERRY, "application/rss+xml"),
                "/home.html": lambda: self._send(200, HOME),
                "/cp1251.html": lambda: self._send(200, CYRILLIC, "text/html; charset=windows-1251"),
                "/report.pdf": lambda: self._send(200, PDF, "application/pdf"),
            }
            if path == "/live.xml":
                self._send(200, live_feed(site), "application/rss+xml")
            elif path == "/etag.html":
                self._etag()
            elif path in routes:
                routes[path]()
            elif path.startswith("/hop/"):
                n = int(path.rsplit("/", 1)[1])
                self._redirect(f"/hop/{n + 1}")
            elif path in site.pages:
                self._send(200, site.pages[path])
            else:
                self._send(404, b"<html><body>Not found</body></html>")

        def _etag(self) -> None:
            if self.headers.get("If-None-Match") == ETAG:
                site.conditional["/etag.html"] += 1
                self.send_response(304)
                self.send_header("ETag", ETAG)
                self.end_headers()
                return
            self._send(200, FERRY, headers={"ETag": ETAG, "Last-Modified": "Tue, 03 Mar 2026 10:00:00 GMT"})

    return Handler


@pytest.fixture
def news_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    """The site; the library store (where fetched copies are kept) is in ``tmp_path/data``."""
    monkeypatch.setenv("DATELINE_DATA_DIR", str(tmp_path / "data"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(Site("")))
    server.daemon_threads = True
    site = Site(f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler(site)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
