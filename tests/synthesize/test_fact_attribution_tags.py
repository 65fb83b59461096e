"""A closing attribution tag ("..., a Velmora-based group reported.") names a source, not a
fact: two sentences sharing only their source's name and gloss report two things."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.fact_terms import attribution_start
from crossbrief.synthesize.facts import THRESHOLD, group_sentences
from crossbrief.synthesize.paraphrase import fact_evidence
from tests.synthesize.builders import story_with_entities, tagged_article

_NAMES = (("Brask", "GPE"), ("Velmora", "GPE"), ("Ann Lee", "PERSON"))
_OTHER_A = "The ferry company said its boats would sail again next week."
_OTHER_B = "Fishing boats stayed in port for a third day."


def _detained_tagged() -> AnalyzedArticle:
    """Article "a": one claim with its source in a closing tag, and another sentence."""
    return tagged_article(
        "a",
        [
            "Police in Brask detained four fishermen on Sunday, the Velmora-based Centre for"
            " Sea Rights reported.",
            _OTHER_A,
        ],
        _NAMES,
    )


def test_two_claims_citing_one_source_are_two_facts() -> None:
    a = _detained_tagged()
    b = tagged_article(
        "b",
        [
            "Ann Lee signed a petition to the harbour board in Brask, said the Velmora-based"
            " Centre for Sea Rights.",
            _OTHER_B,
        ],
        _NAMES,
    )
    story, entities = story_with_entities(a, b)
    evidence = fact_evidence(story, entities)
    assert evidence.terms[0, 2] >= THRESHOLD  # the tags' words alone reach the threshold
    assert evidence.shared_words[0, 2] == 0
    assert evidence.similarity[0, 2] == 0.0
    assert all(len(g.members) == 1 for g in group_sentences(story, entities=entities))


def test_one_claim_citing_one_source_is_still_one_fact() -> None:
    # negative case: what the source reported is shared, so the pair stays one fact
    a = _detained_tagged()
    b = tagged_article(
        "b",
        [
            "Four fishermen were detained by police in Brask on Sunday, said the Centre for"
            " Sea Rights.",
            _OTHER_B,
        ],
        _NAMES,
    )
    story, entities = story_with_entities(a, b)
    assert fact_evidence(story, entities).similarity[0, 2] >= THRESHOLD
    assert (0, 2) in [g.members for g in group_sentences(story, entities=entities)]


def test_a_tag_is_a_source_after_the_last_comma_and_no_clause() -> None:
    tagged = "Ten fishermen were held in Brask, a Velmora-based rights group reported."
    assert tagged[attribution_start(tagged) :] == ", a Velmora-based rights group reported."
    after = "Two hundred people signed a letter, according to the harbour board."
    assert after[attribution_start(after) :] == ", according to the harbour board."
    # negative cases: a reported clause, a quotation or a mid-sentence "he said" is no tag
    for text in (
        "Ann Lee, 15, told the radio that she was on the pier when the fire started.",
        "Ann Lee, a spokeswoman, said the board would meet.",
        "Ann Lee, a spokeswoman, said the board ``deeply regrets'' the fares.",
        "The ferry, he said, sank.",
        '"We will rebuild," Lee said.',
    ):
        assert attribution_start(text) == len(text), text


def test_a_closing_clause_or_phrase_of_the_fact_is_no_tag() -> None:
    # The session 18 review: a verb of the fact, a subordinate clause, or "according to
    # plan" after the last comma is no source.
    for text in (
        "The Brask pier was built in 1950, added to the list of protected sites in 1999.",
        "Divers searched the bay near Velmora on Friday, after three sailors filed missing-boat"
        " reports.",
        "Ann Lee spent ten years in Brask, where she painted and wrote.",
        "The Brask ferry sailed on Tuesday, according to plan.",
        "Police closed the quay, three sailors filed reports.",
        "Ann Lee, a lawyer, said she would appeal.",
        "The Brask ferry was held, added in a late change to the timetable.",
    ):
        assert attribution_start(text) == len(text), text


def test_a_source_as_a_noun_phrase_is_still_a_tag() -> None:
    # Negative: a source opening on a determiner or a name, or a gloss with a participle
    # made adjective, is still a tag.
    for text, tag in (
        ("Ten fishermen were held, said the harbour board.", ", said the harbour board."),
        ("Ten fishermen were held, added Ann Lee.", ", added Ann Lee."),
        ("Ten fishermen were held, a retired judge said.", ", a retired judge said."),
        ("Ten were held,'' Ann Lee, a lawyer, said in a statement.", ", said in a statement."),
        ("Ten were held,'' Ann Lee, a lawyer, wrote on Sunday.", ", wrote on Sunday."),
        (
            "Ten fishermen were held, according to the plan's critics.",
            ", according to the plan's critics.",
        ),
    ):
        assert text[attribution_start(text) :] == tag, text


def test_one_fact_ending_on_its_own_verb_phrase_is_one_fact() -> None:
    a = tagged_article(
        "a",
        [
            "The Brask pier was built in 1950, added to the list of protected sites in 1999.",
            _OTHER_A,
        ],
        _NAMES,
    )
    b = tagged_article(
        "b",
        [
            "The pier in Brask was added to the list of protected sites in 1999 after a vote.",
            _OTHER_B,
        ],
        _NAMES,
    )
    story, entities = story_with_entities(a, b)
    assert (0, 2) in [g.members for g in group_sentences(story, entities=entities)]
