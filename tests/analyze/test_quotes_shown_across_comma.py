"""A person a film or report shows, with a participle after a comma ("The footage showed Tom
Reed, smiling, telling the crowd: ..."): the person shown speaks, not the film. Invented
text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_a_person_shown_speaks_across_a_comma_and_an_aside(nlp: Any) -> None:
    text = (
        "The footage showed Tom Reed, apparently talking about the port, telling the "
        'meeting: "The ferry owners will lose the most."'
    )
    assert one(quotes(nlp, text), "direct", "lose the most").speaker_text == "Tom Reed"


def test_a_person_shown_speaks_a_quote_of_several_sentences(nlp: Any) -> None:
    text = (
        "The documentary showed Ms Hale, apparently talking about the pier, telling the "
        'meeting: "The boat owners will lose most, and nobody minds because the pier '
        'pays the town well. It is a fair for them."'
    )
    assert one(quotes(nlp, text), "direct", "lose most").speaker_text == "Ms Hale"


def test_a_thing_shown_before_the_comma_does_not_speak(nlp: Any) -> None:
    # Negative: what the film shows is a harbour, no one who speaks; the words stay the
    # subject's.
    text = (
        "Ann Hale showed the old harbour, telling the meeting: "
        '"The ferry owners will lose the most."'
    )
    assert one(quotes(nlp, text), "direct", "lose the most").speaker_text == "Ann Hale"
