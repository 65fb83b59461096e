"""A person named by surname alone reads only with a sentence introducing them."""

from __future__ import annotations

from typing import Any

import pytest

import crossbrief.synthesize.summary as summary_module
from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_anchors import anchored_at
from crossbrief.synthesize.summary_surnames import stranger_names

PORT = [
    "The Varrow harbour board closed the port to ferries on Monday after a storm.",
    "Harbour master Ann Kettering said the ferries would sail again by Friday.",
    "Kettering said the storm had torn two moorings from the quay.",
]
QUAY = [
    "Ferries stayed in Dunmore on Monday as the storm closed the Varrow port.",
    "Kettering said the ferry crews would be paid for the lost days.",
    "Kettering, the harbour master, said the quay would be mended first.",
]

# a third report introducing her in full first: the outlets do not take her as known
PIER = [
    "Ann Kettering closed the Varrow pier to walkers on Monday during the storm.",
    "The pier will reopen once the storm has passed, the harbour board said.",
]


@pytest.fixture(scope="module")
def port_story(nlp: Any) -> Story:
    articles = [
        Article(id="a", text="\n\n".join(PORT), source="a", published="2031-02-07"),
        Article(id="b", text="\n\n".join(QUAY), source="b", published="2031-02-07"),
        Article(id="c", text="\n\n".join(PIER), source="c", published="2031-02-07"),
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [s.text for s in story.sentences] == [*PORT, *QUAY, *PIER]
    return story


def test_a_surname_alone_is_a_stranger(port_story: Story) -> None:
    assert stranger_names(port_story, 2) == {"kettering"}
    assert stranger_names(port_story, 4) == {"kettering"}
    # the full name, and an apposition saying who she is
    assert stranger_names(port_story, 1) == frozenset()
    assert stranger_names(port_story, 5) == frozenset()


def test_a_stranger_leans_on_an_introduction(port_story: Story) -> None:
    concepts = [summary_module._concepts(s.text) for s in port_story.sentences]
    everyone = list(range(len(port_story.sentences)))
    # a full name in any article (the reading order puts it first)
    assert anchored_at(port_story, 4, everyone, concepts, {}) == {1, 6}
    assert anchored_at(port_story, 0, everyone, concepts, {}) is None
