"""The ``dateline`` command: one module a subcommand, dispatched here.

``dateline parse`` (:mod:`.parse`), ``dateline timeline`` (:mod:`.timeline`) and ``dateline quotes``
(:mod:`.quotes`) print for scripts and never import Textual; ``dateline [PATH…]`` (:mod:`.reader`)
opens the reader. Subcommand modules import only :mod:`.args` and :mod:`.library` (what they share)
from this package, never each other.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from .args import EXIT_OK, EXIT_USAGE, version

# subcommand -> (module, function); imported only when used, so each starts as fast as it can
_COMMANDS: dict[str, tuple[str, str]] = {
    "parse": (".parse", "run_parse"),
    "timeline": (".timeline", "run_timeline"),
    "feeds": (".feeds", "run_feeds"),
    "serve": (".serve", "run_serve"),
    "quotes": (".quotes", "run_quotes"),
}


def _command(name: str) -> Callable[[Sequence[str]], int]:
    module, func = _COMMANDS[name]
    run: Callable[[Sequence[str]], int] = getattr(import_module(module, __name__), func)
    return run


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] in (["--version"], ["-V"]):
            print(f"dateline {version()}")
            return EXIT_OK
        if argv and argv[0] in _COMMANDS:
            return _command(argv[0])(argv[1:])
        from .reader import run_reader

        return run_reader(argv)
    except SystemExit as exc:  # argparse: usage errors exit 2, --help exits 0
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
