"""Choose a reader for a file by its extension or, failing that, by its content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..model import Document
from . import markdown, text
from .decode import decode

Reader = Callable[[str, str], list[Document]]

MAX_BYTES = 64 * 1024 * 1024


class ReadError(Exception):
    """An input that cannot be read; the message is a one-line reason."""


def _by_name(name: str) -> dict[str, Reader]:
    return {"text": text.read, "markdown": markdown.read}


EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
}
KNOWN_EXTENSIONS = frozenset(EXTENSIONS)


def sniff(content: str) -> str:
    """Guess a format from the start of the content."""
    head = content.lstrip()[:512]
    if head.startswith("---\n"):
        return "markdown"
    return "text"


def read_bytes(data: bytes, path: str, fmt: str | None = None) -> list[Document]:
    """Decode and read ``data``; raise ``ReadError`` with a one-line reason."""
    if not data.strip():
        raise ReadError("empty file")
    content, warnings = decode(data)
    fmt = fmt or EXTENSIONS.get(Path(path).suffix.lower()) or sniff(content)
    docs = _by_name(fmt)[fmt](content, path)
    if warnings:
        docs = [_with_warnings(d, warnings) for d in docs]
    return docs


def _with_warnings(doc: Document, warnings: tuple[str, ...]) -> Document:
    from dataclasses import replace

    return replace(doc, warnings=doc.warnings + warnings)


def read_path(path: str) -> list[Document]:
    """Read one file (``-`` is standard input)."""
    if path == "-":
        import sys

        return read_bytes(sys.stdin.buffer.read(), "-")
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(f"file too large ({size // (1024 * 1024)} MB; the limit is 64 MB)")
        data = p.read_bytes()
    except PermissionError:
        raise ReadError("permission denied") from None
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None
    return read_bytes(data, path)
