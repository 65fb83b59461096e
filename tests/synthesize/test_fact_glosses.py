"""A description two outlets repeat with a name ("Ann Lee, an economist at Brask University
in Velmora, ...") is no evidence that the two sentences report one fact."""

from __future__ import annotations

from crossbrief.synthesize.facts import THRESHOLD, group_sentences
from crossbrief.synthesize.glosses import gloss_spans, only_glossed
from crossbrief.synthesize.paraphrase import fact_evidence
from tests.synthesize.builders import story_with_entities, tagged_article

_NAMES = (("Ann Lee", "PERSON"), ("Brask University", "ORG"), ("Velmora", "GPE"))
_GLOSSED = "Ann Lee, an economist at Brask University in Velmora,"


def _pair(first: str, second: str) -> tuple[list[tuple[int, ...]], float, float]:
    """The groups of two two-sentence articles whose first sentences are ``first`` and
    ``second``, and those two sentences' term cosine and fact similarity."""
    a = tagged_article(
        "a", [first, "The ferry company said its boats would sail next week."], _NAMES
    )
    b = tagged_article("b", [second, "Fishing boats stayed in port for a third day."], _NAMES)
    story, entities = story_with_entities(a, b)
    evidence = fact_evidence(story, entities)
    groups = [g.members for g in group_sentences(story, entities=entities)]
    return groups, float(evidence.terms[0, 2]), float(evidence.similarity[0, 2])


def test_a_description_both_repeat_is_no_shared_fact() -> None:
    groups, terms, similarity = _pair(
        f"{_GLOSSED} said harbour tolls would rise next spring.",
        f"{_GLOSSED} warned that the old ferry fleet needed repairs.",
    )
    assert terms >= THRESHOLD  # the description's names and word alone reach the threshold
    assert similarity == 0.0
    assert (0, 2) not in groups


def test_one_claim_told_with_the_same_description_is_still_one_fact() -> None:
    # negative case: the words of the claim itself are shared outside the description
    groups, _, similarity = _pair(
        f"{_GLOSSED} said harbour tolls would rise next spring.",
        f"Harbour tolls will rise next spring, {_GLOSSED[:-1]}, told reporters.",
    )
    assert similarity >= THRESHOLD
    assert (0, 2) in groups


def test_a_gloss_is_an_appositive_after_a_person_or_a_closed_side_clause() -> None:
    text = "Ann Lee, a teacher from Brask, met the board, which runs the ferries, on Monday."
    spans = gloss_spans(text, [len("Ann Lee")])
    assert [text[a:b] for a, b in spans] == [", a teacher from Brask", ", which runs the ferries,"]
    closing = "Tolls rose, said Ann Lee, an economist at Brask University."
    assert [closing[a:b] for a, b in gloss_spans(closing, [len("Tolls rose, said Ann Lee")])] == [
        ", an economist at Brask University"
    ]


def test_a_clause_or_a_list_after_a_name_is_no_gloss() -> None:
    # negative cases: a new clause after an opening phrase, a list's next name, a side
    # clause left open at the sentence's end (it may be what the sentence reports), and an
    # appositive after no person
    for text, people in (
        ("After meeting Ann Lee, the minister resigned on Friday.", [len("After meeting Ann Lee")]),
        ("Ann Lee, the Brask mayor and Tom Reed met.", [len("Ann Lee")]),
        ("The storm hit Velmora, which lost power for three days.", []),
        ("In Velmora, the mayor of the town.", []),
    ):
        assert gloss_spans(text, people) == [], text


def test_a_term_also_used_outside_a_gloss_is_the_sentence_own() -> None:
    assert only_glossed(["lee", "board", "ferry", "board"], [False, True, True, False]) == ["ferry"]
    # negative: nothing is glossed where nothing is inside a gloss
    assert only_glossed(["lee", "board"], [False, False]) == []
