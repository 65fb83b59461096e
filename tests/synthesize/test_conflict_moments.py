"""Conflicts and moments: a reading at a clock time is one moment of a moving quantity
(invented sentences; figures and time expressions placed by hand)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article, TimeExpr
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import figures_at, line_spans


def _article(
    aid: str,
    text: str,
    figures: list[tuple[str, str]],
    clocks: list[str] = (),  # type: ignore[assignment]
) -> AnalyzedArticle:
    """One sentence per line; each figure and clock time at its first occurrence."""
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=line_spans(text),
        figures=figures_at(text, figures),
        times=tuple(
            TimeExpr(t, text.index(t), text.index(t) + len(t), "TIME", None) for t in clocks
        ),
    )


def _conflicts(*articles: AnalyzedArticle) -> list[list[str]]:
    story = Story(articles)
    return [[v.value for v in c.values] for c in build_conflicts(story, group_sentences(story))]


UNDATED = "The krona was trading at 11.42 against the dollar in Velmora on the day."


def test_a_reading_at_a_clock_time_does_not_meet_an_undated_one() -> None:
    # the clock time opens the sentence, far from the figure: it dates the whole sentence
    a = _article(
        "a",
        "At 0950 GMT, after a quiet night of trade in Asia, the krona was trading at 11.86 "
        "against the dollar in Velmora.",
        [("11.86", "")],
        ["0950 GMT"],
    )
    b = _article("b", UNDATED, [("11.42", "")])
    assert _conflicts(a, b) == []


def test_two_undated_readings_still_conflict() -> None:
    a = _article(
        "a",
        "After a quiet night of trade in Asia, the krona was trading at 11.86 against the "
        "dollar in Velmora.",
        [("11.86", "")],
    )
    b = _article("b", UNDATED, [("11.42", "")])
    assert _conflicts(a, b) == [["11.86", "11.42"]]


def test_a_word_for_a_time_of_day_is_no_clock_time() -> None:
    # "tonight" names no moment a reading could be tied to: the counts still disagree
    a = _article(
        "a",
        "Rescuers tonight said 41 miners were trapped in the Ostrel pit.",
        [("41", "miners")],
        ["tonight"],
    )
    b = _article("b", "Rescuers said 44 miners were trapped in the Ostrel pit.", [("44", "miners")])
    assert _conflicts(a, b) == [["41", "44"]]
