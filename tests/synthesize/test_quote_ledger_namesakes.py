"""A quote's speaker named by a bare surname is the namesake the entity table put that very
mention with: the one its article introduced just before ("the elder Velko" the father),
not the story's best-known holder of the surname. Invented text, the real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article, Brief
from crossbrief.synthesize import synthesize

_MAIN = (
    "Arun Velko leads the Velmora Freedom Party. Arun Velko was jailed in May. "
    "Velko said the trial was unfair. Velko has led the party since 2004."
)


def _brief(nlp: Any, *texts: str) -> Brief:
    articles = [Article(id=f"a{n}", text=t, source=f"s{n}") for n, t in enumerate(texts)]
    return synthesize(list(analyze_articles(articles, nlp=nlp)))


def _speaker(brief: Brief, words: str) -> str | None:
    names = {e.id: e.name for e in brief.entities}
    (q,) = [q for q in brief.quotes if words in q.text]
    return names.get(q.speaker or "")


def test_a_bare_surname_speaker_is_the_namesake_introduced_just_before(nlp: Any) -> None:
    other = (
        "Arun Velko was jailed in May. Velko said the guards had beaten him. "
        "The party hired a new adviser, Mira Velko, in Orsk on Friday. "
        "Velko said the family shop had closed in June."
    )
    brief = _brief(nlp, _MAIN, other)
    assert _speaker(brief, "family shop had closed") == "Mira Velko"
    # Negative: before the adviser is introduced, the surname is still the party leader's
    assert _speaker(brief, "guards had beaten") == "Arun Velko"


def test_the_elder_speaker_is_the_father_the_article_set_apart(nlp: Any) -> None:
    # surnames written first, which the analysis does not resolve to a full name
    main = (
        "Lin Haotian leads the Velmora Freedom Party. Lin Haotian was jailed in May. "
        "Lin said the trial was unfair. Lin has led the party since 2004."
    )
    other = (
        "Lin Haotian will be tried in Orsk on Monday. In an interview on Wednesday, his "
        "father, Lin Weiguo, 76, said that he would ask for a delay. But the elder Lin said "
        "some lawyers he asked had refused the case."
    )
    brief = _brief(nlp, main, other)
    assert _speaker(brief, "refused the case") == "Lin Weiguo"
    # Negative: the bare surname where no relative is set apart is the son's
    assert _speaker(brief, "trial was unfair") == "Lin Haotian"


def test_a_surname_inside_another_noun_phrase_does_not_name_the_speaker(nlp: Any) -> None:
    # Negative: "the Lin family" and "a critic of Lin" are not Lin himself
    other = (
        "Lin Haotian will be tried in Orsk on Monday. The Lin family said the charges were "
        "false. A critic of Lin said the party was banned."
    )
    brief = _brief(nlp, _MAIN.replace("Arun Velko", "Lin Haotian").replace("Velko", "Lin"), other)
    assert _speaker(brief, "charges were false") != "Lin Haotian"
    assert _speaker(brief, "party was banned") != "Lin Haotian"
