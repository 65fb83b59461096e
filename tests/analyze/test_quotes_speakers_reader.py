"""Speakers a reader of the briefs found wrong, as general rules: the people a speaker's
own words talk about are not the "he" who says them, a cue that reports a clause of its
own in the next sentence is not the cue of the quote before, and a dash glued to a name
is no part of the speaker's name. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes import context
from tests.analyze.test_quotes import one, quotes

_OPENING = (
    "Mayor Peter Doyle toured the harbour on Friday. Dan Reed, the council campaign "
    "chief, spoke to the Velmora Herald. "
)


def test_the_named_subject_of_words_put_before_he_said_is_not_he(nlp: Any) -> None:
    text = _OPENING + (
        'Mr Doyle has "the same energy for the job" as when he first won in 2009, he said.'
    )
    q = one(quotes(nlp, text), "indirect", "same energy")
    assert q.speaker_text == "he"
    assert q.speaker_name == "Dan Reed"


def test_words_put_before_he_said_that_name_no_one_leave_he_as_before(nlp: Any) -> None:
    text = _OPENING + (
        'The mayor has "the same energy for the job" as when he first won in 2009, he said.'
    )
    q = one(quotes(nlp, text), "indirect", "same energy")
    assert q.speaker_name == "Dan Reed"
    assert q.speaker_name != "Peter Doyle"


_REED_FIRST = (
    "Dan Reed, the council campaign chief, spoke to the Velmora Herald on Friday. "
    "Mayor Peter Doyle has toured the harbour all week. "
)


def test_a_possessive_name_after_he_is_not_he(nlp: Any) -> None:
    text = _REED_FIRST + "And he confirmed Mr Doyle's view that no vote date had yet been set."
    q = one(quotes(nlp, text), "indirect", "vote date")
    assert q.speaker_name == "Dan Reed"


def test_he_with_only_his_after_it_is_still_the_latest_subject(nlp: Any) -> None:
    text = _REED_FIRST + "And he confirmed his view that no vote date had yet been set."
    q = one(quotes(nlp, text), "indirect", "vote date")
    assert q.speaker_name == "Peter Doyle"


def test_a_first_name_inside_the_quote_is_not_the_pronoun_speaker(nlp: Any) -> None:
    text = _REED_FIRST + (
        'He said: "I run the campaign and I cannot tell you, and Peter has not chosen a day yet."'
    )
    q = one(quotes(nlp, text), "direct", "chosen a day")
    assert q.speaker_text == "He"
    assert q.speaker_name == "Dan Reed"


def test_a_quote_naming_no_one_keeps_the_latest_subject(nlp: Any) -> None:
    text = _REED_FIRST + 'He said: "I cannot tell you, and the board has not chosen a day yet."'
    q = one(quotes(nlp, text), "direct", "chosen a day")
    assert q.speaker_name == "Peter Doyle"


def test_a_next_sentence_cue_with_its_own_clause_is_not_the_quotes(nlp: Any) -> None:
    text = (
        "Mayor Peter Doyle went on to list the town's gains and to issue a call to the "
        'party. "Now the town must choose, and I say we fight on." In response, Dan Reed '
        "said the rival party would cut the ferry budget."
    )
    found = quotes(nlp, text)
    said = [q for q in found if "must choose" in q.text]
    assert all(q.speaker_name != "Dan Reed" for q in said)
    # the next sentence keeps its own words and speaker
    assert one(found, "indirect", "ferry budget").speaker_name == "Dan Reed"


def test_a_next_sentence_cue_with_no_clause_of_its_own_is_the_quotes(nlp: Any) -> None:
    text = (
        'The harbour board met on Monday. "Now the town must choose, and we will fight on." '
        "Dan Reed told the Velmora Herald."
    )
    q = one(quotes(nlp, text), "direct", "must choose")
    assert q.speaker_name == "Dan Reed"
    assert q.cue == "told"


def test_a_bar_or_doubled_hyphen_glued_to_a_name_is_trimmed(nlp: Any) -> None:
    for dash in ("\u2015", "--"):
        text = f"The board met. {dash}Ann Lee said the pier would reopen in May."
        q = one(quotes(nlp, text), "indirect", "pier")
        assert q.speaker_name == "Ann Lee"


def test_a_hyphen_inside_a_name_is_kept(nlp: Any) -> None:
    text = "The harbour board met on Monday. Ann Lee-Hart said the pier would reopen in May."
    q = one(quotes(nlp, text), "indirect", "pier")
    assert q.speaker_name == "Ann Lee-Hart"


def test_trimmed_drops_dashes_and_spaces_at_the_ends_only() -> None:
    text = "\u2015 Ann Lee-Hart --"
    start, end = context.trimmed(text, 0, len(text))
    assert text[start:end] == "Ann Lee-Hart"
    assert context.trimmed("--", 0, 2)[0] == context.trimmed("--", 0, 2)[1]  # nothing left


def test_a_next_sentence_he_with_a_clause_of_its_own_still_cues_the_quote(nlp: Any) -> None:
    text = (
        "Dan Reed, the council campaign chief, spoke to the Velmora Herald on Friday.\n\n"
        '"The ferry budget is safe for now." He added that the board would meet in May.'
    )
    q = one(quotes(nlp, text), "direct", "ferry budget")
    assert q.speaker_name == "Dan Reed"


def test_a_possessive_name_in_a_quoted_title_after_she_may_be_she(nlp: Any) -> None:
    text = (
        "Ann Lee chaired the harbour board for ten years.\n\n"
        '"We sold the pier and nobody noticed," she said, as recalled in Tom Hale\'s '
        'book "Ann Lee\'s Long Winter."'
    )
    q = one(quotes(nlp, text), "direct", "sold the pier")
    assert q.speaker_name == "Ann Lee"
