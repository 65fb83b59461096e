"""Entity rows a session-19 review found wrong (invented articles, each name tagged by hand
wherever it occurs): a place opening a clause after "In" taken for a newspaper, a paper
named like a place re-joined to the place, and a headline or banner quoted in running text
fused into an organisation."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import tagged_everywhere, with_form

_TOWN = [("Velmora", "GPE"), ("Brask", "GPE"), ("Ann Lee", "PERSON")]


def _town(line: str) -> AnalyzedArticle:
    lines = ["Voters went to the polls across Velmora on Tuesday.", line, "Ann Lee thanked them."]
    return tagged_everywhere("a1", lines, _TOWN)


def _types(article: AnalyzedArticle, form: str) -> list[str]:
    found, _ = build_entities(Story([article]))
    return [e.type for e in with_form(found, form)]


def test_a_place_opening_a_clause_after_in_stays_a_place() -> None:
    # "In Brask, a newspaper ... reported" is a clause set in the town, not the town's
    # description: the town is no paper.
    line = "In Brask, a newspaper owned by the mayor reported that turnout was low."
    assert _types(_town(line), "Brask") == ["GPE"]


def test_a_place_described_as_without_a_paper_stays_a_place() -> None:
    # "without" and "whose" go on about the place, not name it a paper.
    for line in (
        "Brask, a town without a newspaper, backed Ann Lee by a wide margin.",
        "Brask, a town whose newspaper closed in May, backed Ann Lee by a wide margin.",
    ):
        assert _types(_town(line), "Brask") == ["GPE"], line


def _sport(second: str) -> AnalyzedArticle:
    lines = [
        "Orsk will host the winter games in 2031.",
        "Suomi, a leading sports newspaper, said the bid cost far more.",
        second,
    ]
    return tagged_everywhere("a1", lines, [("Orsk", "GPE"), ("Suomi", "GPE")])


def test_a_paper_named_like_a_place_stays_apart_where_the_place_is_named_too() -> None:
    # The place's own mention elsewhere joins the place, never the paper's mentions.
    found, _ = build_entities(Story([_sport("Officials in Suomi denied that money was lost.")]))
    rows = with_form(found, "Suomi")
    assert sorted(e.type for e in rows) == ["GPE", "ORG"], [(e.name, e.type) for e in found]
    assert all(len(e.mentions) == 1 for e in rows)


def test_a_paper_named_like_a_place_named_nowhere_else_is_one_organisation() -> None:
    # Negative: with no other mention there is one row, the paper.
    found, _ = build_entities(Story([_sport("Officials denied that money was lost.")]))
    assert [e.type for e in with_form(found, "Suomi")] == ["ORG"]


def _quoted(line: str, names: list[tuple[str, str]]) -> list[str]:
    lines = ["Troops from Velmora crossed into Orsk on Monday.", line, "Velmora denied it."]
    found, _ = build_entities(Story([tagged_everywhere("a1", lines, names)]))
    return [e.name for e in found]


_GROUP_NAMES = [("Orsk Post", "ORG"), ("Velmora", "GPE"), ("Orsk", "GPE"), ("Ann Lee", "PERSON")]


def test_a_headline_or_banner_quoted_in_running_text_is_no_organisation() -> None:
    # A headline, slogan or banner is capitalised as a title: its capital "Against" or
    # "For" is the title's, not a group's name.
    for line in (
        "The Orsk Post ran the story under the headline Velmora Against Orsk on page one.",
        "The Orsk Post story was headlined Velmora Against Orsk on Monday.",
        "Fans waved banners reading Ann Lee For Orsk outside the arena.",
        "Crowds chanted the slogan Velmora For Orsk in the square.",
    ):
        names = _quoted(line, _GROUP_NAMES)
        assert not [n for n in names if " For " in n or " Against " in n], (line, names)


def test_a_group_named_with_a_capital_against_in_running_text_is_still_one() -> None:
    # Negative: with no headline word before it, the name is a group's.
    line = "A campaign known as Velmora Against Orsk marched on Monday."
    assert "Velmora Against Orsk" in _quoted(line, _GROUP_NAMES)


def test_a_group_called_by_its_name_is_still_one() -> None:
    # Negative: "called" introduces a group's name as "known as" does.
    line = "A campaign called Velmora For Orsk marched on Monday."
    assert "Velmora For Orsk" in _quoted(line, _GROUP_NAMES)
