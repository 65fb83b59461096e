"""Lines that must not mislead: negated cues shown with their negation, never as what was
said, and left out where nothing was said or no one could say it; from hand-built analyses
(no NLP model needed)."""

from __future__ import annotations

from dataclasses import replace

from crossbrief.model import Quote
from tests.synthesize.builders import ledger_of, lee_quote


def _reported(text: str, content: str, cue: str, negated: bool) -> Quote:
    return lee_quote(text, content, cue, negated=negated)


_ledger = ledger_of


NOT_SAID = "Lee did not believe the ferry was unsafe."
SAID = "Lee believed the ferry was unsafe."


def test_a_negated_cue_is_shown_with_its_negation_as_written() -> None:
    (q,) = _ledger(("a", NOT_SAID, _reported(NOT_SAID, "the ferry was unsafe", "believe", True)))
    assert q.negated and q.cue == "did not believe"


def test_an_unnegated_cue_keeps_its_own_word() -> None:
    (q,) = _ledger(("a", SAID, _reported(SAID, "the ferry was unsafe", "believed", False)))
    assert not q.negated and q.cue == "believed"


def test_negated_and_asserted_words_are_never_one_line() -> None:
    lines = _ledger(
        ("a", NOT_SAID, _reported(NOT_SAID, "the ferry was unsafe", "believe", True)),
        ("b", SAID, _reported(SAID, "the ferry was unsafe", "believed", False)),
    )
    assert sorted((q.negated, q.article, q.also_in) for q in lines) == [
        (False, "b", ()),
        (True, "a", ()),
    ]


def test_a_contracted_negation_is_shown_too() -> None:
    text = "Lee doesn't think the ferry was unsafe."
    (q,) = _ledger(("a", text, _reported(text, "the ferry was unsafe", "think", True)))
    assert q.cue == "does not think"  # one readable form for every spelling


def test_a_negation_not_right_before_the_cue_is_shown_as_not() -> None:
    text = "Lee did not confirm or deny that the ferry was unsafe."
    (q,) = _ledger(("a", text, _reported(text, "the ferry was unsafe", "deny", True)))
    assert q.cue == "did not deny"


def test_a_negated_question_says_nothing_and_has_no_line() -> None:
    text = "Lee did not say what his three partners earned in a year."
    assert (
        _ledger(("a", text, _reported(text, "what his three partners earned", "say", True))) == []
    )


def test_an_asserted_question_keeps_its_line() -> None:
    text = "Lee said what his three partners earned in a year."
    (q,) = _ledger(("a", text, _reported(text, "what his three partners earned", "said", False)))
    assert q.text == "what his three partners earned"


def test_content_from_a_thing_that_cannot_speak_has_no_line() -> None:
    text = "Lee showed the ferry was unsafe."
    q = _reported(text, "the ferry was unsafe", "showed", False)
    assert _ledger(("a", text, replace(q, inanimate_source=True))) == []
    assert len(_ledger(("a", text, q))) == 1


def test_a_speaker_that_is_no_one_has_no_line() -> None:
    text = "No one said the ferry was unsafe."
    q = replace(_reported(SAID, "the ferry was unsafe", "believed", True), speaker_text="No one")
    assert _ledger(("a", text, q)) == []
    # Negative: a named speaker's negated line stays.
    assert (
        len(_ledger(("a", NOT_SAID, _reported(NOT_SAID, "the ferry was unsafe", "believe", True))))
        == 1
    )


def test_negated_lines_with_other_cues_are_not_one_line() -> None:
    # "did not say X" and "did not deny X" tell opposite things.
    not_said = "Lee did not say the ferry was unsafe."
    not_denied = "Lee did not deny the ferry was unsafe."
    lines = _ledger(
        ("a", not_said, _reported(not_said, "the ferry was unsafe", "say", True)),
        ("b", not_denied, _reported(not_denied, "the ferry was unsafe", "deny", True)),
    )
    assert len(lines) == 2


def test_negated_lines_with_one_cue_are_one_line() -> None:
    # Negative: two outlets with the same negated cue still share a line.
    lines = _ledger(
        ("a", NOT_SAID, _reported(NOT_SAID, "the ferry was unsafe", "believe", True)),
        ("b", NOT_SAID, _reported(NOT_SAID, "the ferry was unsafe", "believe", True)),
    )
    assert [(q.article, q.also_in) for q in lines] == [("a", ("b",))]


def test_a_denial_is_not_grouped_with_the_assertion() -> None:
    denied = "Lee denied that the ferry was unsafe."
    said = "Lee said the ferry was unsafe."
    lines = _ledger(
        ("a", denied, _reported(denied, "the ferry was unsafe", "denied", False)),
        ("b", said, _reported(said, "the ferry was unsafe", "said", False)),
    )
    assert sorted((q.denial, q.cue, q.also_in) for q in lines) == [
        (False, "said", ()),
        (True, "denied", ()),
    ]


LONG = "the ferry will leave the harbour at dawn and come back after the market closes in the town"


def test_a_negated_quote_is_never_grouped_with_a_longer_quote_of_its_words() -> None:
    not_said = f'Lee did not say "{LONG}" on Monday.'
    said = f'Lee said "{LONG} every day" on Monday.'
    lines = _ledger(
        ("a", not_said, lee_quote(not_said, LONG, "say", kind="direct", negated=True)),
        ("b", said, lee_quote(said, LONG + " every day", "said", kind="direct")),
    )
    assert sorted((q.negated, q.article, q.also_in) for q in lines) == [
        (False, "b", ()),
        (True, "a", ()),
    ]


def test_a_quote_is_never_grouped_with_a_longer_negated_quote_of_its_words() -> None:
    not_said = f'Lee did not say "{LONG} every day" on Monday.'
    said = f'Lee said "{LONG}" on Monday.'
    lines = _ledger(
        ("a", said, lee_quote(said, LONG, "said", kind="direct")),
        (
            "b",
            not_said,
            lee_quote(not_said, LONG + " every day", "say", kind="direct", negated=True),
        ),
    )
    assert sorted((q.negated, q.article, q.also_in) for q in lines) == [
        (False, "a", ()),
        (True, "b", ()),
    ]


def test_a_speaker_that_few_or_hardly_any_are_has_no_line() -> None:
    text = "Few fishermen think the ferry was unsafe."
    for who in ("Few fishermen", "very few", "Hardly anyone"):
        q = replace(_reported(SAID, "the ferry was unsafe", "believed", True), speaker_text=who)
        assert _ledger(("a", text, q)) == []


def test_a_speaker_that_is_a_few_people_keeps_the_line() -> None:
    # Negative: "a few" are some people, who said it.
    text = "A few fishermen think the ferry was unsafe."
    q = replace(_reported(SAID, "the ferry was unsafe", "believed", False), speaker_text="A few")
    assert len(_ledger(("a", text, q))) == 1
