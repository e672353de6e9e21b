"""Events from hand-made sentences, times, entities and quotes (independent of the extractors)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from parsing.events import SUMMARY_LIMIT, extract, summarize
from parsing.model import Entity, Mention, Quote, Span, TimeExpression

PUBLISHED = date(2005, 6, 13)


def spans_of(text: str) -> tuple[Span, ...]:
    """Sentences: runs up to a full stop, or whole lines."""
    return tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n.]+\.?", text) if m.group().strip())


def time(text: str, phrase: str, tid: str, earliest: date | None, latest: date | None,
         granularity: str = "day", kind: str = "DATE", nth: int = 0) -> TimeExpression:
    start = [m.start() for m in re.finditer(re.escape(phrase), text)][nth]
    return TimeExpression(tid, start, start + len(phrase), phrase, kind,  # type: ignore[arg-type]
                          None, earliest, latest, granularity)  # type: ignore[arg-type]


def mention(text: str, phrase: str, nth: int = 0) -> Mention:
    start = [m.start() for m in re.finditer(re.escape(phrase), text)][nth]
    return Mention(start, start + len(phrase), phrase)


TEXT = (
    "June 13, 2005\n"
    "Airbus won an order on Monday. The deal was agreed in 2004. Nothing happened here. "
    "Smith said \"we are pleased\" to reporters. It grew in May 2005 and on June 1, 2005."
)


def base_times() -> tuple[TimeExpression, ...]:
    return (
        time(TEXT, "June 13, 2005", "t1", PUBLISHED, PUBLISHED),
        time(TEXT, "Monday", "t2", date(2005, 6, 13), date(2005, 6, 13)),
        time(TEXT, "2004", "t3", date(2004, 1, 1), date(2004, 12, 31), "year"),
        time(TEXT, "May 2005", "t4", date(2005, 5, 1), date(2005, 5, 31), "month"),
        time(TEXT, "June 1, 2005", "t5", date(2005, 6, 1), date(2005, 6, 1)),
    )


def base_quote() -> Quote:
    q = mention(TEXT, '"we are pleased"')
    return Quote("q1", q.start, q.end, q.text, "speech", "Smith", "e2",
                 mention(TEXT, "Smith"), mention(TEXT, "said"))


def base_entities() -> tuple[Entity, ...]:
    return (
        Entity("e1", "Airbus", "ORG", mentions=(mention(TEXT, "Airbus"),)),
        Entity("e2", "John Smith", "PERSON", mentions=(mention(TEXT, "Smith"),)),
    )


def test_dated_sentences_and_speech_acts_become_events() -> None:
    events = extract(TEXT, spans_of(TEXT), base_times(), base_entities(), (base_quote(),), PUBLISHED)
    by_text = {e.summary: e for e in events}
    assert [e.id for e in events] == [f"v{i}" for i in range(1, len(events) + 1)]
    assert "June 13, 2005" not in by_text  # the dateline alone is no event
    assert "Nothing happened here." not in by_text
    order = [e.sentence for e in events]
    assert order == sorted(order) and len(set(order)) == len(order)

    monday = by_text["Airbus won an order on Monday."]
    assert (monday.time, monday.earliest, monday.date_from) == ("t2", date(2005, 6, 13), "text")
    assert monday.entities == ("e1",)

    year = by_text["The deal was agreed in 2004."]
    assert (year.earliest, year.latest, year.time) == (date(2004, 1, 1), date(2004, 12, 31), "t3")

    said = by_text['Smith said "we are pleased" to reporters.']
    assert (said.time, said.earliest, said.latest) == (None, PUBLISHED, PUBLISHED)
    assert said.date_from == "published"
    assert said.quotes == ("q1",) and said.entities == ("e2",)


def test_day_beats_month_in_one_sentence() -> None:
    events = extract(TEXT, spans_of(TEXT), base_times(), (), (), PUBLISHED)
    last = events[-1]
    assert last.time == "t5" and last.earliest == last.latest == date(2005, 6, 1)
    assert last.summary.startswith("It grew")


def test_narrower_interval_wins_without_a_day() -> None:
    text = "Sales fell in 2004 and again in March 2004."
    times = (
        time(text, "2004", "t1", date(2004, 1, 1), date(2004, 12, 31), "year"),
        time(text, "March 2004", "t2", date(2004, 3, 1), date(2004, 3, 31), "month"),
    )
    (event,) = extract(text, spans_of(text), times, (), (), None)
    assert event.time == "t2"


def test_expression_without_interval_is_skipped_when_others_exist() -> None:
    text = "Now the firm reported its 2004 results."
    times = (
        TimeExpression("t1", 0, 3, "Now", "DATE", "PRESENT_REF"),
        time(text, "2004", "t2", date(2004, 1, 1), date(2004, 12, 31), "year"),
    )
    (event,) = extract(text, spans_of(text), times, (), (), PUBLISHED)
    assert event.time == "t2" and event.date_from == "text"


def test_vague_reference_loses_to_a_calendar_date() -> None:
    text = "The current chief took over in 2009."
    times = (
        TimeExpression("t1", 4, 11, "current", "DATE", "PRESENT_REF", PUBLISHED, PUBLISHED),
        time(text, "2009", "t2", date(2009, 1, 1), date(2009, 12, 31), "year"),
    )
    (event,) = extract(text, spans_of(text), times, (), (), PUBLISHED)
    assert event.time == "t2"
    (alone,) = extract(text, spans_of(text), times[:1], (), (), PUBLISHED)
    assert alone.time == "t1" and alone.earliest == PUBLISHED


def test_undated_times_without_publication_date_keep_an_undated_event() -> None:
    text = "It happened on Tuesday."
    times = (time(text, "Tuesday", "t1", None, None),)
    (event,) = extract(text, spans_of(text), times, (), (), None)
    assert (event.time, event.earliest, event.latest, event.date_from) == ("t1", None, None, None)


def test_speech_without_any_date_stays_undated() -> None:
    text = 'She said "yes".'
    q = mention(text, '"yes"')
    quote = Quote("q1", q.start, q.end, q.text, "speech", cue=mention(text, "said"))
    (event,) = extract(text, spans_of(text), (), (), (quote,), None)
    assert (event.earliest, event.latest, event.date_from, event.quotes) == (None, None, None, ("q1",))


def test_other_quotes_are_listed_but_are_no_speech_act() -> None:
    text = 'The film "Heat" opened.'
    q = mention(text, '"Heat"')
    quote = Quote("q1", q.start, q.end, q.text, "other")
    assert extract(text, spans_of(text), (), (), (quote,), PUBLISHED) == ()


def test_durations_and_sets_do_not_make_events() -> None:
    text = "It lasted three days. It runs every week."
    times = (
        time(text, "three days", "t1", None, None, kind="DURATION"),
        time(text, "every week", "t2", None, None, kind="SET"),
    )
    assert extract(text, spans_of(text), times, (), (), PUBLISHED) == ()


def test_dateline_running_into_the_first_sentence_does_not_date_it() -> None:
    text = "Thursday, May 7, 2015 On Tuesday, the government announced a process."
    times = (
        time(text, "Thursday", "t1", date(2015, 5, 7), date(2015, 5, 7)),
        time(text, "May 7, 2015", "t2", date(2015, 5, 7), date(2015, 5, 7)),
        time(text, "Tuesday", "t3", date(2015, 5, 5), date(2015, 5, 5)),
    )
    (event,) = extract(text, (Span(0, len(text)),), times, (), (), date(2015, 5, 7))
    assert event.time == "t3" and event.earliest == date(2015, 5, 5)


def test_quote_spanning_sentences_is_one_speech_act_at_its_cue() -> None:
    text = 'He said: "First part. Second part." Then he left.'
    sentences = (Span(0, 21), Span(22, 35), Span(36, len(text)))
    q = mention(text, '"First part. Second part."')
    quote = Quote("q1", q.start, q.end, q.text, "speech", cue=mention(text, "said"))
    events = extract(text, sentences, (), (), (quote,), PUBLISHED)
    assert [e.sentence for e in events] == [0]


def test_summary_is_collapsed_and_cut_on_a_word() -> None:
    assert summarize("  a\n\tb   c ") == "a b c"
    long = " ".join(["word"] * 100)
    cut = summarize(long)
    assert cut.endswith("…") and len(cut) <= SUMMARY_LIMIT + 1
    assert cut[:-1].split(" ") == ["word"] * len(cut[:-1].split(" "))
    unbroken = "x" * 500
    assert summarize(unbroken) == "x" * SUMMARY_LIMIT + "…"


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_DATE_ONLY = re.compile(r"(?:[A-Z][a-z]+day,\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_corpus_events_are_anchored_in_their_sentences() -> None:
    from parsing.model import Article
    from parsing.pipeline import load

    articles = [a for a in load(sorted(str(p) for p in CORPUS.glob("*/*.md"))) if isinstance(a, Article)]
    assert len(articles) > 100
    dateline_only = 0
    for a in articles:
        times = {t.id: t for t in a.times}
        for ev in a.events:
            span = a.sentences[ev.sentence]
            assert (ev.start, ev.end) == (span.start, span.end)
            if ev.date_from == "text":
                assert ev.time is not None
                t = times[ev.time]
                assert span.start <= t.start < span.end
                assert (ev.earliest, ev.latest) == (t.earliest, t.latest)
            if ev.date_from == "published":
                assert ev.earliest == ev.latest == a.published and ev.quotes
        first = a.paragraphs[0] if a.paragraphs else None
        if first is not None and _DATE_ONLY.fullmatch(a.text[first.start:first.end]):
            dateline_only += 1
            assert not any(first.start <= ev.start < first.end for ev in a.events), a.path
    assert dateline_only > 100
