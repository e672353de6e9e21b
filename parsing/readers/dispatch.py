"""Choose a reader for a file by its extension or, failing that, by its content."""

from __future__ import annotations

import stat
import sys
from dataclasses import replace
from pathlib import Path

from ..files import EXTENSIONS, KNOWN_EXTENSIONS
from ..model import Document, LoadError
from .base import Entry, Reader, ReadError
from .dates import url_date
from .decode import clean_document, decode
from .sniff import sniff

# News articles are kilobytes; a feed, a JSON Lines dump or a saved page a few megabytes. Past
# MAX_BYTES a file is refused at once, and an article text past MAX_BODY_CHARS is refused on its
# own: the extractors take seconds a megabyte, so a 50 MB file would otherwise take minutes.
MAX_BYTES = 10 * 1024 * 1024
MAX_BODY_CHARS = 1_000_000

# Extensions that name a format only loosely: the content decides.
_SNIFFED = frozenset({"text"})

__all__ = ["EXTENSIONS", "KNOWN_EXTENSIONS", "MAX_BYTES", "ReadError", "read_bytes", "read_path"]


def _reader(fmt: str) -> Reader:
    """The reader of one format, imported on first use (HTML and feeds pull in big libraries)."""
    if fmt == "text":
        from . import text

        return text.read
    if fmt == "markdown":
        from . import markdown

        return markdown.read
    if fmt == "html":
        from . import webpage

        return webpage.read
    if fmt == "feed":
        from . import feed

        return feed.read
    from . import jsondoc

    return jsondoc.read_lines if fmt == "jsonl" else jsondoc.read


def format_for(path: str, content: str) -> str:
    """The format of ``content`` read from ``path``: by extension, else by sniffing."""
    by_ext = EXTENSIONS.get(Path(path).suffix.lower()) if path != "-" else None
    if by_ext is None or by_ext in _SNIFFED:
        return sniff(content)
    return by_ext


def read_bytes(data: bytes, path: str, fmt: str | None = None) -> list[Entry]:
    """Decode and read ``data``; raise ``ReadError`` with a one-line reason."""
    if not data.strip():
        raise ReadError("empty file")
    content, warnings = decode(data)
    if not content.strip():
        raise ReadError("empty file")
    entries = _reader(fmt or format_for(path, content))(content, path)
    if warnings:
        entries = [_with_warnings(e, warnings) for e in entries]
    return _date_hints([_within_limit(e) for e in entries])


def _within_limit(entry: Entry) -> Entry:
    """A document cleaned of what cannot be text (the one decoding policy), or too long to read."""
    if isinstance(entry, Document):
        entry = clean_document(entry)
    if isinstance(entry, Document) and len(entry.body) > MAX_BODY_CHARS:
        size = len(entry.body) / 1_000_000
        return LoadError(entry.path, f"article text too long ({size:.1f} million characters; "
                                     f"the limit is {MAX_BODY_CHARS // 1_000_000} million)")
    return entry


def _date_hints(entries: list[Entry]) -> list[Entry]:
    """What an undated entry's context says of its date (``Document.date_hint``): the date in its
    own URL (``/2026/03/05/``), else the median date of the other entries of the same file. The
    reader only reports it; the pipeline decides the publication date (a file's mtime says when it
    was saved, not when the article was written, so it is no hint)."""
    dated = sorted(d.published for d in documents(entries) if d.published)
    sibling = dated[len(dated) // 2] if dated else None
    out: list[Entry] = []
    for e in entries:
        if isinstance(e, Document) and e.published is None:
            hint = url_date(e.url) or sibling
            if hint is not None:
                e = replace(e, date_hint=hint)
        out.append(e)
    return out


def _with_warnings(entry: Entry, warnings: tuple[str, ...]) -> Entry:
    if isinstance(entry, LoadError):
        return entry
    return replace(entry, warnings=entry.warnings + warnings)


def _too_large(size: int) -> ReadError:
    return ReadError(
        f"file too large ({size / (1024 * 1024):.0f} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)"
    )


def _read_stdin() -> bytes:
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    return data


def _read_file(path: str) -> bytes:
    p = Path(path)
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise ReadError("is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise ReadError("not a regular file (a FIFO, socket or device)")
        if st.st_size > MAX_BYTES:
            raise _too_large(st.st_size)
        return p.read_bytes()
    except PermissionError:
        raise ReadError("permission denied") from None
    except FileNotFoundError:
        reason = "broken symbolic link" if p.is_symlink() else "no such file"
        raise ReadError(reason) from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None


def read_path(path: str) -> list[Entry]:
    """Every entry of one file (``-`` is standard input): documents, or per-entry errors."""
    data = _read_stdin() if path == "-" else _read_file(path)
    return read_bytes(data, path)


def documents(entries: list[Entry]) -> list[Document]:
    """Only the documents of ``entries``."""
    return [e for e in entries if isinstance(e, Document)]
