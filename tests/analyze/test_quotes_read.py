""" "read" reports the words in marks right after it when a thing bearing words reads them
('One message read "..."', 'a sign that read "..."'); a person reading, or a thing read
with no words in marks after it, reports nothing."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import quotes


def test_a_message_reads_the_words_after_it(nlp: Any) -> None:
    text = (
        "Skywriters flew over the stadium. One message read \u201cThe ferry is great! The "
        "toll is disgusting,\u201d and another said \u201cAnybody but Reed.\u201d"
    )
    (q,) = [q for q in quotes(nlp, text) if "toll is disgusting" in q.text]
    assert (q.cue, q.speaker_text) == ("read", "One message")


def test_a_sign_held_by_someone_reads_the_words_after_it(nlp: Any) -> None:
    text = 'At the pier, Ann Lee held a sign that read "Save our ferry now!" as boats came in.'
    (q,) = [q for q in quotes(nlp, text) if "Save our ferry" in q.text]
    assert q.cue == "read" and q.speaker_name == "Ann Lee"


def test_someone_reading_is_no_cue(nlp: Any) -> None:
    text = 'Ann Lee read "The Old Man and the Sea" twice on the ferry last summer.'
    assert all(q.cue != "read" for q in quotes(nlp, text))
    text = "The message read like a threat, and the board said it would call the police."
    assert all(q.cue != "read" for q in quotes(nlp, text))
