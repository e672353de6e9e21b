"""The feeds a user follows: a ``feeds`` list in the config file, read and edited without Textual.

In ``config.toml``::

    [[feeds]]
    name = "Valley Post"
    url = "https://valleypost.example/rss"
    tags = ["local"]        # optional

Entries this version cannot read (no URL, a name that is not text) are reported, and kept as
they are when the list is edited, as are the file's other settings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from parsing.fetch.config import is_url

from .config import Config, load_config, save_config

KEY = "feeds"


@dataclass(frozen=True, slots=True)
class Feed:
    name: str
    url: str
    tags: tuple[str, ...] = ()

    def as_toml(self) -> dict[str, Any]:
        table: dict[str, Any] = {"name": self.name, "url": self.url}
        if self.tags:
            table["tags"] = list(self.tags)
        return table


def _raw(config: Config) -> list[Any]:
    value = config.extra.get(KEY)
    return list(value) if isinstance(value, list) else []


def _feed(item: Any) -> Feed | None:
    if not isinstance(item, Mapping):
        return None
    url, name, tags = item.get("url"), item.get("name", ""), item.get("tags", [])
    if not isinstance(url, str) or not is_url(url) or not isinstance(name, str):
        return None
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        tags = []
    return Feed(name.strip() or url, url, tuple(tags))


def feeds_of(config: Config) -> tuple[list[Feed], list[str]]:
    """The feeds in ``config``, and one line for each entry that is not a feed."""
    feeds: list[Feed] = []
    problems: list[str] = []
    value = config.extra.get(KEY)
    if value is not None and not isinstance(value, list):
        return [], [f"'{KEY}' in the config file is not a list of feeds; ignored"]
    for n, item in enumerate(_raw(config), 1):
        feed = _feed(item)
        if feed is None:
            problems.append(f"feed {n} in the config file has no http(s) url; ignored")
        else:
            feeds.append(feed)
    return feeds, problems


def find(feeds: Sequence[Feed], name_or_url: str) -> Feed | None:
    wanted = name_or_url.strip()
    return next((f for f in feeds if f.url == wanted), None) or next(
        (f for f in feeds if f.name.casefold() == wanted.casefold()), None)


def add(feed: Feed) -> str | None:
    """Append ``feed`` to the saved list; a reason when it was not saved."""
    config = load_config()
    return save_config(config, {KEY: [*_raw(config), feed.as_toml()]})


def remove(feed: Feed) -> str | None:
    """Remove ``feed`` (by its URL and name) from the saved list, keeping every other entry."""
    config = load_config()
    kept = [item for item in _raw(config) if _feed(item) != feed]
    return save_config(config, {KEY: kept})
