"""Fact similarity: one term per entity, derivational stems, numbers, shared words besides names."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article, Entity, Mention, Span
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import THRESHOLD, build_facts, group_sentences
from crossbrief.synthesize.paraphrase import (
    SURFACE,
    different_leads,
    fact_evidence,
    fact_similarity,
    merge_prefixes,
    root,
    sentence_terms,
    word_terms,
)
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import TfIdf


def _article(
    aid: str, lines: list[str], names: tuple[tuple[str, str], ...] = ()
) -> AnalyzedArticle:
    """One sentence a line; each (form, label) tagged wherever it occurs."""
    text = "\n".join(lines)
    spans, pos = [], 0
    for line in lines:
        spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    mentions = []
    for form, label in names:
        at = text.find(form)
        while at >= 0:
            mentions.append(Mention(form, at, at + len(form), label))
            at = text.find(form, at + 1)
    return AnalyzedArticle(
        Article(id=aid, text=text, source=aid),
        tuple(spans),
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
    )


def _story(*articles: AnalyzedArticle) -> tuple[Story, list[Entity]]:
    story = Story(articles)
    entities, _ = build_entities(story)
    return story, entities


def test_derived_forms_share_a_root() -> None:
    assert root("mediated") == root("mediation") == root("mediates")
    assert root("neutrality") == root("neutral")
    assert root("talks") == root("talk")
    assert root("station") != root("state")  # a short stem is left alone
    assert merge_prefixes([["declar"], ["declarat"], ["dec"], ["decid"]]) == [
        ["declar"],
        ["declar"],
        ["dec"],  # under five letters: no prefix of other words
        ["decid"],
    ]


def test_numbers_count_in_words_or_digits_and_reporting_words_do_not() -> None:
    assert word_terms("three ships sank") == word_terms("3 ships sank")
    assert word_terms("the third round") == word_terms("the 3rd round") == ["#3", "round"]
    assert "said" not in word_terms("officials said the bridge collapsed")
    assert set(word_terms("officials said the bridge collapsed")) == set(
        word_terms("the bridge collapsed, officials told")
    )


def test_spellings_of_one_entity_are_one_term_and_group_the_fact() -> None:
    a = _article(
        "a",
        [
            "President Zelensky asked for direct peace talks with Russia on Monday.",
            "Farmers in the west sowed wheat despite the fighting nearby.",
        ],
        (("Zelensky", "PERSON"), ("Russia", "GPE")),
    )
    b = _article(
        "b",
        [
            "Zelenskiy wants direct peace talks with Moscow, his office announced.",
            "A museum in the capital reopened its doors to visitors.",
        ],
        (("Zelenskiy", "PERSON"), ("Moscow", "GPE")),
    )
    story, entities = _story(a, b)
    terms = sentence_terms(story, entities)
    names = [{t for t in ts if t.startswith("@")} for ts in terms]
    assert len(names[0]) == 2 and names[0] == names[2]  # Zelensky/Zelenskiy, Russia/Moscow
    sim = fact_similarity(story, entities)
    assert sim[0, 2] >= THRESHOLD
    assert sim[0, 2] > story.similarity[0, 2]  # the surface cosine sees two spellings
    facts = build_facts(story, group_sentences(story, entities=entities), set())
    assert [sorted((r.article, r.sentence) for r in f.sources) for f in facts] == [
        [("a", 0), ("b", 0)]
    ]


def test_sentences_sharing_only_names_state_no_common_fact() -> None:
    a = _article(
        "a",
        ["Zelensky met Putin in Moscow on Saturday for three hours."],
        (("Zelensky", "PERSON"), ("Putin", "PERSON"), ("Moscow", "GPE")),
    )
    b = _article(
        "b",
        ["Zelenskiy phoned Putin from Moscow about the grain exports."],
        (("Zelenskiy", "PERSON"), ("Putin", "PERSON"), ("Moscow", "GPE")),
    )
    story, entities = _story(a, b)
    terms = sentence_terms(story, entities)
    names_only = TfIdf(["", ""], terms).similarity()[0, 1]
    assert names_only >= THRESHOLD  # the names alone weigh enough...
    assert story.similarity[0, 1] < SURFACE
    assert fact_similarity(story, entities)[0, 1] == 0.0  # ...but share no word besides them


def test_different_ordinals_are_different_events() -> None:
    a = _article("a", ["A third round of ceasefire talks will open in the border town of Brest."])
    b = _article("b", ["A fourth round of ceasefire talks will open in the border town of Brest."])
    c = _article("c", ["The third round of ceasefire talks opens in the border town of Brest."])
    story, entities = _story(a, b, c)
    sim = fact_similarity(story, entities)
    assert sim[0, 1] == 0.0
    assert sim[0, 2] >= THRESHOLD


def test_sentences_opening_with_different_people_report_different_acts() -> None:
    a = _article(
        "a",
        ["Mayor Ilse Varga said the river barrier failed in the storm and flooded the harbour."],
        (("Ilse Varga", "PERSON"),),
    )
    b = _article(
        "b",
        [
            "Tomas Brenner thanked the rescuers and promised to rebuild the river barrier before the "
            "next storm."
        ],
        (("Tomas Brenner", "PERSON"),),
    )
    story, entities = _story(a, b)
    evidence = fact_evidence(story, entities)
    # three shared words and a term cosine over the threshold: word evidence alone links them
    assert evidence.shared_words[0, 1] >= 3 and evidence.terms[0, 1] >= THRESHOLD
    assert story.similarity[0, 1] < SURFACE
    assert evidence.other_people is not None and evidence.other_people[0, 1]
    assert evidence.similarity[0, 1] == 0.0


def test_one_person_or_a_person_named_in_both_is_not_two_leads() -> None:
    a = _article(
        "a",
        [
            "Ilse Varga said the river barrier failed in the storm and flooded the harbour.",
            "Tomas Brenner met Ilse Varga at the flooded harbour after the storm.",
            "On Monday Ilse Varga visited the harbour.",
        ],
        (("Ilse Varga", "PERSON"), ("Tomas Brenner", "PERSON")),
    )
    b = _article(
        "b",
        [
            "Mayor Varga said the storm broke the river barrier, flooding the harbour.",
            "Ilse Varga toured the flooded harbour with Tomas Brenner after the storm.",
            "Tomas Brenner said the harbour would reopen.",
        ],
        (("Mayor Varga", "PERSON"), ("Ilse Varga", "PERSON"), ("Tomas Brenner", "PERSON")),
    )
    story, entities = _story(a, b)
    leads = different_leads(story, entities)
    assert not leads[0, 3]  # one person, two spellings
    assert not leads[1, 4]  # each names the other's lead: one meeting, told from two sides
    assert leads[0, 5]  # Varga and Brenner, neither named in the other sentence
    assert not leads[2, 5]  # "On Monday Ilse Varga ...": opens with a date, not a person
    assert fact_similarity(story, entities)[0, 3] >= THRESHOLD


def test_close_wording_keeps_its_fact_whoever_opens_it() -> None:
    line = "said the river barrier failed in the night storm and flooded the old harbour."
    a = _article("a", [f"Ilse Varga {line}"], (("Ilse Varga", "PERSON"),))
    b = _article("b", [f"Tomas Brenner {line}"], (("Tomas Brenner", "PERSON"),))
    story, entities = _story(a, b)
    assert story.similarity[0, 1] >= SURFACE
    assert different_leads(story, entities)[0, 1]
    assert fact_similarity(story, entities)[0, 1] >= THRESHOLD
