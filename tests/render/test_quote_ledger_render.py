"""The quote ledger as drawn: named speakers as entities, unnamed ones marked as such."""

from __future__ import annotations

import pytest

from crossbrief.model import Brief, BriefArticle, BriefQuote, Entity
from crossbrief.render import render_html, render_markdown
from crossbrief.render.labels import is_description, ledger_speaker


def _brief(*quotes: BriefQuote) -> Brief:
    art = BriefArticle("a1", "Harbour Post", "t", None, False, None, None, None, 10, ("s",))
    lee = Entity("e1", "Ann Lee", "PERSON", (), ("a1",), ())
    return Brief(articles=(art,), entities=(lee,), quotes=quotes)


def _q(text: str, speaker: str | None, written: str | None) -> BriefQuote:
    return BriefQuote(text, "direct", speaker, written, "said", "a1", 0)


LINES = (
    _q("The ferry will run.", None, "A spokesman"),
    _q("Tolls stay as they are.", None, "officials"),
    _q("We are ready.", "e1", "Lee"),
    _q("The pier is safe.", None, "a spokesman"),
    _q("Nobody knows.", None, None),
)


def test_unnamed_speakers_are_grouped_by_phrase_and_marked() -> None:
    md = render_markdown(_brief(*LINES))
    ledger = md.split("## Who said what")[1].split("##")[0]
    heads = [line for line in ledger.splitlines() if line.startswith("- **")]
    assert heads == [
        "- **Ann Lee**",
        "- **a spokesman** (unnamed speaker)",
        "- **officials** (unnamed speaker)",
        "- **unattributed**",
    ]
    # Both spellings of the phrase are one group, with both lines under it.
    group = ledger.split("**a spokesman**")[1].split("- **")[0]
    assert "The ferry will run." in group and "The pier is safe." in group


def test_html_marks_unnamed_speakers_too() -> None:
    page = render_html(_brief(*LINES))
    assert "<h3>officials" in page and "(unnamed speaker)" in page
    assert "<h3>Ann Lee</h3>" in page


@pytest.mark.parametrize(
    ("phrase", "described"),
    [
        ("a spokesman", True),
        ("White House officials", True),
        ("the Ukrainian president", True),
        ("Officials", True),
        ("Ann Lee", False),
        ("Lee", False),
    ],
)
def test_a_description_is_told_from_a_name(phrase: str, described: bool) -> None:
    assert is_description(phrase) is described


def test_a_name_linked_to_no_entity_is_not_called_unnamed() -> None:
    who = ledger_speaker(_brief(), _q("Yes.", None, "Tom Varga"))
    assert who.label == "Tom Varga" and not who.unnamed
