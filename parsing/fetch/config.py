"""How fetching behaves: limits, timeouts and the User-Agent, in one frozen value.

The defaults are what the reader and ``dateline parse`` use; tests inject short timeouts and a
small size limit instead of waiting or sending megabytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from urllib.parse import urlsplit

SCHEMES = frozenset({"http", "https"})
MB = 1024 * 1024


def _version() -> str:
    try:
        return metadata.version("dateline")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "0"


USER_AGENT = f"dateline/{_version()} (terminal news reader)"


@dataclass(frozen=True, slots=True)
class FetchConfig:
    """Limits for one run of fetching. Times are in seconds, sizes in bytes."""

    connect_timeout: float = 5.0
    response_timeout: float = 20.0  # for one response: the headers and the whole body
    max_bytes: int = 10 * MB  # a body, both as sent and once decompressed
    max_redirects: int = 5
    per_host: int = 4  # requests at once to one host
    in_all: int = 16  # requests at once
    user_agent: str = USER_AGENT
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
