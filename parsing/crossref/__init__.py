"""The library across articles: one identity per entity, lookups people can type, quotes by speaker.

A library flows through it in this order:

* ``identity.build`` groups the entities of every article into identities: the same name and type,
  then a name that is another identity's alias, surname (people) or acronym (organisations) when it
  points to exactly one identity of the same type. An article's own aliases ("the Pentagon" for the
  "Defense Department") are the only way two different names meet: nothing is assumed.
* ``lookup.find`` matches what a user typed (``--entity Blinken``) case-insensitively on an identity's
  name, aliases or surname; ``lookup.closest`` names the nearest identities when nothing matches.
* ``said.library_quotes`` lists every speech quote with its speaker's identity and date;
  ``said.speakers`` sums them per speaker (quote count, date span, articles).

Pure Python over the model (or light per-entity records, so a store can feed it); never imports Textual.
"""

from .identity import EntityRecord, Identities, Identity, build, records
from .lookup import closest, find
from .said import QuoteEntry, SpeakerRow, by_speaker, library_quotes, speaker_identities, speakers

__all__ = [
    "EntityRecord", "Identities", "Identity", "QuoteEntry", "SpeakerRow", "build", "by_speaker", "closest",
    "find",
    "library_quotes", "records", "speaker_identities", "speakers",
]
