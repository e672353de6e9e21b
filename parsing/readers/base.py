"""What every reader shares: the error type, the entry type and the path of an entry."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Document, LoadError

# One entry of a file: an article, or the reason that entry (only) could not be read.
Entry = Document | LoadError
Reader = Callable[[str, str], list[Entry]]


class ReadError(Exception):
    """A whole input that cannot be read; the message is a one-line reason."""


def entry_path(path: str, n: int) -> str:
    """The path of the ``n``-th entry (from 1) of a file holding several: ``file#n``."""
    return f"{path}#{n}"
