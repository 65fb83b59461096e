"""An undated story's past full dates only bound an article's date (session 9's read): a
weekday named with its date checks the year, and the clue shows its words and sentence."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article, Span, TimeExpr
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story

# (expression, type, value, relative, tense)
Time = tuple[str, str, str | None, str | None, int]


def make(aid: str, sentences: list[str], times: list[Time]) -> AnalyzedArticle:
    """An undated article from sentences and the times found in them."""
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append(Span(pos, pos + len(s)))
        pos += len(s) + 1
    exprs = []
    for expr, typ, value, relative, tense in times:
        start = text.index(expr)
        exprs.append(TimeExpr(expr, start, start + len(expr), typ, value, None, relative, tense))  # type: ignore[arg-type]
    return AnalyzedArticle(
        Article(aid, text, source=aid), sentences=tuple(spans), times=tuple(exprs)
    )


HISTORY = "The truce between the two towns broke down on Nov. 3, 2037, after a border raid."
# 2038-01-05 is a Tuesday; 2037-01-05 a Monday.
PAIR = "Soldiers on Tuesday (5 January) shelled a school in Orlen."


def test_a_past_full_date_alone_leaves_an_undated_story_undated() -> None:
    a = make("a", [HISTORY], [("Nov. 3, 2037", "DATE", "2037-11-03", None, -1)])
    got = infer_dates(Story([a]))["a"]
    assert got.date is None and not got.inferred


def test_a_future_full_date_still_does_not_date_it() -> None:
    text = "The two towns will sign the treaty on Nov. 3, 2037, in Orlen."
    a = make("a", [text], [("Nov. 3, 2037", "DATE", "2037-11-03", None, 1)])
    assert infer_dates(Story([a]))["a"].date is None


def test_a_weekday_with_its_date_after_the_bound_dates_the_article() -> None:
    times: list[Time] = [
        ("Tuesday", "DATE", None, "W:1:-1", -1),
        ("5 January", "DATE", None, "MD:1:5:-1", -1),
        ("Nov. 3, 2037", "DATE", "2037-11-03", None, -1),
    ]
    a = make("a", [PAIR, HISTORY], times)
    got = infer_dates(Story([a]))["a"]
    assert got.date == "2038-01-05" and got.inferred
    assert got.evidence and '"Tuesday (5 January)" (sentence 0)' in got.evidence


def test_a_weekday_with_its_date_far_after_the_bound_says_nothing() -> None:
    old = "The truce between the two towns broke down on Nov. 3, 2016, after a border raid."
    times: list[Time] = [
        ("Tuesday", "DATE", None, "W:1:-1", -1),
        ("5 January", "DATE", None, "MD:1:5:-1", -1),
        ("Nov. 3, 2016", "DATE", "2016-11-03", None, -1),
    ]
    # 5 January is a Tuesday in 2016 (before the bound), then in 2021, over four years on.
    a = make("a", [PAIR, old], times)
    assert infer_dates(Story([a]))["a"].date is None


def test_a_date_the_weekday_pair_contradicts_is_dropped() -> None:
    count = "The strike entered its third day on Nov. 3, 2037, in Orlen."
    times: list[Time] = [
        ("Tuesday", "DATE", None, "W:1:-1", -1),
        ("5 January", "DATE", None, "MD:1:5:-1", -1),
        ("its third day", "DATE", None, None, 0),
        ("Nov. 3, 2037", "DATE", "2037-11-03", None, -1),
    ]
    # Counted from Nov. 3, 2037 the article is 2037-11-05, when the last 5 January (of
    # 2037) was a Monday, not a Tuesday.
    a = make("a", [PAIR, count], times)
    assert infer_dates(Story([a]))["a"].date is None


def test_a_date_the_weekday_pair_agrees_with_is_kept() -> None:
    count = "The strike entered its third day on Jan. 4, 2038, in Orlen."
    times: list[Time] = [
        ("Tuesday", "DATE", None, "W:1:-1", -1),
        ("5 January", "DATE", None, "MD:1:5:-1", -1),
        ("its third day", "DATE", None, None, 0),
        ("Jan. 4, 2038", "DATE", "2038-01-04", None, -1),
    ]
    a = make("a", [PAIR, count], times)
    got = infer_dates(Story([a]))["a"]
    assert got.date == "2038-01-06"
    assert got.evidence and '"its third day" (sentence 1)' in got.evidence


def test_a_datelines_date_in_an_undated_story_is_the_articles() -> None:
    times: list[Time] = [
        ("Nov 14th 2037", "DATE", "2037-11-14", None, -1),
        ("Nov. 3, 2037", "DATE", "2037-11-03", None, -1),
    ]
    a = make("a", ["Posted Nov 14th 2037", HISTORY], times)
    got = infer_dates(Story([a]))["a"]
    assert got.date == "2037-11-14" and got.inferred


# 2038-12-21 is a Tuesday, 2037-12-21 a Monday.
VIGIL = "Orlen remembered the flood of Dec. 21, 2028, with a vigil."


def test_years_ago_with_its_weekday_dates_the_anniversary() -> None:
    text = "The town mourned the dead of the flood 10 years ago Tuesday."
    times: list[Time] = [
        ("10 years ago Tuesday", "DATE", None, "W:1:-1", -1),
        ("Dec. 21, 2028", "DATE", "2028-12-21", None, -1),
    ]
    got = infer_dates(Story([make("a", [text, VIGIL], times)]))["a"]
    assert got.date == "2038-12-21"
    assert got.evidence and '"10 years ago Tuesday" (sentence 0)' in got.evidence


def test_years_ago_with_another_weekday_says_nothing() -> None:
    text = "The town mourned the dead of the flood nine years ago Tuesday."
    times: list[Time] = [
        ("nine years ago Tuesday", "DATE", None, "W:1:-1", -1),
        ("Dec. 21, 2028", "DATE", "2028-12-21", None, -1),
    ]
    assert infer_dates(Story([make("a", [text, VIGIL], times)]))["a"].date is None
