"""Background shared with a name (a description with a relative clause, an opening
appositive), a closing attribution tag with its day, and one act done to two counts of its
object are no evidence that two outlets' sentences tell one fact (session 23)."""

from __future__ import annotations

from typing import Any

from crossbrief.synthesize.fact_counts import object_counts, other_counts
from crossbrief.synthesize.fact_terms import attribution_start
from crossbrief.synthesize.facts import group_facts
from crossbrief.synthesize.glosses import gloss_spans
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import reports_story


def _glosses(text: str, name: str) -> list[str]:
    """The gloss spans of ``text`` read at the one name ``name``."""
    start = text.index(name)
    return [text[a:b] for a, b in gloss_spans(text, (), [(start, start + len(name))])]


def test_a_description_with_a_relative_clause_after_any_name_is_a_gloss() -> None:
    closed = (
        "Korvex, the Velmoran shipping firm which collapsed after a fraud inquiry, hopes to list."
    )
    assert _glosses(closed, "Korvex") == [
        ", the Velmoran shipping firm which collapsed after a fraud inquiry"
    ]
    ending = "Dalgren Bank was barred from suing Korvex, the firm which collapsed in 2019."
    assert _glosses(ending, "Korvex") == [", the firm which collapsed in 2019"]
    opening = "Korvex, the Velmoran shipping firm, has doubled its profit."
    assert _glosses(opening, "Korvex") == [", the Velmoran shipping firm"]


def test_an_opening_phrase_a_list_or_a_clause_after_a_name_is_no_gloss() -> None:
    # negative cases: the comma closes an opening phrase; a list of names; a new clause
    assert _glosses("In Velmora, the mayor who won the vote resigned.", "Velmora") == []
    assert _glosses("Lee met Brask, the Netherlands and the firm that won.", "Brask") == []
    assert _glosses("Korvex, the firm said that it would close.", "Korvex") == []
    # an appositive after a name inside the sentence, with no relative clause, is not read
    assert _glosses("Lee sued Korvex, the shipping firm, on Monday.", "Korvex") == []


def test_a_closing_tag_with_the_day_its_source_spoke_is_the_source_not_the_fact() -> None:
    text = "The port plans to reopen its north quay next week, harbour officials said Thursday."
    assert text[attribution_start(text) :] == ", harbour officials said Thursday."
    # negative: a clause after the verb is the fact's own
    other = "The port plans to reopen, and the harbour board said it would vote on Thursday."
    assert attribution_start(other) == len(other)


def together(story: Story, a: str, b: str) -> bool:
    """Whether the sentences opening with ``a`` and ``b`` share a fact group."""
    starts = [s.text for s in story.sentences]
    i = next(k for k, t in enumerate(starts) if t.startswith(a))
    j = next(k for k, t in enumerate(starts) if t.startswith(b))
    return any(
        i in told and j in told
        for told in ({*g.members, *g.also} for g in group_facts(story).groups)
    )


def test_two_leads_sharing_only_a_description_of_a_firm_are_two_facts(nlp: Any) -> None:
    story = reports_story(
        nlp,
        [
            "Korvex, the Velmoran shipping firm which collapsed in 2019 after a fraud inquiry, "
            "hopes to list its shares again in May.",
            "Dalgren Bank has been barred from suing Korvex, the shipping firm which collapsed "
            "in 2019 after a fraud inquiry.",
            "Korvex, which collapsed in 2019 after a fraud inquiry, hopes to list its shares "
            "again in May, its chairman said.",
        ],
    )
    assert not together(story, "Korvex, the Velmoran", "Dalgren Bank")
    # negative: the same report told with the same description is one fact
    assert together(story, "Korvex, the Velmoran", "Korvex, which collapsed")


def test_one_act_done_to_two_counts_of_its_object_is_two_facts(nlp: Any) -> None:
    # two unions balloting two numbers of people; counts of different nouns ("members",
    # "council workers") are no figure conflict
    story = reports_story(
        nlp,
        [
            "Brask's largest union is to ballot its 41,000 members on strikes over pensions.",
            "Brask's biggest union will start balloting 95,000 council workers on strikes over "
            "pensions.",
            "Brask's largest union will ballot its 41,000 members on strikes over pensions.",
        ],
    )
    assert not together(story, "Brask's largest union is", "Brask's biggest")
    # negative: the same count is one fact
    assert together(story, "Brask's largest union is", "Brask's largest union will")


def test_object_counts_read_the_figure_right_after_the_act() -> None:
    first = object_counts("The union is to ballot its 41,000 members in May.", ["ballot"])
    second = object_counts("The union will start balloting 95,000 nurses.", ["balloting"])
    assert first and second and other_counts(first, second)
    # negative: a figure not right after the act is not its object's count
    assert object_counts("The union will ballot members in 2025.", ["ballot"]) == {}
    assert not other_counts(first, object_counts("It will ballot 41,000 staff.", ["ballot"]))
