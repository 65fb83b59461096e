"""A one-word name the tagger calls a person but the article uses as a place ("in Dravic",
"the town of Dravic") or as a team (the subject of a plural verb: "Dubic were beaten") is no
antecedent for a later "he"; a name used as a person's still is. Invented articles through
the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article

_QUOTE = " ``We have work to do before the spring,'' he said."


def _speakers(nlp: Any, text: str) -> list[str | None]:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return [q.speaker_name for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    "text",
    [
        "Velmora beat Castlebury 2-0 on Saturday, and Dubic were beaten 3-1 at home."
        " was pleased with the draw.",
        "The harvest fair opened in Dravic on Monday, two weeks late.",
    ],
)
def test_a_name_used_as_a_place_or_a_team_is_no_he(nlp: Any, text: str) -> None:
    speakers = _speakers(nlp, text + _QUOTE)
    assert len(speakers) == 1
    assert speakers[0] not in {"Dubic", "Dravic"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Velmora beat Castlebury 2-0 on Saturday, and Dubic scored twice.", "Dubic"),
        ("Dravic, a builder from the harbour, spoke to the fair on Monday.", "Dravic"),
        ("This spring Dubic will have the hard task of leading the harbour fair.", "Dubic"),
        ("Dubic and his brother, who built the stands, are trying to save the fair.", "Dubic"),
    ],
)
def test_a_name_used_as_a_person_is_still_the_he(nlp: Any, text: str, name: str) -> None:
    assert _speakers(nlp, text + _QUOTE) == [name]
