"""Each sentence's main predicates read from its parse (``analyze.acts``; invented sentences,
the real model)."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_article
from crossbrief.model import AnalyzedArticle, Article


def acts_of(nlp: Any, text: str) -> list[set[tuple[str, bool]]]:
    """Per sentence of ``text``, its acts as (word, reported) pairs."""
    a = analyze_article(Article(id="a", text=text), nlp)
    assert a.acts is not None
    out: list[set[tuple[str, bool]]] = [set() for _ in a.sentences]
    for act in a.acts:
        out[act.sentence].add((act.word, act.reported))
    return out


def test_a_copula_or_a_light_verb_gives_its_complement(nlp: Any) -> None:
    copula, light = acts_of(
        nlp,
        "Ann Lee is the new chair of the harbour board.\n\nThe two mayors held talks in Velmora.",
    )
    assert ("chair", False) in copula
    assert ("talks", False) in light
    # negative: neither verb is the act, and a noun in a prepositional phrase is none
    assert not {w for w, _ in copula} & {"is", "be", "board"}
    assert not {w for w, _ in light} & {"held", "velmora"}


def test_a_verb_behind_two_auxiliaries_is_the_act(nlp: Any) -> None:
    (known,) = acts_of(nlp, "The result of the vote will be known on Friday.")
    assert known == {("known", False)}  # negative: not "will", not "be"


def test_a_reported_clause_gives_its_act_marked_reported(nlp: Any) -> None:
    (told,) = acts_of(nlp, "Police said the boatman was arrested near the quay.")
    assert ("arrested", True) in told
    assert ("said", False) in told
    # negative: the saying is no reported act, nor is a participant an act
    assert ("said", True) not in told
    assert not {w for w, _ in told} & {"boatman", "was"}


def test_no_act_in_a_noun_phrase_or_a_relative_clause(nlp: Any) -> None:
    heading, raised = acts_of(
        nlp,
        "Velmora floods: twelve missing\n\nThe ferry that sank on Monday was raised by a crane.",
    )
    assert heading == set()
    assert ("raised", False) in raised
    assert not {w for w, _ in raised} & {"sank"}  # the relative clause describes the ferry


def test_acts_round_trip_and_an_older_analysis_has_none(nlp: Any) -> None:
    a = analyze_article(Article(id="a", text="Ann Lee was elected mayor of Velmora."), nlp)
    data = a.to_dict()
    assert AnalyzedArticle.from_dict(data) == a
    assert a.acts
    del data["acts"]
    # negative: an analysis saved before acts were read has none, not an empty reading
    assert AnalyzedArticle.from_dict(data).acts is None


def test_a_light_verb_without_a_complement_is_its_own_act(nlp: Any) -> None:
    held, faces, ward = acts_of(
        nlp,
        "The vote will be held on Friday.\n\nAnn Lee faces trial in Velmora.\n\n"
        "Ann Lee was in the hospital ward.",
    )
    assert held == {("held", False)}
    assert faces == {("trial", False)}
    # negative: the copula with no complement tells nothing, not "was" nor a place
    assert ward == set()


def test_a_content_clause_of_a_copula_noun_gives_its_act(nlp: Any) -> None:
    signs, farmer = acts_of(
        nlp,
        "Ann Lee said there were signs that the barn was burned.\n\n"
        "The man that was arrested is a farmer.",
    )
    assert ("burned", True) in signs and ("signs", True) in signs
    # negative: a relative clause describes its noun, no content clause
    assert farmer == {("farmer", False)}


def test_a_tensed_verb_joined_to_a_controlled_verb_is_an_act_of_its_own(nlp: Any) -> None:
    repaid, kept = acts_of(
        nlp,
        "The harbour board agreed to repay the fishermen and closed the quay.\n\n"
        "The dean promised to cut fees and resigned a week later.",
    )
    # the parser hangs "closed" on "repay", but no "to" takes a tensed verb
    assert {("agreed", False), ("repay", False), ("closed", False)} <= repaid
    assert {("promised", False), ("cut", False), ("resigned", False)} <= kept
    # negative: nothing of the objects, and nothing read as reported
    assert not {w for w, _ in repaid} & {"quay", "fishermen"}
    assert not any(r for _, r in repaid | kept)


def test_a_bare_verb_sharing_a_to_stays_controlled(nlp: Any) -> None:
    (plans,) = acts_of(nlp, "Ann Lee wants to build and run the mill at Velmora.")
    assert {("wants", False), ("build", False)} <= plans
    # negative: "run" shares "build"'s "to", a wish like it, not a second act of Lee's
    assert ("run", False) not in plans


def test_call_is_saying_only_with_the_words_it_says(nlp: Any) -> None:
    demand, naming, shout = acts_of(
        nlp,
        "Reed called for an inquiry into the fire.\n\n"
        "Reed called the plan a mistake.\n\n"
        '"Leave the quay now," the harbour master called.',
    )
    # a demand and a naming are acts; "called" with the words it says is a verb of saying
    assert ("called", False) in demand
    assert ("called", False) in naming
    assert ("leave", True) in shout
    # negative: the saying itself is no act, and a naming's nouns are not either
    assert "called" not in {w for w, _ in shout}
    assert not {w for w, _ in naming} & {"plan", "mistake"}


def test_call_saying_words_keeps_the_verb_it_controls(nlp: Any) -> None:
    (letter,) = acts_of(
        nlp,
        "In a letter, the queen called on the two unions to make peace: "
        '"Mother wants all of you to take responsibility."',
    )
    # the quote is what "called" says; the peace it asks for is still read
    assert ("peace", False) in letter
    assert ("wants", True) in letter
    # negative: "called" saying words is no act of its own
    assert "called" not in {w for w, _ in letter}
