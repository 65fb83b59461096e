"""Facts that are one fact: who acts and in what role (session 10, issue 7)."""

from __future__ import annotations

from crossbrief.synthesize.actors import different_leads, sentence_leads
from tests.synthesize.builders import story_with_entities, tagged_article


def test_a_titled_name_opening_a_sentence_leads_it() -> None:
    a = tagged_article(
        "a",
        [
            "Harbour board chairman Ilse Varga criticised the ferry company on Monday.",
            "Northland Liberal Party leader Tomas Brenner said the ferry would run again.",
        ],
        (("Ilse Varga", "PERSON"), ("Northland", "GPE"), ("Tomas Brenner", "PERSON")),
    )
    b = tagged_article(
        "b",
        [
            "Northland Liberal Tomas Brenner criticised the ferry company again on Monday.",
            "In the harbour dispute, former mayor Ilse Varga spoke of a ferry crisis.",
            "The ferry company that Ilse Varga criticised will sail again on Monday.",
            "Mayor Ilse Varga and party leader Tomas Brenner toured the harbour.",
        ],
        (("Northland", "GPE"), ("Tomas Brenner", "PERSON"), ("Ilse Varga", "PERSON")),
    )
    story, entities = story_with_entities(a, b)
    lead = sentence_leads(story, entities).lead
    varga, brenner = lead[0], lead[1]
    assert varga is not None and brenner is not None and varga != brenner
    assert lead[2] == brenner  # capitalised words before the name: place and party
    assert lead[3] == varga  # a fronted phrase, then a title
    assert lead[4] is None  # the words before the name hold a verb: no title
    assert lead[5] == varga  # the first titled person, not one titled later in a list
    assert different_leads(story, entities)[0, 2]  # two people criticised the company
