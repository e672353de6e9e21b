"""How fetching behaves: limits, timeouts and the User-Agent, in one frozen value.

The defaults are what the reader and ``dateline parse`` use; tests inject short timeouts and a
small size limit instead of waiting or sending megabytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlsplit

SCHEMES = frozenset({"http", "https"})
MB = 1024 * 1024


@cache
def default_user_agent() -> str:
    """``dateline/VERSION (terminal news reader)``; the version is looked up on first use only."""
    from importlib import metadata

    try:
        version = metadata.version("dateline")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        version = "0"
    return f"dateline/{version} (terminal news reader)"


@dataclass(frozen=True, slots=True)
class FetchConfig:
    """Limits for one run of fetching. Times are in seconds, sizes in bytes."""

    connect_timeout: float = 5.0
    response_timeout: float = 20.0  # for one response: the headers and the whole body
    max_bytes: int = 10 * MB  # a body, both as sent and once decompressed
    max_redirects: int = 5
    per_host: int = 4  # requests at once to one host
    in_all: int = 16  # requests at once
    user_agent: str = field(default_factory=default_user_agent)
    trust_env: bool = True  # proxies and certificates from the environment


def is_url(text: str) -> bool:
    """Whether a command-line argument names a URL rather than a file (any scheme with ``//``).

    ``ftp://x`` counts as a URL, so that it is refused with a reason instead of "no such file".
    """
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return bool(parts.scheme) and len(parts.scheme) > 1 and text[len(parts.scheme):].startswith("://")
