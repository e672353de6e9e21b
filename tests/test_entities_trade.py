"""A company named for its line of business, and a common noun written in capitals: a name ending in a
word for what a firm makes or does (Semiconductor, Devices, Storage, Analytics, Brewing, Re) is an
organisation, as no one's surname is such a word; an initialism of a common noun (GDP, VAT, DRAM,
SARS) names no one and no body; a firm's first word said of it later is the firm, though the verb
after it makes it look like a person ("Pinebelt said"); plural weekdays and the Games name no one;
a month between a title and a name is a given name ("Sen. June Kessling")."""

from __future__ import annotations

import pytest

from parsing import entities, segment


def _types(text: str) -> dict[str, str]:
    paras = segment.paragraphs(text)
    return {e.name: e.type for e in entities.extract(text, paras, segment.sentences(text, paras))}


@pytest.mark.parametrize("name", [
    "Daehan Semiconductor", "Veritron Devices", "Arcturus Storage", "Eastlake Risk Analytics",
    "Castleton Brewing", "Ashgrove Re", "Keystone Strategies", "Brightwater Asset Management",
    "Ridgecrest Homes", "Meridian Capital Advisors", "Halifax Transit",
    # the trades of timber, paper, fish, property and shipping
    "Pinebelt Lumber", "Kennebec Valley Paper", "Cascadia Pulp", "Northfork Seafoods",
    "Harborline Realty", "Grayson Properties", "Tasman Stevedoring", "Bergen Tankers",
    # insurers' plans, drug makers' therapeutics, miners' resources, hospital groups
    "Pinnacle Health Plans", "Northstar Therapeutics", "Summit Resources", "Lakeshore Hospitals",
    "Coastal Clinics", "Meridian Networks",
])
def test_a_name_ending_in_a_line_of_business_is_an_organisation(name: str) -> None:
    assert _types(f"{name} said on Tuesday it would cut 400 jobs.").get(name) == "ORG"


@pytest.mark.parametrize("word", ["GDP", "VAT", "DRAM", "NAND", "LCD", "SARS"])
def test_an_initialism_of_a_common_noun_is_no_entity(word: str) -> None:
    assert word not in _types(f"Analysts said {word} would weigh on Korea Electric this year.")


def test_cpi_stays_a_partys_initials() -> None:
    # the consumer price index's initials are also India's Communist parties' (CPI, CPI(M))
    assert _types("The CPI(M) said on Tuesday it would contest every seat.").get("CPI") == "ORG"


def test_a_titled_person_and_a_business_are_two_names() -> None:
    types = _types("The pilot was announced Monday by Mayor Gregory Lindqvist and Metro Transit officials.")
    assert types.get("Gregory Lindqvist") == "PERSON" and types.get("Metro Transit") == "ORG"


def test_a_person_is_still_a_person_beside_them() -> None:
    types = _types("DRAM prices fell, said Lena Park, an analyst at Keystone Market Data in Seoul.")
    assert types.get("Lena Park") == "PERSON" and types.get("Keystone Market Data") == "ORG"


@pytest.mark.parametrize("surname", ["Shively", "Connolly", "Kimberly"])
def test_a_surname_ending_in_ly_after_a_quotation_is_a_mention(surname: str) -> None:
    text = f'Gordon {surname} spoke first.\n\n"No," {surname} said.'
    paras = segment.paragraphs(text)
    (person,) = entities.extract(text, paras, segment.sentences(text, paras))
    assert [m.text for m in person.mentions] == [f"Gordon {surname}", surname]


def test_an_adverb_opening_a_sentence_is_still_no_name() -> None:
    assert _types("Finally, the board voted. Reportedly the vote was close.") == {}


def test_a_firms_first_word_said_of_it_later_is_the_firm() -> None:
    text = "Pinebelt Lumber Co. said on Tuesday it would idle two mills. Pinebelt said the cuts were needed."
    paras = segment.paragraphs(text)
    (firm,) = entities.extract(text, paras, segment.sentences(text, paras))
    assert firm.type == "ORG" and [m.text for m in firm.mentions] == ["Pinebelt Lumber Co.", "Pinebelt"]


def test_a_surname_of_a_person_named_before_stays_the_persons() -> None:
    text = "Dana Pinebelt, the mill's manager, spoke first. Pinebelt Lumber Co. said it would idle two " \
           "mills. Pinebelt said the cuts were needed."
    paras = segment.paragraphs(text)
    people = [e for e in entities.extract(text, paras, segment.sentences(text, paras)) if e.type == "PERSON"]
    assert [m.text for e in people for m in e.mentions] == ["Dana Pinebelt", "Pinebelt"]


def test_a_bare_surname_stays_the_persons_after_a_firm_named_for_them() -> None:
    text = "The texts went between the mayor and Travis Dunleavy, the owner of Dunleavy Earthworks. " \
           "In one, Dunleavy asked whether the office would check."
    paras = segment.paragraphs(text)
    found = {e.name: [m.text for m in e.mentions] for e in entities.extract(text, paras,
                                                                            segment.sentences(text, paras))}
    assert found["Travis Dunleavy"] == ["Travis Dunleavy", "Dunleavy"]
    assert found["Dunleavy Earthworks"] == ["Dunleavy Earthworks"]


@pytest.mark.parametrize("text", [
    "The mills will run only on Fridays until spring, the company said.",
    "Officials said the Games would cost more than planned, and the Olympic flame arrives in June.",
])
def test_plural_weekdays_and_the_games_name_no_one(text: str) -> None:
    assert _types(text) == {}


def test_a_person_a_museum_is_named_for_stays_a_person() -> None:
    text = ("The Andy Warhol Museum opened in 1994. Andy Warhol said art was business. Andy said more.")
    types = _types(text)
    assert types.get("Andy Warhol") == "PERSON" and types.get("Andy Warhol Museum") != "PERSON"


@pytest.mark.parametrize(("text", "name"), [
    ("Sen. June Kessling of Wyoming pressed the nominee for 20 minutes.", "June Kessling"),
    ("Rep. April Doyle said the bill would pass.", "April Doyle"),
])
def test_a_month_between_a_title_and_a_name_is_a_given_name(text: str, name: str) -> None:
    assert _types(text).get(name) == "PERSON"


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Interior Minister Kang Tae-jun refused to resign. Kang said the response was adequate.",
     "Kang Tae-jun", "Kang"),
    ("The lawmaker, Liao Kuo-hua, survived the recall. Liao thanked voters.", "Liao Kuo-hua", "Liao"),
    # a family name that is also a word for a place is still the person's
    ("Foreign Minister Park Ji-hoon met his counterpart in Busan. Park said the talks were useful.",
     "Park Ji-hoon", "Park"),
    # a hyphenated given name written first keeps the surname last
    ("Jean-Pierre Raffarin spoke first. Raffarin said no.", "Jean-Pierre Raffarin", "Raffarin"),
])
def test_a_family_name_before_a_hyphenated_given_name_is_the_surname(text: str, full: str,
                                                                    short: str) -> None:
    paras = segment.paragraphs(text)
    people = [e for e in entities.extract(text, paras, segment.sentences(text, paras)) if e.name == full]
    assert [(e.type, [m.text for m in e.mentions]) for e in people] == [("PERSON", [full, short])]


@pytest.mark.parametrize(("text", "name", "mentions"), [
    ("The Centers for Disease Control and Prevention said the outbreak was over. The CDC said more.",
     "Centers for Disease Control and Prevention", ["Centers for Disease Control and Prevention", "CDC"]),
    ("The FDA approved the drug. The Food and Drug Administration said it was safe.",
     "Food and Drug Administration", ["FDA", "Food and Drug Administration"]),
])
def test_a_federal_agency_is_one_organisation_by_its_name_and_initials(text: str, name: str,
                                                                     mentions: list[str]) -> None:
    paras = segment.paragraphs(text)
    (agency,) = entities.extract(text, paras, segment.sentences(text, paras))
    assert (agency.name, agency.type, [m.text for m in agency.mentions]) == (name, "ORG", mentions)


def test_a_program_is_an_organisation() -> None:
    assert _types("The Vessel Sanitation Program said 212 passengers fell ill.") == {
        "Vessel Sanitation Program": "ORG"}


@pytest.mark.parametrize("name", ["Ridgeview Elementary", "Marlowe High", "Ellery County Schools",
                                  "Port Avery Public Schools"])
def test_a_school_or_a_school_district_is_an_organisation(name: str) -> None:
    assert _types(f"Teachers at {name} said on Tuesday the plan would cut 40 jobs.").get(name) == "ORG"


def test_high_after_a_given_name_is_still_a_surname() -> None:
    assert _types("Jim High said on Tuesday the plan would cut 40 jobs.").get("Jim High") == "PERSON"


@pytest.mark.parametrize("text", [
    "Orchard Crest's chairman, Tomas Reyes, said the offer was too low.",
    "Copperline Mobile's chief executive, Dana Ruiz, resigned on Monday.",
    "Bluewater Table's president, Glen Ortiz, disputed the figures.",
    "Sable Harbor's board met on Friday.",
])
def test_a_name_whose_chairman_or_board_is_named_is_an_organisation(text: str) -> None:
    # only an organisation has a chairman, a chief executive, a president or a board
    name = text.split("'s ")[0]
    assert _types(text).get(name) == "ORG"


def test_a_persons_chief_of_staff_leaves_the_person() -> None:
    assert _types("Dana Whitmore's chief of staff, Tom Lee, said no.").get("Dana Whitmore") == "PERSON"


@pytest.mark.parametrize("name", [
    "Australian Workers' Union", "Houston Police Officers’ Union", "Norbury Residents' Association",
    "Senate Veterans’ Affairs Committee", "National Farmers' Federation",
])
def test_a_plural_possessive_inside_an_organisations_name_keeps_it_whole(name: str) -> None:
    found = _types(f"A spokesman for the {name} said on Tuesday it would sue.")
    assert found.get(name) == "ORG"
    assert not any(part in found for part in ("Union", "Association", "Affairs Committee", "Federation"))


@pytest.mark.parametrize(("text", "person"), [
    ("The Lakers' Kobe Marsh scored 40 points.", "Kobe Marsh"),
    ("Dana Ruiz of the Workers' Party won the seat.", "Dana Ruiz"),
])
def test_a_possessive_before_a_person_or_after_a_person_is_not_joined(text: str, person: str) -> None:
    assert _types(text).get(person) == "PERSON"


@pytest.mark.parametrize(("text", "mentions"), [
    ("Bayou Methodist Health System warned on Monday that talks had stalled. Bayou Methodist began mailing "
     "letters to patients on Friday.", ["Bayou Methodist Health System", "Bayou Methodist"]),
    ("Kansai Marine Industries won the order on Tuesday. Kansai Marine said the first hull would be laid "
     "down in 2027.", ["Kansai Marine Industries", "Kansai Marine"]),
])
def test_a_firms_first_two_words_said_of_it_later_are_the_firm(text: str, mentions: list[str]) -> None:
    paras = segment.paragraphs(text)
    firms = [e for e in entities.extract(text, paras, segment.sentences(text, paras)) if e.type == "ORG"]
    assert [m.text for e in firms for m in e.mentions] == mentions


def test_a_given_name_opening_a_firms_name_said_later_stays_a_person() -> None:
    text = "The Andy Warhol Museum opened a show on Friday. Andy Warhol made the prints in 1962."
    paras = segment.paragraphs(text)
    found = {e.name: e.type for e in entities.extract(text, paras, segment.sentences(text, paras))}
    assert found.get("Andy Warhol") == "PERSON"
