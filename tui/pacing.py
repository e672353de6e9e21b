"""When the batches a loading library posts reach the panes: input first.

Taking a batch into the panes is cheap for the state but costs the UI thread a frame of the whole
side column (tens of ms at 10,000 articles), and a key pressed meanwhile waits for it. So while the
user is pressing keys (one in the last ``quiet`` seconds) the batches are held back and taken when the
keys pause. After ``most`` seconds (from the first batch held) they are taken just after the next
key's frame is out (``after`` seconds after the key: the most room before the key after it), so the
panes still grow while someone types on; and never later than ``most + quiet``, so they grow while
a key is held down too. Not before the library has ``FILLED`` articles, so every pane has its first
screen at once. Nothing is dropped: held batches are taken together, in order.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field

EVERY = 0.3  # the panes take what has loaded at most this often
QUIET = 0.25  # a key this recent holds the batches back …
MOST = 2.0  # … but not for longer than this after the first one held …
AFTER = 0.05  # … taken then this long after a key, once its frame is out (15-25 ms while loading) …
SLACK = 0.03  # … or up to this much later; past that, the next key is waited for (looked for every POLL)
POLL = 0.02
FILLED = 100  # articles: until the library has this many, what loads is taken at once (a first screen)


@dataclass
class Pacing:
    """``held()`` when a batch arrives for the panes, ``input()`` on each key, ``wait()``: how long
    until the panes may take what is held (0: now), ``taken()`` once they have."""

    quiet: float = QUIET
    most: float = MOST
    after: float = AFTER
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    last_input: float | None = None
    since: float | None = None  # when the oldest batch not taken yet arrived

    def input(self) -> None:
        self.last_input = self.clock()

    def held(self) -> None:
        if self.since is None:
            self.since = self.clock()

    def taken(self) -> None:
        self.since = None

    def wait(self) -> float:
        if self.since is None or self.last_input is None:
            return 0.0
        now = self.clock()
        latest = min(self.last_input + self.quiet, self.since + self.most + self.quiet)
        if now < self.since + self.most or now >= latest:
            return max(0.0, min(self.since + self.most, latest) - now)
        frame_out = self.last_input + self.after
        if now < frame_out:  # the last key's frame may not be out yet
            return frame_out - now
        if now <= frame_out + SLACK:  # just after it: the most room before the next key
            return 0.0
        return min(POLL, latest - now)  # in the middle of a gap: after the next key (or the pause)


def set_aside_long_lived() -> None:
    """Collect, then leave what is left out of the collector's passes (``gc.freeze``): the modules, the
    parser's word lists and the widgets live as long as the reader. A full collection while a library
    loads then goes over only what was made since: 5-12 ms of the UI thread instead of 40-64 ms (every
    few seconds at 10,000 articles). Frozen objects are still freed when nothing refers to them; what
    would leak is a cycle that becomes garbage, so :func:`release_long_lived` when the reader closes."""
    gc.collect()
    gc.freeze()


def release_long_lived() -> None:
    gc.unfreeze()
