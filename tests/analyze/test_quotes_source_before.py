"""A quote of its own right after a sentence that ends by naming its source ('Holt could
lose, the columnist Ivo Brenn wrote. "..."') goes on with that source, not with a speaker
quoted before it. Invented text, the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article

LEAD = "Tom Varga was asked to form a cabinet.\n\n"
OWN = '"I will not give up so easily," Varga told his party on Monday.'
REPORTED = (
    "Mrs. Holt could lose the support of her base if she blocks a new cabinet, "
    "the columnist Ivo Brenn {verb}."
)
QUOTE = '"This could set her against her own voters."'


def _speaker_of(nlp: Any, text: str, opening: str) -> str | None:
    quotes = analyze_article(Article(id="t", text=LEAD + text), nlp).quotes
    return next((q.speaker_name for q in quotes if q.text.startswith(opening)), None)


@pytest.mark.parametrize("verb", ["wrote on Monday in the Orsk Herald", "said"])
@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_the_quote_goes_on_with_the_source_named_last(nlp: Any, verb: str, gap: str) -> None:
    text = OWN + "\n\n" + REPORTED.format(verb=verb) + gap + QUOTE
    assert _speaker_of(nlp, text, "This could") == "Ivo Brenn"


def test_a_sentence_of_the_writers_own_names_no_source(nlp: Any) -> None:
    story = "Mrs. Holt lost her base in the spring, when the columnist Ivo Brenn moved to Orsk."
    assert _speaker_of(nlp, OWN + " " + story + " " + QUOTE, "This could") != "Ivo Brenn"


def test_a_quote_with_its_own_cue_keeps_it(nlp: Any) -> None:
    cued = '"This could set her against her own voters," Varga said.'
    text = REPORTED.format(verb="wrote") + " " + cued
    assert _speaker_of(nlp, text, "This could") == "Tom Varga"
