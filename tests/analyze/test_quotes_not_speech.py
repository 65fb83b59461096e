"""Verbs of speech used in a sense that reports nothing ("attacked a ferry with stones", "a
league then called the Northern Union", "is often cited by critics"), and "<medium> quoted
<person> as saying": the person speaks; invented sentences, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import quotes


def _cues(nlp: Any, text: str) -> list[str]:
    return [(q.cue or "").lower() for q in quotes(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Angry fishermen attacked a ferry and two warehouses in Velmora on Sunday.",
        "Dozens of youths attacked officers with stones and bottles near the harbour.",
        "Ann Lee said masked men attacked the harbour office with petrol bombs.",
        "The harbour office was attacked by rioters on Sunday night.",
    ],
)
def test_a_physical_attack_is_no_speech(nlp: Any, text: str) -> None:
    assert not any(c.startswith("attack") for c in _cues(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee attacked the plan as reckless.",
        "Ann Lee attacked the harbour board for its silence on the pier.",
        "Ann Lee attacked Tom Reed over the pier closure.",
    ],
)
def test_an_attack_on_a_plan_or_a_person_for_a_reason_stays_speech(nlp: Any, text: str) -> None:
    # Negative: a verbal attack names what is wrong ("as reckless", "for its silence").
    assert "attacked" in _cues(nlp, text)


def test_a_name_something_was_then_called_is_no_speech(nlp: Any) -> None:
    text = "The league of ports, then called the Northern Union, met in Velmora."
    assert "called" not in _cues(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Ann Lee called the report a whitewash.", "Ann Lee called for calm after the pier fire."],
)
def test_calling_a_report_a_whitewash_or_for_calm_stays_speech(nlp: Any, text: str) -> None:
    # Negative: a verdict one names a thing with, or a demand, is what one said.
    (q,) = quotes(nlp, text)
    assert q.cue == "called" and q.speaker_text == "Ann Lee"


def test_a_person_cited_by_critics_is_no_claim(nlp: Any) -> None:
    text = "Ann Lee is often cited by critics who complain about the pier."
    assert "cited" not in _cues(nlp, text)


def test_a_thing_cited_as_proof_stays_a_claim(nlp: Any) -> None:
    # Negative: "cited as" says what the critics hold it to show.
    text = "The report was cited by critics as proof that the pier is unsafe."
    assert "cited" in _cues(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The harbour agency quoted Ann Lee as saying that the pier would close.",
            "the pier would close",
        ),
        ('The Velmora Courier quoted Ann Lee as saying, "The pier will close."',
         "The pier will close."),
    ],
)  # fmt: skip
def test_the_person_a_medium_quoted_as_saying_speaks(nlp: Any, text: str, content: str) -> None:
    found = [q for q in quotes(nlp, text) if q.text == content]
    assert [q.speaker_text for q in found] == ["Ann Lee"]
    # Negative: the medium has no line of its own for the words it carried.
    assert not any(q.speaker_text and "Lee" not in q.speaker_text for q in quotes(nlp, text))


def test_a_medium_that_says_something_itself_speaks(nlp: Any) -> None:
    # Negative: no "quoted ... as saying", so the agency's own report stays its own.
    (q,) = quotes(nlp, "The harbour agency said that Ann Lee would close the pier.")
    assert q.speaker_text == "The harbour agency"


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee was summoned by police for questioning about a radio interview.",
        "Officers detained Tom Reed for questioning about the fire at the pier.",
    ],
)
def test_held_for_questioning_is_no_speech(nlp: Any, text: str) -> None:
    assert "questioning" not in _cues(nlp, text)


def test_someone_questioning_a_board_stays_speech(nlp: Any) -> None:
    # Negative: one who questions a board asks it something.
    text = "Ann Lee has been questioning the harbour board about the pier for weeks."
    assert "questioning" in _cues(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The pier will close next year, the Velmora Courier quoted Ann Lee as saying.",
        "The pier will close next year, Ann Lee was quoted as saying to a Velmora radio host.",
    ],
)
def test_words_put_before_quoted_as_saying_are_the_persons(nlp: Any, text: str) -> None:
    found = [q for q in quotes(nlp, text) if q.text == "The pier will close next year"]
    assert [q.speaker_text for q in found] == ["Ann Lee"]
    # Negative: the medium is never their speaker.
    assert not any("Courier" in (q.speaker_text or "") for q in quotes(nlp, text))


def test_an_attack_that_injures_is_no_speech(nlp: Any) -> None:
    text = "Angry fishermen attacked a ferry in Velmora, injuring two of its crew."
    assert not any(c.startswith("attack") for c in _cues(nlp, text))


def test_protesters_attacking_a_plan_with_words_stay_speech(nlp: Any) -> None:
    # Negative: a participle of saying gives the words of the attack.
    text = "Protesters attacked the toll plan, saying it would ruin the harbour."
    assert "attacked" in _cues(nlp, text)
