"""Each act's subject read from its parse (``Act.subject``, ``Act.passive``; invented
sentences, the real model)."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_article
from crossbrief.model import AnalyzedArticle, Article


def subjects_of(nlp: Any, text: str) -> list[dict[str, tuple[tuple[str, ...], bool]]]:
    """Per sentence of ``text``, each act word's subject as its head words and voice."""
    a = analyze_article(Article(id="a", text=text), nlp)
    assert a.acts is not None
    out: list[dict[str, tuple[tuple[str, ...], bool]]] = [{} for _ in a.sentences]
    for act in a.acts:
        out[act.sentence][act.word] = (tuple(text[s:e] for s, e in act.subject), act.passive)
    return out


def test_a_subject_and_its_conjoined_subjects_hold_the_act(nlp: Any) -> None:
    both, one = subjects_of(
        nlp,
        "Mira Osk and Tomas Veld won 14 seats in Brask.\n\nThe Fennel Party won 14 seats.",
    )
    assert both["won"] == (("Osk", "Veld"), False)
    assert one["won"] == (("Party",), False)


def test_a_conjoined_or_controlled_verb_shares_its_subject_and_voice(nlp: Any) -> None:
    (charged,) = subjects_of(nlp, "Dario Pell was arrested and charged on Monday.")
    assert charged["arrested"] == (("Pell",), True)
    assert charged["charged"] == (("Pell",), True)
    agreed, asked = subjects_of(
        nlp, "Dario Pell agreed to pay the fine.\n\nThe council asked Mira Osk to resign."
    )
    assert agreed["pay"] == (("Pell",), False)
    # negative: a verb controlled by the object is the object's act, not the subject's
    assert asked["resign"] == (("Osk",), False)
    assert asked["asked"] == (("council",), False)


def test_a_reported_clause_has_its_own_subject(nlp: Any) -> None:
    (told,) = subjects_of(nlp, "Police said the boatman was arrested near the quay.")
    assert told["arrested"] == (("boatman",), True)
    # negative: the reporter is the subject of the saying only
    assert told["said"] == (("Police",), False)


def test_subjects_round_trip_and_an_older_analysis_has_none(nlp: Any) -> None:
    a = analyze_article(Article(id="a", text="Mira Osk was elected mayor of Brask."), nlp)
    assert a.acts and a.acts[0].subject and a.acts[0].passive
    data = a.to_dict()
    assert AnalyzedArticle.from_dict(data) == a
    for act in data["acts"]:
        del act["subject"], act["passive"]
    # negative: acts saved before subjects were read have none, and are active
    old = AnalyzedArticle.from_dict(data).acts
    assert old is not None and all(not x.subject and not x.passive for x in old)
