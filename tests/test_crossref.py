"""One identity for an entity across articles; lookups by name, alias and surname; quotes by speaker."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from parsing.crossref import build, by_speaker, closest, find, library_quotes, records, speakers
from parsing.model import Article, Entity, Event, Quote, TimeExpression


def art(aid: str, entities: list[Entity], quotes: tuple[Quote, ...] = (), published: date | None = None,
        events: tuple[Event, ...] = ()) -> Article:
    return Article(id=aid, path=f"{aid}.md", format="markdown", text="x" * 200, title=f"T{aid}",
                   source=f"S{aid}", published=published, entities=tuple(entities), quotes=quotes,
                   events=events)


def E(eid: str, name: str, typ: str = "PERSON", aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(eid, name, typ, aliases=aliases)  # type: ignore[arg-type]


def ident_names(articles: list[Article]) -> dict[tuple[str, str], str]:
    ids = build(records(articles))
    out: dict[tuple[str, str], str] = {}
    for a in articles:
        for e in a.entities:
            found = ids.of(a.id, e.id)
            assert found is not None
            out[a.id, e.name] = found.name
    return out


def test_surname_joins_the_one_person_of_that_name() -> None:
    got = ident_names([art("a", [E("e1", "Antony Blinken", aliases=("Blinken",))]),
                       art("b", [E("e1", "Blinken")]), art("c", [E("e1", "antony  BLINKEN")])])
    assert set(got.values()) == {"Antony Blinken"}


def test_ambiguous_surname_joins_nobody() -> None:
    got = ident_names([art("a", [E("e1", "Helena Marsh")]), art("b", [E("e1", "John Marsh")]),
                       art("c", [E("e1", "Marsh")])])
    assert got["c", "Marsh"] == "Marsh"
    assert got["a", "Helena Marsh"] != got["b", "John Marsh"]


def test_type_must_agree() -> None:
    got = ident_names([art("a", [E("e1", "Jordan Hale")]), art("b", [E("e1", "Hale", "PLACE")])])
    assert got["b", "Hale"] == "Hale"


def test_acronym_of_an_organisation() -> None:
    ids = build(records([art("a", [E("e1", "National Dam Safety Authority", "ORG")]),
                         art("b", [E("e1", "NDSA", "ORG")])]))
    assert len(ids) == 1
    only = next(iter(ids))
    assert only.name == "National Dam Safety Authority" and only.articles == 2 and "NDSA" in only.aliases


def test_pentagon_is_the_defense_department_only_where_an_article_says_so() -> None:
    apart = ident_names([art("a", [E("e1", "Defense Department", "ORG")]),
                         art("b", [E("e1", "Pentagon", "ORG")])])
    assert apart["a", "Defense Department"] != apart["b", "Pentagon"]
    said = ident_names([art("a", [E("e1", "Defense Department", "ORG")]),
                        art("b", [E("e1", "Pentagon", "ORG")]),
                        art("c", [E("e1", "Pentagon", "ORG", aliases=("Defense Department",))])])
    assert len(set(said.values())) == 1


def test_find_is_case_insensitive_on_name_alias_and_surname() -> None:
    ids = build(records([art("a", [E("e1", "Antony Blinken"), E("e2", "Tarrow River", "PLACE"),
                                   E("e3", "Tarrow Rivers Trust", "ORG", aliases=("the Trust",))])]))
    assert [i.name for i in find(ids, "blinken")] == ["Antony Blinken"]
    assert [i.name for i in find(ids, "ANTONY BLINKEN")] == ["Antony Blinken"]
    assert [i.name for i in find(ids, "trust")] == ["Tarrow Rivers Trust"]
    assert find(ids, "Antony") == [] and find(ids, "Tarrow") == [] and find(ids, " ") == []


def test_closest_names_the_nearest_entities() -> None:
    people = [E("e1", "Antony Blinken"), E("e2", "Jen Psaki"), E("e3", "Moscow", "PLACE")]
    ids = build(records([art("a", people)]))
    assert closest(ids, "Blinkn")[0] == "Antony Blinken"
    assert closest(ids, "psak")[0] == "Jen Psaki"
    assert len(closest(ids, "qqqq", n=2)) == 2  # always something to suggest


def q(qid: str, start: int, speaker: str | None, entity: str | None = None) -> Quote:
    return Quote(qid, start, start + 5, f"“{qid}”", "speech", speaker=speaker, speaker_entity=entity)


def test_library_quotes_in_date_order_with_one_speaker_across_articles() -> None:
    late = art("a", [E("e1", "Antony Blinken")], (q("q1", 10, "Antony Blinken", "e1"),), date(2021, 11, 23))
    monday = date(2021, 11, 1)
    early = replace(
        art("b", [E("e1", "Blinken")], (q("q1", 50, "Blinken", "e1"), q("q2", 5, None)), date(2021, 11, 2),
            events=(Event("v1", 40, 60, "said on Monday", time="t1", earliest=monday, latest=monday,
                          date_from="text", quotes=("q1",)),)),
        times=(TimeExpression("t1", 48, 54, "Monday", "DATE", "2021-11-01", monday, monday, "day"),))
    undated = art("c", [], (q("q1", 0, "Blinken"),))
    ids = build(records([late, early, undated]))
    quotes = library_quotes([late, early, undated], ids)
    order = [(x.article_id, x.quote.id) for x in quotes]
    assert order == [("b", "q1"), ("b", "q2"), ("a", "q1"), ("c", "q1")]
    assert quotes[0].when == "Mon 1 Nov 2021"  # "said on Monday"; the unattributed one on publication
    assert quotes[1].when == "Tue 2 Nov 2021" and quotes[3].when == "undated"
    rows = speakers(quotes)
    assert rows[0].name == "Antony Blinken" and rows[0].quotes == 2 and rows[0].articles == 2
    assert rows[0].first == date(2021, 11, 1) and rows[0].last == date(2021, 11, 23)
    assert [x.article_id for x in by_speaker(quotes, [rows[0].id])] == ["b", "a"]
    assert {r.name for r in rows} == {"Antony Blinken", "Blinken"}  # an article without the entity


def test_a_year_the_quote_mentions_is_not_when_it_was_said() -> None:
    year = TimeExpression("t1", 0, 4, "1984", "DATE", "1984", date(1984, 1, 1), date(1984, 12, 31), "year")
    a = art("a", [E("e1", "Tomas Lindqvist")], (q("q1", 10, "Tomas Lindqvist", "e1"),), date(2026, 3, 2),
            events=(Event("v1", 0, 60, "I have lived here since 1984", time="t1", earliest=year.earliest,
                          latest=year.latest, date_from="text", quotes=("q1",)),))
    a = replace(a, times=(year,))
    (entry,) = library_quotes([a], build(records([a])))
    assert entry.earliest == date(2026, 3, 2)


def test_two_people_sharing_an_alias_are_never_joined_through_it() -> None:
    got = ident_names([art("a", [E("e1", "Helena Marsh", aliases=("Marsh",))]),
                       art("b", [E("e1", "John Marsh", aliases=("Marsh",))]), art("c", [E("e1", "Marsh")])])
    assert got["a", "Helena Marsh"] != got["b", "John Marsh"] and got["c", "Marsh"] == "Marsh"


def test_a_title_is_no_name_to_meet_by_across_articles() -> None:
    got = ident_names([art("a", [E("e1", "Donald Trump", aliases=("President",))]),
                       art("b", [E("e1", "President")]), art("c", [E("e1", "Vice President")])])
    assert got["b", "President"] == "President" and got["c", "Vice President"] == "Vice President"


def test_a_short_alias_in_capitals_leads_only_when_it_is_the_initials() -> None:
    got = ident_names([art("a", [E("e1", "OS X Lion", "ORG", aliases=("OS",)),
                                 E("e2", "Internet Explorer", "ORG", aliases=("IE",))]),
                       art("b", [E("e1", "OS", "ORG"), E("e2", "IE", "ORG")])])
    assert got["b", "OS"] == "OS" and got["b", "IE"] == "Internet Explorer"
