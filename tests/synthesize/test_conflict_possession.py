"""What one holder has: a reported clause's subject holds its figure, and one holder's count
of one noun after "has"/"have"/"having" is one quantity however small (invented sentences;
figures and names placed by hand)."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle, Article, Mention
from crossbrief.synthesize.conflicts.context import EntityIndex
from crossbrief.synthesize.conflicts.holders import holder
from tests.synthesize.builders import conflict_values, figures_at, line_spans


def _article(
    aid: str, text: str, figures: list[tuple[str, str]], names: list[str]
) -> AnalyzedArticle:
    """One sentence per line; each figure and person name at its first occurrence."""
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=line_spans(text),
        figures=figures_at(text, figures),
        mentions=tuple(Mention(n, text.index(n), text.index(n) + len(n), "PERSON") for n in names),
    )


def _owner(text: str, figure: str, names: list[str]) -> frozenset[str]:
    a = _article("a", text, [(figure, "wives")], names)
    start = text.index(figure)
    return holder(a, EntityIndex(()), 0, len(text), start, start + len(figure), True).owner


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Neighbours of Dana Kell confirmed that Tomas Vell has 12 wives.", ["Dana Kell"]),
        ("Judge Ines Morrow said Tomas Vell has 12 wives.", ["Ines Morrow"]),
        ("Ines Morrow told reporters that the Tomas Vell family has 12 wives.", ["Ines Morrow"]),
    ],
)
def test_the_subject_of_a_reported_clause_holds_its_figure(text: str, names: list[str]) -> None:
    # not the one who reports or confirms it
    assert _owner(text, "12", [*names, "Tomas Vell"]) == frozenset({"vell"})


def test_a_reported_subject_holds_only_up_to_the_next_name() -> None:
    # "that Vell has 12 and Dorn has two": "two" is Dorn's, not the reported subject's
    text = "Ines Morrow noted that Tomas Vell has 12 wives and Aldo Dorn has two."
    names = ["Ines Morrow", "Tomas Vell", "Aldo Dorn"]
    a = _article("a", text, [("two", "")], names)
    start = text.index("two")
    assert "vell" not in holder(a, EntityIndex(()), 0, len(text), start, start + 3, True).owner


_FIRST = (
    "Tomas Vell, accused of having two wives, faces a bigamy charge in the valley court.\n"
    "The hearing opens in the spring.\n"
)


def test_what_one_holder_has_of_one_noun_conflicts_however_loosely_related() -> None:
    second = (
        "However, neighbours in the hills have confirmed that Tomas Vell has at least "
        "three wives, all of them young.\n"
        "The mayor declined to comment.\n"
    )
    a = _article("a", _FIRST, [("two", "wives")], ["Tomas Vell"])
    b = _article("b", second, [("at least three", "wives")], ["Tomas Vell"])
    assert conflict_values(a, b) == [["two", "at least three"]]


@pytest.mark.parametrize(
    "second",
    [
        # another holder's wives
        "However, neighbours in the hills have confirmed that Aldo Dorn has at least "
        "three wives, all of them young.\n",
        # what the holder did, not what he has ("married three wives" over years)
        "However, neighbours in the hills have confirmed that Tomas Vell married at least "
        "three wives, all of them young.\n",
    ],
)
def test_another_holder_or_an_act_is_no_holding(second: str) -> None:
    name = "Aldo Dorn" if "Dorn" in second else "Tomas Vell"
    a = _article("a", _FIRST, [("two", "wives")], ["Tomas Vell"])
    b = _article(
        "b", second + "The mayor declined to comment.\n", [("at least three", "wives")], [name]
    )
    assert conflict_values(a, b) == []
