"""Two reviewed entity-type slips: a firm read as a storm from "winds down" near "the
remnants of" it, and a kind of stock's two capitals ("XR shares") kept as a firm. Invented
articles."""

from __future__ import annotations

from typing import Any

from tests.synthesize.builders import (
    pipeline_entities,
    story_with_entities,
    tagged_everywhere,
    types_with_form,
    with_form,
)


def test_a_firm_that_winds_down_is_no_storm() -> None:
    # "winds down" (or "up") is a firm ending its business, no weather.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Creditors split the remnants of Halvar, which winds down its depots in June.",
                "Halvar owed $2 million to Kestra Bank.",
            ],
            [("Halvar", "ORG"), ("Kestra Bank", "ORG")],
        ),
    )
    assert types_with_form(found, "Halvar") == ["ORG"]


def test_remnants_beside_winds_of_a_speed_are_still_a_storm() -> None:
    # Negative: winds blowing in the sentence are weather, one mention enough.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "The remnants of Ivara brought winds of 60 mph to Kestra overnight.",
                "Schools in Kestra stayed shut on Tuesday.",
            ],
            [("Ivara", "ORG"), ("Kestra", "GPE")],
        ),
    )
    assert types_with_form(found, "Ivara") == ["EVENT"]


def test_a_name_set_beside_a_kind_of_firm_is_no_storm() -> None:
    # "Halvar, the retailer," calls the name a firm: weather words near "the remnants of"
    # it elsewhere are figures of speech ("a flood of lawsuits").
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Halvar, the retailer, collapsed in May.",
                "Lenders fought over the remnants of Halvar amid a flood of lawsuits.",
            ],
            [("Halvar", "ORG")],
        ),
        tagged_everywhere(
            "a2", ["Halvar, a shipping firm, owed $9 million to Kestra."], [("Halvar", "ORG")]
        ),
    )
    assert types_with_form(found, "Halvar") == ["ORG"]


def test_a_storm_set_beside_no_firm_still_reads_as_a_storm() -> None:
    # Negative: an apposition of no firm ("the region's worst in years") vetoes nothing.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Ivara, the worst in years, passed on Monday.",
                "The remnants of Ivara flooded Kestra overnight.",
            ],
            [("Ivara", "ORG"), ("Kestra", "GPE")],
        ),
    )
    assert types_with_form(found, "Ivara") == ["EVENT"]


def test_capitals_only_before_shares_are_a_kind_of_stock(nlp: Any) -> None:
    # "XR shares" may be a kind of stock as well as a firm's: with no other use as a name,
    # the capitals are dropped as any before a noun are.
    found = pipeline_entities(
        nlp,
        "Investors bought XR shares on Monday, Ann Lee said. XR shares rose 3 percent in Orsk.",
        "XR shares rose in Orsk on Monday, Tom Varga said.",
    )
    assert not with_form(found, "XR")


def test_capitals_before_shares_that_also_speak_stay_a_firm(nlp: Any) -> None:
    # Negative: the same letters as a subject ("KZ said") name a firm.
    found = pipeline_entities(
        nlp,
        "KZ said on Monday its shares rose 4 percent in Orsk. KZ shares hit a record.",
    )
    assert types_with_form(found, "KZ") == ["ORG"]
