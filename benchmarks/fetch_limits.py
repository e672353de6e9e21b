"""Fetching against a local server: what the concurrency limits buy, and what a bomb costs.

    python benchmarks/fetch_limits.py [--pages 48] [--delay 0.1] [--bomb-mb 1024]

A threaded server on 127.0.0.1 answers each page after ``--delay`` seconds (a slow site). The
pages are fetched one at a time, then as dateline does (4 at once per host, 16 in all) from one
host and from four (four ports), and the times and ratios are printed. Then a gzip body that
decodes to ``--bomb-mb`` MB is fetched: the time to refuse it and the peak memory (tracemalloc)
show the 10 MB limit holding. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading
import time
import tracemalloc
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parsing.fetch.client import Fetcher
from parsing.fetch.config import FetchConfig
from parsing.fetch.reasons import FetchFailed

PAGE = b"<html><head><title>A page</title></head><body><p>" + b"Some news. " * 300 + b"</p></body></html>"


def _bomb(mb: int) -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"\0" * (1024 * 1024)
    return b"".join([*(z.compress(chunk) for _ in range(mb)), z.flush()])


def _server(delay: float, bomb: bytes) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            is_bomb = self.path == "/bomb"
            if not is_bomb:
                time.sleep(delay)  # the slow site being measured, not the measurement
            body = bomb if is_bomb else PAGE
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            if is_bomb:
                self.send_header("Content-Encoding", "gzip")
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


async def _fetch(urls: list[str], config: FetchConfig) -> float:
    start = time.perf_counter()
    async with Fetcher(config) as fetcher:
        await asyncio.gather(*(fetcher.get(u) for u in urls))
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=48)
    ap.add_argument("--delay", type=float, default=0.1)
    ap.add_argument("--bomb-mb", type=int, default=1024)
    args = ap.parse_args()
    bomb = _bomb(args.bomb_mb)
    servers = [_server(args.delay, bomb) for _ in range(4)]
    ports = [s.server_address[1] for s in servers]
    one_host = [f"http://127.0.0.1:{ports[0]}/p{n}" for n in range(args.pages)]
    four_hosts = [f"http://127.0.0.1:{ports[n % 4]}/p{n}" for n in range(args.pages)]
    plain = FetchConfig(trust_env=False)
    serial = asyncio.run(_fetch(one_host, FetchConfig(per_host=1, in_all=1, trust_env=False)))
    one = asyncio.run(_fetch(one_host, plain))
    four = asyncio.run(_fetch(four_hosts, plain))
    print(f"{args.pages} pages, {args.delay * 1000:.0f} ms each")
    print(f"  one at a time        {serial:6.2f} s")
    print(f"  one host (4 at once) {one:6.2f} s   {serial / one:4.1f}x")
    print(f"  four hosts (16)      {four:6.2f} s   {serial / four:4.1f}x")

    async def refuse() -> str:
        async with Fetcher(plain) as fetcher:
            try:
                await fetcher.get(f"http://127.0.0.1:{ports[0]}/bomb")
            except FetchFailed as exc:
                return str(exc)
        return "accepted (the limit did not hold)"

    tracemalloc.start()
    start = time.perf_counter()
    reason = asyncio.run(refuse())
    took = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
    tracemalloc.stop()
    print(f"gzip bomb: {len(bomb) / 1024:.0f} KB sent, {args.bomb_mb} MB decoded if let through")
    print(f"  {reason}; refused in {took:.2f} s, peak memory {peak:.1f} MB")
    for s in servers:
        s.shutdown()


if __name__ == "__main__":
    main()
