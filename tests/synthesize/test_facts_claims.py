"""A fact joins only sentences that share its claim: not one generic word, not a caption."""

from __future__ import annotations

from crossbrief.synthesize.facts import THRESHOLD, group_sentences
from crossbrief.synthesize.paraphrase import (
    CAPTION,
    CLOSE,
    FEW_WORDS,
    SURFACE,
    VERBATIM,
    fact_evidence,
)
from tests.synthesize.builders import story_with_entities, tagged_article


def test_a_name_and_one_word_in_close_wording_are_no_shared_claim() -> None:
    a = tagged_article(
        "a",
        ["Soon after, Varga was again at the town hall for another meeting."],
        (("Varga", "PERSON"), ("town hall", "ORG")),
    )
    b = tagged_article(
        "b",
        ["Varga said she began keeping notes of every meeting at the town hall."],
        (("Varga", "PERSON"), ("town hall", "ORG")),
    )
    story, entities = story_with_entities(a, b)
    evidence = fact_evidence(story, entities)
    assert evidence.shared_words[0, 1] == 1
    assert story.similarity[0, 1] >= SURFACE  # close wording alone used to make them one
    assert evidence.similarity[0, 1] == 0.0
    assert all(len(g.members) == 1 for g in group_sentences(story, entities=entities))


def test_two_shared_words_a_list_of_names_or_one_wording_still_make_one_claim() -> None:
    # negative cases: the same short claim in two wordings, the same three people listed, and
    # one sentence carried word for word all stay one fact
    a = tagged_article(
        "a",
        [
            "Brenner is now cooperating with the harbour investigators.",
            "Ilse Varga, Tomas Brenner and Ana Kos of Norway were freed on Monday.",
            "I replied that you will get that from me.",
        ],
        (("Brenner", "PERSON"), ("Ilse Varga", "PERSON"), ("Tomas Brenner", "PERSON")),
    )
    b = tagged_article(
        "b",
        [
            "Tomas Brenner is cooperating with investigators, his lawyer said.",
            "Norwegians Ilse Varga, Tomas Brenner and Ana Kos came home.",
            "I replied, you will get that from me.",
        ],
        (("Tomas Brenner", "PERSON"), ("Ilse Varga", "PERSON"), ("Ana Kos", "PERSON")),
    )
    story, entities = story_with_entities(a, b)
    evidence = fact_evidence(story, entities)
    assert evidence.shared_words[0, 3] == 2
    assert evidence.similarity[0, 3] >= THRESHOLD
    assert evidence.shared_entities[1, 4] >= 3
    assert evidence.similarity[1, 4] >= THRESHOLD
    assert evidence.shared_words[2, 5] < 2 and story.similarity[2, 5] >= VERBATIM
    assert evidence.similarity[2, 5] >= THRESHOLD


def test_a_short_sentence_joins_only_a_sentence_worded_close_to_it() -> None:
    a = tagged_article(
        "a",
        [
            "In the same meeting, the two men grew close over leaks of secret harbour plans.",
            "Also, he leaked secret plans.",
        ],
    )
    b = tagged_article(
        "b",
        [
            "Also, he leaked secret plans.",
            "A museum in the capital reopened its doors to visitors.",
        ],
    )
    story, entities = story_with_entities(a, b)
    evidence = fact_evidence(story, entities)
    # three words in common, but the short sentence has no others: "leaked secret plans"
    # is said of anyone in the story
    assert evidence.shared_words[0, 2] == 3 and evidence.shared_words[2, 2] < FEW_WORDS
    assert evidence.terms[0, 2] >= THRESHOLD and story.similarity[0, 2] < CLOSE
    assert evidence.similarity[0, 2] == 0.0
    # negative case: the same short sentence in another outlet is one fact
    assert evidence.similarity[1, 2] >= THRESHOLD


def test_a_photo_caption_joins_only_a_sentence_worded_close_to_it() -> None:
    caption = "Ilse Varga, right, the former harbour master, with the mayor in May 2017."
    a = tagged_article("a", [caption], (("Ilse Varga", "PERSON"),))
    b = tagged_article(
        "b",
        ["The mayor asked the former harbour master, Ilse Varga, to resign in private talks."],
        (("Ilse Varga", "PERSON"),),
    )
    c = tagged_article("c", [caption], (("Ilse Varga", "PERSON"),))
    story, entities = story_with_entities(a, b, c)
    evidence = fact_evidence(story, entities)
    assert CAPTION.search(caption) and not CAPTION.search(story.sentences[1].text)
    assert evidence.shared_words[0, 1] >= 3 and evidence.terms[0, 1] >= THRESHOLD
    assert evidence.similarity[0, 1] == 0.0
    assert evidence.similarity[0, 2] >= THRESHOLD  # negative case: the same caption
