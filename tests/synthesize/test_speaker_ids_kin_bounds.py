"""``speaker_ids._kin_named`` finds a name only as whole words: a longer name that begins
or ends with it ("Tom Vargas" for "Tom Varga") is someone else (invented text)."""

from __future__ import annotations

from crossbrief.synthesize.speaker_ids import _kin_named


def test_a_relative_whose_name_runs_on_is_not_the_name_looked_for() -> None:
    text = "The mayor thanked his son, Tom Vargas, for the loan. Tom Varga said it was fair."
    assert _kin_named(text, "Tom Varga") is None
    text = "The mayor thanked his son, MacTom Varga, for the loan."
    assert _kin_named(text, "Tom Varga") is None


def test_the_relative_named_exactly_is_still_found() -> None:
    # Negative: the same relative, named exactly, is still set apart, after a stop or a
    # possessive elsewhere.
    text = "The mayor thanked his son, Tom Varga, for the loan."
    assert _kin_named(text, "Tom Varga") == text.index("Tom Varga")
    text = "Tom Varga's plan won. The mayor praised his son, Tom Varga, at length."
    assert _kin_named(text, "Tom Varga") == text.rindex("Tom Varga")
