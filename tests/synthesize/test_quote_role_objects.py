"""A person's role is the head of their description, never its object: "Ann Lee, a lawyer
for the mayor" is a lawyer, and "the mayor" is someone else. Invented stories, the real
pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article
from crossbrief.pipeline import analyze
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.quote_roles import own_words, words_around
from crossbrief.synthesize.quotes import build_quotes
from crossbrief.synthesize.story import Story

_SAID = '"We will not sell the pier," the {role} said on Tuesday.'


def _speaker(nlp: Any, intro: str, role: str, *, one_article: bool = False) -> str | None:
    """The name the ledger gives the speaker of a quote by ``role`` after ``intro``, in a
    second article (or the same one)."""
    said = _SAID.format(role=role)
    texts = [intro + "\n\n" + said] if one_article else [intro, "The hearing was short.\n\n" + said]
    story = Story(analyze([Article(id=f"a{i}", text=t) for i, t in enumerate(texts)], nlp=nlp))
    entities, key_to_id = build_entities(story)
    names = {e.id: e.name for e in entities}
    (line,) = [q for q in build_quotes(story, key_to_id) if "pier" in q.text]
    return names.get(line.speaker or "")


def test_the_object_of_an_apposition_is_someone_else(nlp: Any) -> None:
    intro = "Ann Lee, a lawyer for the mayor, filed the appeal in Velmora on Monday."
    assert _speaker(nlp, intro, "mayor") != "Ann Lee"
    # Negative: her own office, the apposition's head, still finds her.
    assert _speaker(nlp, intro, "lawyer") == "Ann Lee"


def test_a_possessor_before_the_title_is_someone_else(nlp: Any) -> None:
    intro = "The mayor's lawyer Ann Lee filed the appeal in Velmora on Monday."
    assert _speaker(nlp, intro, "mayor") != "Ann Lee"
    assert _speaker(nlp, intro, "mayor", one_article=True) != "Ann Lee"
    assert _speaker(nlp, intro, "lawyer") == "Ann Lee"


def test_a_named_possessor_holds_the_title_before_his_name(nlp: Any) -> None:
    intro = "Mayor Tom Hale's lawyer Ann Lee filed the appeal in Velmora on Monday."
    assert _speaker(nlp, intro, "mayor") == "Tom Hale"


def test_an_office_of_a_place_or_body_is_still_the_persons(nlp: Any) -> None:
    # Negatives: "of" a place or a body is the office's own description.
    assert _speaker(nlp, "Ann Lee, the mayor of Orsk, filed the appeal.", "mayor") == "Ann Lee"
    assert _speaker(nlp, "Ann Lee, mayor of Orsk, filed the appeal.", "mayor") == "Ann Lee"
    intro = "Tom Varga, head of the harbour board, filed the appeal."
    assert _speaker(nlp, intro, "head", one_article=True) == "Tom Varga"


def test_own_words_stop_at_a_person_in_the_object_or_possessor() -> None:
    assert own_words("a lawyer for the mayor") == ["lawyer"]
    assert own_words("an aide to the governor of Velmora") == ["aide"]
    assert own_words("the mayor's lawyer") == ["lawyer"]
    # Negatives: a place or a body after "of"/"for", or as possessor, describes the office.
    assert own_words("the mayor of Orsk") == ["mayor", "orsk"]
    assert own_words("a spokeswoman for the harbour board") == [
        "spokeswoman",
        "for",
        "harbour",
        "board",
    ]
    assert own_words("the board's chairman") == ["board", "chairman"]


def test_an_apposition_before_a_name_keeps_only_its_head() -> None:
    text = "He met the mayor's lawyer, Ann Lee, on Monday."
    start = text.index("Ann Lee")
    assert words_around(text, start, start + 7) == ["lawyer"]
    text = "He met the speaker of the assembly, Ann Lee, on Monday."
    start = text.index("Ann Lee")
    assert words_around(text, start, start + 7) == ["speaker", "assembly"]
