"""A sum given with its conversion in brackets ("$10 million (£5.3 million)") and counts of
two places told in one list ("Peru reported 130 dead; Chile said 112"): the conversions of
one sum at two rates are no disagreement about the sum, and two places' counts are two
counts; one place's two counts, or one currency's two sums, still disagree. Invented
articles, the real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Conflict
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.facts import group_sentences
from tests.synthesize.stories import texts_story


def _conflicts(nlp: Any, *texts: str) -> list[Conflict]:
    story = texts_story(nlp, *texts, source="s")
    return build_conflicts(story, group_sentences(story))


def _kinds(found: list[Conflict]) -> list[tuple[str, set[str]]]:
    return [(c.kind, {v.value for v in c.values}) for c in found]


_DEAL = "The harbour board of Velmora agreed to pay {} for the old ferry terminal on Monday."


def test_one_sum_converted_at_two_rates_is_no_disagreement(nlp: Any) -> None:
    found = _conflicts(
        nlp, _DEAL.format("$10 million (£5.3 million)"), _DEAL.format("$10 million (£5.6 million)")
    )
    assert all(c.kind != "figure" for c in found), _kinds(found)
    # told apart, not dropped: the two rates' sums are listed as conversions of one sum
    assert [c.kind for c in found] == ["conversion"]
    assert {"5.3 million", "5.6 million"} <= {v.value.lstrip("£") for v in found[0].values}


def test_a_conversion_whose_sign_the_figure_leaves_out_is_a_conversion(nlp: Any) -> None:
    # the NER may leave the pound sign out of the bracketed figure ("2.1bn" after "(£")
    found = _conflicts(nlp, _DEAL.format("$4bn (£2.1bn)"), _DEAL.format("$4bn (£2.3bn)"))
    assert [c.kind for c in found] == ["conversion"], _kinds(found)


def test_two_rates_told_without_brackets_still_disagree(nlp: Any) -> None:
    # a sum in running text after another is no bracketed conversion of it
    found = _conflicts(
        nlp,
        "The harbour board of Velmora paid $4bn, and £2.1bn went to the ferry line on Monday.",
        "The harbour board of Velmora paid $4bn, and £2.9bn went to the ferry line on Monday.",
    )
    assert [c.kind for c in found] == ["figure"], _kinds(found)


def test_a_conversion_against_a_sum_in_that_currency_is_no_disagreement(nlp: Any) -> None:
    found = _conflicts(
        nlp, _DEAL.format("$10 million (£5.3 million)"), _DEAL.format("£5.6 million")
    )
    assert all(c.kind != "figure" for c in found), _kinds(found)


def test_a_sum_against_its_conversion_in_another_currency_is_no_conflict(nlp: Any) -> None:
    found = _conflicts(nlp, _DEAL.format("£5.3 million"), _DEAL.format("$10 million"))
    assert found == []


def test_two_sums_in_one_currency_still_disagree(nlp: Any) -> None:
    found = _conflicts(nlp, _DEAL.format("£5.3 million"), _DEAL.format("£6.1 million"))
    assert [c.kind for c in found] == ["figure"]


def test_two_sums_disagree_though_each_has_a_conversion(nlp: Any) -> None:
    found = _conflicts(
        nlp, _DEAL.format("$10 million (£5.3 million)"), _DEAL.format("$14 million (£7.4 million)")
    )
    figures = [c for c in found if c.kind == "figure"]
    assert len(figures) == 1, _kinds(found)
    assert {v.value.lstrip("$") for v in figures[0].values} == {"10 million", "14 million"}


def test_two_places_counts_in_one_list_are_two_counts(nlp: Any) -> None:
    found = _conflicts(
        nlp,
        "Floods across the valley killed many. Peru reported 130 dead; Chile said 112 of its "
        "people had been killed.",
        "Floods across the valley killed many. Chile reported 112 dead after the storm.",
    )
    assert found == []


def test_one_places_two_counts_still_disagree(nlp: Any) -> None:
    found = _conflicts(
        nlp,
        "Floods across the valley killed many. Peru reported 130 dead; Chile said 112 of its "
        "people had been killed.",
        "Floods across the valley killed many. Chile reported 150 dead after the storm.",
    )
    assert _kinds(found) == [("figure", {"112", "150"})]
