"""Two sentences that give one counted thing two numbers are never one fact and never cite
each other, whether or not the conflicts table links their figures."""

from __future__ import annotations

from crossbrief.model import Fact, SentenceRef, SummarySentence
from crossbrief.synthesize.citations import agreeing_facts, agreeing_summary
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.differ import FigureCheck
from crossbrief.synthesize.facts import group_facts, group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import figure_article

CARE_A = "Of the injured, at least 31 were in critical condition at the city hospital."
CARE_B = "Of the injured, about 12 were in critical condition at the city hospital."
CARE_C = "Of the injured, 31 were in critical condition at the city hospital."


def care(b_text: str, b_figure: str) -> Story:
    return Story(
        [
            figure_article("a", CARE_A, [("at least 31", "")]),
            figure_article("b", b_text, [(b_figure, "")]),
        ]
    )


def test_two_numbers_for_one_counted_thing_differ() -> None:
    assert FigureCheck(care(CARE_B, "about 12")).differ(0, 1)


def test_numbers_that_can_both_be_true_do_not_differ() -> None:
    # "at least 31" and "31" can both be true
    assert not FigureCheck(care(CARE_C, "31")).differ(0, 1)


def test_differing_sentences_are_not_one_fact_however_alike() -> None:
    story = care(CARE_B, "about 12")
    assert all(len(g.members) == 1 for g in group_sentences(story))


def test_agreeing_sentences_still_make_one_fact() -> None:
    story = care(CARE_C, "31")
    assert [g.members for g in group_sentences(story)] == [(0, 1)]


TOLL_A = "A tsunami in 2004 killed 170,000 people in the province, officials said."
TOLL_B = "A tsunami in 2004 killed 230,000 people across the ocean, officials said."
TOLL_C = "A tsunami in 2004 killed 170,000 people in the province, the officials said."


def toll_story() -> Story:
    return Story(
        [
            figure_article("a", TOLL_A, [("170,000", "people")]),
            figure_article("b", TOLL_B, [("230,000", "people")]),
            figure_article("c", TOLL_C, [("170,000", "people")]),
        ]
    )


def test_a_citation_with_another_figure_is_dropped_without_any_conflict() -> None:
    story = toll_story()
    refs = tuple(SentenceRef(k, 0) for k in "abc")
    (fact,) = agreeing_facts(story, [Fact(TOLL_A, refs, 3)], [], set())
    assert [r.article for r in fact.sources] == ["a", "c"]
    assert fact.support == 2
    (line,) = agreeing_summary(story, [SummarySentence(TOLL_A, refs, 3)], [])
    assert [r.article for r in line.sources] == ["a", "c"]


def test_a_sentence_that_also_gives_the_other_value_is_no_disagreement() -> None:
    both = "The party won 40 of the 90 seats in the new chamber."
    seats = "The new chamber has 90 seats for the party to win."
    story = Story(
        [
            figure_article("a", both, [("40", "seats"), ("90", "seats")]),
            figure_article("b", seats, [("90", "seats")]),
        ]
    )
    assert not FigureCheck(story).differ(0, 1)


def test_small_counts_need_words_next_to_both_figures() -> None:
    one = "Hale and Brenn lured Varga, and one of their friends said so."
    two = "According to police, the two men lured Varga out of the bar."
    story = Story(
        [figure_article("a", one, [("one", "")]), figure_article("b", two, [("two", "")])]
    )
    assert not FigureCheck(story).differ(0, 1)
    died = "Police said 59 bodies were found and two others died later."
    others = "Police said 59 bodies were found and five others died later."
    story = Story(
        [
            figure_article("a", died, [("59", "bodies"), ("two", "")]),
            figure_article("b", others, [("59", "bodies"), ("five", "")]),
        ]
    )
    assert FigureCheck(story).differ(0, 1)


def test_one_counted_noun_differs_however_far_apart_its_values() -> None:
    needs = "The coalition needs its 21 votes to win a majority in the house."
    short = "The coalition is three votes short of the 226 votes needed in the house."
    story = Story(
        [
            figure_article("a", needs, [("21", "votes")]),
            figure_article("b", short, [("three", "votes"), ("226", "votes")]),
        ]
    )
    assert FigureCheck(story).differ(0, 1)
    # without a counted noun, values far apart are two quantities, whatever the words
    near = "The town lies 30 kilometers west of the capital, officials said."
    far = "The town lies 900 kilometers west of the capital, officials said."
    story = Story(
        [
            figure_article("a", near, [("30 kilometers", "")]),
            figure_article("b", far, [("900 kilometers", "")]),
        ]
    )
    assert not FigureCheck(story).differ(0, 1)


def test_the_conflicts_use_the_figures_the_check_read() -> None:
    # synthesize reads a story's figures once (FigureCheck) and hands them to the conflicts
    story = care(CARE_B, "about 12")
    check = FigureCheck(story)
    groups = group_sentences(story, figures=check)
    read_here = build_conflicts(story, groups)
    assert [c.kind for c in read_here] == ["figure"]
    assert build_conflicts(story, groups, figures=check.values) == read_here
    assert build_conflicts(story, groups, figures=[]) == []


def test_grouping_returns_the_pairs_it_keeps_apart_only_for_their_figures() -> None:
    # one fact told with two numbers is what the conflicts look for: grouping keeps the two
    # sentences apart (differ) but hands the pair on as one fact's (Grouping.blocked)
    check = FigureCheck(care(CARE_B, "about 12"))
    grouping = group_facts(check.story, figures=check)
    assert grouping.blocked == {(0, 1)}
    assert all(len(g.members) == 1 for g in grouping.groups)
    agreeing = FigureCheck(care(CARE_C, "31"))
    assert group_facts(agreeing.story, figures=agreeing).blocked == set()


def test_a_pair_kept_apart_for_its_figures_is_as_related_as_one_facts() -> None:
    from crossbrief.synthesize.conflicts.context import MATCH, related_pairs

    story = Story(
        [
            figure_article("a", "Harbour pilots counted 57 ferries at dawn.", [("57", "")]),
            figure_article(
                "b", "Some 20 boats left before the storm, a clerk wrote.", [("20", "")]
            ),
        ]
    )
    assert related_pairs(story, [], [0, 1]) == []  # unrelated words: no pair to compare
    assert related_pairs(story, [], [0, 1], blocked={(0, 1)}) == [(0, 1, MATCH)]
