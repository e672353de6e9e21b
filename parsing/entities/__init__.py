"""Named entities: the people, organisations and places an article names, one entity per referent.

A text flows through the modules in this order:

* ``names`` tokenises sentences (from ``parsing.segment``) into capitalised runs, and ``splits``
  cuts runs that hold two names (``Millbridge and Orrin Falls``, calendar words, ``of`` links);
* ``notnames`` drops capitalised words that are no name where they stand (a currency code, a lone
  sentence opener, a proper adjective before its noun: ``the Islamic faith``);
* ``roles`` peels titles and roles off a name (``Secretary of State Antony Blinken``) and records
  them;
* ``kinds`` votes a type for each name from its form and how the article uses it (an apposition's
  head noun, ``shares of X``, ``analysts at X``), with ``beside`` for the names set beside it (``X
  and`` a known organisation, ``in Calgary and X``, ``X, near London``) and the ``gazetteer`` of
  known countries, cities, agencies and given names (data, via ``parsing.vocab``); ``works`` marks
  titles of works and cases and product names;
* ``coref`` merges mentions into entities: short forms, aliases and acronyms, a surname over a
  place of the same name;
* ``extractor.extract`` runs them in that order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .extractor import extract

__all__ = ["extract"]


def __getattr__(name: str) -> object:
    """``extract`` is imported when first asked for: the reader needs the gazetteer (through
    ``crossref``) at start-up, not the extractor."""
    if name == "extract":
        from .extractor import extract

        globals()["extract"] = extract  # asked once: later calls find it in the module
        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
