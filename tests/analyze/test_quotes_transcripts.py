"""Transcript lines: an upper-case speaker header ("ANN LEE:", "MS. LEE:") names the
person the article named before; an "A:" answering a "Q:" is the words of the person the
interview is with; an editor's header ("CORRECTION:", "Update:") names no one, nor does a
time ("10:30"). Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import quotes

_INTRO = "Harbour master Ann Lee spoke to the Velmora Gazette about the new pier on Monday.\n\n"
_WORDS = "We will build the pier before the winter storms arrive."


def _speaker(nlp: Any, text: str, words: str) -> tuple[str | None, str | None] | None:
    hits = [q for q in quotes(nlp, text) if words in q.text]
    assert len(hits) <= 1, hits
    return (hits[0].speaker_text, hits[0].speaker_name) if hits else None


@pytest.mark.parametrize(
    ("label", "name"),
    [("ANN LEE", "Ann Lee"), ("MS. LEE", "Ann Lee"), ("LEE", "Ann Lee"), ("Ann Lee", "Ann Lee")],
)
def test_a_header_names_the_person_named_before(nlp: Any, label: str, name: str) -> None:
    found = _speaker(nlp, _INTRO + f"{label}: {_WORDS}", "winter storms")
    assert found == (label, name)


def test_a_header_inside_an_opening_mark_names_the_person_named_before(nlp: Any) -> None:
    text = _INTRO + f'"ANN LEE: {_WORDS}\n\n"UPDATE: The board has the money for it."'
    assert _speaker(nlp, text, "winter storms") == ("ANN LEE", "Ann Lee")
    found = _speaker(nlp, text, "has the money")
    assert found is None or found == (None, None)


def test_a_header_for_someone_not_named_before_keeps_its_own_words(nlp: Any) -> None:
    found = _speaker(nlp, _INTRO + f"TOM VARGA: {_WORDS}", "winter storms")
    assert found is not None and found[0] == "TOM VARGA" and found[1] != "Ann Lee"


@pytest.mark.parametrize(
    "label", ["CORRECTION", "UPDATE", "EDITOR'S NOTE", "CLARIFICATION", "Note", "Update"]
)
def test_an_editors_header_names_no_one(nlp: Any, label: str) -> None:
    text = _INTRO + f"{label}: A report here on Monday gave the wrong date for the harbour vote."
    assert _speaker(nlp, text, "wrong date") is None


def test_a_time_is_no_header(nlp: Any) -> None:
    text = _INTRO + "LEE: The board meets at 10:30 on Friday to vote on the pier plan."
    assert _speaker(nlp, text, "vote on the pier") == ("LEE", "Ann Lee")


_QA = _INTRO + "Q: Will the pier be ready before the winter?\n\nA: " + _WORDS


@pytest.mark.parametrize("text", [_QA, _QA.replace("Q:", "Q.").replace("A:", "A.")])
def test_an_answer_is_the_interviewees(nlp: Any, text: str) -> None:
    assert _speaker(nlp, text, "winter storms") == ("A", "Ann Lee")


def test_a_question_is_not_the_interviewees(nlp: Any) -> None:
    found = _speaker(nlp, _QA, "be ready")
    assert found is None or found[1] != "Ann Lee"


@pytest.mark.parametrize("opening", ["A: ", "A. "])
def test_an_answer_with_no_question_before_is_no_ones(nlp: Any, opening: str) -> None:
    found = _speaker(nlp, _INTRO + opening + _WORDS, "winter storms")
    assert found is None or found[1] is None


_TRANSCRIPT = (
    "Harbour master Ann Lee spoke to the Velmora Gazette on Monday. A transcript follows:\n\n"
    '"GAZETTE: Will the pier be built before the winter?\n\n'
    '"LEE: We will build the pier before the storms arrive.\n\n'
    '"(LAUGHTER.)\n\n'
    '"GAZETTE: And the money?\n\n'
    '"LEE: The board has the money for it.\n\n'
    '"(crosstalk)"'
)


def test_a_stage_direction_is_no_ones_words(nlp: Any) -> None:
    found = quotes(nlp, _TRANSCRIPT)
    assert not [q for q in found if "LAUGHTER" in q.text or "crosstalk" in q.text]
    # the turns around them keep their speaker
    assert [q.speaker_name for q in found if q.speaker_text == "LEE"] == ["Ann Lee", "Ann Lee"]


def test_words_after_a_stage_direction_are_kept(nlp: Any) -> None:
    text = 'Ann Lee spoke on Monday.\n\n"We will build it," she said. "(Laughs.) The board has the money."'
    found = _speaker(nlp, text, "board has the money")
    assert found == ("she", "Ann Lee")


def test_what_an_answer_reports_stays_its_own_attribution(nlp: Any) -> None:
    text = _QA.replace(_WORDS, "Tom Varga told me the board would pay for the pier.")
    found = quotes(nlp, text)
    assert [q.speaker_name for q in found if q.text.startswith("Tom Varga told")] == ["Ann Lee"]
    inner = [q for q in found if q.text == "the board would pay for the pier"]
    assert [q.speaker_name for q in inner] == ["Tom Varga"]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("UPDATE: The board said on Tuesday that the pier would open in June.", "June", None),
        (
            "CORRECTION: Ann Lee said the pier would cost 5 million, not 50 million.",
            "5 million",
            "Ann Lee",
        ),
    ],
)
def test_an_attribution_after_an_editors_header_is_kept(
    nlp: Any, text: str, words: str, name: str | None
) -> None:
    found = [q for q in quotes(nlp, text) if words in q.text]
    assert len(found) == 1 and found[0].kind == "indirect"
    # the header itself is no speaker
    assert found[0].speaker_text not in {"UPDATE", "CORRECTION"}
    if name is not None:
        assert found[0].speaker_name == name


def test_a_header_with_another_first_name_is_not_the_namesake(nlp: Any) -> None:
    found = _speaker(nlp, _INTRO + f"PAUL LEE: {_WORDS}", "winter storms")
    assert found is not None and found[1] != "Ann Lee"
    # a first name that matches someone named before still finds them
    text = _INTRO.replace("Monday.", "Monday. Her brother Tom Lee runs the ferry company.")
    assert _speaker(nlp, text + f"TOM LEE: {_WORDS}", "winter storms") == ("TOM LEE", "Tom Lee")


_ASKED = "\n\nQ: Will the pier be ready before the winter?\n\nA: "


def test_each_interview_is_with_the_person_it_introduces(nlp: Any) -> None:
    text = (
        "Harbour master Ann Lee and ferry owner Tom Varga spoke to the Orsk Herald on Monday."
        + _ASKED
        + _WORDS
        + "\n\nWe also spoke to Eva Holt, who leads the dock union."
        + _ASKED
        + "We will strike until pay is restored."
    )
    # two people introduced together: the answer is no one's in particular
    assert _speaker(nlp, text, "winter storms") in {None, ("A", None)}
    assert _speaker(nlp, text, "pay is restored") == ("A", "Eva Holt")


def test_an_interview_is_not_with_someone_its_introduction_mentions_more(nlp: Any) -> None:
    text = (
        "Ann Lee took over as harbour master after Tom Varga resigned. Varga had run the"
        " harbour for ten years, and Varga's pier plan was dropped. The Gazette spoke to"
        " Lee on Monday." + _ASKED + _WORDS
    )
    assert _speaker(nlp, text, "winter storms") in {None, ("A", None), ("A", "Ann Lee")}


def test_an_initial_after_an_interview_is_no_answer(nlp: Any) -> None:
    text = _QA + "\n\nA. J. Varga, the ferry owner, said on Tuesday that the plan cost too much."
    assert [q for q in quotes(nlp, text) if q.text.startswith("J. Varga")] == []
    # the answer before it is still the interviewee's
    assert _speaker(nlp, text, "winter storms") == ("A", "Ann Lee")
