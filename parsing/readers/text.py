"""Plain text articles (placeholder: the whole file is the body)."""

from __future__ import annotations

from ..model import Document


def read(content: str, path: str) -> list[Document]:
    return [Document(path=path, format="text", body=content, body_offset=0)]
