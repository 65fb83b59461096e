"""Entity rows the session-21 read left: a peak's row named by its abbreviated spelling, and
a yard line's number cut from a numbered name that is no team. Invented articles; the NER's
slips are tagged by hand."""

from __future__ import annotations

from crossbrief.model import Entity
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import outermost, row_with_form, tagged_article, with_form


def _built(*articles: tuple[list[str], list[tuple[str, str]]]) -> list[Entity]:
    story = Story(
        [
            outermost(tagged_article(f"a{i}", lines, names))
            for i, (lines, names) in enumerate(articles)
        ]
    )
    found, _ = build_entities(story)
    return found


def test_a_peak_is_named_by_its_spelled_out_mount_however_often_mt_is_written() -> None:
    found = _built(
        (
            ["Snow closed Mt Velda on Monday.", "Guides on Mt Velda waited."],
            [("Mt Velda", "LOC")],
        ),
        (
            ["Two climbers were rescued from Mount Velda.", "Mt Velda is busy in June."],
            [("Mount Velda", "LOC"), ("Mt Velda", "LOC")],
        ),
    )
    assert row_with_form(found, "Mt Velda").name == "Mount Velda"


def test_a_peak_only_ever_written_mt_keeps_that_name() -> None:
    # Negative: no spelling the story never uses is made up for the row.
    found = _built(
        (
            ["Snow closed Mt Velda on Monday.", "Guides on Mt Velda waited."],
            [("Mt Velda", "LOC")],
        ),
    )
    assert row_with_form(found, "Mt Velda").name == "Mt Velda"


def test_a_numbered_name_written_only_with_its_number_keeps_it_before_a_yard_count() -> None:
    # Negative: a pier's number is its name's, though "-yard" follows; the pier is never
    # written without it, as a team is.
    found = _built(
        (
            [
                "Divers searched the Pier 39-yard stretch of the bay.",
                "Boats were kept away from Pier 39 all day.",
            ],
            [("Pier 39", "FAC")],
        ),
    )
    assert {a.form for a in row_with_form(found, "Pier 39").aliases} == {"Pier 39"}
    assert not with_form(found, "Pier")


def test_a_teams_name_before_a_yard_line_loses_the_number() -> None:
    found = _built(
        (
            [
                "The Hawks scored first.",
                "Ann Lee ran to the Hawks 12-yard line.",
            ],
            [("Hawks 12", "LAW"), ("Hawks", "ORG"), ("Ann Lee", "PERSON")],
        ),
    )
    assert not with_form(found, "Hawks 12")
    assert with_form(found, "Hawks")
