"""A quote after the sentence that quoted its speaker, with no cue of its own: a reporting
verb in a clause hanging off that sentence's cue (a relative clause on the speaker, a
participle, an "after" phrase) is not its cue; the quote goes on under the main cue."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_a_relative_clause_on_the_speaker_is_no_new_cue(nlp: Any) -> None:
    text = (
        '"Sales are up a little," said Tom Reed, who noted that prices had "dropped" to half '
        'in the slump. "Bookings are picking up again."'
    )
    q = one(quotes(nlp, text), "direct", "Bookings are picking up")
    assert q.cue == "said" and q.speaker_name == "Tom Reed"


def test_a_participle_after_the_cue_is_no_new_cue(nlp: Any) -> None:
    text = (
        '"It is steady work," she said, explaining how she paints the hulls for the yard. '
        '"And after a long shift, the team feels like family."'
    )
    q = one(quotes(nlp, text), "direct", "feels like family")
    assert q.cue == "said"


def test_an_after_phrase_is_no_new_cue(nlp: Any) -> None:
    text = (
        '"We may sell the farm," Ann Lee told the paper on Monday after hinting that '
        '"cuts" were near. "Two barns will go first. The rest can wait."'
    )
    q = one(quotes(nlp, text), "direct", "Two barns will go first")
    assert q.cue == "told" and q.speaker_name == "Ann Lee"


def test_a_fragment_in_a_sentence_of_its_own_keeps_its_speaker(nlp: Any) -> None:
    text = (
        '"We lost," Lee said. Reed argued that the vote was "stolen" in the night. '
        '"Count it again."'
    )
    q = one(quotes(nlp, text), "direct", "Count it again")
    assert q.cue == "argued" and q.speaker_text == "Reed"


def test_a_cue_in_the_quotes_own_sentence_stays(nlp: Any) -> None:
    text = '"We lost," said Ann Lee, who added: "It was close, and we will be back."'
    q = one(quotes(nlp, text), "direct", "It was close")
    assert q.cue == "added"
