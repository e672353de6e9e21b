"""Undo a body's Content-Encoding (gzip, deflate, br) without ever holding more than the limit.

A few kilobytes of gzip can stand for gigabytes (a decompression bomb), so every decoder is asked
for at most the bytes still allowed, and the decoded bytes are counted as they come.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Protocol

try:
    import brotli
except ImportError:  # brotli is a dependency; a broken install only loses "br"
    brotli = None

ENCODINGS: tuple[str, ...] = ("gzip", "deflate", "br") if brotli is not None else ("gzip", "deflate")


class TooLarge(Exception):
    """The decoded body passed the limit."""


class CorruptBody(Exception):
    """The body is not valid data in its declared encoding."""


PIECE = 64 * 1024  # decoded bytes asked of a decoder at a time


class Decoder(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decode ``data`` in pieces of at most about ``PIECE`` bytes, so the caller can stop early."""
        ...


class _Identity:
    def feed(self, data: bytes) -> Iterator[bytes]:
        yield data


class _Zlib:
    def __init__(self, name: str) -> None:
        self._name = name
        self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS if name == "gzip" else zlib.MAX_WBITS)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        if not self._started and self._name == "deflate":
            self._started = True
            zlib_header = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            if not zlib_header:  # raw deflate without the zlib header (RFC 1950), as some servers send
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
        pending = data
        while True:
            try:
                piece = self._obj.decompress(pending, PIECE)
            except zlib.error:
                raise CorruptBody(self._name) from None
            pending = self._obj.unconsumed_tail
            if piece:
                yield piece
            if not pending and len(piece) < PIECE:
                return


class _Brotli:
    def __init__(self) -> None:
        assert brotli is not None
        self._obj = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            piece: bytes = self._obj.process(data, output_buffer_limit=PIECE)
            yield piece
            while not self._obj.can_accept_more_data():
                piece = self._obj.process(b"", output_buffer_limit=PIECE)
                if not piece:
                    return
                yield piece
        except brotli.error:
            raise CorruptBody("br") from None


def decoder(content_encoding: str | None) -> Decoder | None:
    """The decoder for a Content-Encoding header, or None for one dateline does not know."""
    name = (content_encoding or "identity").strip().lower()
    if name in ("", "identity"):
        return _Identity()
    if name in ("gzip", "x-gzip"):
        return _Zlib("gzip")
    if name == "deflate":
        return _Zlib("deflate")
    if name == "br" and brotli is not None:
        return _Brotli()
    return None


class Body:
    """Collects a body from raw chunks, decoded, raising :class:`TooLarge` past ``limit`` bytes."""

    def __init__(self, dec: Decoder, limit: int) -> None:
        self._dec = dec
        self._limit = limit
        self._raw = 0
        self._out = bytearray()

    def add(self, chunk: bytes) -> None:
        self._raw += len(chunk)
        if self._raw > self._limit:
            raise TooLarge("sent")
        for piece in self._dec.feed(chunk):
            self._out += piece
            if len(self._out) > self._limit:
                raise TooLarge("decompressed")

    def value(self) -> bytes:
        return bytes(self._out)
