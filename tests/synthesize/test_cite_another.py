"""A summary sentence telling "another" of a thing never cites a sentence about the first
one, nor the reverse. Invented text."""

from __future__ import annotations

import pytest

from crossbrief.model import SentenceRef, SummarySentence
from crossbrief.synthesize.citations import agreeing_summary
from crossbrief.synthesize.cite_another import another_instance
from tests.synthesize.builders import outlets_story

SECOND = "Late on Friday, two sailors were hurt when a storm hit another harbour in Velmora."


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        # the first harbour, told with no "another"
        ("A storm hit the north harbour in Velmora on Friday, hurting at least 30 sailors.", True),
        ("The storm struck two harbours of Velmora on Friday.", True),
        # the same second harbour; a sentence naming no harbour
        ("A storm hit another harbour in Velmora late on Friday, hurting two sailors.", False),
        ("Two sailors were hurt in Velmora late on Friday.", False),
        # "one another" is no second instance
        ("The sailors blamed one another for the late warning in Velmora.", False),
    ],
)
def test_another_instance(other: str, expected: bool) -> None:
    assert another_instance(SECOND, other) is expected
    assert another_instance(other, SECOND) is expected


def test_a_sentence_about_the_first_harbour_is_no_citation() -> None:
    texts = {
        "a": SECOND,
        "b": "Late on Friday, sailors were hurt when a storm hit the north harbour in Velmora.",
        "c": "A storm hit another harbour in Velmora late on Friday, hurting two sailors.",
    }
    story = outlets_story(texts)
    refs = tuple(SentenceRef(k, 0) for k in texts)
    (line,) = agreeing_summary(story, [SummarySentence(SECOND, refs, len(refs))], [])
    # Negative: the outlet telling the same second harbour stays cited.
    assert [r.article for r in line.sources] == ["a", "c"]


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        # "major" only modifies the second thing, a blow; the flood is one
        ("A major flood hit the farms of Velmora on Friday.", False),
        # Negative: a sentence telling the first blow is still another instance
        ("The drought was a major blow to the farms of Velmora.", True),
    ],
)
def test_a_modifier_after_another_is_not_its_noun(other: str, expected: bool) -> None:
    second = "The flood was another major blow to the farms of Velmora."
    assert another_instance(second, other) is expected
    assert another_instance(other, second) is expected
