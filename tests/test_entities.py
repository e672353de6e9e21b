"""Named entities: table-driven checks of names, types, titles, roles and alias merging."""

from __future__ import annotations

import pytest

from parsing import entities, segment
from parsing.entities.gazetteer import load as load_gazetteer
from parsing.model import Entity


def extract(text: str) -> tuple[Entity, ...]:
    paras = segment.paragraphs(text)
    return entities.extract(text, paras, segment.sentences(text, paras))


def by_name(ents: tuple[Entity, ...], name: str) -> Entity:
    found = [e for e in ents if e.name == name]
    assert found, f"{name!r} not among {[e.name for e in ents]}"
    return found[0]


def names(ents: tuple[Entity, ...]) -> set[str]:
    return {e.name for e in ents}


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        ("Officials met Gen. Mark Milley on Tuesday.", "Mark Milley", "PERSON"),
        ("The deal was signed by Acme Widgets Inc. last week.", "Acme Widgets Inc.", "ORG"),
        ("Staff at the University of Nowhere protested.", "University of Nowhere", "ORG"),
        ("The Zorbian Defence Ministry denied the report.", "Zorbian Defence Ministry", "ORG"),
        ("Flooding hit Lake Quenby overnight.", "Lake Quenby", "PLACE"),
        ("The talks were held in Geneva.", "Geneva", "PLACE"),
        ("Reuters reported the figures first.", "Reuters", "ORG"),
        ("Prices rose across Europe and Asia.", "Europe", "PLACE"),
        ("Kremlin spokesman Dmitry Peskov told reporters nothing.", "Dmitry Peskov", "PERSON"),
        ("He moved to Brantville, Ohio, in 1990.", "Brantville", "PLACE"),
        ("Analysts at Hollis Brothers expect a cut.", "Hollis Brothers", "ORG"),
        ("Talks with the Orvan Party failed.", "Orvan Party", "ORG"),
        # a union of states is an organisation that acts (votes, imposes duties), as the UN is
        ("The European Union imposed duties on steel.", "European Union", "ORG"),
        ("The EU said it would retaliate.", "European Union", "ORG"),
        # a gulf, bay, sea or strait of somewhere, a horn of a continent, a delta, a basin: places
        ("Pirates seized the tanker in the Gulf of Aden.", "Gulf of Aden", "PLACE"),
        ("Ships waited off the Horn of Africa.", "Horn of Africa", "PLACE"),
        ("Militants in the Niger Delta attacked a pipeline.", "Niger Delta", "PLACE"),
        # a head no one bears as a surname ends a place's name even after a given name
        ("Officials in Logan County certified the vote.", "Logan County", "PLACE"),
        ("Flooding closed roads in Cameron Parish.", "Cameron Parish", "PLACE"),
        ("The hearing was held at the Jackson County Courthouse.", "Jackson County Courthouse", "PLACE"),
        # a head that is also a surname still ends a person's name after a given name
        ("Judge Logan Park ruled on Tuesday.", "Logan Park", "PERSON"),
    ],
)
def test_name_and_type(text: str, name: str, typ: str) -> None:
    assert by_name(extract(text), name).type == typ


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("According to the report, prices fell.", "According"),
        ("But the minister disagreed.", "But"),
        ("Since 2014 the region has been unstable.", "Since"),
        ("Estimates suggest 8000 people left.", "Estimates"),
        ("The meeting ended on Tuesday in March.", "Tuesday"),
        ("The contract is worth US$40 billion.", "United States"),
        ("It cost NZ $ 26 million, or 9.99 US dollars.", "United States"),
        ("Crowds gathered on Waitangi Day in Wellington.", "Waitangi Day"),
        ("The Airbus A380 and the DC-9 flew past.", "DC-9"),
        ("Russian troops moved closer to the border.", "Russian"),
    ],
)
def test_not_names(text: str, absent: str) -> None:
    ents = extract(text)
    assert absent not in names(ents)
    assert all(absent not in [m.text for m in e.mentions] for e in ents)


def test_title_is_not_part_of_the_mention_and_becomes_a_role() -> None:
    text = "U.S. Secretary of State Antony Blinken spoke. Later Blinken said more."
    blinken = by_name(extract(text), "Antony Blinken")
    assert [m.text for m in blinken.mentions] == ["Antony Blinken", "Blinken"]
    assert "Blinken" in blinken.aliases
    assert blinken.roles == ("Secretary of State",)


def test_role_before_name() -> None:
    text = "White House press secretary Jen Psaki said on Monday that talks would go on."
    assert by_name(extract(text), "Jen Psaki").roles == ("White House press secretary",)


def test_role_in_apposition() -> None:
    text = "The plan was announced by Maria Okafor, the chief executive of Dunmore Foods, on Friday."
    okafor = by_name(extract(text), "Maria Okafor")
    assert okafor.type == "PERSON"
    assert okafor.roles == ("chief executive of Dunmore Foods",)


def test_country_aliases_are_one_entity() -> None:
    text = "The U.S. said the United States would act. America has allies. US officials agreed."
    us = [e for e in extract(text) if e.name == "United States"]
    assert len(us) == 1
    assert us[0].type == "PLACE"
    assert {m.text for m in us[0].mentions} == {"U.S.", "United States", "America", "US"}


def test_parenthesised_acronym_joins_its_expansion() -> None:
    text = ("The European Aeronautic Defence and Space Company (EADS) won. "
            "Shares of EADS rose on the news.")
    ents = extract(text)
    eads = by_name(ents, "European Aeronautic Defence and Space Company")
    assert eads.type == "ORG"
    assert [m.text for m in eads.mentions].count("EADS") == 2
    assert "EADS" in eads.aliases


def test_initials_join_an_earlier_organisation() -> None:
    text = "The Quorra Valley Authority met. Later the QVA announced new rules."
    qva = by_name(extract(text), "Quorra Valley Authority")
    assert "QVA" in [m.text for m in qva.mentions]


def test_surname_joins_the_full_name() -> None:
    text = "Gen. Mark Milley spoke to reporters. Milley said the call went well."
    ents = extract(text)
    milley = by_name(ents, "Mark Milley")
    assert [m.text for m in milley.mentions] == ["Mark Milley", "Milley"]
    assert "Milley" not in names(ents)


def test_ids_follow_kind_then_first_mention_and_spans_match_text() -> None:
    text = ("In Paris, Boeing and Airbus compete. Ostland's Ida Marsh and Airbus showed a jet to "
            "Qantas in Lyon, said U.S. President Tom Reeve.")
    ents = extract(text)
    assert [e.id for e in ents] == [f"e{i}" for i in range(1, len(ents) + 1)]
    order = {"PERSON": 0, "ORG": 1, "PLACE": 2, "OTHER": 3}
    keys = [(order[e.type], e.mentions[0].start) for e in ents]
    assert keys == sorted(keys)  # people first: a head before the names that qualify it
    assert [e.name for e in ents if e.type == "PERSON"] == ["Ida Marsh", "Tom Reeve"]
    for e in ents:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_possessive_is_not_in_the_mention() -> None:
    ents = extract("Moscow has rejected Ukraine’s claims about the border.")
    ukraine = by_name(ents, "Ukraine")
    assert [m.text for m in ukraine.mentions] == ["Ukraine"]


def test_organisation_that_speaks_is_an_entity() -> None:
    ents = extract('The Russian Defense Ministry said in a statement that "talks continue".')
    assert by_name(ents, "Russian Defense Ministry").type == "ORG"


def test_administration_of_a_person_is_an_organisation() -> None:
    ents = extract("Reports say the Biden administration is considering more aid.")
    assert by_name(ents, "Biden administration").type == "ORG"


def test_headline_lines_keep_only_known_names() -> None:
    text = "Top US, Russian Military Chiefs Speak by Phone Amid Tensions Over Ukraine\n\nThe call was short."
    got = names(extract(text))
    assert got == {"United States", "Ukraine"}


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n  ", "\x1b[31mRed\x1b[0m [bold]Alert[/bold] in \x00 Paris", "A" * 5000, "Ü É Ñ",
     "Xx went. Zz " + "Z-xx-" * 3000, 'The film "' + "Abc " * 3000 + '" ended.'],
)
def test_hostile_or_empty_text(text: str) -> None:
    for e in extract(text):
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_bare_title_joins_the_person_who_holds_it() -> None:
    text = "President Ana Ruiz spoke first. The President later signed the order."
    ruiz = by_name(extract(text), "Ana Ruiz")
    assert [m.text for m in ruiz.mentions] == ["Ana Ruiz", "President"]
    assert ruiz.roles == ("President",)


def test_groups_of_people_are_persons_not_places() -> None:
    ents = extract("Thousands of Afghans and Kurds marched through Kabul.")
    assert by_name(ents, "Afghans").type == "PERSON"
    assert by_name(ents, "Kurds").type == "PERSON"
    assert by_name(ents, "Kabul").type == "PLACE"
    assert "Afghanistan" not in names(ents)


def test_person_of_organisation_is_split() -> None:
    ents = extract("Elected were Ana Lopez-Mora of the Civic Alliance and others.")
    assert by_name(ents, "Ana Lopez-Mora").type == "PERSON"


def test_national_teams_in_match_reports() -> None:
    text = ("Group B — Norway 2 – 1 Chile\n\nNorway beat Chile 2 – 1 in Oslo. "
            "Chile scored first, but Norway equalised.")
    ents = extract(text)
    assert by_name(ents, "Norway").type == "ORG"
    assert by_name(ents, "Oslo").type == "PLACE"


def test_dateline_in_capitals_is_the_place_named_later() -> None:
    text = "BRANTFORD, March 5 (Wire) - Crews worked overnight. Residents of Brantford waited."
    ents = extract(text)
    town = by_name(ents, "Brantford")
    assert town.type == "PLACE"
    assert [m.text for m in town.mentions] == ["BRANTFORD", "Brantford"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks between Quill Hydro and the Orvan Water Authority stalled.",
         {"Quill Hydro", "Orvan Water Authority"}),
        ("Boeing and Airbus both bid.", {"Boeing", "Airbus"}),
        ("The European Aeronautic Defence and Space Company bid.",
         {"European Aeronautic Defence and Space Company"}),
        ("Money came from the Hallam Foundation for the Visual Arts.",
         {"Hallam Foundation for the Visual Arts"}),
    ],
)
def test_and_splits_two_names_but_not_one(text: str, expected: set[str]) -> None:
    assert names(extract(text)) == expected


def test_names_with_particles() -> None:
    ents = extract("Bashar al-Assad said al-Qaeda fighters had left.")
    assert by_name(ents, "Bashar al-Assad").type == "PERSON"
    assert by_name(ents, "Al-Qaeda").type == "ORG"


def test_long_repetitive_input_gives_one_entity_per_name() -> None:
    text = "al-Foo " * 2000 + "\n\n" + "He met the President. " * 500
    ents = extract(text)
    assert len(ents) <= 2


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("TALBRIDGE, Ohio — Crews cleared the roads on Monday.", "TALBRIDGE"),
        ("ROME — Crews cleared the roads. Rome was calm by noon.", "Rome"),
        ("ROME (Wire) - Crews cleared the roads on Monday.", "Rome"),
    ],
)
def test_dateline_place_opening_a_report(text: str, place: str) -> None:
    ents = extract(text)
    assert by_name(ents, place).type == "PLACE"
    assert "Wire" not in by_name(ents, place).aliases


def test_short_capitals_in_brackets_are_not_a_dateline() -> None:
    ents = extract("QRX (a small charity) said it would help.")
    assert by_name(ents, "QRX").type == "ORG"


def test_word_capitalised_only_where_it_opens_a_quote_is_not_a_name() -> None:
    ents = extract('The mayor wrote: "Wonderful work, everyone." Then he left Dunmore.')
    assert "Wonderful" not in names(ents)
    assert "Dunmore" in names(ents)


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("The Northern Standard reported the closure. The Standard said the mayor was angry.",
         "Northern Standard", "Standard"),
        ("Engineers at Kessel Dam opened the gates. Water levels at Kessel rose overnight.",
         "Kessel Dam", "Kessel"),
    ],
)
def test_one_word_of_an_earlier_name_joins_it(text: str, name: str, short: str) -> None:
    ents = extract(text)
    assert short in [m.text for m in by_name(ents, name).mentions]
    assert short not in names(ents)


def test_shared_word_of_two_names_joins_neither() -> None:
    text = "The Orvan Herald and the Dunmore Herald disagreed. The Herald later apologised."
    ents = extract(text)
    assert "Herald" not in by_name(ents, "Orvan Herald").aliases
    assert "Herald" not in by_name(ents, "Dunmore Herald").aliases


def test_place_after_of_is_not_a_short_form_of_the_organisation() -> None:
    ents = extract("The Municipality of Tavira raised taxes. Shops in Tavira closed early.")
    assert "Tavira" not in by_name(ents, "Municipality of Tavira").aliases


def test_two_names_joined_by_and_stay_two_when_each_stands_alone_elsewhere() -> None:
    text = ("Residents of Millbridge and Orrin Falls were evacuated. "
            "Millbridge lies upstream. Orrin Falls was flooded.")
    ents = extract(text)
    assert "Millbridge and Orrin Falls" not in names(ents)
    assert len(by_name(ents, "Millbridge").mentions) == 2
    assert by_name(ents, "Orrin Falls").type == "PLACE"


def test_a_place_name_with_and_stays_whole_when_its_parts_never_stand_alone() -> None:
    ents = extract("Residents of Millbridge and Orrin Falls were evacuated.")
    assert "Millbridge and Orrin Falls" in names(ents)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('The documentary "The River Remembers" won a prize at the festival.', "The River Remembers"),
        ("A report titled “Resilient Communities” was published by the council.", "Resilient Communities"),
        ('Her novel, "Salt and Iron", sold well.', "Salt and Iron"),
    ],
)
def test_quoted_title_of_a_work_is_other(text: str, title: str) -> None:
    ents = extract(text)
    work = by_name(ents, title)
    assert work.type == "OTHER"
    assert [m.text for m in work.mentions] == [title]
    assert len([e for e in ents if e.mentions[0].start >= text.index(title)
                and e.mentions[0].start < text.index(title) + len(title)]) == 1


def test_quoted_words_that_are_not_a_title_give_no_entity() -> None:
    assert extract('He called it "a disgrace" and left.') == ()


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("The army received Javelin anti-tank missiles from the supplier.", "Javelin"),
        ("Pilots flew Tarvo jets over the coast.", "Tarvo"),
    ],
)
def test_name_before_a_product_noun_is_other(text: str, product: str) -> None:
    assert by_name(extract(text), product).type == "OTHER"


def test_possessive_before_a_product_noun_keeps_its_type() -> None:
    ents = extract("Officials praised Orvan Biotech's vaccine on Monday.")
    assert by_name(ents, "Orvan Biotech").type != "OTHER"


@pytest.mark.parametrize(
    ("text", "head", "qualifier", "typ"),
    [
        ("Fenwick Party's Jo Lam won a seat.", "Jo Lam", "Fenwick Party", "ORG"),
        ("Voters backed Varn Labour's Al Ives on Sunday.", "Al Ives", "Varn Labour", "ORG"),
        ("The council elected Gary Tam of the Harbour Party.", "Gary Tam", "Harbour Party", "ORG"),
        ("Ann Lo of GTU was re-elected.", "Ann Lo", "GTU", "ORG"),
        ("Vendra Administrator Paul Kerr said the launch slipped.", "Paul Kerr", "Vendra", "ORG"),
        ("French President Ida Morel met U.S. Senator Jane Roe.", "Jane Roe", "United States", "PLACE"),
        ("Acme Widgets Inc. spokeswoman Ann Rusk declined to comment.", "Ann Rusk", "Acme Widgets Inc.",
         "ORG"),
    ],
)
def test_a_name_that_qualifies_another_is_a_name_too(text: str, head: str, qualifier: str, typ: str) -> None:
    ents = extract(text)
    assert by_name(ents, head).type == "PERSON"
    assert by_name(ents, qualifier).type == typ


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nurses at the Lindon Women's Hospital walked out.", "Lindon Women's Hospital"),
        ("Officers of the Korean People's Army were sent.", "Korean People's Army"),
        ("Eunice Yung of the New People's Party won.", "New People's Party"),
        ("The Danby Children's Trust gave a grant.", "Danby Children's Trust"),
    ],
)
def test_an_irregular_plurals_possessive_stays_inside_a_name(text: str, name: str) -> None:
    assert by_name(extract(text), name).type == "ORG"


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        ("Emeritus Professor John Burrows spoke.", "John Burrows", "Emeritus"),
        ("Deputy Chief Minister Ann Bell agreed.", "Ann Bell", "Deputy"),
        # a title's complement after "for", then the name
        ("Assistant Secretary for Policy Matthew Scoville signed the order.", "Matthew Scoville", "Policy"),
    ],
)
def test_role_words_before_a_title_are_no_name(text: str, person: str, absent: str) -> None:
    ents = extract(text)
    assert by_name(ents, person).type == "PERSON"
    assert not any(absent in e.name for e in ents if e.type != "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The gallery showed the Marilyn Kessel portrait from 1987.", "Marilyn Kessel"),
        ("Visitors queued for the Annie Farrow exhibit.", "Annie Farrow"),
        ("The Gladys Ormerod collection went on show.", "Gladys Ormerod"),
        ("The award went to the Wanda Pell team.", "Wanda Pell"),
    ],
)
def test_a_common_given_name_makes_a_person_without_other_cues(text: str, name: str) -> None:
    assert by_name(extract(text), name).type == "PERSON"


def test_the_given_names_leave_out_ordinary_words_places_and_months() -> None:
    given = load_gazetteer().first_names
    assert {"Marilyn", "Annie", "Dorothy"} <= given
    assert not {"Hope", "Grant", "June", "April", "Georgia", "Austin"} & given


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("CEO of the Refugee Council Enver Solomon told reporters.", "Enver Solomon", "Refugee Council"),
        ("The chief executive of Hollis Group Marta Venn spoke.", "Marta Venn", "Hollis Group"),
    ],
)
def test_a_person_after_an_organisations_suffix_in_a_title(text: str, person: str, org: str) -> None:
    ents = extract(text)
    assert by_name(ents, person).type == "PERSON"
    assert by_name(ents, org).type == "ORG"


@pytest.mark.parametrize(
    ("text", "person", "qualifier"),
    [
        ("White House Press Secretary Sarah Sanders said the talks went well.", "Sarah Sanders",
         "White House"),
        ("Senate Majority Leader Mitch McConnell blocked the bill.", "Mitch McConnell", "Senate"),
        ("Harbour Party Leader Jo Lam conceded.", "Jo Lam", "Harbour Party"),
    ],
)
def test_the_name_before_a_title_without_its_role_words(text: str, person: str, qualifier: str) -> None:
    ents = extract(text)
    assert by_name(ents, person).type == "PERSON"
    assert qualifier in names(ents)


def test_an_adjective_before_a_title_is_no_name() -> None:
    ents = extract("Democratic Sen. Ann Vale and Liberal Rep. Tom Ash spoke.")
    assert names(ents) == {"Ann Vale", "Tom Ash"}


@pytest.mark.parametrize(
    ("text", "person", "other", "typ"),
    [
        ("Senator Bernie Sanders of Vermont spoke.", "Bernie Sanders", "Vermont", "PLACE"),
        ("Governor Ann Vale of the Bank of Ostland spoke.", "Ann Vale", "Bank of Ostland", "ORG"),
        ("Dr. Ann Vale of Harbour University said so.", "Ann Vale", "Harbour University", "ORG"),
    ],
)
def test_a_titled_person_of_a_place_or_body(text: str, person: str, other: str, typ: str) -> None:
    ents = extract(text)
    assert by_name(ents, person).type == "PERSON"
    assert by_name(ents, other).type == typ
