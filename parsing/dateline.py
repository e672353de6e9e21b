"""Publication dates from a dateline at the top of a body (placeholder)."""

from __future__ import annotations

from datetime import date


def find_dateline(body: str) -> date | None:
    return None
