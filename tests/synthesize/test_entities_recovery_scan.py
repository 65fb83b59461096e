"""The scan that finds known name forms in an article's text (entity recovery)."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.recovery import find_forms, form_index


def spans(text: str, forms: set[str]) -> list[str]:
    """The forms found in ``text``, in order."""
    return [text[s:e] for s, e in find_forms(text, forms, form_index(forms))]


def test_longest_form_at_each_start() -> None:
    forms = {"Kell", "Kell Marine", "Marine"}
    assert spans("Kell Marine said so. Kell agreed.", forms) == ["Kell Marine", "Kell"]


def test_only_whole_words() -> None:
    forms = {"Kell", "Ana"}
    # Not inside "Kelly" or "Banana", nor after a hyphen or a dot, nor before a hyphen.
    assert spans("Kelly ate a Banana; Smith-Kell and x.Kell and Kell-Smith.", forms) == []
    assert spans("Ana, Kell's friend (Kell)", forms) == ["Ana", "Kell", "Kell"]


def test_falls_back_to_a_shorter_form() -> None:
    # "Port Vela" runs on into "Port Velan", so only "Port" stands alone there.
    assert spans("Port Velan is far.", {"Port", "Port Vela"}) == ["Port"]


def test_form_at_the_end_of_the_text() -> None:
    # A longer form cut short by the end of the text is no match for it.
    forms = {"Calif.", "Calif. Senate"}
    assert spans("said Rep. Ono, R- Calif.", forms) == ["Calif."]


def test_same_spans_as_the_regular_expression() -> None:
    forms = {"Ana", "Ana Li", "ANA", "Li", "U.S.", "Velora", "Velora Bay"}
    text = "Ana Li met ANA staff in Velora Bay, U.S. Li, Velorans and Ana-Li. U.S.Velora Ana"
    pattern = re.compile(
        r"(?<![\w.\-])("
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w\-])"
    )
    expected = [m.span(1) for m in pattern.finditer(text)]
    assert list(find_forms(text, forms, form_index(forms))) == expected
    assert len(expected) == 6


def test_forms_with_capitals_beyond_ascii() -> None:
    forms = {"Łódź", "Ørsted", "ÉMILE"}
    assert spans("From Łódź, Ørsted wrote to ÉMILE and Łódźian friends.", forms) == [
        "Łódź",
        "Ørsted",
        "ÉMILE",
    ]


def test_index_by_first_two_letters() -> None:
    # A word's start tries only the lengths of the forms opening with its two letters.
    _, lengths = form_index({"Vela", "Velora Bay", "Vo", "Kell"})
    assert lengths == {"Ve": [10, 4], "Vo": [2], "Ke": [4]}
    assert spans("Vo and Vela met in Velora Bay, not Vole.", {"Vela", "Velora Bay", "Vo"}) == [
        "Vo",
        "Vela",
        "Velora Bay",
    ]
