"""Facts that are one fact: who acts and in what role (session 10, issue 7)."""

from __future__ import annotations

from crossbrief.synthesize.actors import different_leads, sentence_leads
from crossbrief.synthesize.fact_terms import sentence_terms
from crossbrief.synthesize.paraphrase import fact_evidence
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


def test_a_title_before_a_name_is_no_word_of_the_fact() -> None:
    a = tagged_article(
        "a",
        ["Harbour leader Ilse Varga opened the new ferry terminal in Norden on Monday."],
        (("Ilse Varga", "PERSON"), ("Norden", "GPE")),
    )
    b = tagged_article(
        "b",
        [
            "Harbour leader Ilse Varga began a visit to Suder on Monday, her first trip since the storm.",
            "The harbour leader said the ferry terminal would open soon.",
        ],
        (("Ilse Varga", "PERSON"), ("Suder", "GPE")),
    )
    story, entities = story_with_entities(a, b)
    terms = sentence_terms(story, entities)
    assert "leader" not in terms[0] and "leader" not in terms[1]  # her title, not a word
    assert "leader" in terms[2]  # no name after it: the words tell who, as a name would
    assert "harbour" in terms[2]
    # besides her name, only "harbour" and "Monday" in common once the title is out
    assert fact_evidence(story, entities).shared_words[0, 1] == 2


def test_a_name_after_a_verb_and_a_title_is_its_object_and_leads_nothing() -> None:
    a = tagged_article(
        "a",
        [
            "Voters backed former senator Ilse Varga in the harbour primary.",
            "Mourners remembered the late Tomas Brenner at the harbour chapel.",
            "Police arrested Deputy Mayor Ilse Varga on Monday.",
            "Hundreds attended the Tomas Brenner memorial in Norden.",
            "The former harbour board chairman Tomas Brenner opened the chapel.",
            # present tense: the verb is no title word either
            "Rivals attack governor Ilse Varga over the harbour deal.",
            "Police arrest senator Tomas Brenner in Norden.",
            "Crowds cheer president Ilse Varga at the harbour.",
        ],
        (("Ilse Varga", "PERSON"), ("Tomas Brenner", "PERSON"), ("Norden", "GPE")),
    )
    story, entities = story_with_entities(a)
    lead = sentence_leads(story, entities).lead
    assert lead[:4] == [None, None, None, None]  # each name is the verb's object
    assert lead[4] is not None  # a determiner, a qualifier and an office: a title
    assert lead[5:] == [None, None, None]


def test_only_a_run_ending_in_an_office_is_a_title_before_a_name() -> None:
    a = tagged_article(
        "a",
        [
            "Police arrested the state Ilse Varga led.",
            "The late Tomas Brenner founded the harbour trade fair.",
            "Harbour police chief Ilse Varga opened the trade fair.",
        ],
        (("Ilse Varga", "PERSON"), ("Tomas Brenner", "PERSON")),
    )
    story, entities = story_with_entities(a)
    terms = sentence_terms(story, entities)
    assert "polic" in terms[0] or "police" in terms[0]  # the subject, no title
    assert any(t.startswith("state") for t in terms[0])  # "the state" she led, no title
    assert "late" in terms[1]  # "late" qualifies no office here
    assert not any(t.startswith(("polic", "chief")) for t in terms[2])  # her title
