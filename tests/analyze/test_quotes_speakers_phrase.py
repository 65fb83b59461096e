"""A noun phrase and a reporting word right after a quote's comma are its speaker and cue,
whatever tags the parser gave them; 'read the statement' after it names the text."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes


@pytest.mark.parametrize(
    ("text", "said", "speaker", "cue"),
    [
        (
            "\u201cThe pier is unsafe and must be shut at once,\u201d the two write. "
            "\u201cWe see no other course.\u201d",
            "pier is unsafe",
            "the two",
            "write",
        ),
        (
            "\u201cFerries are the lifeblood of this island and we will fight for them,\u201d "
            "a narrator in the film states.",
            "lifeblood",
            "a narrator in the film",
            "states",
        ),
        (
            '"Our campaign has already changed the debate on ferries across the region," '
            "read the email. It went out on Monday.",
            "changed the debate",
            "the email",
            "read",
        ),
    ],
)
def test_a_phrase_and_a_reporting_word_after_the_quote(
    nlp: Any, text: str, said: str, speaker: str, cue: str
) -> None:
    q = one(quotes(nlp, text), "direct", said)
    assert (q.speaker_text, q.cue) == (speaker, cue)


def test_a_phrase_the_quote_does_not_report_is_no_speaker(nlp: Any) -> None:
    # The words after the closing mark go on with the writer's sentence: no cue there.
    text = (
        'Lee called the ferry plan "a farce and a waste of money," the kind of remark '
        "that says little. Read more on page four."
    )
    assert all(q.cue != "says" for q in quotes(nlp, text))
    text = '"We will build the pier by May," read more than one leaflet handed out at the dock.'
    assert all(q.cue != "read" for q in quotes(nlp, text))
