"""The day a story is on: a quoted speaker's today, a clock time in a time line, a week of a month."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import temporal

PUB = date(2026, 3, 12)  # a Thursday: the lede's "Wednesday" is 11 March


def _values(text: str, published: date | None = PUB) -> dict[str, str | None]:
    return {t.text: t.value for t in temporal.extract(text, (), published)}


LEDE = "The harbour board voted on Wednesday to close the north pier to cargo ships.\n\n"


@pytest.mark.parametrize(("paragraph", "word", "expected"), [
    # spoken at the event the lede names: the speaker's today is that day
    ("“We made the right call today,” the chair said after the vote.", "today", "2026-03-11"),
    ("“It ends tonight,” the chair said.", "tonight", "2026-03-11TNI"),
    ("“Yesterday we warned them,” the chair said.", "Yesterday", "2026-03-10"),
    ("The chair spoke first. “Six years of talks. And today we are done.”", "today", "2026-03-11"),
    # a report in the present tense is said as it is published
    ("“We made the right call today,” the chair says.", "today", "2026-03-12"),
    # not in a quotation: the reporter's today
    ("The pier closes today, officials said.", "today", "2026-03-12"),
])
def test_a_speakers_today_is_the_day_they_spoke(paragraph: str, word: str, expected: str) -> None:
    assert _values(LEDE + paragraph)[word] == expected


@pytest.mark.parametrize(("paragraph", "word", "expected"), [
    # the reporting clause right after the quotation names the day of the speaking
    ("“That is all I am going to say tonight,” she said late Tuesday.", "tonight", "2026-03-10TNI"),
    ("“We will know more tomorrow,” the mayor told reporters on Monday.", "tomorrow", "2026-03-10"),
    # said on the day of publication: the day stands
    ("“We will know more tomorrow,” the mayor said Thursday.", "tomorrow", "2026-03-13"),
])
def test_a_day_the_reporting_clause_after_the_quotation_names_is_the_speakings(
        paragraph: str, word: str, expected: str) -> None:
    assert _values(paragraph)[word] == expected


def test_a_day_the_paragraph_gives_the_speaking_comes_first() -> None:
    text = (LEDE + "The mayor told a crowd at the docks on Tuesday that the vote was rushed. "
            "“And today they want us to thank them?”")
    assert _values(text)["today"] == "2026-03-10"


def test_a_story_that_has_moved_on_to_publication_day_quotes_that_day() -> None:
    text = (LEDE + "By this morning the first ships had turned away.\n\n"
            "“Ask me tomorrow,” the chair said when asked about appeals.")
    assert _values(text)["tomorrow"] == "2026-03-13"


def test_a_lede_older_than_a_week_is_background_not_the_day_of_speaking() -> None:
    text = ("The harbour board voted on Feb. 2 to close the north pier.\n\n"
            "“We made the right call today,” the chair said.")
    assert _values(text)["today"] == "2026-03-12"


def test_a_line_that_is_only_a_date_does_not_peg_the_story() -> None:
    text = ("Thursday, March 12, 2026\n\nYesterday, the harbour board voted to close the pier.\n\n"
            "“It was a long day,” the chair said. “We are glad today is over.”")
    assert _values(text)["today"] == "2026-03-11"


@pytest.mark.parametrize("dateline", ["PORTSMOUTH, March 12 —", "PORTSMOUTH, England, March 12 (Reuters) -"])
def test_the_date_of_a_dateline_does_not_peg_the_story(dateline: str) -> None:
    text = (f"{dateline} The harbour board voted on Wednesday to close the north pier.\n\n"
            "“We made the right call today,” the chair said after the vote.")
    assert _values(text)["today"] == "2026-03-11"


def test_the_day_far_from_any_date_is_the_story_day() -> None:
    text = (LEDE + "Three more paragraphs of background follow here. Nothing else is dated. "
            "Dockers gathered at the gate. The crowd grew. In the last speech of the day, "
            "the chair thanked them.")
    assert _values(text)["the day"] == "2026-03-11"


@pytest.mark.parametrize(("text", "expected"), [
    # a time written without a.m./p.m. after an evening one reads forward: 10:30 at night
    ("Polls closed at 8 p.m. Wednesday. By 10 p.m. the count was close. "
     "“It comes down to the south,” an aide said around 10:30.", {"10:30": "2026-03-11T22:30"}),
    # small hours after midnight are on the next day
    ("Polls closed at 8 p.m. Wednesday. The last wards reported shortly after midnight. "
     "She took the stage at 1:40 a.m. to a roar.", {"1:40 a.m.": "2026-03-12T01:40"}),
    # an earlier time written with its a.m. after an afternoon one stays on that day
    ("The talks opened at 2 p.m. Wednesday. Aides had met at 9 a.m. to prepare.",
     {"9 a.m.": "2026-03-11T09:00"}),
])
def test_clock_times_in_a_time_line(text: str, expected: dict[str, str]) -> None:
    values = _values(text)
    assert {k: values[k] for k in expected} == expected


def test_a_past_clock_time_far_from_any_day_is_on_the_story_day() -> None:
    text = (LEDE + "The board met for three hours. Dockers waited outside. Many had come early. "
            "The statement, issued shortly after 10 a.m., did not say what comes next.")
    assert _values(text)["10 a.m."] == "2026-03-11T10:00"


def test_a_clock_time_inside_another_period_gets_no_story_day() -> None:
    text = (LEDE + "The board met for three hours. Dockers waited outside. Many had come early. "
            "Her chief of staff from 2013 to 2019 recalled a fight that ran until 3 a.m.")
    assert _values(text)["3 a.m."] == "T03:00"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the last week of March 2009", "2009-W13"),  # 23-29 March: the last week whose Thursday is in March
    ("the first week of June 2027", "2027-W22"),  # its Thursday is 3 June
    ("the second week of January 2026", "2026-W02"),
    ("the final week of February", "2026-W09"),  # no year: this year's, as the tense points
])
def test_a_week_of_a_month_is_an_iso_week(phrase: str, expected: str) -> None:
    assert _values(f"Sales rebounded in {phrase}.") == {phrase: expected}


def test_the_paragraphs_own_day_counts_past_the_speakers_other_words() -> None:
    text = (LEDE + "“It was the worst night in years,” the chief said at a briefing on Tuesday. "
            "“Yesterday we pulled people from roofs. Today we search the houses.”")
    values = _values(text)
    assert (values["Yesterday"], values["Today"]) == ("2026-03-09", "2026-03-10")


def test_live_blog_entries_are_stamped_on_the_day_of_the_report() -> None:
    text = ("Newest updates first.\n\n**18:45** — That's all for today. Talks resume at 10 a.m. tomorrow.\n\n"
            "**12:40** — Footfall is down on last Tuesday, traders say.\n\n"
            "**10:05** — Traffic was heavy this morning.")
    values = _values(text)
    assert [values[k] for k in ("18:45", "12:40", "10:05", "10 a.m. tomorrow")] == [
        "2026-03-12T18:45", "2026-03-12T12:40", "2026-03-12T10:05", "2026-03-13T10:00"]


def test_a_month_after_that_is_in_the_year_last_named() -> None:
    text = "The inquiry opened in the spring of 2023, and police arrested him that December."
    assert _values(text)["December"] == "2023-12"


WEDNESDAY = date(1992, 9, 9)


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a name in quotation marks is the writer's words: the sentence's past tense sets the day
    ('Dealers, some of whom were already calling the day "Black Tuesday" by mid-afternoon, sold krona.',
     "Tuesday", "1992-09-08"),
    # a speaker's own words with no tense of their own look ahead, partial quotes included
    ('"We will be back by Friday," she said.', "Friday", "1992-09-11"),
    ('She promised to finish "by Friday."', "Friday", "1992-09-11"),
])
def test_a_quoted_name_takes_the_writers_tense(text: str, word: str, expected: str) -> None:
    assert _values(text, WEDNESDAY)[word] == expected


NIGHT_LEDE = "Dana Roe won the Republican primary for governor on Wednesday, beating two rivals.\n\n"


@pytest.mark.parametrize("morning", [
    "With 94% of the vote counted early Thursday, Roe led by 15 points.",
    "By Thursday morning, Roe led by 15 points.",
    "At 1 a.m. Thursday, Roe led by 15 points.",
])
def test_the_next_days_small_hours_leave_the_story_on_its_night(morning: str) -> None:
    # a report published the morning after an election night names the count's small hours by the
    # next day; the speeches, the evening's clock times and the speakers' tonight stay on the night
    text = (NIGHT_LEDE + morning + " She took the stage shortly before 11 p.m.\n\n"
            "“Tonight we showed what this state wants,” Roe told supporters.\n\n"
            "The race for attorney general was not called until after 2 a.m.")
    values = _values(text)
    assert values["11 p.m."] == "2026-03-11T23:00"
    assert values["Tonight"] == "2026-03-11TNI"
    assert values["2 a.m."] == "2026-03-12T02:00"


def test_a_later_day_named_in_full_moves_the_story_on() -> None:
    text = (NIGHT_LEDE + "On Thursday, Roe met donors in Ames.\n\n"
            "“Today was about thanking people,” Roe said.")
    assert _values(text, date(2026, 3, 13))["Today"] == "2026-03-12"


@pytest.mark.parametrize(("word", "expected"), [
    ("today", "2026-03-12"), ("tomorrow", "2026-03-13"), ("Tonight", "2026-03-11TNI"),
])
def test_words_spoken_shortly_after_midnight(word: str, expected: str) -> None:
    # the day after the story's; but the speaker's tonight is the night just ending
    text = (NIGHT_LEDE + f"“{word.capitalize()} we start again,” Roe said in a statement issued shortly "
            "after midnight.")
    assert _values(text, date(2026, 3, 13))[word.capitalize()] == expected


def test_tonight_said_in_the_small_hours_is_the_night_ending() -> None:
    text = ("Dana Roe won the byelection, and the result was declared shortly after 3am on Friday.\n\n"
            "“Tonight we were heard,” Roe told supporters, some of whom had waited since before midnight.")
    values = _values(text, date(2026, 3, 13))  # a Friday
    assert values["Tonight"] == "2026-03-12TNI"
    assert values["midnight"] == "2026-03-12T24:00"


def test_speech_in_british_single_quotation_marks_is_a_speakers_too() -> None:
    # the quotation finder is the attribution's: single marks are a text's quotation marks when it
    # quotes in them, as British papers do
    text = ("Dana Roe won the by-election, and the result was declared at 3.47am on Friday.\n\n"
            "‘Tonight the people of Ellesford have sent a message,’ Ms Roe told supporters.\n\n"
            "Her rival said ‘it was a difficult night’ and left.")
    assert _values(text, date(2026, 3, 13))["Tonight"] == "2026-03-12TNI"


def test_a_label_in_single_quotation_marks_is_no_speakers_quotation() -> None:
    from parsing.temporal.sentences import quoted

    text = 'The “Black Monday” crash was on Monday. Traders called it the \'Monday massacre\' that week.'
    at = text.index("that week")
    assert quoted(text, at, at + 9) is None
    inner = text.index("massacre")
    assert quoted(text, inner, inner + 8) is None


def test_a_speakers_tonight_on_a_story_pegged_by_its_small_hours() -> None:
    text = ("Just before 1 a.m. Wednesday, the county board voted 4-1 to rezone the farmland.\n\n"
            "The chair said the vote was the hardest of her career. “I have heard every word tonight,” she "
            "said before the roll call.\n\n"
            "Residents will meet again tonight, organisers said.")
    values = [(t.text, t.value) for t in temporal.extract(text, (), date(2026, 3, 11))]
    assert ("tonight", "2026-03-10TNI") in values  # the speaker's: the night the vote ended
    assert ("tonight", "2026-03-11TNI") in values  # the reporter's: the coming night


def test_a_speakers_tonight_after_the_day_pegged_by_its_small_hours_went_on() -> None:
    # the story's day is named by its small hours, but a clock time of its daytime comes between: the
    # speaker's night is the one still to come
    text = ("Fishermen were out on the lake by 3 a.m. Thursday to pull the nets before the ice closed in.\n\n"
            "By noon the boats were back at the dock, and Ruth Aalto was counting crates.\n\n"
            "“We did what we could this morning,” she said. “Tonight we rest.”")
    assert _values(text, date(2026, 1, 8))["Tonight"] == "2026-01-08TNI"


def test_a_quotation_that_opens_in_an_earlier_sentence_keeps_its_own_tense() -> None:
    # the second sentence of a quotation is still the speaker's present, not the reporter's "said"
    text = ("“Everyone is posturing right now. The real horse-trading happens at the weekend, away from the "
            "cameras,” he said.")
    values = _values(text, date(2026, 10, 30))  # a Friday
    assert values["the weekend"] == "2026-W44-WE"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # inside a speaker's words, the clause between commas around the time decides its tense first
    ('"Ministers tried to rush this through in the dead of summer, hoping nobody would notice," she said.',
     "summer", "2025-SU"),
    ('"We finished the count on Tuesday, and we will certify it soon," the clerk said.', "Tuesday",
     "2026-03-10"),
])
def test_a_speakers_clause_sets_the_tense_of_its_time(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


def test_a_condition_after_the_time_opens_a_clause_of_its_own() -> None:
    text = ("A spokesman said a bill could be tabled in the House of Commons by Thursday afternoon if there "
            "was no progress.")
    assert _values(text, date(1995, 3, 21))["Thursday afternoon"] == "1995-03-23TAF"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "would have" and a determiner or a quantifier is to own, not the perfect of a past modal
    ('Her spokeswoman said the senator would "have plenty to say after June 9."', "June 9", "2026-06-09"),
    ("The board would have no answer until Friday, the clerk said.", "Friday", "2026-03-13"),
    # the perfect still speaks of the past
    ("He would have won the seat in February had the count stood.", "February", "2026-02"),
])
def test_would_have_and_an_object_is_ahead(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value
