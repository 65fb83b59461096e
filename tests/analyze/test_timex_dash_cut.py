"""A date the tagger runs on past a spaced dash into a name ("June 12 - Ann Lee ...") ends at
the dash; a range to another day or date ("June 12 - 14", "June 12 - July 3") is kept."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

WEDNESDAY = "2031-04-23"


def _texts(nlp: Any, text: str) -> list[str]:
    return [t.text for t in times_in(nlp, text, WEDNESDAY)]


def test_a_date_ends_at_a_spaced_dash_before_a_name(nlp: Any) -> None:
    for dash in ("-", "\u2014", "\u2013"):
        text = f"The port of Velmora opened on June 12 {dash} Ann Lee cut the ribbon."
        texts = _texts(nlp, text)
        assert "June 12" in texts, (dash, texts)
        # Negative: no expression takes in the name after the dash.
        assert not any("Lee" in t for t in texts), (dash, texts)


def test_a_weekday_ends_at_a_spaced_dash_before_a_name(nlp: Any) -> None:
    texts = _texts(nlp, "The vote in Orlen is on Tuesday - Ann Lee said so herself.")
    assert "Tuesday" in texts
    assert not any("Ann" in t for t in texts)


def test_a_range_of_days_across_a_dash_is_not_cut(nlp: Any) -> None:
    # Negative: a number, a month or a weekday after the dash continues the date.
    assert "June 12 - 14" in _texts(nlp, "The fair runs June 12 - 14 in the town of Velmora.")
    texts = _texts(nlp, "The fair runs June 12 - July 3 in the town of Velmora.")
    assert any(t.startswith("June 12") for t in texts), texts
    assert any(t.endswith("July 3") for t in texts), texts


def test_an_unspaced_hyphen_is_not_a_cut(nlp: Any) -> None:
    # Negative: "mid-June" and the like are one word, whatever follows.
    texts = _texts(nlp, "The quay in Velmora stays shut until mid-June, Ann Lee said.")
    assert any("June" in t for t in texts), texts
