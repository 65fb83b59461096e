"""A figure of a run within a game or season ("four straight points", "during a 9-0 run"),
a figure dated by a sentence-opening period without a comma ("Last season it was ..."), and
a pronoun subject read as the previous sentence's subject are other quantities or holders
than a plain figure (invented sentences; figures and names placed by hand)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article, Mention
from crossbrief.synthesize.conflicts.context import EntityIndex
from crossbrief.synthesize.conflicts.holders import holder
from crossbrief.synthesize.conflicts.periods import periods
from tests.synthesize.builders import conflict_values, figure_article, figures_at, line_spans


def test_a_streak_of_straight_or_consecutive_units_is_a_stretch() -> None:
    assert periods("netting four straight points with a lob", " straight points with a lob") == {
        "span:streak"
    }
    assert periods("won six consecutive games", " consecutive games") == {"span:streak"}
    assert periods("won six games in a row", " games in a row") == {"span:streak"}
    assert periods("blocked two shots during the closing 12-2 run", " shots during") == {
        "span:streak"
    }
    # a plain count, or "straight" as an adverb before a verb, is no streak
    assert periods("netting four points with a lob", " points with a lob") == frozenset()
    assert periods("won six games and went straight home", " games and went") == frozenset()


def test_a_streak_against_a_total_is_no_conflict() -> None:
    text = "Ann Lee scored {} points for the Velmora Owls."
    a = figure_article("a", text.format("nine straight"), [("nine", "points")])
    b = figure_article("b", text.format("14"), [("14", "points")])
    assert conflict_values(a, b) == []
    # the same totals told two ways still disagree
    c = figure_article("c", text.format("nine"), [("nine", "points")])
    assert conflict_values(b, c) == [["14", "nine"]]


def test_a_fronted_run_dates_every_figure_of_its_sentence() -> None:
    line = "During the harbour board's closing 12-2 run, Ann Lee scored twice and blocked {} shots."
    a = figure_article("a", line.format("two"), [("two", "")])
    b = figure_article("b", "Ann Lee blocked six shots for the Velmora Owls.", [("six", "")])
    assert conflict_values(a, b) == []
    c = figure_article("c", "Ann Lee blocked two shots for the Velmora Owls.", [("two", "")])
    assert conflict_values(b, c) == [["six", "two"]]


def _article(text: str, figure: str, names: list[tuple[str, str]]) -> AnalyzedArticle:
    return AnalyzedArticle(
        article=Article(id="a", text=text, source="a"),
        sentences=line_spans(text),
        figures=figures_at(text, [(figure, "")]),
        mentions=tuple(
            Mention(n, text.index(n), text.index(n) + len(n), label) for n, label in names
        ),
    )


def _scope(text: str, figure: str) -> frozenset[str]:
    a = _article(text, figure, [])
    start = text.index(figure)
    return holder(a, EntityIndex(()), 0, len(text), start, start + len(figure)).scope


def test_a_sentence_opening_period_without_a_comma_dates_its_figures() -> None:
    text = "Last season it was Ann Lee that led the club, posting 793 yards in 14 games."
    assert "period:last season" in _scope(text, "793")
    # the period named later in another clause dates nothing here
    text = "It was Ann Lee that led the club, posting 793 yards, unlike last season."
    assert "period:last season" not in _scope(text, "793")


def _owner(text: str, figure: str, names: list[tuple[str, str]]) -> frozenset[str]:
    a = _article(text, figure, names)
    start, low = text.index(figure), text.rindex("\n") + 1  # the last line's sentence
    return holder(a, EntityIndex(()), low, len(text), start, start + len(figure)).owner


def test_a_pronoun_subject_is_the_previous_sentences_subject() -> None:
    text = "Hale's knee will need surgery, Ann Lee said.\nHe ran for 512 yards in 11 games."
    owner = _owner(text, "512", [("Hale", "PERSON"), ("Ann Lee", "PERSON")])
    assert "hale" in owner and "lee" not in owner


def test_a_pronoun_after_a_name_in_its_own_sentence_keeps_that_name() -> None:
    text = "Hale left early.\nWhen Tom Varga came on, he ran for 512 yards."
    owner = _owner(text, "512", [("Hale", "PERSON"), ("Tom Varga", "PERSON")])
    assert "varga" in owner and "hale" not in owner


def test_a_lead_or_margin_is_no_score() -> None:
    assert "margin" in _scope("The Owls cut the harbour board's lead to 3 points late on.", "3")
    assert "margin" in _scope("The Owls took a 3-point lead into the break.", "3")
    # a plain score is no margin
    assert "margin" not in _scope("The Owls scored 3 points late on.", "3")


def test_a_count_after_first_or_last_is_a_leading_stretch() -> None:
    text = "Ann Lee scored five of the first eight points after the break."
    assert "span:streak" in _scope(text, "eight")
    # the count the stretch is of ("five") is no stretch itself
    assert "span:streak" not in _scope(text, "five")


def test_a_compound_modifier_after_first_is_no_leading_stretch() -> None:
    text = "Villagers ran outside when the first 6.8-magnitude tremor hit Velmora."
    assert "span:streak" not in _scope(text, "6.8")
