"""Whose wording a grouped ledger line shows: the speaker phrase of an outlet that has the
line's speaker, never another outlet's pronoun or proxy under a name it did not give; a proxy
that names whom it speaks for disagrees with an outlet naming someone else, one for a pronoun
("her spokesman") gives way. Invented text, hand-built analyses."""

from __future__ import annotations

from tests.synthesize.test_quote_ledger import PIER, article, direct, ledger

NAMED = f'Ellen Voss said "{PIER}"'


def _lines(first: str, speaker: str) -> tuple[list, dict[str, str]]:  # type: ignore[type-arg]
    """The ledger of ``first``, whose quote of PIER is by ``speaker`` (resolved to Tomas
    Reyl), then an outlet where Ellen Voss says the words."""
    return ledger(
        article("c", "Wire", first, [direct(first, PIER, speaker, "Tomas Reyl")]),
        article("a", "Herald", NAMED, [direct(NAMED, PIER, "Ellen Voss")]),
    )


def test_a_pronoun_gives_way_to_a_name_and_the_line_shows_the_names_wording() -> None:
    quotes, names = _lines(f'Tomas Reyl waited at the gate. "{PIER}" he said.', "he")
    assert [(names[q.speaker or ""], q.speaker_text, q.disputed_speakers) for q in quotes] == [
        ("Ellen Voss", "Ellen Voss", ())
    ]


def test_a_proxy_for_a_pronoun_gives_way_and_its_wording_goes_with_it() -> None:
    quotes, names = _lines(f'Tomas Reyl was away. "{PIER}" his spokesman said.', "his spokesman")
    assert [(names[q.speaker or ""], q.speaker_text, q.disputed_speakers) for q in quotes] == [
        ("Ellen Voss", "Ellen Voss", ())
    ]


def test_a_proxy_naming_its_principal_is_a_disagreement_with_another_name() -> None:
    quotes, names = _lines(
        f'"{PIER}" a spokesman for Tomas Reyl said.', "a spokesman for Tomas Reyl"
    )
    (q,) = quotes
    assert sorted(names[s] for s in q.disputed_speakers) == ["Ellen Voss", "Tomas Reyl"]
    # the phrase shown is the one naming the line's own speaker
    assert (names[q.speaker or ""], q.speaker_text) == ("Tomas Reyl", "a spokesman for Tomas Reyl")
