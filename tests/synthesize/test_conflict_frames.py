"""What a figure is about, read from its own frame: a contrast clause's words belong to the
figures inside it, its clause's measure of trade or money, the kind a noun narrows its
counted noun to, the year written beside it, a moment it is told to come before (invented
sentences; figures placed by hand)."""

from __future__ import annotations

import dataclasses

from crossbrief.model import AnalyzedArticle, TimeExpr
from crossbrief.synthesize.conflicts.context import context
from crossbrief.synthesize.conflicts.kinds import kind
from crossbrief.synthesize.conflicts.predicates import predicate
from tests.synthesize.builders import conflict_values, figure_article


def test_a_contrast_clause_gives_its_words_to_its_own_figures() -> None:
    sentence = "Imports rose by 4.7%, while exports fell."
    start = sentence.index("4.7%")
    words = dict(context(sentence, start, start + 4))
    assert "export" not in words  # "while exports ..." speaks of another thing
    assert "import" in words
    # without the contrast, the words after the figure still count
    plain = "Imports rose by 4.7% as exports fell."
    start = plain.index("4.7%")
    assert "export" in dict(context(plain, start, start + 4))


def test_a_rise_of_imports_does_not_meet_a_fall_of_exports() -> None:
    a = figure_article(
        "a",
        "Customs data out on Monday showed Velmora's imports rose by 4.7%, while exports fell.",
        [("4.7%", "%")],
    )
    b = figure_article(
        "b", "Velmora's exports fell by 2.9% last month, the ministry said.", [("2.9%", "%")]
    )
    assert conflict_values(a, b) == []
    # the control: the same words of imports in c make one quantity with a's
    c = figure_article(
        "c", "Velmora's imports rose by 2.9% last month, the ministry said.", [("2.9%", "%")]
    )
    assert conflict_values(a, c) == [["4.7%", "2.9%"]]


def test_two_measures_of_one_unit_are_two_quantities() -> None:
    # what a country produces and what it consumes, in one unit
    a = figure_article(
        "a",
        "Velmora produces about 790,000 barrels of oil a day, analysts at Harbin said.",
        [("about 790,000 barrels", "barrels")],
    )
    b = figure_article(
        "b",
        "Velmora's oil consumption has jumped to 910,000 barrels a day, analysts said.",
        [("910,000 barrels", "barrels")],
    )
    assert conflict_values(a, b) == []
    # the control: the same measure in both is one quantity
    c = figure_article(
        "c",
        "Velmora's oil production has reached 910,000 barrels a day, analysts said.",
        [("910,000 barrels", "barrels")],
    )
    assert conflict_values(a, c) == [["about 790,000 barrels", "910,000 barrels"]]


def test_a_figure_naming_no_measure_has_none() -> None:
    # a bracketed conversion names no measure of its own, so it meets any
    assert predicate("It reportedly cost $150m (£77m).", 27, 29, count=False) == ""
    assert predicate("The film cost $150m to make.", 14, 19, count=False) == "cost"
    # casualty words class counts only
    assert predicate("The fire killed 40 people.", 16, 18) == "dead"
    assert predicate("The fire killed $40m of stock.", 16, 20, count=False) == ""


def test_a_noun_before_the_counted_noun_names_a_kind() -> None:
    text = "He has scored nine league goals and 62 innocent people died."
    assert kind(text, text.index("nine") + 4, "goals") == "leagu"
    assert kind(text, text.index("62") + 2, "people") == ""  # an adjective describes
    plain = "He has scored nine goals."
    assert kind(plain, plain.index("nine") + 4, "goals") == ""
    armed = "Some 30 armed men and 40 displaced families were seen."
    assert kind(armed, armed.index("30") + 2, "men") == ""
    assert kind(armed, armed.index("40") + 2, "families") == ""


def test_a_count_of_a_kind_is_a_part_of_the_bare_count() -> None:
    a = figure_article(
        "a",
        "Tarn, who joined Ostrel in June, has netted 11 goals this season.",
        [("11", "goals")],
    )
    b = figure_article(
        "b", "Tarn has scored nine league goals this season for Ostrel.", [("nine", "goals")]
    )
    assert conflict_values(a, b) == []
    # the control: the bare noun in both is one quantity
    c = figure_article(
        "c", "Tarn has scored nine goals this season for Ostrel.", [("nine", "goals")]
    )
    assert conflict_values(a, c) == [["11", "nine"]]


def _dated(article: AnalyzedArticle, *dates: tuple[str, str]) -> AnalyzedArticle:
    """The article with DATE expressions (text, resolved value) at their first occurrences."""
    text = article.article.text
    times = tuple(
        TimeExpr(t, text.index(t), text.index(t) + len(t), "DATE", value) for t, value in dates
    )
    return dataclasses.replace(article, times=times)


def test_a_year_written_alone_dates_a_figure() -> None:
    a = _dated(
        figure_article(
            "a",
            "The Velmora single came out on 7 March 1985 and sold 800,000 copies in a week.",
            [("800,000", "copies")],
        ),
        ("7 March 1985", "1985-03-07"),
    )
    b = _dated(
        figure_article(
            "b",
            "The Velmora single, a hit in 1984, sold 750,000 copies in a week.",
            [("750,000", "copies")],
        ),
        ("1984", "1984"),
    )
    assert conflict_values(a, b) == []
    # the control: a year holds the days written in it, so 1985 meets 7 March 1985
    c = _dated(
        figure_article(
            "c",
            "The Velmora single, a hit in 1985, sold 750,000 copies in a week.",
            [("750,000", "copies")],
        ),
        ("1985", "1985"),
    )
    assert conflict_values(a, c) == [["800,000", "750,000"]]


def test_a_figure_told_of_the_time_before_a_moment_is_an_earlier_one() -> None:
    def share(pre: str) -> AnalyzedArticle:
        return figure_article(
            "a",
            f"{pre}, according to Harbin Data, the Velmora browser was used by about 95% of"
            " web surfers.",
            [("about 95%", "%")],
        )

    b = figure_article(
        "b",
        "The Velmora browser is now used by 88% of web surfers, Harbin Data said.",
        [("88%", "%")],
    )
    assert conflict_values(share("Before July"), b) == []
    # the control: without "before", the two shares are one quantity
    assert conflict_values(share("In July"), b) == [["about 95%", "88%"]]


def test_a_shared_year_pins_down_no_day() -> None:
    # two counts of two nouns in related sentences of one year are two quantities
    a = _dated(
        figure_article(
            "a",
            "In 2004 the Velmora floods killed 300 soldiers near the river, officials said.",
            [("300", "soldiers")],
        ),
        ("2004", "2004"),
    )
    b = _dated(
        figure_article(
            "b",
            "In 2004 the Velmora floods killed 320 farmers near the river, officials said.",
            [("320", "farmers")],
        ),
        ("2004", "2004"),
    )
    assert conflict_values(a, b) == []
