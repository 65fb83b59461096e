"""A stance or statement named by a noun with a preposition ('avoided criticism of',
'had a dim opinion of', 'took a firm position on'), on invented sentences with the real
pipeline: who holds it, and where a possessor or a receiving verb leaves it out."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.analyze.quotes import is_position
from crossbrief.model import Article


def _found(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return [(q.speaker_text or "", q.text, q.cue or "") for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ann Lee avoided direct criticism of the harbour board.",
            "Ann Lee",
            "criticism of the harbour board",
        ),
        (
            "Most ferry riders had a favorable opinion of the new captain.",
            "Most ferry riders",
            "opinion of the new captain",
        ),
        (
            "Tom Varga has taken a firm position on the bridge toll.",
            "Tom Varga",
            "position on the bridge toll",
        ),
        (
            "The mayor made no comment on the pier closure.",
            "The mayor",
            "comment on the pier closure",
        ),
    ],
)
def test_a_stance_noun_voiced_is_held_by_the_verbs_subject(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = _found(nlp, text)
    assert [s for s, _, _ in found] == [speaker]
    assert content in found[0][1]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # A possessed stance with its topic names the topic; no one tells it here.
        ("The paper printed Tom Varga's position on the bridge toll.", "Tom Varga"),
        # A stance received is the giver's, not the subject's.
        ("The toll plan faced sharp criticism over the new fares.", "The toll plan"),
        # After "of", support one is given names its giver.
        ("Ann Lee secured the support of the harbour union.", "Ann Lee"),
    ],
)
def test_stance_nouns_not_voiced_by_the_subject_give_the_subject_nothing(
    nlp: Any, text: str, holder: str
) -> None:
    assert [f for f in _found(nlp, text) if f[0] == holder] == []


def test_an_attack_in_words_is_one_person_at_another(nlp: Any) -> None:
    found = _found(nlp, "Ann Lee launched a sharp attack on Tom Varga at the rally.")
    assert [s for s, _, _ in found] == ["Ann Lee"]
    assert "attack on Tom Varga" in found[0][1]
    assert _found(nlp, "Rebels launched an attack on the harbour fort.") == []


def test_sides_and_views_are_positions_words_are_not() -> None:
    for cue in (
        "support",
        "opposition",
        "stance",
        "positions",
        "opinion",
        "endorsement",
        "favor",
        "favour",
        "attitude",
    ):
        assert is_position(cue), cue
    for cue in ("criticism", "remarks", "comment", "questions"):
        assert not is_position(cue), cue


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Tom Varga came out in support of the bridge toll.",
            "Tom Varga",
            "support of the bridge toll",
        ),
        (
            "The ferry union has always stood in opposition to the new fares.",
            "The ferry union",
            "opposition to the new fares",
        ),
        ("Ann Lee had harsh words for the harbour board.", "Ann Lee", "the harbour board"),
    ],
)
def test_a_side_taken_in_its_name_or_words_had_for_someone(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = _found(nlp, text)
    assert [s for s, _, _ in found] == [speaker]
    assert content in found[0][1]


def test_a_side_noun_outside_its_frame_is_no_cue(nlp: Any) -> None:
    assert _found(nlp, "The storm ended in favor of the home team.") == []
    assert _found(nlp, "The soldiers died in defense of the old fort.") == []


@pytest.mark.parametrize(
    "text",
    [
        # A position held on a body is a job.
        "Ann Lee took a position on the harbour board last year.",
        "Ann Lee holds a position on the board of the harbour trust.",
        # After "the", someone after "of" holds the opinion: no topic named.
        "Ann Lee sought the opinion of a lawyer before the vote.",
        "The court heard the opinion of two experts on the bridge.",
        # "on" a place or a medium is where, not what about.
        "The ministry published a statement on its website.",
        "Ann Lee made a comment on Facebook about the toll.",
        # A side lost or given way to is no side taken.
        "Ann Lee was passed over in favour of Tom Varga.",
        "Ann Lee lost her seat on the council in favour of Tom Varga.",
        # An assault is no attack in words.
        "He carried out an attack on Tom Varga outside his home.",
        "Ann Lee survived an attack on Tom Varga and his aides.",
        "Tom Varga unleashed an attack on Ann Lee with a knife.",
    ],
)
def test_a_stance_noun_in_another_sense_is_no_stance(nlp: Any, text: str) -> None:
    assert _found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Ann Lee stated her position on the harbour toll.", "Ann Lee", "position on"),
        ("Tom Varga unleashed a fresh attack on Ann Lee.", "Tom Varga", "attack on Ann Lee"),
        ("Tom Varga made a scathing attack on Ann Lee.", "Tom Varga", "attack on Ann Lee"),
    ],
)
def test_a_stance_or_an_attack_in_words_still_counts(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = _found(nlp, text)
    assert [s for s, _, _ in found] == [speaker]
    assert content in found[0][1]
