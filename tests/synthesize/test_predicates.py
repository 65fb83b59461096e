"""A summary sentence cites only sentences carrying what it tells happened."""

from __future__ import annotations

from crossbrief.synthesize.predicates import carries_predicate, predicates
from crossbrief.synthesize.text import content_term


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


def test_a_relative_clause_tells_of_a_noun_not_what_the_sentence_tells_happened() -> None:
    mine = predicates("The captain, who was injured on Monday, will sail in the final.")
    assert "sail" in mine and not any(p.startswith("injur") for p in mine)
    assert not carries_predicate(mine, "The captain was injured on Monday before the final.")
    # an unread main verb leaves nothing to judge, so no source is dropped for the clause's
    ruled = predicates("The skipper, whose boat was damaged in May, wins the cup.")
    assert ruled == frozenset()
    assert carries_predicate(ruled, "The skipper lifted the cup on Sunday.")
    # after the clause closes, the sentence goes on
    assert "sail" in predicates("The skipper, who lost in May, was sailing again, fans said.")


def test_the_verb_of_a_relative_clause_without_a_comma_is_not_the_sentences() -> None:
    # the clause's verb was the only one read beside a light verb: nothing left to judge
    ruled = predicates("The same panel that fined the skipper found him guilty of cheating.")
    assert ruled == frozenset()
    assert carries_predicate(ruled, "A panel convicted the skipper of cheating in May.")
    assert "sail" in predicates("The boat which capsized in May will sail again.")
    assert not any(p.startswith("capsiz") for p in predicates("The boat which capsized sank."))
    # a complementiser's "that" opens no relative clause
    assert any(p.startswith("arrest") for p in predicates("Police said that he was arrested."))


def test_every_light_verb_left_out_is_one_whose_source_is_not_judged() -> None:
    # "take" is no predicate of a sentence, so a source using it ("will take part") cannot
    # be judged by it either: the two lists are one
    race = predicates("The skipper will compete in the final on Sunday.")
    assert "take" not in predicates("The skipper will take part in the final.")
    assert carries_predicate(race, "The skipper will take part in the final on Sunday.")
    assert not carries_predicate(race, "The skipper will watch the final on Sunday.")


def test_a_noun_or_adjective_after_the_preposition_to_is_no_verb() -> None:
    # "to" is a preposition before a noun phrase: a plural, an abbreviation's plural or an
    # adjective there is no infinitive
    shown = predicates("The harbour board showed the boats to regional and foreign reporters.")
    assert not any(p.startswith("region") for p in shown)
    assert "show" in shown or any(p.startswith("show") for p in shown)
    paid = predicates("Velmora paid the fine, which rose to pesos within a week.")
    assert not any(p.startswith("peso") for p in paid)
    assert not any(p.startswith("criminal") for p in predicates("He was sent to criminal court."))
    # an infinitive after "to" is still read, -ss and -us verbs among them
    assert content_term("resign") in predicates("Ann Lee agreed to resign.")
    assert content_term("discuss") in predicates("They met to discuss the port.")
    assert content_term("focus") in predicates("The board wants to focus on ferries.")
    assert content_term("reveal") in predicates("Police declined to reveal the name.")


def test_a_noun_or_adjective_after_have_or_be_is_no_verb() -> None:
    # "has" and "was" are also main verbs, of having and being: an adjective or noun after
    # them tells no act ("has capital reserves", "was critical of")
    assert not any(p.startswith("capit") for p in predicates("Velmora has capital reserves."))
    assert not any(p.startswith("critic") for p in predicates("Ann Lee was critical of it."))
    # negative case: a verb after an auxiliary is still read
    assert content_term("appeal") in predicates("The harbour board will appeal the ruling.")
    assert content_term("arrested") in predicates("The skipper was arrested at the quay.")


def test_a_short_verb_stem_is_carried_by_its_inflected_forms_only() -> None:
    mine = predicates("The board will fix the harbour wall.")
    assert mine == {content_term("fix")}
    assert carries_predicate(mine, "The board has fixed the harbour wall.")
    assert carries_predicate(mine, "The board is fixing the harbour wall.")
    # a longer word that only begins with the stem is another word
    assert not carries_predicate(mine, "The board posted its fixture list for the harbour.")
