"""A private tmux server holding one pane of fixed size: start a command, send keys, read the screen.

Every wait polls the screen for a condition with a deadline (no fixed sleeps). The server uses its
own socket and config, so it neither sees nor touches the user's tmux.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

POLL = 0.05
CONF = """\
set -g default-terminal "tmux-256color"
set -g set-clipboard on
set -g status off
set -g history-limit 0
set -g escape-time 10
"""


class StepFailed(AssertionError):
    """A condition was not met in time; carries the last screen."""


class Tmux:
    def __init__(self, size: tuple[int, int] = (100, 30)) -> None:
        self.size = size
        self._dir = tempfile.TemporaryDirectory(prefix="dateline-e2e-")
        self.socket = f"dateline-e2e-{os.getpid()}-{id(self)}"
        self.conf = Path(self._dir.name) / "tmux.conf"
        self.conf.write_text(CONF + f"set -g default-size {size[0]}x{size[1]}\n")
        self.status_file = Path(self._dir.name) / "status"

    def tmux(self, *args: str, check: bool = True) -> str:
        out = subprocess.run(["tmux", "-L", self.socket, "-f", str(self.conf), *args],
                             capture_output=True, text=True, check=False)
        if check and out.returncode != 0:
            raise StepFailed(f"tmux {' '.join(args)}: {out.stderr.strip()}")
        return out.stdout

    def start(self, argv: Sequence[str], cwd: Path, env: Mapping[str, str]) -> None:
        """Run ``argv`` in the pane; a shell around it records its exit status in a file (tmux
        itself sometimes leaves a finished pane's status unknown)."""
        cols, rows = self.size
        env_args = [a for k, v in env.items() for a in ("-e", f"{k}={v}")]
        self.status_file.unlink(missing_ok=True)
        self.tmux("kill-session", "-t", "e2e", check=False)  # a finished run's pane may linger
        # COLUMNS/LINES (set under pytest) would override the pane's real size for the program.
        wrapper = 'out="$1"; shift; unset COLUMNS LINES; "$@"; echo $? > "$out.tmp" && mv "$out.tmp" "$out"'
        self.tmux("new-session", "-d", "-s", "e2e", "-x", str(cols), "-y", str(rows), "-c", str(cwd),
                  *env_args, "--", "sh", "-c", wrapper, "sh", str(self.status_file), *argv)

    def exited(self) -> bool:
        return self.status_file.exists()

    def close(self) -> None:
        self.tmux("kill-server", check=False)
        self._dir.cleanup()

    def __enter__(self) -> Tmux:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def resize(self, cols: int, rows: int) -> None:
        """Resize the terminal the program runs in (as a user drags the window)."""
        self.tmux("resize-window", "-t", "e2e", "-x", str(cols), "-y", str(rows))
        self.size = (cols, rows)

    def screen(self) -> list[str]:
        return self.tmux("capture-pane", "-p", "-t", "e2e").split("\n")[: self.size[1]]

    def text(self) -> str:
        return "\n".join(self.screen())

    def send(self, *keys: str) -> None:
        """tmux key names (``Tab``, ``Enter``, ``Escape``) or single characters."""
        for key in keys:
            self.tmux("send-keys", "-t", "e2e", *(("-l", key) if len(key) == 1 else (key,)))

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "e2e", "-l", text)

    def info(self, fmt: str) -> str:
        return self.tmux("display-message", "-p", "-t", "e2e", fmt).strip()

    def wait(self, what: str, ok: Callable[[list[str]], bool], timeout: float = 15.0) -> list[str]:
        """Poll the screen until ``ok(screen)``; raise StepFailed with the screen on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if ok(screen):
                return screen
            if self.exited():
                raise StepFailed(f"the program exited while waiting for {what}:\n" + "\n".join(screen))
            if time.monotonic() > deadline:
                raise StepFailed(f"timed out waiting for {what}; screen:\n" + "\n".join(screen))
            time.sleep(POLL)

    def wait_text(self, text: str, timeout: float = 15.0) -> list[str]:
        return self.wait(repr(text), lambda s: text in "\n".join(s), timeout)

    def wait_gone(self, text: str, timeout: float = 15.0) -> list[str]:
        return self.wait(f"{text!r} to go", lambda s: text not in "\n".join(s), timeout)

    def wait_stable(self, quiet: float = 0.3, timeout: float = 15.0) -> list[str]:
        """The screen once it has stayed the same for ``quiet`` seconds."""
        last: list[list[str]] = [[]]
        since = [time.monotonic()]

        def settled(screen: list[str]) -> bool:
            if screen != last[0]:
                last[0], since[0] = screen, time.monotonic()
            return time.monotonic() - since[0] >= quiet

        return self.wait("the screen to settle", settled, timeout)

    def wait_exit(self, timeout: float = 15.0) -> str:
        """The program's exit status ("0" for success) once it has ended."""
        deadline = time.monotonic() + timeout
        while not self.exited():
            if time.monotonic() > deadline:
                raise StepFailed("the program did not exit; screen:\n" + self.text())
            time.sleep(POLL)
        return self.status_file.read_text().strip()
