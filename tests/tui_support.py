"""Small hand-built articles and an app factory for the reader's Pilot tests (no parser involved)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from textual.app import App
from textual.pilot import Pilot

from parsing.model import Article, Entity, EntityType, Event, LoadError, Mention, Quote, Span
from tui.app import DatelineApp
from tui.config import Config
from tui.widgets.rows import RowList

Item = Article | LoadError


def _spans(text: str, pattern: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(re.escape(pattern), text)]


def make_article(
    aid: str, text: str, *, title: str, source: str, published: date | None,
    people: dict[str, EntityType], speeches: list[tuple[str, str]], dated: list[tuple[str, date, date]],
) -> Article:
    """An article whose entities are every occurrence of ``people`` names (name -> type), quotes are
    ``(quote text with marks, speaker name)`` and events are ``(sentence text, earliest, latest)``."""
    entities = tuple(
        Entity(f"e{i}", name, kind, mentions=tuple(Mention(s.start, s.end, name) for s in _spans(text, name)))
        for i, (name, kind) in enumerate(people.items())
    )
    by_name = {e.name: e for e in entities}
    quotes = []
    for i, (qtext, speaker) in enumerate(speeches):
        span = _spans(text, qtext)[0]
        quotes.append(Quote(f"q{i}", span.start, span.end, qtext, speaker=speaker,
                            speaker_entity=by_name[speaker].id if speaker in by_name else None))
    events = []
    for i, (sentence, earliest, latest) in enumerate(dated):
        span = _spans(text, sentence)[0]
        ids = tuple(e.id for e in entities if e.name in sentence)
        events.append(Event(f"v{i}", span.start, span.end, sentence, earliest=earliest, latest=latest,
                            date_from="text", entities=ids))
    paras = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))
    return Article(id=aid, path=f"/articles/{aid}.txt", format="text", text=text, title=title,
                   source=source, published=published, published_from="metadata", paragraphs=paras,
                   sentences=paras, quotes=tuple(quotes), entities=entities, events=tuple(events))


DAM = make_article(
    "dam", (
        'Mayor Ann Roe said the dam was safe on 2 March. "We are ready," Roe said.\n\n'
        'Engineer Bob Poe disagreed on 3 March. "It could fail," Poe said. "Leave now," Poe added.\n\n'
        '"We need more time," Roe replied. The river rose in February.'
    ),
    title="Dam holds, mayor says", source="Courier", published=date(2026, 3, 4),
    people={"Ann Roe": "PERSON", "Roe": "PERSON", "Bob Poe": "PERSON", "Poe": "PERSON"},
    speeches=[('"We are ready,"', "Roe"), ('"It could fail,"', "Poe"), ('"Leave now,"', "Poe"),
              ('"We need more time,"', "Roe")],
    dated=[("Mayor Ann Roe said the dam was safe on 2 March.", date(2026, 3, 2), date(2026, 3, 2)),
           ("Engineer Bob Poe disagreed on 3 March.", date(2026, 3, 3), date(2026, 3, 3)),
           ("The river rose in February.", date(2026, 2, 1), date(2026, 2, 28))],
)

STORM = make_article(
    "storm", 'A storm hit the coast in 2019. "It was the worst," Ann Roe said later.',
    title="Storm of 2019", source="Anchor", published=date(2026, 1, 10),
    people={"Ann Roe": "PERSON"}, speeches=[('"It was the worst,"', "Ann Roe")],
    dated=[("A storm hit the coast in 2019.", date(2019, 1, 1), date(2019, 12, 31))],
)

LIBRARY: dict[str, list[Item]] = {
    "/articles/dam.txt": [DAM],
    "/articles/storm.txt": [STORM],
    "/articles/broken.txt": [LoadError("/articles/broken.txt", "not valid UTF-8")],
}


async def until_loaded(app: App[Any], pilot: Pilot[Any]) -> None:
    """Wait until the app has loaded its library and shown it (loading starts after the first frame
    and runs in a worker, so the worker may not even have started yet), and until the workers the last
    batch set off (the timeline's, the entities') have finished too."""
    for _ in range(1000):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not getattr(app, "loading", False) and all(w.is_finished for w in app.workers):
            return
    raise AssertionError("the library did not finish loading")


async def until_fitted(pilot: Pilot[Any], rows: RowList) -> None:
    """Wait until a row list's columns are fitted to its width: the resize that sets them is handled
    after the layout, which a loaded library does not wait for."""
    for _ in range(1000):
        await pilot.pause()
        if rows.fitted and rows.size.width:
            return
    raise AssertionError("the row list was never fitted to its width")


def fake_loader(path: str, published: date | None) -> list[Item]:
    return LIBRARY[path]


def make_app(config_dir: Path, paths: list[str] | None = None, config: Config | None = None) -> DatelineApp:
    """The app over the hand-built library (``config_dir`` must be DATELINE_CONFIG_DIR)."""
    assert config_dir.is_dir()
    return DatelineApp(paths or list(LIBRARY), None, config or Config(), loader=fake_loader)


class Notes:
    """The messages the app shows as notifications, in order (``App.notify`` wrapped: every widget's
    ``notify`` goes through it), recorded from when this is made; ``showing`` are those not cleared
    since (``App.clear_notifications`` wrapped too)."""

    def __init__(self, app: App[Any], monkeypatch: Any) -> None:
        self.messages: list[str] = []
        self.showing: list[str] = []
        shown, clear = app.notify, app.clear_notifications

        def record(message: str, *args: Any, **kwargs: Any) -> None:
            self.messages.append(str(message))
            self.showing.append(str(message))
            shown(message, *args, **kwargs)

        def cleared() -> None:
            self.showing.clear()
            clear()

        monkeypatch.setattr(app, "notify", record)
        monkeypatch.setattr(app, "clear_notifications", cleared)

    @property
    def last(self) -> str:
        return self.messages[-1] if self.messages else ""
