"""Conflict holders: whose figure, which part or period, projected or reported (invented
sentences; figures and names placed by hand)."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle, Article, Mention
from crossbrief.synthesize.conflicts.context import EntityIndex
from crossbrief.synthesize.conflicts.holders import Holder, apart, holder
from tests.synthesize.builders import conflict_values, figures_at, line_spans


def _article(
    aid: str,
    text: str,
    figures: list[tuple[str, str]],
    names: list[tuple[str, str]] = (),  # type: ignore[assignment]
) -> AnalyzedArticle:
    """One sentence per line; each figure and name at its first occurrence."""
    figs = figures_at(text, figures)
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=line_spans(text),
        figures=figs,
        mentions=tuple(
            Mention(n, text.index(n), text.index(n) + len(n), label) for n, label in names
        ),
    )


def _holder(text: str, figure: str, names: list[tuple[str, str]] = ()) -> Holder:  # type: ignore[assignment]
    a = _article("a", text, [(figure, "")], names)
    start = text.index(figure)
    return holder(a, EntityIndex(()), 0, len(text), start, start + len(figure))


def test_the_possessive_before_a_figure_holds_it() -> None:
    h = _holder("Marlow's 19 goals led the league last winter.", "19", [("Marlow", "PERSON")])
    assert "marlow" in h.owner


def test_a_pronoun_holder_is_the_person_last_named() -> None:
    text = "Tom Varga retired on Monday.\nHe scored 40 goals in the final."
    h = _holder(text, "40", [("Tom Varga", "PERSON")])
    assert "varga" in h.owner


@pytest.mark.parametrize("fronted", ["", "in March ", "On the first day "])
def test_a_pronoun_after_a_fronted_phrase_is_the_person_last_named(fronted: str) -> None:
    text = f"Dana Ruiz left the race.\nThe former judge never won.\nEven so, {fronted}she raised $4 million."
    a = _article("a", text, [("$4 million", "")], [("Dana Ruiz", "PERSON")])
    start, low = text.index("$4 million"), text.rindex("\n") + 1  # the last line's sentence
    h = holder(a, EntityIndex(()), low, len(text), start, start + len("$4 million"))
    assert "ruiz" in h.owner


@pytest.mark.parametrize(
    ("said", "holds"),
    [
        ("In a statement she said 40 people", False),  # she only reports the toll
        ("On Monday she told reporters 40 people", False),
        ("In a statement she said she had 40 people", True),  # the reported clause's own
        ("In March she hired 40 people", True),
    ],
)
def test_a_pronoun_that_only_reports_a_figure_holds_none(said: str, holds: bool) -> None:
    text = f"Dana Ruiz visited the site.\n{said} in the town."
    a = _article("a", text, [("40", "")], [("Dana Ruiz", "PERSON")])
    start, low = text.index("40"), text.rindex("\n") + 1
    h = holder(a, EntityIndex(()), low, len(text), start, start + 2)
    assert ("ruiz" in h.owner) is holds


def test_two_people_reporting_one_toll_disagree() -> None:
    said = "A fire swept through the flats on Monday.\n{} spoke to reporters.\nIn a statement {} said {} people had died in the fire."
    a = _article(
        "a", said.format("Mayor Ines Calvo", "she", "40"), [("40", "")], [("Ines Calvo", "PERSON")]
    )
    b = _article(
        "b", said.format("Chief Omar Lind", "he", "45"), [("45", "")], [("Omar Lind", "PERSON")]
    )
    assert conflict_values(a, b) == [["40", "45"]]


def test_two_candidates_funds_do_not_conflict() -> None:
    b_text = "Lee Park raised $9 million for the campaign in March."
    a = _article(
        "a",
        "Dana Ruiz left the race.\nEven so, in March she raised $4 million for the campaign.",
        [("$4 million", "")],
        [("Dana Ruiz", "PERSON")],
    )
    b = _article("b", b_text, [("$9 million", "")], [("Lee Park", "PERSON")])
    c = _article(
        "c",
        b_text.replace("Lee Park", "Dana Ruiz"),
        [("$9 million", "")],
        [("Dana Ruiz", "PERSON")],
    )
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["$4 million", "$9 million"]]  # the control: one holder


def test_a_source_that_speaks_holds_no_figure() -> None:
    h = _holder("Reuters said 30 people died in the floods.", "30", [("Reuters", "ORG")])
    assert h.owner == frozenset()


def test_two_players_figures_do_not_conflict() -> None:
    a = _article(
        "a",
        "Marlow averaged 19 points a game for the Hawks during the final week.",
        [("19", "points")],
        [("Marlow", "PERSON"), ("Hawks", "ORG")],
    )
    b = _article(
        "b",
        "Dunne averaged 12 points a game for the Hawks during the final week.",
        [("12", "points")],
        [("Dunne", "PERSON"), ("Hawks", "ORG")],
    )
    c = _article(
        "c",
        "Marlow averaged 17 points a game for the Hawks during the final week.",
        [("17", "points")],
        [("Marlow", "PERSON"), ("Hawks", "ORG")],
    )
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["19", "17"]]  # the control: one player, two values


def test_a_march_in_another_city_is_another_count() -> None:
    a = _article(
        "a",
        "About 4,000 people marched in Velmora against the new tax on bread.",
        [("4,000", "people")],
    )
    b = _article(
        "b",
        "About 9,000 people marched in Ostrel against the new tax on bread.",
        [("9,000", "people")],
    )
    assert conflict_values(a, b) == []


def test_scope_modifiers_make_a_part_or_another_period() -> None:
    season = Holder()
    assert apart(_holder("He hit 14 home runs with the Owls.", "14"), season)
    assert apart(_holder("They scored 90 goals combined.", "90"), season)
    assert apart(_holder("The champion has 40 wins by knockout.", "40"), season)
    assert apart(_holder("Sales reached 300 cars in 2019.", "300"), season)
    assert apart(_holder("She scored 31 goals this season.", "31"), season)
    assert apart(_holder("He has 200 goals in his career.", "200"), season)
    assert not apart(_holder("The champion was beaten by 40 points.", "40"), season)
    assert not apart(_holder("The storm killed 40 people in the valley.", "40"), season)


def test_a_part_of_a_season_does_not_conflict_with_the_season() -> None:
    a = _article(
        "a",
        "The outfielder hit 14 home runs with the Owls before the trade last summer.",
        [("14", "home runs")],
        [("Owls", "ORG")],
    )
    b = _article(
        "b",
        "The outfielder hit 35 home runs before the trade last summer.",
        [("35", "home runs")],
    )
    assert conflict_values(a, b) == []


def test_wins_by_a_method_are_part_of_all_wins() -> None:
    a = _article("a", "The boxer has 44 wins by knockout in a long career.", [("44", "wins")])
    b = _article("b", "The boxer has 52 wins in a long career.", [("52", "wins")])
    assert conflict_values(a, b) == []


def test_projection_words_mark_a_projected_figure() -> None:
    assert _holder("The plan would raise the fee to $40 a month.", "$40").projected
    assert _holder("The union proposed a minimum of $400 a week.", "$400").projected
    assert _holder("Growth is expected to reach 6 percent.", "6 percent").projected
    assert _holder("Officials estimate 2 million visitors by 2031.", "2 million").projected
    assert not _holder("The fee rose to $40 a month.", "$40").projected
    assert not _holder("Officials estimate 2 million visitors came.", "2 million").projected


def test_a_proposal_does_not_conflict_with_the_actual_figure() -> None:
    a = _article(
        "a",
        "The average fee for members of the club is $300 a year.",
        [("$300", "")],
    )
    b = _article(
        "b",
        "The board proposed that the average fee for members of the club be $450 a year.",
        [("$450", "")],
    )
    c = _article(
        "c",
        "The average fee for members of the club is $350 a year.",
        [("$350", "")],
    )
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["$300", "$350"]]  # the control: two reports of one fee


def test_a_distance_is_held_by_its_reference_place() -> None:
    a = _holder("Rebels took Arlo, 90 kilometers (56 miles) north of Velmora.", "90")
    b = _holder("Rebels took Brin, 40 kilometers (25 miles) east of Ostrel.", "40")
    assert "velmora" in a.owner and "ostrel" in b.owner
    assert apart(a, b)


def test_a_fronted_place_holds_the_figure() -> None:
    h = _holder("In Velmora, 2,000 people marched on Sunday.", "2,000")
    assert h.owner == frozenset({"velmora"})


def test_the_sentence_subject_after_fronted_phrases_holds_the_figure() -> None:
    text = "Overall, in six seasons, Dunne recorded a mark of 120 wins, with 80 at home."
    h = _holder(text, "120", [("Dunne", "PERSON")])
    assert "dunne" in h.owner
    # a name inside a fronted phrase is not the subject
    text = "Overall, in six seasons as a Hawks coach, Dunne recorded a mark of 120-80."
    h = _holder(text, "120", [("Hawks", "ORG"), ("Dunne", "PERSON")])
    assert h.owner == frozenset({"dunne"})


def test_an_event_date_is_no_period_of_the_figure() -> None:
    assert _holder("Leaders of the 18-nation forum meet next week.", "18").scope == frozenset()


def test_a_past_relative_clause_keeps_a_modal_sentence_actual() -> None:
    text = "The case could grow to include some 300 people who were detained."
    assert not _holder(text, "300").projected
    assert _holder("The case could grow to include some 300 people.", "300").projected


def test_a_modal_reaches_past_a_coordination() -> None:
    text = "The plan would bring a mean fee of $90 and a floor fee of $40."
    assert _holder(text, "$40").projected


def test_a_count_in_brackets_is_an_aside_but_a_converted_sum_is_not() -> None:
    text = "The champion is now 40-2 (31 KO) after the fight."
    a = _article("a", text, [("31", "")])
    start = text.index("31")
    aside = holder(a, EntityIndex(()), 0, len(text), start, start + 2, count=True)
    assert "aside" in aside.scope
    sum_text = "The prize of 9 million kronor (dlrs 1.1 million) is shared."
    b = _article("b", sum_text, [("dlrs 1.1 million", "")])
    start = sum_text.index("dlrs")
    converted = holder(b, EntityIndex(()), 0, len(sum_text), start, start + 16)
    assert "aside" not in converted.scope


def test_wins_by_way_of_a_method_are_a_part() -> None:
    assert apart(_holder("He has 40 wins by way of knockout.", "40"), Holder())


def test_a_past_proposal_is_an_event_not_a_projection() -> None:
    text = "The agency proposed the rule in May and has since received 9,000 comments."
    assert not _holder(text, "9,000").projected
    assert _holder("Voters rejected a proposed levy of $90 a year.", "$90").projected
    assert _holder("The city plans to hire 400 teachers.", "400").projected


def test_a_team_after_the_and_a_reporting_source() -> None:
    text = "Last week, the Owls made the pitcher a $90 million offer."
    assert "owls" in _holder(text, "$90 million", [("Owls", "ORG")]).owner
    text = "Radio One is reporting that a club offered $80 million."
    assert _holder(text, "$80 million", [("Radio One", "ORG")]).owner == frozenset()


def test_a_contraction_is_no_possessive() -> None:
    # "It's" is "it is": the figure has no holder, so it is compared like any other
    assert _holder("It's 80 kilometers from the port to the mine.", "80").owner == frozenset()
    assert _holder("That's 15 more people than last year.", "15").owner == frozenset()


def test_names_with_non_ascii_capitals_hold_figures() -> None:
    from crossbrief.synthesize.text import fold

    owner = _holder("In Łódź, 2,000 people marched on Sunday.", "2,000").owner
    assert owner == frozenset({fold("Łódź")})
    h = _holder("Émile Varga's 19 goals led the league.", "19", [("Émile Varga", "PERSON")])
    assert "varga" in h.owner


def test_a_figure_in_a_conditional_clause_is_hypothetical() -> None:
    h = _holder("If the single sold 500,000 copies, the charity would gain.", "500,000")
    assert h.projected
    assert not _holder("The album sold 750,000 copies in its opening week.", "750,000").projected


def test_the_figure_a_change_starts_from_is_an_earlier_moment() -> None:
    assert "from" in _holder("Ministers will raise the fee from £60,000.", "60,000").scope
    assert "from" in _holder("Sales rose to 90 units, up from about 70.", "70").scope
    assert "from" not in _holder("Ministers will raise the fee to £150,000.", "150,000").scope
    old = _article(
        "a",
        "The council is expected to raise the parking fee from £600 in the spring.",
        [("600", "money")],
    )
    new = _article(
        "b",
        "The council is expected to raise the parking fee to £900 in the spring.",
        [("900", "money")],
    )
    assert conflict_values(old, new) == []


@pytest.mark.parametrize(
    "text",
    [
        "The quake killed 41 people if not more in the town.",  # "if not": at least
        "Officials could not say if the quake killed 41 people.",  # an indirect question
        "Officials asked whether the quake killed 41 people.",
        "Nobody knew if the quake had killed 41 people.",
        "Officials did not say if the quake killed 41 people.",
        "Police will check if 41 people were on the bus.",
        "Reporters asked police if 41 people were on the bus.",
        "Officials did not tell reporters if 41 people died.",
        "Residents ran as if the quake had killed 41 people.",
        "The toll stood at 41 people even if the count went on.",
        "The quake killed 41 people unless the count is revised.",  # after the figure's verb
    ],
)
def test_an_if_that_opens_no_condition_on_the_figure_projects_nothing(text: str) -> None:
    assert not _holder(text, "41").projected


def test_a_figure_after_an_if_or_unless_opening_a_condition_is_projected() -> None:
    assert _holder("The dam holds if 41 people work on it.", "41").projected
    assert _holder("Unless 41 people are found, the search ends.", "41").projected
    assert _holder("Officials said that if 41 people died, the plan failed.", "41").projected
    # "said if"/"seems if" ask nothing: only a verb that takes a question does
    assert _holder("Officials said if 41 people died, the plan failed.", "41").projected
    assert _holder("It seems if 41 people work on it the dam holds.", "41").projected
    assert _holder("They told us if 41 people came, the hall was full.", "41").projected


def test_an_if_not_figure_still_conflicts() -> None:
    a = _article(
        "a",
        "The quake in the Ostrel valley killed 41 people if not more in the town.",
        [("41", "people")],
    )
    b = _article(
        "b", "The quake in the Ostrel valley killed 45 people in the town.", [("45", "people")]
    )
    assert conflict_values(a, b) == [["41", "45"]]


def test_set_due_or_on_course_to_marks_a_forecast() -> None:
    assert _holder("The ferry trade is set to reach $640 million.", "$640 million").projected
    assert _holder("Exports are due to reach 40,000 tonnes.", "40,000 tonnes").projected
    assert _holder("The port is on course to handle 300 ships.", "300").projected
    assert _holder("The board's target is 300 ships.", "300").projected
    # a past "set" is no forecast: "set up", "set a record of"
    assert not _holder("The port set a record of 300 ships.", "300").projected


def test_a_forecast_against_an_outcome_is_no_conflict() -> None:
    line = "The Velmora ferry port {} 45,000 passengers in its first season, the mayor said."
    a = _article("a", line.format("is set to carry"), [("45,000", "")])
    b = _article("b", line.format("carried").replace("45,000", "41,000"), [("41,000", "")])
    assert conflict_values(a, b) == []
    c = _article("c", line.format("is set to carry").replace("45,000", "41,000"), [("41,000", "")])
    assert conflict_values(a, c) == [["45,000", "41,000"]]


def test_due_to_before_a_verb_projects_and_before_a_noun_does_not() -> None:
    assert _holder("The ferry is due to carry 400 people.", "400").projected
    text = "The closure was due to the flood that killed 40 people."
    assert not _holder(text, "40").projected


def test_a_figures_own_target_projects_and_the_noun_elsewhere_does_not() -> None:
    assert _holder("The council set a target of 5% growth.", "5%").projected
    assert _holder("The council targets 5% growth.", "5%").projected
    assert _holder("The council kept its 5% target.", "5%").projected
    assert not _holder("The raid on the target killed 40 people.", "40").projected


def test_a_flood_told_as_a_cause_still_conflicts() -> None:
    a = _article("a", "The closure was due to the flood that killed 40 people.", [("40", "people")])
    b = _article("b", "The flood killed 55 people.", [("55", "people")])
    assert conflict_values(a, b) == [["40", "55"]]
