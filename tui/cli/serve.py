"""``dateline serve PATH…|URL… [--host 127.0.0.1] [--port 8000]``: the reader in a web browser.

textual-serve (the ``web`` extra) runs ``dateline PATH…`` for each browser that connects and
relays its screen. Bound to 127.0.0.1 unless told otherwise: whoever reaches the port can read
what the reader can, so binding wider is said out loud. Never imports Textual itself.
"""

from __future__ import annotations

import argparse
import ipaddress
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from .args import EXIT_FAILED, EXIT_OK, EXIT_USAGE

EXTRA = "pip install 'dateline[web]'"
# Our page (app_index.html) instead of textual-serve's, which loads its font from a font service.
TEMPLATES = Path(__file__).resolve().parents[1] / "web"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dateline serve", description="Run the reader in a web page.")
    p.add_argument("paths", nargs="*", metavar="PATH|URL",
                   help="files, directories or http(s) URLs (default: your feeds, else .)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    p.add_argument("--public-url", metavar="URL",
                   help="the address browsers use to reach it, when not http://HOST:PORT (a proxy, 0.0.0.0)")
    return p


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def reader_command(paths: Sequence[str]) -> str:
    """The shell command textual-serve runs for each browser: this Python, this dateline."""
    return shlex.join([sys.executable, "-m", "tui.cli", *paths])


def run_serve(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    if not 0 < args.port < 65536:
        print(f"dateline serve: --port {args.port}: not a port number (1-65535)", file=sys.stderr)
        return EXIT_USAGE
    try:
        from textual_serve.server import Server
    except ImportError:
        print(f"dateline serve needs textual-serve, which is not installed: {EXTRA}", file=sys.stderr)
        return EXIT_FAILED
    if not is_loopback(args.host):
        print(f"dateline serve: warning: listening on {args.host}, not only this machine: anyone who can "
              "reach this port can read the files and feeds this reader can", file=sys.stderr)
    host = f"[{args.host}]" if ":" in args.host and not args.host.startswith("[") else args.host
    server = Server(reader_command(args.paths), host=args.host, port=args.port, title="dateline",
                    public_url=args.public_url or f"http://{host}:{args.port}", templates_path=TEMPLATES)
    server.serve()
    return EXIT_OK
