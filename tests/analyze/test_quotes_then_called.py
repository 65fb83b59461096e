"""'..., then called the Northern Harbour Union': a naming verb dated by "then" (or "now",
"formerly") with no subject of its own gives a thing's name at a time, not anyone's words,
whatever the parser hangs it on. "Lee then called the plan a failure" stays a saying.
Invented text, the real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.quote_rows import reported


def test_a_former_name_is_no_saying(nlp: Any) -> None:
    text = (
        "During her years as mayor in the 1980s, Ann Lee quietly blocked efforts to bring "
        "Velmora into the Coastal League, then called the Northern Harbour Union."
    )
    assert not [c for _, c in reported(nlp, text) if "Northern Harbour Union" in c]


def test_a_subject_that_then_called_something_a_name_still_says_it(nlp: Any) -> None:
    text = "Ann Lee met the harbour board on Monday. Lee then called the plan a failure."
    assert any("a failure" in c for _, c in reported(nlp, text))
