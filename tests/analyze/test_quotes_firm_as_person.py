"""A firm's name the tagger reads as a person's ("Maxwell Ferris cut 200 jobs" after
"Maxwell Ferris Ltd posted a loss") is no "he" or "she": a name the article gives with a
company's legal suffix elsewhere stands for the company. Invented text, the real
pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_article
from crossbrief.model import Article


def _speakers(nlp: Any, text: str) -> dict[str, str | None]:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return {q.text: q.speaker_name for q in quotes}


def test_he_is_not_a_firm_read_as_a_person(nlp: Any) -> None:
    text = (
        "Maxwell Ferris Ltd posted a loss on Monday.\n\n"
        "Maxwell Ferris cut 200 jobs at its plant in Hull, and he said more cuts would follow."
    )
    assert _speakers(nlp, text).get("more cuts would follow") != "Maxwell Ferris"


def test_a_person_a_foundation_is_named_after_is_still_he(nlp: Any) -> None:
    text = (
        "The Maxwell Ferris Foundation gave 200 grants on Monday.\n\n"
        "Maxwell Ferris opened the new wing in Hull, and he said more grants would follow."
    )
    assert _speakers(nlp, text).get("more grants would follow") == "Maxwell Ferris"


def test_a_person_told_as_one_beside_the_firm_he_named_is_still_he(nlp: Any) -> None:
    # An appositive for a person ("the shipping magnate", "its founder") or "who" after the
    # name keeps the person a person, though a firm bears the name with a legal suffix.
    for aside in ("the shipping magnate", "a farmer from Orsk", "who is 70"):
        text = (
            f"Tom Varga, {aside}, founded Tom Varga Holdings in Orsk in 1990.\n\n"
            'Tom Varga said on Monday that the firm would cut 200 jobs. "We had no choice," '
            "he said."
        )
        assert _speakers(nlp, text).get("We had no choice,") == "Tom Varga", aside
    # Negative: an appositive for a body is no person's.
    text = (
        "Maxwell Ferris, the parent company, posted a loss. Maxwell Ferris Ltd is in Hull.\n\n"
        "Maxwell Ferris cut 200 jobs at its plant in Hull, and he said more cuts would follow."
    )
    assert _speakers(nlp, text).get("more cuts would follow") != "Maxwell Ferris"
