"""Dateline inference on invented, hand-built articles (no model needed: times are given)."""

from __future__ import annotations

from dataclasses import replace

from crossbrief.model import AnalyzedArticle, Article, Span, TimeExpr
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story


def make(
    aid: str,
    sentences: list[str],
    times: list[tuple[str, str, str | None, str | None]],
    published: str | None = None,
    source: str = "",
) -> AnalyzedArticle:
    """An article from sentences and (expression, type, value, relative) found in them."""
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append(Span(pos, pos + len(s)))
        pos += len(s) + 1
    exprs = []
    after: dict[str, int] = {}  # a repeated expression is the next occurrence
    for expr, typ, value, relative in times:
        start = text.index(expr, after.get(expr, 0))
        after[expr] = start + 1
        if relative and published and value is None:
            from crossbrief.analyze.times import resolve_relative

            value = resolve_relative(relative, published)
        exprs.append(
            TimeExpr(expr, start, start + len(expr), typ, value, published, relative)  # type: ignore[arg-type]
        )
    article = Article(aid, text, source=source or aid, published=published)
    return AnalyzedArticle(article, sentences=tuple(spans), times=tuple(exprs))


# Sunday 2040-06-10 and Monday 2040-06-11 are the dated articles' days.
DATED = [
    make(
        "a",
        ["The dam at Orlen burst on Saturday, flooding the lower town."],
        [("Saturday", "DATE", None, "W:5:-1")],
        "2040-06-10",
    ),
    make(
        "b",
        ["Rescuers searched the lower town of Orlen on Sunday after the dam burst."],
        [("Sunday", "DATE", None, "W:6:-1")],
        "2040-06-11",
    ),
]


def test_dated_articles_keep_their_date() -> None:
    dates = infer_dates(Story(DATED))
    assert dates["a"].date == "2040-06-10" and not dates["a"].inferred


def test_past_tense_weekday_dates_the_article_not_a_future_one() -> None:
    undated = make(
        "c",
        [
            "The governor on Monday promised to rebuild the dam.",
            "Engineers will inspect the valley on Wednesday, and the road will reopen by Friday.",
        ],
        [
            ("Monday", "DATE", None, "W:0:-1"),
            ("Wednesday", "DATE", None, "W:2:1"),
            ("Friday", "DATE", None, "W:4:1"),
        ],
    )
    got = infer_dates(Story([*DATED, undated]))["c"]
    assert got.date == "2040-06-11" and got.inferred
    assert got.evidence and '"Monday"' in got.evidence and "Friday" not in got.evidence


def test_future_tense_alone_dates_nothing() -> None:
    undated = make(
        "d",
        ["Engineers will inspect the valley on Wednesday."],
        [("Wednesday", "DATE", None, "W:2:1")],
    )
    got = infer_dates(Story([*DATED, undated]))["d"]
    assert got.date is None and not got.inferred


def test_count_from_a_start_date_fixes_the_day() -> None:
    undated = make(
        "e",
        [
            "The siege, which began on April 30, entered its twelfth day.",
        ],
        [("April 30", "DATE", None, "MD:4:30:-1"), ("twelfth day", "DATE", None, None)],
    )
    got = infer_dates(Story([*DATED, undated]))["e"]
    assert got.date == "2040-05-11"
    assert got.evidence and "counted from 2040-04-30" in got.evidence


def test_other_articles_date_the_same_event() -> None:
    # "Yesterday" here is the burst another outlet dates to Saturday: the article is Sunday's.
    undated = make(
        "f",
        ["The dam at Orlen burst yesterday, flooding the lower town."],
        [("yesterday", "DATE", None, "D:-1")],
    )
    got = infer_dates(Story([*DATED, undated]))["f"]
    assert got.date == "2040-06-10"
    assert got.evidence and "2040-06-09" in got.evidence


def test_no_clue_no_date() -> None:
    undated = make("g", ["The lower town of Orlen is being rebuilt."], [])
    assert infer_dates(Story([*DATED, undated]))["g"].date is None


def test_contradictory_tenses_date_nothing() -> None:
    undated = make(
        "h",
        ["The council met on Monday.", "The mayor will speak on June 5."],
        [("Monday", "DATE", None, "W:0:-1"), ("June 5", "DATE", None, "MD:6:5:1")],
    )
    # A speech still to come on June 5 cannot be in an article written after June 11.
    assert infer_dates(Story([*DATED, undated]))["h"].date is None


def _with_tenses(a: AnalyzedArticle, tenses: list[int]) -> AnalyzedArticle:
    times = tuple(replace(t, tense=k) for t, k in zip(a.times, tenses, strict=True))
    return replace(a, times=times)


def test_full_dates_bound_by_their_tense() -> None:
    undated = make(
        "i",
        [
            "The levee at Orlen was finished on June 8, 2040, a year late.",
            "The first levee there was built on May 2, 1990.",
            "The council will vote on its repair on June 14, 2040.",
        ],
        [
            ("June 8, 2040", "DATE", "2040-06-08", None),
            ("May 2, 1990", "DATE", "1990-05-02", None),
            ("June 14, 2040", "DATE", "2040-06-14", None),
        ],
    )
    got = infer_dates(Story([*DATED, _with_tenses(undated, [-1, -1, 1])]))["i"]
    # The latest past date near the story date, not the 1990 one; the vote still to come.
    assert got.date == "2040-06-08" and got.inferred
    assert got.evidence and "June 8, 2040" in got.evidence and "2040-06-14" in got.evidence


def test_full_date_without_tense_dates_nothing() -> None:
    undated = make("j", ["Orlen: June 8, 2040."], [("June 8, 2040", "DATE", "2040-06-08", None)])
    assert infer_dates(Story([*DATED, undated]))["j"].date is None
