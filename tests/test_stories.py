from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from crossbrief import stories
from crossbrief.analyze import analyze_articles
from crossbrief.ingest import read_paths
from crossbrief.model import AnalyzedArticle, Article
from crossbrief.stories import THRESHOLD, average_link, group_stories, similarity_matrix

# Two invented stories, two outlets each, plus one unrelated article.
TEXTS = {
    "bridge-a": "The Norvik city council approved the new harbour bridge on Monday. Mayor "
    "Elin Sand said the bridge over the Norvik harbour would open in 2027.",
    "flood-a": "Floods in the Tarra valley forced 3,000 residents from their homes. Rescue "
    "teams in Tarra used boats to reach villages cut off by the river.",
    "bridge-b": "Mayor Elin Sand welcomed the council vote on the Norvik harbour bridge, which "
    "will link the old town to the port.",
    "flood-b": "The river Tarra burst its banks, and rescue teams evacuated residents of "
    "valley villages by boat as the floods spread.",
    "chess": "A sixteen-year-old won the national chess championship after a long final game.",
}


def test_group_stories(nlp: Any) -> None:
    articles = [Article(id=k, text=v) for k, v in TEXTS.items()]
    analyzed = list(analyze_articles(articles, nlp=nlp))
    groups = [[a.article.id for a in g] for g in group_stories(analyzed)]
    assert groups == [["bridge-a", "bridge-b"], ["flood-a", "flood-b"], ["chess"]]


def test_group_stories_edge_cases() -> None:
    assert group_stories([]) == []


# Two invented research reports on one subject (broadband) by two different bodies with two
# different findings: topic-mates, not one story. Their cosine is about 0.21.
SUBJECT_MATES = {
    "survey-a": (
        "Broadband eats into television time",
        "Europeans with fast broadband now spend more evenings online than watching television, "
        "a survey by the Kestrel research group found. Viewers in Italy and Spain cut their "
        "television hours most.",
    ),
    "survey-b": (
        "Broadband users publish more online",
        "One in four broadband users in Velmora post their own photos and diaries online, a "
        "survey by the Linden research institute found. Fast connections turn readers into "
        "writers, the survey said, and Velmorans now watch fewer films.",
    ),
    # Two reports of one event, in other words: they must still join (the negative case).
    "strike-a": (
        "Dock workers walk out",
        "Dock workers in Varna walked out on Tuesday over pay, halting the port's container "
        "traffic.",
    ),
    "strike-b": (
        "Varna port halted by strike",
        "A pay strike by dock workers stopped container traffic at the port of Varna on Tuesday.",
    ),
    "chess": (
        "Teenager wins chess title",
        "A sixteen-year-old won the national chess championship after a long final game.",
    ),
    "bridge": (
        "Council backs bridge",
        "The city council approved the new harbour bridge, which will open in 2027.",
    ),
}


@pytest.fixture
def stream_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The invented sets below stand for a one outlet's stream of hundreds of articles, where
    a subject's words are common and weigh little: their own few articles' counts play that
    role, as any input of ``BACKGROUND`` or more articles is read by its own counts."""
    monkeypatch.setattr(stories, "BACKGROUND", 0)


def subject_mates() -> list[AnalyzedArticle]:
    """The invented articles above, words only (no analysis needed)."""
    return [
        AnalyzedArticle(article=Article(id=k, title=title, text=text))
        for k, (title, text) in SUBJECT_MATES.items()
    ]


@pytest.mark.usefixtures("stream_counts")
def test_two_reports_on_one_subject_stay_apart() -> None:
    groups = [[a.article.id for a in g] for g in group_stories(subject_mates())]
    assert ["survey-a"] in groups and ["survey-b"] in groups
    assert ["strike-a", "strike-b"] in groups


@pytest.mark.usefixtures("stream_counts")
def test_subject_mates_similarity_is_in_the_band_the_threshold_decides() -> None:
    # Guards the test above: the pair must be similar enough to have joined at the old 0.2.
    similarity = similarity_matrix(subject_mates())
    assert 0.2 <= similarity[0, 1] < THRESHOLD
    assert similarity[2, 3] >= THRESHOLD


def test_average_link_joins_by_the_mean_of_pairs() -> None:
    sim = np.array(
        [
            [1.0, 0.5, 0.25, 0.0],
            [0.5, 1.0, 0.19, 0.0],
            [0.25, 0.19, 1.0, 0.0],
            [0.0, 0.0, 0.0, 1.0],
        ]
    )
    # {0, 1} joins at 0.5; 2 is 0.25 from 0 but 0.19 from 1: mean 0.22, not single link's 0.25.
    assert average_link(sim, 0.21) == [[0, 1, 2], [3]]
    assert average_link(sim, 0.23) == [[0, 1], [2], [3]]
    assert average_link(np.ones((1, 1))) == [[0]]


def test_bench_half_f1_scores_each_half_over_its_own_topics() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    bench = pytest.importorskip("stories")
    gold = {"1_1ecb": "1/ecb", "1_2ecb": "1/ecb", "2_1ecb": "2/ecb", "2_1ecbplus": "2/ecbplus"}
    # One wrong join in topic 2 (even, held-out); topic 1 (odd, dev) is right.
    predicted = [["1_1ecb", "1_2ecb"], ["2_1ecb", "2_1ecbplus"]]
    assert bench.half_f1(predicted, gold, odd=True) == 1.0
    assert bench.half_f1(predicted, gold, odd=False) == pytest.approx(2 * 0.5 / 1.5)


# One band's two events (an award, then a bassist leaving) and one match told twice (its
# report and the loser's complaint), among the articles above: what a single outlet's copy
# holds. The band pair shares names and words but no figure; the match pair shares its score.
EVENTS = {
    "band-a": (
        "Glass Harbour win at music awards",
        "The Glass Harbour were the big winners at the Northern music awards in Leeds, taking "
        "best band and best album. Singer Tom Vale thanked the fans who voted for the band.",
    ),
    "band-b": (
        "Glass Harbour lose bassist",
        "The Glass Harbour have asked their bassist to leave after ten years on the road, singer "
        "Tom Vale said, as touring had strained old friendships.",
    ),
    "match-a": (
        "Rovers edge past City",
        "Rovers beat City 24-17 at the Mill Ground on Saturday, a late try by the winger sealing "
        "the match.",
    ),
    "match-b": (
        "City coach blames referee",
        "The City coach said the referee cost his side the match after the 24-17 defeat to "
        "Rovers, and asked the league to review two decisions.",
    ),
}


def events() -> list[AnalyzedArticle]:
    """SUBJECT_MATES and EVENTS, words only."""
    texts = SUBJECT_MATES | EVENTS
    return [
        AnalyzedArticle(article=Article(id=k, title=title, text=text))
        for k, (title, text) in texts.items()
    ]


@pytest.mark.usefixtures("stream_counts")
def test_two_events_on_one_topic_stay_apart_and_one_event_sharing_a_figure_joins() -> None:
    groups = [[a.article.id for a in g] for g in group_stories(events())]
    assert ["band-a"] in groups and ["band-b"] in groups
    assert ["survey-a"] in groups and ["survey-b"] in groups
    # the negative cases: one event, told twice, still joins
    assert ["match-a", "match-b"] in groups
    assert ["strike-a", "strike-b"] in groups


@pytest.mark.usefixtures("stream_counts")
def test_a_shared_figure_not_the_words_joins_the_match() -> None:
    # Guards the test above: the band pair was similar enough to join at the old 0.22, and
    # the match pair's words alone are below the threshold, so its score makes the join.
    ids = list(SUBJECT_MATES | EVENTS)
    band, match = (
        (ids.index("band-a"), ids.index("band-b")),
        (ids.index("match-a"), ids.index("match-b")),
    )
    similarity = similarity_matrix(events())
    assert 0.22 <= similarity[band] < THRESHOLD
    assert similarity[match] < THRESHOLD


def test_anchors_are_figures_and_calendar_dates_not_years_or_single_digits() -> None:
    from crossbrief.model import TimeExpr
    from crossbrief.stories import anchors

    text = "In 2004 the firm paid 3,000 staff 18.8% more, 4 times the 2003 rise; 3 , 500 left; in 2004, 12 came back."
    times = (
        TimeExpr(text="13 January", start=0, end=0, type="DATE", value=None, relative="MD:1:13:-1"),
        TimeExpr(text="5 May 2005", start=0, end=0, type="DATE", value="2005-05-05"),
        TimeExpr(text="Monday", start=0, end=0, type="DATE", value=None, relative="W:1:-1"),
    )
    a = AnalyzedArticle(article=Article(id="x", title="Pay rises", text=text), times=times)
    assert anchors(a) == {"3000", "18.8", "3500", "12", "date:1-13", "date:5-5"}


def test_weekdays_and_relative_days_resolved_to_a_date_are_no_anchor() -> None:
    from crossbrief.model import TimeExpr
    from crossbrief.stories import anchors

    times = (
        # "on Saturday" and "yesterday" of one weekend's articles resolve to one date
        TimeExpr(
            text="Saturday", start=0, end=0, type="DATE", value="2024-03-02", relative="W:5:-1"
        ),
        TimeExpr(
            text="yesterday", start=0, end=0, type="DATE", value="2024-03-01", relative="D:-1"
        ),
        # the negative case: a date written with its month still anchors
        TimeExpr(text="2 May 2005", start=0, end=0, type="DATE", value="2005-05-02"),
        TimeExpr(
            text="March 15", start=0, end=0, type="DATE", value="2024-03-15", relative="MD:3:15:-1"
        ),
    )
    a = AnalyzedArticle(article=Article(id="x", text="Leeds won."), times=times)
    assert anchors(a) == {"date:5-2", "date:3-15"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The council met at 10:30 and again at 9.45pm.", set()),
        ("Bamford scored after 10 minutes; the game was halted for 15 mins and 12 hours.", set()),
        # the negative cases: counts, figures, ages and long durations stay anchors
        (
            "About 3,000 may have died; 404 staff and 25 nurses, 18.8% of them.",
            {"3000", "404", "25", "18.8"},
        ),
        ("Leeds beat Hull 2-1; 45 fans and 10 police officers were there.", {"45", "10"}),
        ("The 29-year-old was jailed for 15 years.", {"29", "15"}),
    ],
)
def test_clock_times_and_short_durations_are_no_number_anchor(text: str, kept: set[str]) -> None:
    from crossbrief.stories import anchors

    assert anchors(AnalyzedArticle(article=Article(id="x", text=text))) == kept


def test_a_one_sentence_article_counts_its_lead_twice_like_a_longer_one() -> None:
    from crossbrief.model import Span
    from crossbrief.stories import article_terms

    one = "Leeds beat Hull at Elland Road."
    two = one + " Fans sang."
    terms_one = article_terms(
        AnalyzedArticle(article=Article(id="a", text=one), sentences=(Span(0, len(one)),))
    )
    terms_two = article_terms(
        AnalyzedArticle(
            article=Article(id="b", text=two),
            sentences=(Span(0, len(one)), Span(len(one) + 1, len(two))),
        )
    )
    assert terms_one == {t: n for t, n in terms_two.items() if t in terms_one}
    assert max(terms_one.values()) == 2


def test_a_few_outlets_reports_of_one_story_stay_one_story(nlp: Any) -> None:
    # The built-in demo: four outlets' reports of one grounding, on three days. Read by their
    # own counts alone, the words all four share weighed nothing and the four fell apart
    # into three stories.
    demo = Path(__file__).resolve().parents[1] / "src" / "crossbrief" / "demo"
    analyzed = list(analyze_articles(read_paths([str(demo)]).articles, nlp=nlp))
    assert len(analyzed) == 4
    assert len(group_stories(analyzed)) == 1
    # ... and beside two reports of another event, the two stories stay apart
    strike = [
        AnalyzedArticle(article=Article(id=k, title=SUBJECT_MATES[k][0], text=SUBJECT_MATES[k][1]))
        for k in ("strike-a", "strike-b")
    ]
    groups = [[a.article.id for a in g] for g in group_stories(analyzed + strike)]
    assert groups[1:] == [["strike-a", "strike-b"]] and len(groups[0]) == 4


def test_a_word_every_article_of_a_small_input_shares_still_counts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    two = [
        AnalyzedArticle(article=Article(id="a", text="Dock workers in Varna struck over pay.")),
        AnalyzedArticle(
            article=Article(id="b", text="Varna dock workers began a strike over pay.")
        ),
    ]
    assert similarity_matrix(two)[0, 1] >= THRESHOLD
    # read by their own counts, the words both share weigh log(3 / 3) = 0
    monkeypatch.setattr(stories, "BACKGROUND", 0)
    assert similarity_matrix(two)[0, 1] < 0.1
