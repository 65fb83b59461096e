"""Name conflicts: one person named two ways, and lists of names that are no role (invented
sentences)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle
from tests.synthesize.builders import name_conflict_values as _names
from tests.synthesize.builders import named_article


def _article(aid: str, text: str, people: list[str]) -> AnalyzedArticle:
    """A one-sentence-per-line article whose people are placed at their first occurrence."""
    return named_article(aid, text, [(p, "PERSON") for p in people])


ENGINEER = "The harbour board's chief engineer {} told reporters the crane had failed twice."


def test_one_role_with_another_surname_between_the_same_words_conflicts() -> None:
    a = _article("a", ENGINEER.format("P.K. Osterby"), ["P.K. Osterby"])
    b = _article("b", ENGINEER.format("P.K. Lindqvist"), ["P.K. Lindqvist"])
    assert _names(a, b) == [{"P.K. Osterby", "P.K. Lindqvist"}]


def test_another_surname_in_other_words_is_another_person() -> None:
    a = _article("a", ENGINEER.format("P.K. Osterby"), ["P.K. Osterby"])
    text = (
        "The harbour board's chief engineer and P.K. Lindqvist told reporters the crane had failed."
    )
    b = _article("b", text, ["P.K. Lindqvist"])
    assert _names(a, b) == []


def test_an_article_naming_both_people_is_about_two_people() -> None:
    a = _article("a", ENGINEER.format("P.K. Osterby"), ["P.K. Osterby"])
    text = ENGINEER.format("P.K. Lindqvist") + "\nP.K. Osterby, his deputy, agreed."
    b = _article("b", text, ["P.K. Lindqvist", "P.K. Osterby"])
    assert _names(a, b) == []


SIDE = "Harbour Rovers: T Osterby, K Lindqvist, {}, D Okafor, R Velde, M Sandoval."


def test_a_line_up_against_another_line_up_is_no_name_conflict() -> None:
    team = ["T Osterby", "K Lindqvist", "D Okafor", "R Velde", "M Sandoval"]
    a = _article("a", SIDE.format("P Marsh"), [*team, "P Marsh"])
    b = _article("b", SIDE.format("J Brandt"), [*team, "J Brandt"])
    assert _names(a, b) == []


def test_a_name_swapped_outside_a_list_still_conflicts() -> None:
    line = "The club captain {} led the side out before the final on Saturday."
    a = _article("a", line.format("P Marsh"), ["P Marsh"])
    b = _article("b", line.format("J Brandt"), ["J Brandt"])
    assert _names(a, b) == [{"P Marsh", "J Brandt"}]


def test_a_one_letter_difference_after_a_title_is_a_typo() -> None:
    a = _article("a", ENGINEER.format("P.K. Osterby"), ["P.K. Osterby"])
    b = _article("b", ENGINEER.format("P.K. Ostenby"), ["P.K. Ostenby"])
    assert _names(a, b) == []


def test_a_surname_with_its_letters_moved_or_doubled_is_one_name_spelt_two_ways() -> None:
    line = "The project manager {}, of the Velmora Civic Trust, said the vote drew 400 schools."
    a = _article("a", line.format("Tomas Osterby"), ["Tomas Osterby"])
    b = _article("b", line.format("Tomas Ostterbby"), ["Tomas Ostterbby"])
    assert _names(a, b) == []
    c = _article("c", line.format("Tomas Ostreby"), ["Tomas Ostreby"])
    assert _names(a, c) == []


def test_a_surname_with_a_letter_of_its_own_still_conflicts() -> None:
    line = "The project manager {}, of the Velmora Civic Trust, said the vote drew 400 schools."
    a = _article("a", line.format("Ivo Hellberg"), ["Ivo Hellberg"])
    b = _article("b", line.format("Ivo Allberg"), ["Ivo Allberg"])
    assert _names(a, b) == [{"Ivo Hellberg", "Ivo Allberg"}]
