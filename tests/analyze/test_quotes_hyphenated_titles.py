"""A title written with a hyphen ("co-chairman") that the parser splits into several subjects
of the cue: the pieces of the hyphenated word are no speaker; the name after the title is.
Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_a_hyphenated_title_is_not_cut_at_its_hyphen(nlp: Any) -> None:
    text = (
        "Labour has broken its promise on ferries, the Tories say. Tory co-chairman Liam "
        "Hale said the comments were at odds with the mayor's plan."
    )
    q = one(quotes(nlp, text), "indirect", "at odds")
    assert q.speaker_name == "Liam Hale"
    assert q.speaker_text is not None and q.speaker_text.endswith("Liam Hale")


def test_a_spaced_dash_before_the_speaker_still_ends_an_aside(nlp: Any) -> None:
    # Negative: a dash set off by spaces is punctuation, not a hyphen inside a word.
    text = "The ferry was late again - harbour chief Liam Hale said the crew had been ill."
    assert one(quotes(nlp, text), "indirect", "crew").speaker_name == "Liam Hale"
