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
