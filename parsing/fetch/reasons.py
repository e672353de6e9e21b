"""Why a fetch failed, in the words a reader of news would use: one short phrase, no internals."""

from __future__ import annotations

import errno
import socket
import ssl
from http import HTTPStatus

import httpx

_DNS_TEMPORARY = {socket.EAI_AGAIN}


class FetchFailed(Exception):
    """A URL that could not be fetched; the message is the reason, in plain words."""


class NotAFeed(FetchFailed):
    """A feed was wanted and the address serves a web page; ``feeds`` are those the page names."""

    def __init__(self, reason: str, feeds: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.feeds = feeds


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in seen:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen


def _connect_reason(exc: BaseException) -> str:
    for cause in _chain(exc):
        if isinstance(cause, socket.gaierror):
            if cause.errno in _DNS_TEMPORARY:
                return "could not look up the host name (no network?)"
            return "host not found (DNS lookup failed)"
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, ssl.SSLCertVerificationError):
            return "secure connection failed (the certificate is not trusted)"
        if isinstance(cause, ssl.SSLError):
            return "secure connection failed"
        if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return "network unreachable (offline?)"
    return "could not connect"


def transport_reason(exc: BaseException, config_connect: float, config_response: float) -> str:
    """The reason for an exception raised while connecting or reading a response."""
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timed out connecting (no answer within {config_connect:g} s)"
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return f"timed out (no complete response within {config_response:g} s)"
    if isinstance(exc, httpx.ConnectError):
        return _connect_reason(exc)
    if isinstance(exc, httpx.RemoteProtocolError):
        if "without sending" in str(exc) or "closed" in str(exc):
            return "the server closed the connection before the response was complete"
        return "the server sent a malformed response"
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return "not a valid URL"
    if isinstance(exc, httpx.ReadError | httpx.WriteError):
        return "the connection broke off"
    return "could not be fetched"


def status_reason(code: int) -> str:
    """The reason for an HTTP status that is not a success."""
    try:
        phrase = HTTPStatus(code).phrase
    except ValueError:
        phrase = ""
    label = f"HTTP {code} {phrase}".strip()
    if code == 404:
        return f"not found ({label})"
    if code == 410:
        return f"gone: the page was removed ({label})"
    if code in (401, 403, 407, 451):
        return f"access denied ({label})"
    if code == 429:
        return f"too many requests; try again later ({label})"
    if code >= 500:
        return f"server error ({label})"
    if code >= 400:
        return f"the request was refused ({label})"
    return f"unexpected answer ({label})"
