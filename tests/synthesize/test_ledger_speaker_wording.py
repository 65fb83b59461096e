"""How a ledger line's speaker phrase reads: a relative pronoun ("who") is no wording of
anyone, and a word joining the speaker to another ("Both" of "Both Voss and Reyl said") is
no part of the speaker's name. Invented text, hand-built analyses."""

from __future__ import annotations

from tests.synthesize.test_quote_ledger import article, direct, ledger

PIER = "The pier will close at dawn and stay shut."


def _line(text: str, speaker: str, name: str | None) -> tuple[str | None, str | None]:
    quotes, names = ledger(article("a", "Herald", text, [direct(text, PIER, speaker, name)]))
    (q,) = quotes
    return (names[q.speaker] if q.speaker else None), q.speaker_text


def test_a_relative_pronoun_shows_the_name_found_for_it() -> None:
    text = f'Ellen Voss, who said "{PIER}" left early.'
    assert _line(text, "who", "Ellen Voss") == ("Ellen Voss", "Ellen Voss")


def test_a_relative_pronoun_with_no_name_found_names_no_one() -> None:
    text = f'A guard who said "{PIER}" left early.'
    assert _line(text, "who", None) == (None, None)


def test_a_personal_pronoun_keeps_its_wording() -> None:
    text = f'Ellen Voss waited. "{PIER}" she said.'
    assert _line(text, "she", "Ellen Voss") == ("Ellen Voss", "she")  # negative: unchanged


def test_both_before_a_name_is_no_part_of_it() -> None:
    text = f'Ellen Voss spoke first. Both Voss and Reyl said "{PIER}"'
    assert _line(text, "Both Voss", "Voss") == ("Ellen Voss", "Voss")


def test_a_name_opening_with_such_a_word_is_kept() -> None:
    text = f'Ellen Voss said "{PIER}"'
    assert _line(text, "Ellen Voss", "Ellen Voss") == ("Ellen Voss", "Ellen Voss")  # negative


def test_that_before_a_plural_is_a_clause_opener_not_part_of_the_speaker() -> None:
    text = f'Now that ferry crews say "{PIER}" they hope.'
    assert _line(text, "that ferry crews", None) == (None, "ferry crews")


def test_that_before_a_singular_stays_a_determiner() -> None:
    text = f'Later that official said "{PIER}"'
    assert _line(text, "that official", None) == (None, "that official")  # negative
