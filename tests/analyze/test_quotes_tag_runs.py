"""'"...," said presiding Judge Ann Lee-Marr': the noun run after an inverted cue goes on
through a participle that is part of the title and through the hyphen of a double-barrelled
name, so the named person speaks. Invented articles through the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article

_BEFORE = "The harbour court on Monday convicted Tomas Verlek of fraud. "
_QUOTE = "``Mr. Verlek was careless with the funds of the harbour board,'' "


def _direct(nlp: Any, text: str) -> list[str]:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return [q.speaker_text or "" for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        ("said presiding Judge Amara Okonkwo-Bright.", "Amara Okonkwo-Bright"),
        ("said presiding Judge Ann Lee.", "Ann Lee"),
        ("said Judge Ida Marr-Quist.", "Ida Marr-Quist"),
    ],
)
def test_the_name_after_a_title_participle_or_a_name_hyphen_speaks(
    nlp: Any, tag: str, name: str
) -> None:
    speakers = _direct(nlp, _BEFORE + _QUOTE + tag)
    assert len(speakers) == 1
    assert speakers[0].endswith(name)


@pytest.mark.parametrize(
    "tag",
    [
        "said Ann Lee matter-of-factly.",  # a hyphenated adverb is no part of the name
        "said Ann Lee, citing Harbour Board figures.",  # a participle after the name
    ],
)
def test_the_run_does_not_run_past_the_name(nlp: Any, tag: str) -> None:
    assert _direct(nlp, _BEFORE + _QUOTE + tag) == ["Ann Lee"]
