"""Names told from the words around them: a role with no article after a name makes a person, and a
capitalised adjective before the noun it qualifies is no name at all."""

from __future__ import annotations

import pytest

from parsing import entities, pipeline, segment
from parsing.model import Entity


def _extract(text: str) -> tuple[Entity, ...]:
    paras = segment.paragraphs(text)
    return entities.extract(text, paras, segment.sentences(text, paras))


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in _extract(text)}


def _mentioned(text: str) -> set[str]:
    return {m.text for e in _extract(text) for m in e.mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("T.R. Vesk, chief financial officer at Brisk Partners, said costs rose.", "T.R. Vesk"),
    ("Costs rose, said J.D. Orrin, director of the Quill Trust.", "J.D. Orrin"),
    ("The fund hired M.K. Salter, senior analyst at Dunmore Pike, last year.", "M.K. Salter"),
])
def test_a_role_without_an_article_after_a_name_makes_a_person(text: str, name: str) -> None:
    assert _types(text)[name] == "PERSON"


@pytest.mark.parametrize(("text", "word"), [
    ("Pilgrims gathered to mark the Velorian festival of lights.", "Velorian"),
    ("Congressional negotiators met again on Monday.", "Congressional"),
    ("The Kestrian delegation walked out of the talks.", "Kestrian"),
    ("It is one of the pillars of the Ombric faith.", "Ombric"),
])
def test_a_capitalised_adjective_before_its_noun_is_no_name(text: str, word: str) -> None:
    assert word not in _mentioned(text)


@pytest.mark.parametrize(("text", "word"), [
    ("Officials said the Dorian had left the port.", "Dorian"),  # a verb follows: a name
    ("The Velorian has won the race twice.", "Velorian"),  # the word heads its own phrase
    ("Senator Ana Ruiz, a Republican from Ohio, voted no.", "Ana Ruiz"),
    ("Crowds lined the streets of the Kestrian's capital.", "Kestrian"),
])
def test_names_that_look_like_adjectives_stay(text: str, word: str) -> None:
    assert word in _mentioned(text)


@pytest.mark.parametrize(("text", "word"), [
    ("The carrier ordered 20 Skyliners in March. Its first Skyliner flies in May.", "Skyliner"),
    ("The museum holds Vexographs of actors. A Vexograph was taken of every guest.", "Vexograph"),
    ("Stores sold 3.5 million Quillpads last year; the Quillpad costs $300.", "Quillpad"),
])
def test_a_name_the_article_counts_like_a_noun_is_a_product_not_a_name(text: str, word: str) -> None:
    found = _mentioned(text)
    assert word not in found and word + "s" not in found


def test_a_plural_inside_a_full_name_does_not_make_a_count_noun() -> None:
    text = "Kathryn Vales directs the gallery. In her remarks, Vale thanked the donors."
    assert "Vale" in _mentioned(text)


@pytest.mark.parametrize(("text", "maker", "model"), [
    ("Brisk Air flew the Orvan A220 to Leeds on Monday.", "Orvan", " A220"),
    ("The air force retired its last Halden VC-10 in March.", "Halden", " VC-10"),
    ("Dunmore Pike will deliver 30 Dunmore Pike DP-9 jets by 2027.", "Dunmore Pike", " DP-9"),
])
def test_a_maker_before_a_model_names_the_product_not_the_company(text: str, maker: str, model: str) -> None:
    at = text.index(maker + model)
    spans = {(m.start, m.text) for e in _extract(text) for m in e.mentions}
    assert (at, maker) not in spans


def test_a_maker_before_a_model_still_tells_the_company_is_an_organisation() -> None:
    text = ("Sefton Marsh unveiled the Sefton Marsh SM-4 drone on Tuesday. "
            "Sefton Marsh said orders were strong.")
    assert _types(text)["Sefton Marsh"] == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ("The draw put Orvan in Group H with two former champions.", "Group H"),
    ("Officials said Plan B would cost less.", "Plan B"),
])
def test_a_name_ending_in_a_lone_letter_is_a_label_not_a_person(text: str, name: str) -> None:
    assert _types(text).get(name) != "PERSON"


@pytest.mark.parametrize(("text", "person"), [
    ("Marisol Quade of the KDU won the seat.", "Marisol Quade"),
    ("Tobin Larch of Brisk Weekly Magazine wrote the profile.", "Tobin Larch"),
])
def test_a_two_word_name_of_an_organisation_is_a_person(text: str, person: str) -> None:
    assert _types(text).get(person) == "PERSON"


def test_a_two_word_name_of_a_place_stays_whole() -> None:
    assert "Great Wall of Kestria" in _types("Tourists crowded the Great Wall of Kestria on Sunday.")


@pytest.mark.parametrize(("text", "place", "adjective"), [
    ("Talks between Varnia and Teloch resumed. Varnian officials said little. The Telochi envoy left early. "
     "Teloch has rejected the map.", "Teloch", "Telochi"),
    ("Quarrish troops crossed the line, and Quarr denied it. Quarr says its patrol was attacked.",
     "Quarr", "Quarrish"),
])
def test_a_demonym_of_a_name_in_the_text_makes_it_a_place(text: str, place: str, adjective: str) -> None:
    assert _types(text)[place] == "PLACE"
    assert adjective not in _mentioned(text)


@pytest.mark.parametrize(("text", "place"), [
    ("On Monday, Dravonia's finance minister, Ola Brenn, resigned, and by Friday Dravonia had a new one.",
     "Dravonia"),
    ("Traders said Talsk's currency fell sharply, though Talsk denied it would devalue.", "Talsk"),
])
def test_a_possessor_of_what_only_a_country_has_is_a_place(text: str, place: str) -> None:
    assert _types(text)[place] == "PLACE"


def test_a_place_an_organisation_is_named_after_stays_a_place() -> None:
    text = ("The Quentford Tenants Union filed suit. Rents in Quentford rose 9 percent, "
            "and landlords in Quentford said costs had risen.")
    types = _types(text)
    assert types["Quentford"] == "PLACE"
    assert types["Quentford Tenants Union"] == "ORG"


def test_a_person_of_a_place_is_two_names() -> None:
    text = ("Senator Hal Brecken of Wendmoor spoke first. Brecken grew up in Wendmoor, "
            "a farming state.")
    assert {"Hal Brecken", "Wendmoor"} <= _mentioned(text)
    assert "Hal Brecken of Wendmoor" not in _mentioned(text)


@pytest.mark.parametrize(("text", "word"), [
    ("The alarm sounded at 4:40 a.m. CST and again at 6 a.m.", "CST"),
    ("Voting ended at 21:00 GMT on Sunday.", "GMT"),
    ("The Swiss government hosted the talks.", "Swiss"),
])
def test_zones_after_clock_times_and_invariant_demonyms_are_no_names(text: str, word: str) -> None:
    assert word not in _mentioned(text)


def test_a_party_before_a_name_is_peeled_like_a_title() -> None:
    entities = _extract("Democrat Lena Farrow and Republican Otto Brandt met on Tuesday.")
    named = {(e.name, e.roles) for e in entities}
    assert named == {("Lena Farrow", ("Democrat",)), ("Otto Brandt", ("Republican",))}


@pytest.mark.parametrize(("text", "word"), [
    ('The director replied four minutes later: "Understood."', "Understood"),
    ('She asked whether they had met. "Yes. Twice."', "Twice"),
    ("Local MPs said the decision was wrong. Two MEPs and three NGOs agreed.", "NGOs"),
    ("Two MEPs agreed with the ruling.", "MEPs"),
    ("The Fourth of July parade was cancelled.", "Fourth"),
])
def test_words_that_only_look_like_names(text: str, word: str) -> None:
    """A capitalised word that is a sentence of its own, an acronym in the plural, an ordinal."""
    assert word not in _mentioned(text)


def test_a_name_opening_a_sentence_with_its_verb_stays() -> None:
    assert "Ostrowe" in _mentioned("Ostrowe says the count was fair. The board agreed.")


def test_the_capitol_is_a_place() -> None:
    assert _types("Protesters gathered outside the Capitol on Monday.").get("Capitol") == "PLACE"


@pytest.mark.parametrize("text", [
    "Sen. Monica Feld, D-Minn., voted no.",
    "Rep. Dana Lusk (R-Texas) voted no.",
    "Sen. Cory Brand, D-N.J., voted no.",
    "Speaker Travis Odom, R-Gilbert, voted no.",
])
def test_a_party_and_state_label_is_no_name_but_its_state_is_a_place(text: str) -> None:
    mentioned = _mentioned(text)
    assert not any(m[:2] in ("D-", "R-") for m in mentioned), mentioned
    assert any(m.split()[-1] in ("Feld", "Lusk", "Brand", "Odom") for m in mentioned)
    label = next(w for w in text.replace("(", " ").replace(")", " ").split() if w[:2] in ("D-", "R-"))
    state = label[2:].rstrip(",")
    places = {m.text for e in _extract(text) if e.type == "PLACE" for m in e.mentions}
    assert any(state.startswith(p) for p in places), (state, places)


@pytest.mark.parametrize(("text", "place"), [
    ("Rep. Marcus Guidry, D-New Orleans, voted no.", "New Orleans"),
    ("Rep. Al Roe, R-St. Louis, voted no.", "St. Louis"),
    ("Sen. Ana Ruiz (D-San Antonio) voted no.", "San Antonio"),
])
def test_a_party_label_with_a_town_of_two_words_is_no_name_but_the_town_is_a_place(text: str,
                                                                                     place: str) -> None:
    assert not any(m[:2] in ("D-", "R-") for m in _mentioned(text))
    assert _types(text).get(place) == "PLACE"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Morag Finlayson of the charity Energy Action Scotland gave evidence.", "Energy Action Scotland", "ORG"),
    ("A report by the charity Home Start Scotland was published.", "Home Start Scotland", "ORG"),
])
def test_a_departments_word_before_a_name_is_part_of_it(text: str, name: str, kind: str) -> None:
    assert _types(text).get(name) == kind


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Energy Secretary Chris Wright spoke.", "Chris Wright", "Energy Secretary"),
    ("Health Minister Jane Doe spoke.", "Jane Doe", "Health Minister"),
])
def test_a_departments_word_before_a_title_is_part_of_the_title(text: str, name: str, role: str) -> None:
    entity = next(e for e in _extract(text) if e.name == name)
    assert entity.type == "PERSON" and role in entity.roles


@pytest.mark.parametrize(("text", "name"), [
    ("Rep. Lane Vickery faced a crowd.", "Lane Vickery"),  # a given name that is also a street word
    ("Sen. Park Heller spoke.", "Park Heller"),
])
def test_a_title_comes_off_a_name_whose_first_word_is_a_place_word(text: str, name: str) -> None:
    (person,) = [e for e in _extract(text) if e.type == "PERSON"]
    assert person.name == name and person.roles


@pytest.mark.parametrize(("text", "abbreviation", "state"), [
    ("Cawood, now retired in Naples, Fla., said he had forgiven no one.", "Fla", "Florida"),
    ("The plant in Fresno, Calif., closed.", "Calif", "California"),
    ("She grew up in Albany, N.Y., and moved west.", "N.Y", "New York"),
])
def test_an_ap_state_abbreviation_is_the_state(text: str, abbreviation: str, state: str) -> None:
    places = {e.name: {m.text for m in e.mentions} for e in _extract(text) if e.type == "PLACE"}
    assert state in places and any(m.startswith(abbreviation) for m in places[state]), places


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Pollster Mike Ocampo said the numbers were lopsided.", "Mike Ocampo", "pollster"),
    ("Historian Paul Grady said the vote was unprecedented.", "Paul Grady", "historian"),
    ("The vote was close. Analyst Tom Burke said demand was softening.", "Tom Burke", "analyst"),
])
def test_an_occupation_opening_a_sentence_before_a_name_is_its_role(text: str, name: str, role: str) -> None:
    (person,) = [e for e in _extract(text) if e.type == "PERSON"]
    assert (person.name, person.roles) == (name, (role,))


def test_an_occupation_speakers_quote_is_the_name_alone() -> None:
    text = 'Pollster Mike Ocampo said the numbers were "as lopsided as we ever see."'
    (q,) = pipeline.parse_text(text).quotes
    assert q.speaker == "Mike Ocampo"


@pytest.mark.parametrize(("text", "person", "home"), [
    ("House Speaker Lowell Henning of Spencer said the bill would pass.", "Lowell Henning", "Spencer"),
    ("Senate Majority Leader Dean Kolstad of Pella called it important.", "Dean Kolstad", "Pella"),
    ("Rep. Yvette Carmody of Dayton voted no.", "Yvette Carmody", "Dayton"),
])
def test_a_person_of_an_unknown_town_is_the_person_and_a_place(text: str, person: str, home: str) -> None:
    types = _types(text)
    assert (types.get(person), types.get(home)) == ("PERSON", "PLACE")
    assert not any(" of " in name for name in types)


def test_a_given_name_that_is_also_a_title_opens_the_name_after_a_title() -> None:
    (kolstad,) = [e for e in _extract("Senate Majority Leader Dean Kolstad said no.") if e.type == "PERSON"]
    assert kolstad.name == "Dean Kolstad"


@pytest.mark.parametrize(("text", "town", "state", "abbreviation"), [
    ("The airline, based in Spokane, Wash., resumed flights.", "Spokane", "Washington", "Wash"),
    ("The firm moved to Jackson, Miss. It hired 40 people.", "Jackson", "Mississippi", "Miss"),
    ("RICHMOND, Va. (AP) - The bank agreed to a merger.", "RICHMOND", "Virginia", "Va"),
    ("A plant in Muncie, Ind., will close.", "Muncie", "Indiana", "Ind"),
    # a dotted abbreviation of two parts is one state, not two names
    ("MONTCOAL, W.Va. (AP) - Six miners were trapped.", "MONTCOAL", "West Virginia", "W.Va"),
    ("A mill in Weirton, W.Va., laid off 60 workers.", "Weirton", "West Virginia", "W.Va"),
    # the Canadian Press's provinces after a town
    ("Officials in Sudbury, Ont., said the mine would close.", "Sudbury", "Ontario", "Ont"),
    ("WESTVILLE, N.S. - The inquiry opened on Tuesday.", "WESTVILLE", "Nova Scotia", "N.S"),
])
def test_a_town_and_its_state_abbreviation_are_places(text: str, town: str, state: str,
                                                      abbreviation: str) -> None:
    found = _extract(text)
    places = {m.text for e in found if e.type == "PLACE" for m in e.mentions}
    assert town in places
    (st,) = [e for e in found if e.name == state]
    assert st.type == "PLACE" and abbreviation in {m.text for m in st.mentions}


def test_a_name_ending_in_a_town_before_a_state_stays_whole() -> None:
    types = _types("Fairmont Aircraft of Wichita, Kan., built the plane.")
    assert types.get("Fairmont Aircraft of Wichita") != "PLACE"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Flights resumed at Helena Regional Airport on Monday.", "Helena Regional Airport", "PLACE"),
    ("Mary Ann Lake and Kim Park spoke first.", "Mary Ann Lake", "PERSON"),
    ("Mary Ann Lake and Kim Park spoke first.", "Kim Park", "PERSON"),
    ("The law firm Steuben & Lowe advised the bank.", "Steuben & Lowe", "ORG"),
    ('"It is full," said Marcus Bell, an analyst at Tasman Capital Markets.',
     "Tasman Capital Markets", "ORG"),
])
def test_a_names_head_its_joins_and_its_employers(text: str, name: str, kind: str) -> None:
    assert _types(text).get(name) == kind


@pytest.mark.parametrize(("text", "place"), [
    ("Gary Pruitt, a retired millwright from Frankenmuth, voted early.", "Frankenmuth"),
    ("Tom Beaulieu, a machinist from Rochester, voted early.", "Rochester"),
])
def test_where_a_tradesman_is_from_is_a_place(text: str, place: str) -> None:
    assert _types(text).get(place) == "PLACE"


@pytest.mark.parametrize(("text", "place"), [
    ("The tanker was sailing from the Russian port of Varnask to Gdansk.", "Varnask"),
    ("Oil drifted toward the island of Kellholm overnight.", "Kellholm"),
    ("Voters in the borough of Hadleigh rejected the plan.", "Hadleigh"),
])
def test_the_name_a_place_noun_owns_is_a_place(text: str, place: str) -> None:
    assert _types(text).get(place) == "PLACE"


@pytest.mark.parametrize(("text", "place"), [
    ("Barges waited at the mouth of the Kessra river for the water to fall.", "Kessra"),
    ("More than 40 ships lay at anchor in the Vireau estuary.", "Vireau"),
    ("Flights at the Tarnow airport resumed on Monday.", "Tarnow"),
])
def test_a_name_before_a_place_noun_is_a_place(text: str, place: str) -> None:
    assert _types(text).get(place) == "PLACE"


@pytest.mark.parametrize(("text", "place"), [
    ("Helen Marchbank, the MP for Stroud Vale, resigned on Friday.", "Stroud Vale"),
    ("Ms Devlin, a Sinn Féin MLA for Foyle, has been finance minister since May.", "Foyle"),
    ("The Labour member for Ashby Moor asked the first question.", "Ashby Moor"),
])
def test_the_seat_a_member_holds_is_a_place(text: str, place: str) -> None:
    assert _types(text).get(place) == "PLACE"


@pytest.mark.parametrize(("text", "place"), [
    ("The convoy stopped at Harrowgate, near Leeds, for the night.", "Harrowgate"),
    ("Fighting spread to Qarnet, about 20 miles north of Aleppo.", "Qarnet"),
])
def test_a_name_placed_near_another_place_is_a_place(text: str, place: str) -> None:
    assert _types(text).get(place) == "PLACE"


@pytest.mark.parametrize(("text", "place"), [
    # a name in a list after a known place is a place: names listed are of a kind
    ("Most of the outages were in Montreal, Laval and the Montérégie region.", "Laval"),
    # a spatial preposition before an unknown name
    ("Crews were chasing spot fires below Peardale all night.", "Peardale"),
    ("Dikes along the Danube were stable but saturated.", "Danube"),
    # the villages, the coast of a name
    ("Homes were buried in the villages of Pullumedu and Kokkayar.", "Pullumedu"),
    ("Forecasters kept a warning in place for the coast of Almería until midnight.", "Almería"),
    ("Evacuation orders were issued for Terrebonne and Lafourche parishes.", "Lafourche"),  # a plural head
])
def test_context_of_space_or_a_list_of_places_makes_a_place(text: str, place: str) -> None:
    assert _types(text)[place] == "PLACE"


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a name set beside a place in a list of one is no place ("Washington, Jean-Marc Thibodeau, who")
    ("Canada's ambassador in Washington, Jean-Marc Thibodeau, who watched the vote, was pleased.",
     "Jean-Marc Thibodeau", "PERSON"),
    # a pair is no list: an organisation is paired with a country as often
    ("Start-ups, among them Isar Aerospace in Germany and Orbex in Scotland, plan launches.", "Orbex", "ORG"),
    # a name before its noun only qualifies it: "outside the House chamber" is no place named House
    ("The House Ethics Committee met. A reporter waited outside the House chamber on Wednesday.", "House",
     "ORG"),
])
def test_a_name_beside_a_place_outside_a_list_keeps_its_kind(text: str, name: str, kind: str) -> None:
    kinds = {e.type for e in _extract(text) for m in e.mentions if m.text == name}
    assert kinds == {kind}


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a name set between commas after a role is the person holding it
    ("Oman's foreign minister, Khalid bin Saif al-Harthi, said his country remained in contact.",
     "Khalid bin Saif al-Harthi", "PERSON"),
    # not a name that only opens the words after the comma: "the committee chair, Labor senator X,"
    ("The committee chair, Labor senator Dominic Ryle, called the hearing to order. Labor won.", "Labor",
     "ORG"),
])
def test_a_name_set_beside_a_role_is_its_holder(text: str, name: str, kind: str) -> None:
    kinds = {e.type for e in _extract(text) for m in e.mentions if m.text == name}
    assert kinds == {kind}


@pytest.mark.parametrize(("text", "name", "place"), [
    # a dateline's dash may be two hyphens, as typewritten wire copy has it
    ("PARIS -- A European satellite lifted off late Tuesday.", "PARIS", "Paris"),
    ("MIAMI (AP) -- A stomach virus sickened 300 passengers.", "MIAMI", "Miami"),
])
def test_a_dateline_with_a_double_hyphen_is_its_place(text: str, name: str, place: str) -> None:
    found = {(e.name, e.type) for e in _extract(text) for m in e.mentions if m.text == name}
    assert found == {(place, "PLACE")}


@pytest.mark.parametrize(("text", "place"), [
    # an apposition whose head is a place noun says the name is a place
    ("Schools in parts of Culiacán, the state capital, have closed.", "Culiacán"),
    ("Officials from Delicias, a farming town in the north, protested.", "Delicias"),
])
def test_an_apposition_headed_by_a_place_noun_makes_a_place(text: str, place: str) -> None:
    assert _types(text)[place] == "PLACE"


@pytest.mark.parametrize(("text", "place"), [
    ("Leaders from Tamil Nadu met on Monday.", "Tamil Nadu"),
    ("The assembly in Uttarakhand voted on Monday.", "Uttarakhand"),
    ("The winter session opened in Nagpur on Monday.", "Nagpur"),
    ("Police in Khyber Pakhtunkhwa said so.", "Khyber Pakhtunkhwa"),
])
def test_states_and_cities_of_south_asia_are_places(text: str, place: str) -> None:
    assert _types(text).get(place) == "PLACE"


@pytest.mark.parametrize("text", [
    "Growth in the April-June quarter slowed, the ministry said.",
    "The helpline is open Monday-Friday, the council said.",
])
def test_a_span_of_the_calendar_is_no_name(text: str) -> None:
    assert not any("-" in m for m in _mentioned(text))


@pytest.mark.parametrize(("text", "name"), [
    # South Asian papers set the dateline with a colon
    ("KARACHI: The provincial assembly on Monday passed the budget.", "KARACHI"),
    ("NEW DELHI: Opposition members walked out of the House on Wednesday.", "NEW DELHI"),
])
def test_a_dateline_with_a_colon_opening_the_text_is_its_place(text: str, name: str) -> None:
    assert {e.type for e in _extract(text) for m in e.mentions if m.text == name} == {"PLACE"}


def test_a_label_in_capitals_within_the_text_is_no_dateline() -> None:
    text = "The anchor turned to the scene.\n\nBRANDT: Crews finished pumping on Wednesday."
    assert "PLACE" not in {e.type for e in _extract(text) for m in e.mentions if m.text == "BRANDT"}


@pytest.mark.parametrize("text", [
    "Members asked that the Bill be sent to a select committee. The Bill was later passed.",
    "Opposition members said the Bill would hurt farmers.",
])
def test_a_given_name_alone_after_the_is_no_one(text: str) -> None:
    assert "Bill" not in _mentioned(text)


def test_a_given_name_in_a_name_after_the_stays() -> None:
    text = "Grants from the Bill Tasker Foundation paid for the school."
    assert "Bill Tasker Foundation" in _mentioned(text)


@pytest.mark.parametrize(("text", "case", "parts"), [
    ("The court overturned Roe v. Wade in 2022.", "Roe v. Wade", ("Roe", "Wade")),
    ("In Rucho v. Common Cause, the justices declined to act.", "Rucho v. Common Cause",
     ("Rucho", "Common Cause")),
    ("Lawyers for Cardinal Apps Coalition v. Whitlow argued first.", "Cardinal Apps Coalition v. Whitlow",
     ("Whitlow", "Cardinal Apps Coalition")),
])
def test_a_case_title_is_one_other_name_and_its_parties_no_entities(text: str, case: str,
                                                                     parts: tuple[str, ...]) -> None:
    types = _types(text)
    assert types.get(case) == "OTHER"
    assert not any(part in types for part in parts)


def test_an_apposition_whose_relative_is_who_tells_of_a_person() -> None:
    text = '"We will be here," said Darren Bowden, a potline operator who has worked at the smelter.'
    assert _types(text).get("Darren Bowden") == "PERSON"


@pytest.mark.parametrize("text", [
    "Shares in Halvard Mining, the mine operator, fell.",
    # "whose" a firm takes too
    "Halvard Mining, a Danish operator whose ships run daily to Hamburg, said it would cut routes.",
])
def test_an_operator_set_beside_a_firm_still_makes_it_an_organisation(text: str) -> None:
    assert _types(text).get("Halvard Mining") == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    ('"It will save my land," said a farmer in Yavatmal who gave his name only as Ramesh.', "Ramesh"),
    ('"It was awful," said a woman who gave her name only as Marieke.', "Marieke"),
    ('"I am stuck," said one office worker, who gave only her first name, Sofie.', "Sofie"),
])
def test_a_name_given_to_someone_described_is_a_person(text: str, name: str) -> None:
    assert _types(text)[name] == "PERSON"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Kessler won the special election in Pennsylvania's 7th Congressional District on Tuesday.",
     "7th Congressional District", "PLACE"),
    ("Smith, who represents the 2nd District, said nothing.", "2nd District", "PLACE"),
    ("Alderman Ruiz represents the 25th Ward.", "25th Ward", "PLACE"),
    ("The 9th Circuit agreed with the lower court.", "9th Circuit", "ORG"),
])
def test_an_ordinal_before_a_head_that_takes_a_number_is_part_of_the_name(text: str, name: str,
                                                                          kind: str) -> None:
    assert _types(text).get(name) == kind


@pytest.mark.parametrize(("text", "name", "kind"), [
    # companies whose names read as a person's: world knowledge, not the words around them
    ("Lockheed Martin won the contract on Tuesday.", "Lockheed Martin", "ORG"),
    ("Morgan Stanley and Merrill Lynch led the offering.", "Merrill Lynch", "ORG"),
    ("Northrop Grumman said it would appeal.", "Northrop Grumman", "ORG"),
    # every member state of the United Nations is a country; the federal district is a place
    ("The tanker was registered in the Seychelles.", "Seychelles", "PLACE"),
    ("Nine states and the District of Columbia sued the company.", "District of Columbia", "PLACE"),
])
def test_names_the_gazetteer_knows(text: str, name: str, kind: str) -> None:
    assert _types(text).get(name) == kind


@pytest.mark.parametrize(("text", "name"), [
    # US agencies whose names hold "and"
    ("U.S. Customs and Border Protection said it would comply.", "U.S. Customs and Border Protection"),
    ("Agents from Immigration and Customs Enforcement arrived.", "Immigration and Customs Enforcement"),
])
def test_agencies_named_with_and_are_one_organisation(text: str, name: str) -> None:
    assert _types(text).get(name) == "ORG"


def test_and_the_opens_a_second_name_past_an_and_inside_the_first() -> None:
    text = ("The Department of Housing and Urban Development and the Centers for Medicare and Medicaid "
            "Services agreed on Monday.")
    names = {e.name for e in _extract(text)}
    assert "Department of Housing and Urban Development" in names
    assert "Centers for Medicare and Medicaid Services" in names


def test_a_bare_title_stands_for_its_holder_then_and_joins_no_two_holders() -> None:
    text = ("Queensland Premier Kieran Baptiste set the stage for a showdown. The Premier said he would "
            "not sign.\n\n"
            "Western Australian Premier Corinne Lathlain said her state would attend.\n\n"
            "The Premier needs to be seen fighting, an economist said.")
    people = {e.name: [m.text for m in e.mentions] for e in _extract(text) if e.type == "PERSON"}
    assert "Kieran Baptiste" in people and "Corinne Lathlain" in people
    assert "Corinne Lathlain" not in people["Kieran Baptiste"]
