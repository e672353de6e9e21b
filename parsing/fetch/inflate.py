"""Undo a body's Content-Encoding (gzip, deflate, br) without ever holding more than the limit.

A few kilobytes of gzip can stand for gigabytes (a decompression bomb), so every decoder is asked
for at most the bytes still allowed, and the decoded bytes are counted as they come.
"""

from __future__ import annotations

import zlib
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


class Decoder(Protocol):
    def feed(self, data: bytes, room: int) -> bytes:
        """Decode ``data``, returning at most ``room + 1`` bytes (one past it says "too large")."""
        ...


class _Identity:
    def feed(self, data: bytes, room: int) -> bytes:
        return data


class _Zlib:
    def __init__(self, name: str) -> None:
        self._name = name
        self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS if name == "gzip" else zlib.MAX_WBITS)
        self._started = False

    def feed(self, data: bytes, room: int) -> bytes:
        if not self._started and self._name == "deflate":
            self._started = True
            if data and data[0] & 0x0F != 8:  # raw deflate without the zlib header (old servers)
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
        out = bytearray()
        pending = data
        try:
            while pending or not out:
                piece = self._obj.decompress(pending, room + 1 - len(out))
                out += piece
                pending = self._obj.unconsumed_tail
                if len(out) > room or not piece:
                    break
        except zlib.error:
            raise CorruptBody(self._name) from None
        return bytes(out)


class _Brotli:
    def __init__(self) -> None:
        assert brotli is not None
        self._obj = brotli.Decompressor()

    def feed(self, data: bytes, room: int) -> bytes:
        out = bytearray()
        try:
            piece: bytes = self._obj.process(data, output_buffer_limit=room + 1)
            out += piece
            while len(out) <= room and not self._obj.can_accept_more_data():
                piece = self._obj.process(b"", output_buffer_limit=room + 1 - len(out))
                if not piece:
                    break
                out += piece
        except brotli.error:
            raise CorruptBody("br") from None
        return bytes(out)


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
        room = self._limit - len(self._out)
        self._out += self._dec.feed(chunk, room)
        if len(self._out) > self._limit:
            raise TooLarge("decompressed")

    def value(self) -> bytes:
        return bytes(self._out)
