"""What the subcommands share: exit statuses and argument types."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_date(value: str) -> date:
    """Exactly ``YYYY-MM-DD`` (``date.fromisoformat`` would also take ``20211123`` and ``2021-W47``)."""
    try:
        if _ISO_DAY.fullmatch(value) is None:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (want YYYY-MM-DD): {value!r}") from None


def print_notice(line: str) -> None:
    """Say on stderr what is worth knowing but not a failure (an older copy of a URL was used)."""
    print(" ".join(line.split()), file=sys.stderr)


def version() -> str:
    """The installed package's version (the source tree's when it is not installed)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("dateline")
    except PackageNotFoundError:
        return "unknown"
