"""What a figure is about, read from its own frame: a contrast clause's words belong to the
figures inside it, not to one outside (invented sentences; figures placed by hand)."""

from __future__ import annotations

from crossbrief.synthesize.conflicts.context import context
from tests.synthesize.builders import conflict_values, figure_article


def test_a_contrast_clause_gives_its_words_to_its_own_figures() -> None:
    sentence = "Imports rose by 3.4%, while exports fell."
    start = sentence.index("3.4%")
    words = dict(context(sentence, start, start + 4))
    assert "export" not in words  # "while exports ..." speaks of another thing
    assert "import" in words
    # without the contrast, the words after the figure still count
    plain = "Imports rose by 3.4% as exports fell."
    start = plain.index("3.4%")
    assert "export" in dict(context(plain, start, start + 4))


def test_a_rise_of_imports_does_not_meet_a_fall_of_exports() -> None:
    a = figure_article(
        "a",
        "Customs data out on Monday showed Velmora's imports rose by 3.4%, while exports fell.",
        [("3.4%", "%")],
    )
    b = figure_article(
        "b", "Velmora's exports fell by 2.9% last month, the ministry said.", [("2.9%", "%")]
    )
    assert conflict_values(a, b) == []
    # the control: the same words of imports in c make one quantity with a's
    c = figure_article(
        "c", "Velmora's imports rose by 2.9% last month, the ministry said.", [("2.9%", "%")]
    )
    assert conflict_values(a, c) == [["3.4%", "2.9%"]]
