"""Two stages of one case (arrest, charge, plea, trial, verdict, sentence, appeal) are two
facts: they neither group nor cite each other; two reports of one stage still do."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import crossbrief.synthesize.summary as summary_module
from crossbrief.model import SentenceRef, SummarySentence
from crossbrief.synthesize.agree import clash
from crossbrief.synthesize.case_stages import other_stages, stages
from crossbrief.synthesize.citations import agreeing_summary
from crossbrief.synthesize.facts import FactGroup, group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_cites import citations
from tests.synthesize.stories import lines_story

GUILTY = "A Velmora man was found guilty on Thursday of two counts of murder in the ferry killing."
CONVICTED = "A jury in Velmora convicted a local man on Thursday of two counts of murder in the ferry killing."
PLEADED = "A Velmora man pleaded not guilty on Monday to two counts of murder in the ferry killing."
ON_TRIAL = "The murder trial of a Velmora man charged in the ferry killing is under way in Brask."
CHARGED = (
    "Prosecutors have charged a Velmora man, 27, with two counts of murder in the ferry killing."
)
ARRESTED = "Harbour police arrested a Velmora man on Tuesday in the killing of the ferry pilot."
CONVICTED_TUESDAY = "A jury convicted a Velmora man on Tuesday in the killing of the ferry pilot."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ARRESTED, {"arrest"}),
        (CHARGED, {"charge"}),
        (PLEADED, {"plea"}),
        # an arraignment reads the charges out in court: the charge, no plea
        (
            "Ann Lee and Tom Hale were arraigned on Monday on charges of arson in Velmora.",
            {"charge"},
        ),
        (ON_TRIAL, {"trial", "charge"}),
        (GUILTY, {"verdict"}),
        (CONVICTED, {"verdict"}),
        (
            "Ann Lee was sentenced on Friday to 30 years after being convicted.",
            {"sentence", "verdict"},
        ),
        ("Ann Lee has received a life sentence for the Velmora ferry killing.", {"sentence"}),
        ("An appeals court in Brask upheld the conviction of Ann Lee on Monday.", {"appeal"}),
        # a stage still to come, or denied, is not reported
        ("Ann Lee is to be sentenced in Brask on May 8.", set()),
        ("Ann Lee will stand trial in Brask in the spring.", set()),
        ("The trial of Ann Lee is set to begin in Brask in May.", set()),
        ("Harbour police have made no arrests over the ferry killing.", set()),
        ("Ann Lee was not charged, the harbour police in Velmora said.", set()),
        ("Ann Lee faces up to 20 years in prison when she is sentenced in May.", set()),
        ("The Velmora jury is still deliberating on the second man's verdict.", set()),
        # no legal stage at all
        ("The harbour board charged ahead with the second pier at Velmora.", set()),
        ("The ferry pilot died of cardiac arrest near Velmora on Monday.", set()),
        # "plead" in its common sense, to beg, and a trial of a thing, are no stage of a case
        ("Ann Lee pleaded with the harbour board to reopen the Velmora quay.", set()),
        ("Tom Hale's mother pleaded for mercy before the court in Brask.", set()),
        ("The new Velmora ferry began a trial run across the bay on Monday.", set()),
        ("Ann Lee pleaded no contest to a charge of arson in Brask.", {"plea"}),
        # a side clause tells its stage too: a sentence is apart only from one sharing none
        (
            "Ann Lee, who was sentenced on Monday, and Tom Hale were charged with arson.",
            {"sentence", "charge"},
        ),
    ],
)
def test_the_stages_a_sentence_tells(text: str, expected: set[str]) -> None:
    assert stages(text) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [(GUILTY, PLEADED), (GUILTY, ON_TRIAL), (CONVICTED, CHARGED), (ARRESTED, CONVICTED_TUESDAY)],
)
def test_two_stages_are_two_facts(a: str, b: str) -> None:
    assert other_stages(a, b)
    assert other_stages(b, a)
    assert clash(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one verdict told two ways
        (GUILTY, CONVICTED),
        # a sentence telling no stage is left to the other tests
        (GUILTY, "The ferry pilot was shot twice near the Velmora docks, prosecutors said."),
        (GUILTY, "Ann Lee is to be sentenced in Brask on May 8."),
        # a stage in common: the two may tell one fact
        (
            "Ann Lee was charged with arson; two of her brothers were also arrested in Velmora.",
            "Two brothers of Ann Lee were also arrested in Velmora on Monday.",
        ),
    ],
)
def test_one_stage_or_none_is_not_two_facts(a: str, b: str) -> None:
    assert not other_stages(a, b)
    assert not other_stages(b, a)
    assert not clash(a, b)


def _story(nlp: Any, *texts: str) -> Story:
    return lines_story(nlp, **{c: [t] for c, t in zip("abcd", texts, strict=False)})


def test_a_verdict_and_a_plea_are_two_groups(nlp: Any) -> None:
    story = _story(nlp, GUILTY, PLEADED, CONVICTED)
    groups = [g.members for g in group_sentences(story)]
    assert not any({0, 1} <= set(m) or {1, 2} <= set(m) for m in groups)
    # negative case: the two reports of the verdict are one fact
    assert any({0, 2} <= set(m) for m in groups)


def test_a_verdict_cites_no_plea_nor_trial(nlp: Any) -> None:
    story = _story(nlp, GUILTY, PLEADED, ON_TRIAL, CONVICTED)
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    same = np.ones((4, 4), dtype=bool)
    np.fill_diagonal(same, False)
    cited = [r.article for r in citations(story, 0, same, concepts)]
    assert "b" not in cited and "c" not in cited
    # negative case: the other report of the verdict is cited
    assert "d" in cited


def test_the_summary_drops_a_source_of_another_stage(nlp: Any) -> None:
    story = _story(nlp, GUILTY, PLEADED, ON_TRIAL, CONVICTED)
    sources = tuple(SentenceRef(a, 0) for a in "abcd")
    summary = [SummarySentence(text=GUILTY, sources=sources, support=4)]
    # as a grouping that joined all four would have it
    joined = [FactGroup((0, 1, 2, 3))]
    kept = agreeing_summary(story, summary, [], groups=joined)[0].sources
    assert SentenceRef("b", 0) not in kept
    assert SentenceRef("c", 0) not in kept
    # negative case: the other report of the verdict stays
    assert SentenceRef("d", 0) in kept
