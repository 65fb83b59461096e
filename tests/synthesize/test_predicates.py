"""A summary sentence cites only sentences carrying what it tells happened."""

from __future__ import annotations

from crossbrief.synthesize.predicates import carries_predicate, predicates


def test_a_summary_sentence_cites_only_sentences_carrying_its_predicate() -> None:
    mine = predicates("Despite her injury on Monday, the captain will sail in the final.")
    assert "sail" in mine and "injuri" not in mine and "injury" not in mine
    assert not carries_predicate(mine, "The captain was injured on Monday before the final.")
    assert carries_predicate(mine, "The injury will not stop the captain sailing in the final.")
    # an event noun carries its verb, and a light verb's sentence is not judged
    convicted = predicates("The driver was convicted of fraud on Friday.")
    assert carries_predicate(convicted, "His conviction for fraud came on Friday.")
    assert carries_predicate(convicted, "A jury found the driver guilty of fraud.")
    # verbs of saying tell no event
    assert predicates("Ann Lee told reporters so, Tom Reed said.") == frozenset()
