"""Whom a "he" stands for after a sentence that brings a person in as the source of a
view ("A sharper view came from Tom Reed, ..."): that person, the one the text has just
turned to, not a name further down the phrase nor the speaker quoted before. Invented
text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes

_PRAISE = 'Analysts mostly praised the new tablet. "It is a fine machine," said Ann Lee.\n\n'


def test_a_view_that_came_from_a_person_makes_him_the_next_he(nlp: Any) -> None:
    text = (
        _PRAISE + "One sceptical view came from Tom Reed, head of research at the consultancy "
        'Brightwater.\n\nHe said: "I do not think it will change the market."'
    )
    assert one(quotes(nlp, text), "direct", "change the market").speaker_name == "Tom Reed"


def test_the_he_after_a_view_from_a_person_goes_on_with_him(nlp: Any) -> None:
    text = (
        _PRAISE + "The sharpest criticism came from Tom Reed of the consultancy Brightwater.\n\n"
        'He said: "I do not think it will change the market."\n\n'
        "Also, he said, the screen was too small for most buyers."
    )
    assert one(quotes(nlp, text), "indirect", "too small").speaker_name == "Tom Reed"


def test_a_name_further_down_the_from_phrase_is_not_brought_in(nlp: Any) -> None:
    # Negative: the view came from a place; Tom Reed only owns it, so he is no one the
    # text turns to, and the "he" goes on with the last speaker.
    text = (
        'The harbour board praised the new ferry. "It is a fine ship," said Tom Hale.\n\n'
        "The only doubt came from a yard owned by Ann Lee's cousin, Tom Reed.\n\n"
        'He said: "It will serve the island well."'
    )
    assert one(quotes(nlp, text), "direct", "serve the island").speaker_name == "Tom Hale"
