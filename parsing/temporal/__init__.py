"""Time expressions (TIMEX3-style values) in an article body.

A text flows through the modules in this order:

* ``vocab`` reads the word tables (``time_words.json``, ``temporal_relative.json``) through the one
  vocabulary loader, ``parsing.vocab``;
* ``rules`` builds one named regex per kind of expression from them, and ``openers`` / ``patterns``
  find candidates (only words that can open a rule are tried);
* ``guards`` drops look-alikes (amounts, names, ``May`` the verb, ages, fractions);
* resolvers turn a match into a value: ``values`` (calendar dates, years, decades, a week of a
  month), ``deictic`` (weekdays and their parts of the day, today, the day, the night before,
  PRESENT/PAST/FUTURE_REF), ``holidays`` (a holiday's day and days counted from it), ``clock``
  (clock times with their zone's or written offset; their day, when none is written with them, in
  ``clockday``: the main clause's before them, a time line running forward, the story's day),
  ``speech`` (a quoted speaker's today is the day they spoke), ``relative`` (last week, next month,
  quarters, seasons, and what refers to the time just named: by that time, the whole year),
  ``counted`` (units counted from a time: two weeks ago, a year later, two days earlier), ``fiscal``
  (fiscal years and their quarters, FY1999-Q1), ``durations`` (P3Y, sets); relative ones are counted
  from the publication date in the direction the sentence's tense points (``tense`` weighing the
  ``cues`` of its words, with ``bound``: a deadline someone is bound to is ahead), with ``calendar``
  arithmetic; ``context`` is what every resolver is handed and keeps what earlier expressions named;
* ``parts`` and ``occasions`` add the parts of a day said without it (``for much of the evening``)
  and the night of an election the article dates (``election night``);
* ``ranges`` gives each DATE/TIME value the days it may cover and its granularity;
* ``spans`` joins the two ends of a range (``from 2009 to 2011``): each end keeps its own value, as
  in TimeML, but both cover the days of the whole range.

``extractor.extract`` runs them in that order over the sentences from ``parsing.segment``.
"""

from .extractor import extract

__all__ = ["extract"]
