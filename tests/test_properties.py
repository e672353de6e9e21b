"""Property tests: any text parses without error into spans that lie inside the body.

Two kinds of input: hostile text (quotes, newlines, control characters, digits, month names,
markup) and news-like text assembled from fragments (names, speech verbs, quotations, dates) that
reaches the extractors' deeper paths.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.fuzz import check_article
from parsing.datefilter import DateFilterError
from parsing.datefilter import parse as parse_filter
from parsing.pipeline import parse_text
from parsing.timeline import build_timeline, histogram
from parsing.when import format_when

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MONTHS = ["January", "Feb.", "March", "Apr", "May", "June", "Sept.", "October", "Nov", "December"]
FRAGMENTS = [
    *MONTHS, '"', "'", "“", "”", "‘", "’", "«", "»", "\n", "\n\n", "\r\n", "\t", " ", ". ", ", ",
    "\x00", "\x1b[31m", "\x07", "\u202e", "\u200b", "[bold]", "[/]", "2021", "1990s", "23", "11",
    "-", "..", "Mr.", "U.S.", "said", "says", "told", "according to", "on Tuesday", "last week",
    "yesterday", "today", "now", "Q4", "W47", "the 19th century", "Smith", "the Pentagon", ":",
]
hostile_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=60).map("".join),
)

NAMES = ["John Smith", "Mary Barra", "the Pentagon", "Airbus", "Gen. Mark Milley", "Reuters", "He", "She"]
VERBS = ["said", "says", "told reporters", "added", "announced", "stated", "wrote"]
CLAUSES = ["we are ready", "it will rise", "this is an exciting time", "nothing changed", "I disagree"]
DATES = ["on Monday", "on 23 November 2021", "in March 2004", "last year", "on June 13, 2005",
         "in the 1990s", "this week", "in 2009", "at 3 p.m. on Friday", "next month", "in Q4 2021"]
OPEN_CLOSE = [('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’")]


@st.composite
def news_sentence(draw: st.DrawFn) -> str:
    name, verb = draw(st.sampled_from(NAMES)), draw(st.sampled_from(VERBS))
    clause, when = draw(st.sampled_from(CLAUSES)), draw(st.sampled_from(DATES))
    op, cl = draw(st.sampled_from(OPEN_CLOSE))
    shapes = [
        f"{name} {verb} {when}: {op}{clause.capitalize()}.{cl}",
        f"{op}{clause.capitalize()},{cl} {name} {verb} {when}.",
        f"{op}{clause.capitalize()},{cl} {verb} {name}. {op}And {clause}.{cl}",
        f"{when.capitalize()}, {name} {verb} that {clause}.",
        f"{name}, a spokesman for {draw(st.sampled_from(NAMES))}, {verb} {op}{clause}{cl} {when}.",
        f"{op}{clause.capitalize()}.",  # an unclosed quotation
    ]
    return draw(st.sampled_from(shapes))


@st.composite
def news_text(draw: st.DrawFn) -> str:
    paras = [" ".join(draw(st.lists(news_sentence(), min_size=1, max_size=4)))
             for _ in range(draw(st.integers(1, 5)))]
    if draw(st.booleans()):
        paras.insert(0, draw(st.sampled_from(["June 13, 2005", "Thursday, May 7, 2015", "23 November 2021"])))
    return "\n\n".join(paras) + draw(st.sampled_from(["", "\n"]))


publication = st.one_of(st.none(), st.dates())


check = check_article  # the article contract, shared with the fuzzer


@SETTINGS
@given(hostile_text)
def test_any_text_parses_into_spans_inside_the_body(text: str) -> None:
    check(parse_text(text))


@SETTINGS
@given(hostile_text, publication)
def test_any_text_with_any_publication_date(text: str, published: date | None) -> None:
    a = parse_text(text, published=published)
    assert a.published == published
    check(a)


@SETTINGS
@given(news_text(), publication)
def test_news_like_text(text: str, published: date | None) -> None:
    a = parse_text(text, published=published)
    assert a.text == text
    check(a)


FILTER_WORDS = ["since", "after", "before", "until", "last", "past", "from", "to", "between", "and",
                "..", "–", "today", "yesterday", "days", "week", "months", "year", "q4", "w53", "s",
                "nov", "sept", "0", "1", "12", "31", "2021", "9999", "0001", "-", ",", " ", "\t"]
filter_text = st.one_of(
    st.text(max_size=30),
    st.lists(st.sampled_from(FILTER_WORDS), max_size=8).map(" ".join),
    st.lists(st.sampled_from(FILTER_WORDS), max_size=8).map("".join),
)


@SETTINGS
@given(filter_text, st.dates())
def test_date_filter_accepts_or_explains(text: str, newest: date) -> None:
    try:
        got = parse_filter(text, newest)
    except DateFilterError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert got.label
    assert got.start is None or got.end is None or got.start <= got.end


@SETTINGS
@given(st.one_of(st.none(), st.dates()), st.one_of(st.none(), st.dates()),
       st.sampled_from(["century", "decade", "year", "half", "quarter", "season", "month", "week",
                        "day", "time", "none"]))
def test_format_when_never_fails(earliest: date | None, latest: date | None, granularity: str) -> None:
    shown = format_when(earliest, latest, granularity)
    assert shown and "\n" not in shown
    assert (shown == "undated") == (earliest is None and latest is None)


@settings(SETTINGS, max_examples=60)
@given(st.lists(st.tuples(news_text(), publication), min_size=1, max_size=3))
def test_timeline_over_parsed_articles(items: list[tuple[str, date | None]]) -> None:
    articles = [parse_text(text, published=day, path=f"a{i}") for i, (text, day) in enumerate(items)]
    entries = build_timeline(articles)
    assert len(entries) == sum(len(a.events) for a in articles)
    starts = [d for e in entries if (d := e.event.earliest or e.event.latest) is not None]
    assert starts == sorted(starts)
    hist = histogram(entries)
    assert sum(b.count for b in hist.buckets) + hist.undated == len(entries)
