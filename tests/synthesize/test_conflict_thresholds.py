"""Figures of different things are no conflict: a bar naming a class ("her third 150-metre
win", "400 km or more"), a figure of another occasion ("two weeks after she"), another holder's
figure where the NER left the holder untagged (invented sentences through the real model)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import AnalyzedArticle, Article, Mention
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.conflicts.context import EntityIndex
from crossbrief.synthesize.conflicts.holders import holder
from crossbrief.synthesize.conflicts.thresholds import threshold
from crossbrief.synthesize.facts import group_sentences
from tests.synthesize.builders import line_spans
from tests.synthesize.stories import texts_story

_OPENING = "The Velmora Harriers beat the Ostrel Hawks 20-13 on Sunday at the harbour ground."


def _values(nlp: Any, *texts: str) -> list[list[str]]:
    """The values of each figure conflict the real analysis and synthesis find."""
    story = texts_story(nlp, *texts, source="S")
    found = build_conflicts(story, group_sentences(story))
    return [sorted(v.value for v in c.values) for c in found if c.kind == "figure"]


@pytest.mark.parametrize(
    ("text", "figure", "bar"),
    [
        ("That made it her third 150-metre win this spring.", "150", True),
        ("It was her fifth straight 30-point game.", "30", True),
        ("He has another 10-goal haul.", "10", True),
        ("At least nine riders covered 300 kilometers or more that day.", "300 kilometers", True),
        ("At least nine riders covered 300 kilometers or more that day.", "300", True),
        # one thing's measure, or one thing's estimate written as a compound: no bar
        ("Lee broke a 64-yard run.", "64", False),
        # "the first" picks one thing of a sequence: its size
        ("They fled after the first 6.8-magnitude tremor struck.", "6.8", False),
        ("It was the Harriers' third 20-point win.", "20", True),
        ("The board backed a 5-point plan.", "5", False),
        ("It should last its 15-year or more lifetime.", "15-year", False),
        ("Lee rode 300 kilometers on Sunday.", "300 kilometers", False),
    ],
)
def test_a_bar_naming_a_class_is_read(text: str, figure: str, bar: bool) -> None:
    start = text.index(figure)
    assert threshold(text, start, start + len(figure)) is bar


def test_an_ordinal_compound_is_no_value_against_one_plays(nlp: Any) -> None:
    first = f"{_OPENING} Tomas Vell ran for an 86-yard touchdown in the third quarter."
    second = f"{_OPENING} Tomas Vell ran for his second 200-yard game in the third quarter."
    assert _values(nlp, first, second) == []


def test_one_things_compound_told_two_ways_still_conflicts(nlp: Any) -> None:
    first = f"{_OPENING} Tomas Vell broke away for a 71-yard touchdown run in the third quarter."
    second = f"{_OPENING} Tomas Vell broke away for a 52-yard touchdown run in the third quarter."
    assert _values(nlp, first, second) == [["52", "71"]]


def test_a_bar_with_or_more_is_no_value_against_one_holders(nlp: Any) -> None:
    first = f"{_OPENING} Ann Lee threw for 215 yards for the Harriers."
    second = (
        f"{_OPENING} In that round at least nine passers in the league threw for 350 yards "
        "or more for their teams."
    )
    assert _values(nlp, first, second) == []


def test_a_bound_of_one_toll_still_conflicts(nlp: Any) -> None:
    first = "A fire at the Velmora depot killed at least 40 people on Sunday, police said."
    second = "A fire at the Velmora depot killed 35 people on Sunday, police said."
    assert _values(nlp, first, second) == [["35", "at least 40"]]


_CARRIES = f"{_OPENING} Tomas Vell managed 231 yards on 21 carries against the Hawks."


def test_a_figure_of_another_occasion_is_no_value_against_the_days(nlp: Any) -> None:
    second = (
        f"{_OPENING} It came for Tomas Vell two weeks after he managed 12 yards on ten "
        "carries against Dunmore."
    )
    assert _values(nlp, _CARRIES, second) == []


def test_the_days_figure_told_two_ways_still_conflicts(nlp: Any) -> None:
    second = f"{_OPENING} It came as Tomas Vell managed 12 yards on ten carries against the Hawks."
    assert ["21", "ten"] in _values(nlp, _CARRIES, second)


def _owner(text: str, figure: str, names: list[tuple[str, str]]) -> frozenset[str]:
    mentions = tuple(Mention(n, text.index(n), text.index(n) + len(n), t) for n, t in names)
    a = AnalyzedArticle(Article(id="a", text=text), line_spans(text), mentions=mentions)
    start = text.index(figure)
    return holder(a, EntityIndex(()), 0, len(text), start, start + len(figure)).owner


def test_a_name_before_a_bracket_holds_the_figure_in_it() -> None:
    text = "Ann Lee (41 points) and Tomas Vell (30 points) led the Harriers."
    assert _owner(text, "30 points", [("Ann Lee", "PERSON")]) == {"vell"}
    assert _owner(text, "41 points", []) == {"lee"}


def test_a_bracket_with_more_than_the_figure_holds_nothing() -> None:
    text = "Ann Lee (who had 41 points on Sunday) led the Harriers."
    assert "lee" not in _owner(text, "41 points", [])


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Tomas Vell added 30 points for the Harriers.", "30", {"vell"}),
        ("The Harriers ran up a total of 400 yards, more than the Hawks.", "400", {"harriers"}),
    ],
)
def test_an_untagged_name_heading_the_clause_holds_its_figure(
    text: str, figure: str, owner: set[str]
) -> None:
    assert _owner(text, figure, []) == owner


def test_a_lone_capitalised_word_at_the_start_holds_nothing() -> None:
    # "Rescuers" is capitalised only because it starts the sentence
    text = "Rescuers found 40 bodies in the harbour on Sunday."
    assert _owner(text, "40", []) == frozenset()


def test_added_with_a_figure_as_its_object_is_no_speech() -> None:
    names = [("Ann Lee", "PERSON")]
    assert _owner("Ann Lee added 30 points on Sunday.", "30", names) == {"lee"}
    # but a speech verb still when it reports a clause
    assert "lee" not in _owner("Ann Lee added that 30 people had died.", "30", names)


def _scope(text: str, figure: str) -> frozenset[str]:
    a = AnalyzedArticle(Article(id="a", text=text), line_spans(text))
    start = text.index(figure)
    return holder(a, EntityIndex(()), 0, len(text), start, start + len(figure), True).scope


def test_the_subjects_other_occasion_is_read_and_a_newly_named_ones_is_not() -> None:
    assert "occasion" in _scope("The win came two weeks after she scored seven goals.", "seven")
    # another person's event: other reports may tell it as their own
    assert "occasion" not in _scope("The win came a day after Ann Lee scored seven goals.", "seven")
    # "four games after" counts games; no occasion
    assert "occasion" not in _scope("He missed four games after his surgery.", "four")


def test_a_bare_figure_after_added_is_not_taken_as_its_object() -> None:
    names = [("Ann Lee", "PERSON")]
    # its noun elided ("12" points, told in the clause before): left to no holder
    assert "lee" not in _owner("Ann Lee added 12 for the Harriers.", "12", names)
    assert "lee" not in _owner("Ann Lee added 30 people had died.", "30", names)
