"""A summary sentence's citations judged by the acts analysis reads from the parse
(``cite_acts``), through the real spaCy pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.model import SentenceRef, SummarySentence
from crossbrief.synthesize.citations import agreeing_summary
from crossbrief.synthesize.cite_acts import SentenceActs
from crossbrief.synthesize.facts import FactGroup
from tests.synthesize.builders import reports_story

TWO_EVENTS = (
    "Ann Lee was fined by the harbour board on Monday and resigned from the Velmora "
    "council on Tuesday."
)
SECOND_ONLY = "Ann Lee resigned from the Velmora council on Tuesday."
FIRST_ONLY = "The harbour board fined Ann Lee on Monday."


def _cited(story: Any, n: int, joined: bool) -> tuple[SentenceRef, ...]:
    """The sources kept for the story's first sentence citing its first ``n`` sentences,
    all of them joined as one fact when ``joined``."""
    refs = tuple(SentenceRef(f"r{k}", 0) for k in range(n))
    summary = [SummarySentence(story.by_id["r0"].sentence_text(0), refs, n)]
    groups = [FactGroup(tuple(range(n)))] if joined else []
    return agreeing_summary(story, summary, [], groups=groups)[0].sources


def test_a_source_telling_only_the_second_of_two_joined_events_is_no_support(nlp: Any) -> None:
    story = reports_story(nlp, [TWO_EVENTS, SECOND_ONLY, FIRST_ONLY])
    r0, _, r2 = (SentenceRef(f"r{k}", 0) for k in range(3))
    # the main act (the fine) is told by r2; the resignation alone is part of the sentence
    assert _cited(story, 3, joined=False) == (r0, r2)
    assert _cited(story, 3, joined=True) == (r0, r2)


def test_acts_joined_as_one_predicate_are_all_the_main_act(nlp: Any) -> None:
    story = reports_story(
        nlp,
        [
            "The harbour board agreed to repay the fishermen and then closed the old quay on "
            "Friday.",
            "The crowd at the Velmora fair was mostly farmers and mostly traders.",
        ],
    )
    acts = SentenceActs(story)
    controlled = acts.cited(SentenceRef("r0", 0))
    assert controlled.main == ("agreed", "repay")
    assert controlled.later == ("closed",)
    # two nouns of one copula are one predicate, not two events
    nouns = acts.cited(SentenceRef("r1", 0))
    assert nouns.main == ("farmers", "traders")
    assert nouns.later == ()


def test_a_source_telling_a_noun_joined_to_the_first_keeps_its_citation(nlp: Any) -> None:
    story = reports_story(
        nlp,
        [
            "The crowd at the Velmora fair was mostly farmers and mostly traders.",
            "The Velmora fair drew mostly traders from the coast.",
        ],
    )
    refs = (SentenceRef("r0", 0), SentenceRef("r1", 0))
    assert _cited(story, 2, joined=False) == refs


def test_a_verb_the_word_reader_misses_must_be_told(nlp: Any) -> None:
    story = reports_story(
        nlp,
        [
            "The Velmora council cut the harbour fees on Monday.",
            # the same council and fees, another act
            "The Velmora council debated the harbour fees on Monday.",
            "Harbour fees in Velmora were cut on Monday.",
        ],
    )
    r0, _, r2 = (SentenceRef(f"r{k}", 0) for k in range(3))
    assert _cited(story, 3, joined=False) == (r0, r2)


def test_saying_alone_is_no_act_two_grouped_reports_share(nlp: Any) -> None:
    story = reports_story(
        nlp,
        [
            "Mayor Ann Lee said on Friday the ferry to Velmora would stop in May.",
            # said on the same day of the same ferry, another act
            "Harbour officials said on Friday the ferry to Velmora would be repainted in May.",
            "On Friday Ann Lee said the Velmora ferry would stop running in May.",
        ],
    )
    r0, _, r2 = (SentenceRef(f"r{k}", 0) for k in range(3))
    assert _cited(story, 3, joined=True) == (r0, r2)


def test_a_verb_of_belief_is_no_act_its_clause_carries_it(nlp: Any) -> None:
    story = reports_story(
        nlp,
        [
            "Ann Lee is believed to be hiding in Velmora.",
            "Ann Lee, a former harbour clerk, is thought to be hiding in Velmora.",
            "Ann Lee is believed to have founded a ferry firm in Velmora.",
        ],
    )
    acts = SentenceActs(story)
    assert acts.cited(SentenceRef("r0", 0)).main == ("hiding",)
    # the same place told under another verb of belief supports it; another act does not
    assert _cited(story, 3, joined=False) == (SentenceRef("r0", 0), SentenceRef("r1", 0))
