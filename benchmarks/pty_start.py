"""Time a terminal program from launch until a given text is on its screen, in a pseudo-terminal.

The program runs in a fresh pty of a fixed size; its output is read as it comes, escape sequences
are dropped, and the clock stops when the marker text has appeared. Used by startup.py.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Sequence
from pathlib import Path

# CSI, OSC (ended by BEL or ST), other two-byte escapes.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|\x1b.")


class MarkerNotSeen(RuntimeError):
    """The program exited or timed out before showing the marker."""


def screen_text(raw: str) -> str:
    """What a program wrote, without its escape sequences (text runs stay in order)."""
    return _ESCAPES.sub("", raw)


def time_to_text(argv: Sequence[str], marker: str, *, size: tuple[int, int] = (100, 30),
                 cwd: Path | None = None, timeout: float = 30.0) -> float:
    """Seconds from launching ``argv`` until ``marker`` appears on its screen."""
    return times_to_texts(argv, [marker], size=size, cwd=cwd, timeout=timeout)[0]


def times_to_texts(argv: Sequence[str], markers: Sequence[str], *, size: tuple[int, int] = (100, 30),
                   cwd: Path | None = None, timeout: float = 30.0) -> list[float]:
    """Seconds from launching ``argv`` until each of ``markers`` first appears on its screen."""
    cols, rows = size
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows)}
    for var in ("TEXTUAL", "TEXTUAL_DRIVER", "TEXTUAL_FPS"):
        env.pop(var, None)
    start = time.perf_counter()
    proc = subprocess.Popen(list(argv), stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=env,
                            start_new_session=True, close_fds=True)
    os.close(slave)
    chunks: list[str] = []
    seen: dict[str, float] = {}
    try:
        while True:
            left = timeout - (time.perf_counter() - start)
            missing = [m for m in markers if m not in seen]
            if left <= 0:
                raise MarkerNotSeen(f"{missing} not shown within {timeout:.0f}s by {argv}")
            ready, _, _ = select.select([master], [], [], left)
            if not ready:
                continue
            try:
                data = os.read(master, 65536)
            except OSError:  # the program closed the terminal
                data = b""
            if not data:
                tail = screen_text("".join(chunks))[-300:]
                raise MarkerNotSeen(f"{argv} exited before showing {missing}; last output: {tail!r}")
            now = time.perf_counter() - start
            chunks.append(data.decode("utf-8", "replace"))
            recent = screen_text("".join(chunks[-64:]))
            seen.update((m, now) for m in missing if m in recent)
            if len(seen) == len(markers):
                return [seen[m] for m in markers]
    finally:
        _stop(proc)
        os.close(master)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=5)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
