"""Per cent however it is spelt ("%", "percent", "per cent", "pc") is a percentage: the tagger
calls "90 per cent" money, leaves "per cent" out of "About 60", and tags "84pc" as nothing."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.analyze.figures import parse_number, percent_words
from crossbrief.model import Article
from crossbrief.pipeline import brief_articles
from crossbrief.synthesize.cite_values import other_value


def _figures(nlp: Any, text: str) -> dict[str, tuple[float, str]]:
    a = analyze_article(Article(id="a", text=text), nlp)
    assert all(text[f.start : f.end] == f.text for f in a.figures)
    return {f.text: (f.value, f.unit) for f in a.figures}


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        (
            "Turnout in Orsalind reached 81 per cent on Sunday, the commission said.",
            "81 per cent",
            81,
        ),
        (
            "Turnout in Orsalind reached 81 percent on Sunday, the commission said.",
            "81 percent",
            81,
        ),
        ("Turnout in Orsalind reached 81% on Sunday, the commission said.", "81%", 81),
        ("Turnout in Orsalind reached 81pc on Sunday, the commission said.", "81pc", 81),
        ("Turnout in Orsalind reached 81 pc on Sunday, the commission said.", "81 pc", 81),
        ("Grain prices in Orsalind rose 3.7pc in March.", "3.7pc", 3.7),
        ("Grain prices in Orsalind rose 3.7 per cent in March.", "3.7 per cent", 3.7),
    ],
)
def test_every_spelling_of_per_cent_is_a_percentage(
    nlp: Any, sentence: str, figure: str, value: float
) -> None:
    assert _figures(nlp, sentence)[figure] == (value, "%")


def test_a_percent_word_the_tagger_left_out_joins_its_figure(nlp: Any) -> None:
    found = _figures(nlp, "About 64 per cent of the voters in Tamsk stayed at home.")
    assert found == {"About 64 per cent": (64.0, "%")}


def test_a_capital_pc_and_a_plain_count_are_no_percentages(nlp: Any) -> None:
    # negative cases: "PC" after a number is a computer, and a count keeps its noun
    found = _figures(nlp, "The school in Tamsk bought 30 PC units and hired 12 teachers.")
    assert all(unit != "%" for _, unit in found.values())
    assert found["12"] == (12.0, "teachers")


def test_parse_number_reads_a_number_written_onto_pc() -> None:
    assert parse_number("3.7pc") == 3.7
    assert parse_number("81pc") == 81
    assert parse_number("5mph") is None  # other glued units are left as they were


def test_percent_words_writes_one_unit() -> None:
    assert percent_words("rose 4% and 5 per cent, then 6pc") == (
        "rose 4 percent and 5 percent, then 6 percent"
    )
    assert percent_words("bought 30 PC units for 5 cents") == "bought 30 PC units for 5 cents"


def test_a_citation_with_another_share_spelt_otherwise_gives_another_value() -> None:
    cited = "Turnout in Orsalind was 81 per cent on Sunday."
    assert other_value(cited, "Turnout in Orsalind was 76% on Sunday.")
    assert other_value(cited, "Turnout in Orsalind was 76pc on Sunday.")
    assert not other_value(cited, "Turnout in Orsalind was 81% on Sunday.")


def _turnout(aid: str, source: str, share: str) -> Article:
    return Article(
        aid,
        "Voters in Orsalind chose a new mayor on Sunday. "
        f"Turnout in the Orsalind mayoral election was {share}, the election board said.",
        source=source,
    )


@pytest.mark.parametrize(
    ("x", "y"), [("81 per cent", "76 percent"), ("81pc", "76%"), ("81 per cent", "76%")]
)
def test_two_outlets_turnouts_spelt_differently_conflict(nlp: Any, x: str, y: str) -> None:
    brief = brief_articles([_turnout("a", "One", x), _turnout("b", "Two", y)], nlp=nlp)
    assert [sorted(v.value for v in c.values) for c in brief.conflicts] == [sorted([x, y])]
    assert all(c.about.endswith("(percent)") for c in brief.conflicts)


def test_one_turnout_spelt_two_ways_is_no_conflict(nlp: Any) -> None:
    a, b = _turnout("a", "One", "81 per cent"), _turnout("b", "Two", "81%")
    assert brief_articles([a, b], nlp=nlp).conflicts == ()
