"""Tolls and how a conflict is shown: small counts of one casualty class, an article's values
of two moments, a part "of them", a label from what is counted, one conflict per quantity
(invented sentences; figures placed by hand)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Mention, TimeExpr
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import conflict_values, figure_article


def _abouts(*articles: AnalyzedArticle) -> list[str]:
    story = Story(articles)
    return [c.about for c in build_conflicts(story, group_sentences(story))]


def test_small_tolls_of_one_casualty_class_conflict() -> None:
    a = figure_article(
        "a",
        "The quake in Velmora on Sunday destroyed hundreds of homes and killed one person.",
        [("one", "person")],
    )
    b = figure_article(
        "b",
        "A strong quake shook Velmora on Sunday, killing four people and destroying homes.",
        [("four", "people")],
    )
    assert conflict_values(a, b) == [["one", "four"]]
    # the control: four injured are no other value of the dead
    c = figure_article(
        "c",
        "A strong quake shook Velmora on Sunday, injuring four people and destroying homes.",
        [("four", "people")],
    )
    assert conflict_values(a, c) == []


def test_small_counts_without_a_casualty_class_stay_apart() -> None:
    # "one" and "four" of nothing said to have happened to them: no evidence of one count
    a = figure_article(
        "a", "The quake in Velmora on Sunday hit one town near the coast.", [("one", "town")]
    )
    b = figure_article(
        "b", "A strong quake shook Velmora on Sunday, hitting four towns.", [("four", "towns")]
    )
    assert conflict_values(a, b) == []


def _toll(aid: str, text: str, figures: list[tuple[str, str]], *moments: str) -> AnalyzedArticle:
    a = figure_article(aid, text, figures)
    times = tuple(TimeExpr(m, text.index(m), text.index(m) + len(m), "DATE", None) for m in moments)
    return AnalyzedArticle(a.article, a.sentences, figures=a.figures, times=times)


def test_an_earlier_event_of_the_same_article_does_not_blur_its_toll() -> None:
    # b's quake of 2002 killed three: another moment, so b's "four" of Sunday is unambiguous
    a = figure_article(
        "a",
        "The quake in Velmora on Sunday destroyed hundreds of homes and killed one person.",
        [("one", "person")],
    )
    b = _toll(
        "b",
        "A strong quake shook Velmora on Sunday, killing four people and destroying homes.\n"
        "A quake of the same strength killed three people there on Oct. 10, 2002.",
        [("four", "people"), ("three", "people")],
        "Sunday",
        "Oct. 10, 2002",
    )
    assert conflict_values(a, b) == [["one", "four"]]


def test_a_count_of_them_is_a_part_and_no_repeat_of_the_whole() -> None:
    a = figure_article(
        "a",
        "Tarnow is a port city which is home to over 180,000 people.\n"
        "The old flood killed 230,000 people, over 180,000 of them in Brenn.",
        [("over 180,000", "people"), ("230,000", "people")],
    )
    # the repeat in the second line is found by hand: figures_at places the first only
    second = a.article.text.rindex("over 180,000")
    from dataclasses import replace

    from crossbrief.model import Figure

    a = replace(
        a,
        figures=(*a.figures, Figure("over 180,000", second, second + 12, 180000.0, "people")),
    )
    b = figure_article(
        "b", "Tarnow is a port city which is home to 160,000 people.", [("160,000", "people")]
    )
    story = Story([a, b])
    (conflict,) = build_conflicts(story, group_sentences(story))
    assert sorted((v.article, v.sentence) for v in conflict.values) == [("a", 0), ("b", 0)]


def test_a_toll_is_labelled_by_what_happened_to_the_counted() -> None:
    a = figure_article(
        "a",
        "Doctors in Orlen said 41 people died in the school strike.",
        [("41", "people")],
    )
    b = figure_article(
        "b",
        "Orlen doctors said 43 people were killed in the school strike.",
        [("43", "people")],
    )
    (about,) = _abouts(a, b)
    assert about.startswith("people killed:"), about
    # the control: a count with no casualty class keeps the words around it
    c = figure_article(
        "c", "Orlen doctors said 41 schools were shut in the strike.", [("41", "schools")]
    )
    d = figure_article(
        "d", "Orlen doctors said 43 schools were shut in the strike.", [("43", "schools")]
    )
    (about,) = _abouts(c, d)
    assert "killed" not in about


def _placed(aid: str, text: str, figures: list[tuple[str, str]], place: str) -> AnalyzedArticle:
    a = figure_article(aid, text, figures)
    mentions = []
    at = text.find(place)
    while at >= 0:
        mentions.append(Mention(place, at, at + len(place), "GPE"))
        at = text.find(place, at + 1)
    return AnalyzedArticle(a.article, a.sentences, figures=a.figures, mentions=tuple(mentions))


def test_one_population_is_one_conflict_with_each_value_once() -> None:
    a = _placed(
        "a",
        "Two schools in Tarnow, a town of 160,000 people, collapsed in the quake.",
        [("160,000", "people")],
        "Tarnow",
    )
    b = _placed(
        "b",
        "Residents in Tarnow, home to 167,000 people, slept in tents after the quake.",
        [("167,000", "people")],
        "Tarnow",
    )
    c = _placed(
        "c",
        "Tremors keep shaking Tarnow city which is home to over 170,000 people.",
        [("over 170,000", "people")],
        "Tarnow",
    )
    story = Story([a, b, c])
    conflicts = build_conflicts(story, group_sentences(story))
    keys = [(v.article, v.sentence) for c in conflicts for v in c.values]
    assert len(keys) == len(set(keys)), [c.about for c in conflicts]


def test_a_period_opening_the_sentence_dates_its_toll() -> None:
    a = figure_article(
        "a", "A quake shook the Velmora coast, killing one person.", [("one", "person")]
    )
    b = figure_article(
        "b",
        "Last year, a strong quake shook the Velmora coast, killing at least three people.",
        [("at least three", "people")],
    )
    assert conflict_values(a, b) == []
    # the control: the same sentence without its opening period is the same toll
    c = figure_article(
        "c",
        "Today a strong quake shook the Velmora coast, killing at least three people.",
        [("at least three", "people")],
    )
    assert conflict_values(a, c) == [["one", "at least three"]]


def test_a_count_of_other_things_leaves_a_toll_unambiguous() -> None:
    # b's "2 roads" shares words with its toll but counts roads: "four" is b's one toll
    a = figure_article(
        "a",
        "The quake in Velmora on Sunday flattened houses and killed one person.",
        [("one", "person")],
    )
    b = figure_article(
        "b",
        "The quake in Velmora on Sunday levelled buildings, killed four people and injured dozens.\n"
        "The quake damaged buildings, 2 roads and hotels in Velmora.",
        [("four", "people"), ("2", "roads")],
    )
    assert conflict_values(a, b) == [["one", "four"]]
    # the control: a named group of people ("2 Americans") may be a part of b's toll, so
    # b's words do not say which count "four" is
    c = figure_article(
        "c",
        "The quake in Velmora on Sunday levelled buildings, killed four people and injured dozens.\n"
        "The quake damaged buildings, 2 Americans and hotels in Velmora.",
        [("four", "people"), ("2", "Americans")],
    )
    assert conflict_values(a, c) == []


def test_one_value_worded_twice_is_listed_once_in_the_label() -> None:
    a = figure_article(
        "a", "The Velmora quake on Sunday killed one person, officials said.", [("one", "person")]
    )
    b = figure_article(
        "b",
        "The Velmora quake on Sunday killed only one person, officials said.",
        [("only one", "person")],
    )
    c = figure_article(
        "c",
        "The Velmora quake on Sunday killed four people, officials said.",
        [("four", "people")],
    )
    (about,) = _abouts(a, b, c)
    assert about.count("one") == 1, about
