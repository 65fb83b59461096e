"""A time named by "that"/"those" past the opening ("that spring") reads only after the
sentence that told it."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_anchors import relative_time
from crossbrief.synthesize.summary_told_times import told_time
from tests.synthesize.stories import lines_story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The weavers blocked the mill gates in Varrow that spring.", True),
        ("Ann Lee was born in Dunmore that same year.", True),
        ("The ferry crews struck for higher pay during those weeks.", True),
        ("On that afternoon the harbour board met in Dunmore.", True),
        # anchored earlier in its own sentence by a year, a month or a weekday
        ("In 1988 the weavers blocked the mill gates that spring.", False),
        ("The mill closed on Monday and the weavers left that night.", False),
        # a clause or an "of" phrase says which; a verb of saying opens a clause
        ("The board met that day, when the ferry sank.", False),
        ("The board met in Dunmore that day of the storm.", False),
        ("The clerk said that night ferries would stop in Dunmore.", False),
        # a possessive, a quotation's own words, an opening "That" (another rule's)
        ("The weavers won that year's wool prize in Varrow.", False),
        ('"We left Dunmore that night," the ferryman said.', False),
        ("That spring the weavers blocked the mill gates.", False),
    ],
)
def test_told_time(text: str, expected: bool) -> None:
    assert told_time(text) is expected


MILL = [
    "The Varrow wool mill shut its gates on Monday after a fire in its dye house.",
    "In 1988 the weavers of Varrow struck for eleven weeks over pay.",
    "The weavers blocked the mill gates and the road to Dunmore that spring.",
    "The mill's owner said the weavers blocked the gates that spring.",
]


@pytest.fixture(scope="module")
def mill_story(nlp: Any) -> Story:
    return lines_story(nlp, "2031-02-07", a=MILL)


def test_a_told_time_needs_the_sentence_before(mill_story: Story) -> None:
    assert relative_time(mill_story, 2)
    assert relative_time(mill_story, 3)
    # the times told in full, and the lead
    assert not relative_time(mill_story, 1)
    assert not relative_time(mill_story, 0)
