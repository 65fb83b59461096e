"""A mention the NER runs across a closing tag's comma ("in Orsk Velmora, Ann Lee said"
tagged as one name) gives its entity's id once, and none of its words again as the tag's
(session 19 review; invented text)."""

from __future__ import annotations

from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.fact_terms import tagged_terms
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import tagged_everywhere


def _terms(line: str, names: list[tuple[str, str]]) -> list[str]:
    story = Story([tagged_everywhere("a1", [line], names)])
    entities, _ = build_entities(story)
    return tagged_terms(story, entities)[0][0]


def test_a_mention_across_the_tag_comma_adds_no_words_of_its_own() -> None:
    terms = _terms(
        "The harbour will shut in Orsk Velmora, Ann Lee said.", [("Orsk Velmora, Ann Lee", "ORG")]
    )
    assert "ann" not in terms and "lee" not in terms, terms
    assert terms.count("harbour") == 1 and len([t for t in terms if t.startswith("@")]) == 1


def test_a_mention_before_the_tag_keeps_the_words_around_it() -> None:
    # Negative: the sentence's own words and the tag's stay, each once.
    terms = _terms("The harbour in Orsk will shut, Ann Lee said.", [("Orsk", "GPE")])
    assert [t for t in terms if not t.startswith("@")] == ["harbour", "shut", "ann", "lee"], terms
