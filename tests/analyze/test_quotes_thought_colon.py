"""A quote after a colon closing a clause of knowing or hoping that is itself reported by
a verb of saying is the words of the one saying."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_what_someone_learned_is_reported_by_the_one_saying_it(nlp: Any) -> None:
    text = 'Ann Lee said Reed has learned his lesson: "We are ready for a long fight."'
    q = one(quotes(nlp, text), "direct", "long fight")
    assert q.cue == "said" and q.speaker_name == "Ann Lee"


def test_what_someone_hoped_is_reported_by_the_one_saying_it(nlp: Any) -> None:
    text = (
        'Another shopper said he hoped with all his "heart and soul" that Reed wins the vote: '
        '"Then I can laugh at the news for years."'
    )
    q = one(quotes(nlp, text), "direct", "laugh at the news")
    assert q.cue == "said" and q.speaker_text == "Another shopper"


def test_a_hope_with_no_one_saying_it_keeps_its_cue(nlp: Any) -> None:
    q = one(quotes(nlp, 'Ann Lee hoped for the best: "We are ready."'), "direct", "ready")
    assert q.cue == "hoped" and q.speaker_name == "Ann Lee"


def test_a_verb_of_saying_under_another_keeps_its_words(nlp: Any) -> None:
    q = one(quotes(nlp, 'Lee said Reed told her: "We are ready."'), "direct", "ready")
    assert q.cue == "told" and q.speaker_text == "Reed"
