"""A quote left open at its paragraph's end that runs on into the next paragraph, whose cue
comes only after the closing mark there, is the cue's speaker's in both paragraphs.
Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_the_open_paragraph_takes_the_cue_that_ends_the_run(nlp: Any) -> None:
    text = (
        "Ann Lee spoke to the harbour board on Monday.\n\n"
        '"The pier has been shut for a month.\n\n'
        'We cannot wait any longer, "Lee said.\n'
    )
    first = one(quotes(nlp, text), "direct", "shut for a month")
    second = one(quotes(nlp, text), "direct", "wait any longer")
    assert first.speaker_text == second.speaker_text == "Lee"
    assert first.cue == "said"


def test_a_paragraph_closed_before_the_cue_is_not_taken_back(nlp: Any) -> None:
    # Negative: the first paragraph's quote is closed there and has no cue; the next
    # paragraph's quote, opened afresh, does not speak for it.
    text = (
        "The board met on Monday.\n\n"
        '"Shut for a month" was painted on the gate.\n\n'
        '"We cannot wait any longer," Ann Lee said.\n'
    )
    found = quotes(nlp, text)
    assert not [q for q in found if q.kind == "direct" and "Shut for" in q.text]


# The same run written with doubled marks (`` ... ''), as wire copy is: a second speaker's
# quote run after the first speaker's quote.
_VOSS = (
    "Carl Voss happened to be near the pier, too.\n\n"
    "`` We are all hoping she pulls through soon,'' said Voss, who ran to the road.\n\n"
    "`` He was very upset.\n\n"
)


def test_a_run_in_doubled_marks_takes_the_cue_after_its_closing_mark(nlp: Any) -> None:
    text = _VOSS + (
        "He tried to calm her,'' said Sgt. Ann Lee of the Velmora police, as she "
        "described the actions of Voss.\n"
    )
    found = quotes(nlp, text)
    assert one(found, "direct", "very upset").speaker_name == "Ann Lee"
    assert one(found, "direct", "tried to calm").speaker_name == "Ann Lee"
    # Negative: the first speaker keeps his own closed quote.
    assert one(found, "direct", "hoping she pulls").speaker_name == "Carl Voss"


def test_a_run_in_doubled_marks_with_no_cue_stays_with_the_speaker_before(nlp: Any) -> None:
    # Negative: no cue after the closing mark, so the run goes on with Voss.
    text = _VOSS + "He tried to calm her.''\n\nThe pier reopened on Tuesday.\n"
    assert one(quotes(nlp, text), "direct", "tried to calm").speaker_name == "Carl Voss"
